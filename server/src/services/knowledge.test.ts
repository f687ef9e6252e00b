import { describe, expect, it } from 'vitest';
import { FakeEmbedder } from '../../../seeds/testing/fake-embedder.js';
import { parsePolicyDocument } from '../knowledge/policy-documents.js';
import { KnowledgeService } from './knowledge.js';

const DOCS = [
  parsePolicyDocument(
    'collections-code-of-conduct',
    '# Collections Code\n\n## 1. Contact limits\n\nAt most seven attempts in seven days.\n\n## 2. Quiet hours\n\nNo contact between 19:00 and 08:00 local time.',
  ),
  parsePolicyDocument('lending-policy', '# Lending Policy\n\n## 1. Affordability\n\nDebt payments may not exceed half of monthly income.'),
];

function service(embedder = new FakeEmbedder(), loadDocuments = async () => DOCS) {
  return { embedder, knowledge: new KnowledgeService(embedder, { loadDocuments }) };
}

describe('KnowledgeService', () => {
  it('answers with passages shaped for the graph, best first', async () => {
    const { knowledge } = service();
    const [best, ...rest] = await knowledge.search('quiet hours for contact', 3);
    expect(best).toMatchObject({
      id: 'collections-code-of-conduct#2',
      document: { id: 'collections-code-of-conduct', title: 'Collections Code' },
      section: { number: 2, heading: 'Quiet hours' },
      text: 'No contact between 19:00 and 08:00 local time.',
    });
    expect(rest).toHaveLength(2);
    expect(rest.every((p) => p.score <= best!.score)).toBe(true);
  });

  it('builds the index once, on first use, however many searches arrive together', async () => {
    const { embedder, knowledge } = service();
    expect(embedder.calls).toHaveLength(0);
    await Promise.all([knowledge.search('quiet hours', 1), knowledge.search('affordability', 1)]);
    await knowledge.search('contact limits', 1);
    const indexBuilds = embedder.calls.filter((texts) => texts.length === 3);
    expect(indexBuilds).toHaveLength(1);
  });

  it('embeds the questions asked in the same tick in one call', async () => {
    const { embedder, knowledge } = service();
    await knowledge.policyIndex();
    embedder.calls = [];
    await Promise.all([knowledge.search('quiet hours', 1), knowledge.search('affordability', 1), knowledge.search('contact limits', 1)]);
    expect(embedder.calls).toEqual([['quiet hours', 'affordability', 'contact limits']]);
  });

  it('keeps citations to the documents named and searches one query once', async () => {
    const { embedder, knowledge } = service();
    const query = { text: 'debt payments and monthly income, contact', documents: ['lending-policy'] };
    const first = await knowledge.cite(query, 3);
    expect(first.map((p) => p.id)).toEqual(['lending-policy#1']);
    const calls = embedder.calls.length;
    expect(await knowledge.cite(query, 3)).toBe(first);
    expect(embedder.calls.length).toBe(calls);
  });

  it('retries a failed build on the next call', async () => {
    let attempts = 0;
    const { knowledge } = service(new FakeEmbedder(), async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('disk unavailable');
      return DOCS;
    });
    await expect(knowledge.search('quiet hours', 1)).rejects.toThrow('disk unavailable');
    expect(await knowledge.search('quiet hours', 1)).toHaveLength(1);
  });
});
