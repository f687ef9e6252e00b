// Retrieval quality of policy search on a labelled question set (seeds/policies/eval.json):
// recall@k (the expected section is among the first k) and MRR (mean of 1 / its rank).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Embedder } from '../ml/embedder.js';
import { POLICY_DIR } from './policy-library.js';
import type { PolicyIndex } from './policy-index.js';

export const EVAL_FILE = path.join(POLICY_DIR, 'eval.json');

export interface EvalQuestion {
  question: string;
  expected: { document: string; section: number };
}

export interface QuestionResult extends EvalQuestion {
  /** 1-based rank of the expected section; null when it is not among the results looked at. */
  rank: number | null;
  /** Section ids returned, best first. */
  top: { id: string; score: number }[];
}

export interface EvalReport {
  questions: number;
  k: number;
  recallAtK: number;
  /** Reciprocal ranks over the first `depth` results (0 beyond). */
  mrr: number;
  depth: number;
  results: QuestionResult[];
}

export async function loadEvalQuestions(file: string = EVAL_FILE): Promise<EvalQuestion[]> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { questions?: EvalQuestion[] };
  if (!Array.isArray(parsed.questions) || parsed.questions.length === 0) throw new Error(`${file} has no questions`);
  return parsed.questions;
}

export interface EvalOptions {
  /** Recall is counted over the first k results (default 3). */
  k?: number;
  /** Results looked at for the rank and the MRR (default 10). */
  depth?: number;
  /** Blend of embedding and lexical scores (default: the one search uses). */
  denseWeight?: number;
}

/** Embeds all questions in one batch and ranks each against the index. */
export async function evaluatePolicySearch(index: PolicyIndex, embedder: Embedder, questions: EvalQuestion[], options: EvalOptions = {}): Promise<EvalReport> {
  const { k = 3, depth = 10, denseWeight } = options;
  for (const q of questions) {
    const id = `${q.expected.document}#${q.expected.section}`;
    if (!index.section(id)) throw new Error(`eval question "${q.question}" expects ${id}, which no document has`);
  }
  const vectors = await embedder.embed(questions.map((q) => q.question));
  const results = questions.map<QuestionResult>((q, i) => {
    const matches = index.search(q.question, vectors[i]!, depth, { denseWeight });
    const expectedId = `${q.expected.document}#${q.expected.section}`;
    const at = matches.findIndex((m) => m.section.id === expectedId);
    return { ...q, rank: at < 0 ? null : at + 1, top: matches.map((m) => ({ id: m.section.id, score: m.score })) };
  });
  const hits = results.filter((r) => r.rank !== null && r.rank <= k).length;
  const mrr = results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / results.length;
  return { questions: results.length, k, recallAtK: hits / results.length, mrr, depth, results };
}
