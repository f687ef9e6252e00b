import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BlindIndex, classifySearch, nameWords, normalisePhone } from './blind-index.js';

describe('blind indexes', () => {
  const index = new BlindIndex(randomBytes(32));

  it('hashes name words folded: case and accents do not matter, parts of words do', () => {
    expect(nameWords('  Zoë  D’Souza-Rao ')).toEqual(['zoe', 'd', 'souza', 'rao']);
    expect(index.nameWords('ASHA Vérma')).toEqual(index.nameWords('asha verma'));
    expect(index.nameWords('Ash')).not.toEqual([index.nameWords('Asha')[0]]);
  });

  it('separates purposes and keys', () => {
    expect(index.hash('email', 'asha')).not.toBe(index.hash('name-word', 'asha'));
    expect(new BlindIndex(randomBytes(32)).hash('name-word', 'asha')).not.toBe(index.hash('name-word', 'asha'));
    expect(index.hash('name-word', 'asha')).toMatch(/^[\w-]{22}$/);
  });

  it('treats an Indian number with or without +91 or 0 as one number', () => {
    expect(normalisePhone('+91 98765 43210')).toBe('9876543210');
    expect(index.phone('098765-43210')).toBe(index.phone('9876543210'));
    expect(index.email(' Asha.Verma@Example.COM ')).toBe(index.email('asha.verma@example.com'));
  });

  it('classifies search text as email, phone or name words', () => {
    expect(classifySearch('Asha@x.in')).toEqual({ kind: 'email', value: 'asha@x.in' });
    expect(classifySearch('+91 98765 43210')).toEqual({ kind: 'phone', value: '9876543210' });
    expect(classifySearch('Asha Verma')).toEqual({ kind: 'name', words: ['asha', 'verma'] });
    expect(classifySearch('%')).toEqual({ kind: 'name', words: [] });
    expect(classifySearch('12345')).toEqual({ kind: 'name', words: ['12345'] });
  });
});
