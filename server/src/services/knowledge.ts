// Policy knowledge: search the project's policy documents (seeds/policies) and cite the passages a
// decision or a recommendation rests on.
//
// The index lives in memory and is built on first use, not at start-up: embedding the documents
// takes seconds of worker time that most processes (tests, replicas that never serve a citation)
// do not need to spend. The documents ship with the code, so every replica builds the same index.
import DataLoader from 'dataloader';
import { LRUCache } from 'lru-cache';
import type { CitationQuery } from '../knowledge/citation-queries.js';
import type { PolicyDocument } from '../knowledge/policy-documents.js';
import { PolicyIndex, type PassageMatch } from '../knowledge/policy-index.js';
import { loadPolicyDocuments } from '../knowledge/policy-library.js';
import type { Embedder } from '../ml/embedder.js';

/** A section as the graph shows it (the PolicyPassage type). */
export interface PolicyPassage {
  /** `<document id>#<section number>`. */
  id: string;
  document: { id: string; title: string };
  section: { number: number; heading: string };
  score: number;
  text: string;
}

export interface KnowledgeServiceOptions {
  /** Where the documents come from (default: seeds/policies). */
  loadDocuments?: () => Promise<PolicyDocument[]>;
  /** Citation lists kept, by query text (default 2,000). */
  cacheEntries?: number;
}

export class KnowledgeService {
  private index: Promise<PolicyIndex> | null = null;
  /** Promises, so that concurrent readers of one decision share one search. */
  private readonly citations: LRUCache<string, Promise<PolicyPassage[]>>;
  /** Query texts asked for in the same tick (a page of recommendations) are embedded in one call. */
  private readonly vectors: DataLoader<string, Float32Array>;
  private readonly loadDocuments: () => Promise<PolicyDocument[]>;

  constructor(
    private readonly embedder: Embedder,
    options: KnowledgeServiceOptions = {},
  ) {
    this.loadDocuments = options.loadDocuments ?? (() => loadPolicyDocuments());
    this.citations = new LRUCache({ max: options.cacheEntries ?? 2000 });
    // No DataLoader cache: the embedder has its own LRU, and this loader outlives requests.
    this.vectors = new DataLoader((texts) => embedder.embed([...texts]), { cache: false });
  }

  /** The index, built once; a failed build is retried by the next call. */
  policyIndex(): Promise<PolicyIndex> {
    if (!this.index) {
      const building = this.loadDocuments().then((docs) => PolicyIndex.build(docs, this.embedder));
      building.catch(() => {
        if (this.index === building) this.index = null;
      });
      this.index = building;
    }
    return this.index;
  }

  /** The `first` sections that best answer `question`, best first. */
  async search(question: string, first: number, documents?: readonly string[]): Promise<PolicyPassage[]> {
    const [index, vector] = await Promise.all([this.policyIndex(), this.vectors.load(question)]);
    const filter = documents ? (s: { documentId: string }) => documents.includes(s.documentId) : undefined;
    return index.search(question, vector, first, { filter }).map(toPassage);
  }

  /** Passages for a decision's or a recommendation's query; the same query is searched once. */
  cite(query: CitationQuery, first: number): Promise<PolicyPassage[]> {
    const key = `${first}\u0000${query.documents.join(',')}\u0000${query.text}`;
    let found = this.citations.get(key);
    if (!found) {
      found = this.search(query.text, first, query.documents);
      found.catch(() => this.citations.delete(key));
      this.citations.set(key, found);
    }
    return found;
  }
}

function toPassage({ section, score }: PassageMatch): PolicyPassage {
  return {
    id: section.id,
    document: { id: section.documentId, title: section.documentTitle },
    section: { number: section.number, heading: section.heading },
    score,
    text: section.text,
  };
}
