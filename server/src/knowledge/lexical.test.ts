import { describe, expect, it } from 'vitest';
import { Bm25Index, lexicalTokens } from './lexical.js';

describe('lexicalTokens', () => {
  it('drops stop words and meets word forms halfway', () => {
    expect(lexicalTokens('How many contacts are allowed?')).toEqual(['many', 'contact', 'allow']);
    expect(lexicalTokens('contacted')).toEqual(lexicalTokens('contacts'));
    expect(lexicalTokens('policies')).toEqual(lexicalTokens('policy'));
  });

  it('keeps figures and the rupee sign', () => {
    expect(lexicalTokens('₹50,000 at 19:00')).toEqual(['₹50', '000', '19', '00']);
  });
});

describe('Bm25Index', () => {
  const index = new Bm25Index([
    'Quiet hours: no contact between 19:00 and 08:00.',
    'Contact limits: at most seven attempts in seven days.',
    'Settlement discount of up to forty percent.',
  ]);

  it('ranks the rows that contain the rarer query words first', () => {
    const scores = index.scores('what are the quiet hours for contact');
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(0);
    expect(scores[2]).toBe(0);
  });

  it('scores 0 everywhere for a question with no known word', () => {
    expect([...index.scores('zebra')]).toEqual([0, 0, 0]);
  });
});
