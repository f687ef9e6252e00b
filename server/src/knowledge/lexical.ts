// BM25 over policy sections: the lexical half of policy search. Pure and in memory.
//
// Why a lexical half at all: the shipped sentence encoder (USE-lite) blurs a section of several
// paragraphs into one direction, and questions often hinge on one exact term ("senior collector",
// "settlement", "caste"). On seeds/policies/eval.json embeddings alone put the expected section in
// the top 3 for 50% of the questions, BM25 alone for 75%, the blend for 85%
// (ops/bench/POLICY_SEARCH.md).

const STOP_WORDS = new Set(
  (
    'a about after all also an and any are as at be before but by can could did do does each every for from had has have he her his how if in into ' +
    'is it its may might more most must no not of on one only or other our out shall she should so such than that the their them then there ' +
    'these they this those to two up was we were what when which while who will with would you your'
  ).split(' '),
);

/** Lower-cased words without stop words, with plural and verb endings cut so "contacts"/"contacted" meet "contact". */
export function lexicalTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}₹]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
    .map(stem);
}

function stem(word: string): string {
  if (word.length <= 3) return word;
  return word
    .replace(/ies$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/e$/, '');
}

export interface Bm25Options {
  /** Term-frequency saturation. */
  k1?: number;
  /** Length normalisation: 0 none, 1 full. */
  b?: number;
}

export class Bm25Index {
  private readonly termFrequencies: Map<string, number>[];
  private readonly lengths: number[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;
  private readonly k1: number;
  private readonly b: number;

  /** `documents[i]` is the text of row i; scores come back in the same order. */
  constructor(documents: readonly string[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    const tokenised = documents.map(lexicalTokens);
    this.lengths = tokenised.map((t) => t.length);
    this.averageLength = Math.max(1, this.lengths.reduce((a, n) => a + n, 0) / Math.max(1, documents.length));
    this.termFrequencies = tokenised.map((tokens) => {
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.documentFrequency.set(t, (this.documentFrequency.get(t) ?? 0) + 1);
      return tf;
    });
  }

  get size(): number {
    return this.lengths.length;
  }

  /** BM25 of every row for the query (0 where no query word occurs). */
  scores(query: string): Float64Array {
    const out = new Float64Array(this.size);
    const n = this.size;
    for (const term of new Set(lexicalTokens(query))) {
      const df = this.documentFrequency.get(term);
      if (!df) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      this.termFrequencies.forEach((tf, row) => {
        const f = tf.get(term);
        if (!f) return;
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[row]!) / this.averageLength);
        out[row]! += (idf * f * (this.k1 + 1)) / (f + norm);
      });
    }
    return out;
  }
}
