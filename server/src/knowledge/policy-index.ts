// Policy search over numbered sections, in memory: one embedding per section blended with BM25.
//
// score = DENSE_WEIGHT x cosine(question, section) + (1 - DENSE_WEIGHT) x bm25 / best bm25 of the
// question. The corpus is five documents of about a dozen sections, so both halves score every
// section exactly (no approximate index); the cost is building it: embedding ~50 KB of text with
// USE-lite takes about 7 s of worker time, which is why the service builds it once, lazily.
import type { Embedder } from '../ml/embedder.js';
import { VectorIndex } from '../ml/vector-index.js';
import type { PolicyDocument, PolicySection } from './policy-documents.js';
import { Bm25Index } from './lexical.js';

/** Weight of the embedding similarity; the rest is lexical. Chosen on seeds/policies/eval.json: 0.6 and 0.7 tie on recall@3, 0.7 has the better MRR. */
export const DENSE_WEIGHT = 0.7;

export interface PassageMatch {
  section: PolicySection;
  /** The blended relevance above: about 0 to 1, higher is better. */
  score: number;
}

export interface SearchOptions {
  /** Only sections that pass are returned. */
  filter?: (section: PolicySection) => boolean;
  /** 1 for embeddings only, 0 for BM25 only (the evaluation compares them). */
  denseWeight?: number;
}

/** What a section is embedded and matched as: the title and heading carry much of its meaning. */
export function sectionText(s: PolicySection): string {
  return `${s.documentTitle}: ${s.heading}. ${s.text}`;
}

export class PolicyIndex {
  private constructor(
    readonly modelId: string,
    readonly documents: readonly PolicyDocument[],
    private readonly sections: readonly PolicySection[],
    private readonly vectors: VectorIndex,
    private readonly lexical: Bm25Index,
  ) {}

  /** Embeds every section in one batch. */
  static async build(documents: readonly PolicyDocument[], embedder: Embedder): Promise<PolicyIndex> {
    const sections = documents.flatMap((d) => d.sections);
    const texts = sections.map(sectionText);
    const embedded = await embedder.embed(texts);
    const vectors = new VectorIndex(embedder.dimensions);
    vectors.rebuild(sections.map((s, row) => ({ id: s.id, vector: embedded[row]! })));
    return new PolicyIndex(embedder.modelId, documents, sections, vectors, new Bm25Index(texts));
  }

  get size(): number {
    return this.sections.length;
  }

  section(id: string): PolicySection | undefined {
    return this.sections.find((s) => s.id === id);
  }

  /** The k best sections for a question (its text and its embedding), best first; ties keep document order. */
  search(question: string, questionVector: Float32Array, k: number, options: SearchOptions = {}): PassageMatch[] {
    const wanted = Math.floor(k);
    if (!(wanted > 0)) return [];
    const dense = options.denseWeight ?? DENSE_WEIGHT;
    const rows = this.sections.flatMap((section, row) => (!options.filter || options.filter(section) ? [row] : []));
    const lexical = this.lexical.scores(question);
    // Lexical scores are relative to the best candidate: BM25 has no fixed scale across questions.
    const bestLexical = rows.reduce((best, row) => Math.max(best, lexical[row]!), 0);
    const cosines = new Map(this.vectors.search(questionVector, this.size).map((m) => [m.id, m.score]));
    const scored = rows.map<PassageMatch>((row) => {
      const section = this.sections[row]!;
      const words = bestLexical > 0 ? lexical[row]! / bestLexical : 0;
      return { section, score: dense * cosines.get(section.id)! + (1 - dense) * words };
    });
    // Array.prototype.sort is stable: equal scores stay in document order.
    return scored.sort((a, b) => b.score - a.score).slice(0, wanted);
  }
}
