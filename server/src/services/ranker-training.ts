// Trains the learned ranker on the logged history (recommendation_log + interactions), evaluates
// it on a later time window against the baselines and the active model, and stores it: as the
// ACTIVE model, or as a CHALLENGER that lost (npm run train:ranker, npm run retrain).
//
// Time-based split: the oldest (1 − testShare) of served rows train the model; applications in
// the window after the cut are what every ranking is judged on. Each test customer's candidates
// are the rules engine's top RANKER_CANDIDATES, less what they applied for before the cut;
// relevance is 1 for an application and 2 for an approved one.
import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { customers } from '../../../drizzle/schema.js';
import { CatalogStore, type CatalogSnapshot } from '../catalog/catalog-store.js';
import type { AppDb } from '../db/index.js';
import { emptyPeerStats } from '../db/peer-stats.js';
import { rankerFeatures, RANKER_FEATURES, rankingStats, type RankingStats } from '../domain/ranking/features.js';
import { evaluateRankings, EVALUATION_KS, type RankingMetrics, type Relevance } from '../domain/ranking/metrics.js';
import { checkRankerModel, logitOf, rerank, type RankerModel } from '../domain/ranking/ranker.js';
import { MODEL_VERSION, recommend } from '../domain/recommendation/index.js';
import type { CatalogProduct, CustomerProfile, ScoredProduct } from '../domain/recommendation/types.js';
import { DEFAULT_BINS, referenceOf, type DriftValue } from '../domain/drift/index.js';
import { fitLogistic } from '../ml/scorecard/logistic.js';
import { chart } from '../ml/scorecard/report-svg.js';
import { activeHoldingsByCustomerIds, toCustomerRow } from '../repositories/customers.js';
import { activeRankingModel, loadApplications, loadServedHistory, storeRankingModel, type ApplicationEvent, type ServedRow } from '../repositories/ranking.js';
import { customerProfileOf } from './recommendations.js';

/** Rules candidates the ranker re-orders, when serving and when learning. */
export const RANKER_CANDIDATES = 30;
const DIVERSITY_PENALTY = 0.3;
const MIN_ROWS = 1_000;
const MIN_APPLICATIONS = 30;
const MIN_JUDGED_CUSTOMERS = 30;

export const RANKER_DRIFT_METRICS_KEY = 'driftReference';
/** What drift monitoring compares: the continuous features, the segment, and the served score. */
export const RANKER_DRIFT_FEATURES = ['need_match', 'peer_uptake', 'product_gap', 'similar_customers', 'eligibility_margin', 'approval_likelihood', 'popularity', 'apr', 'fee_burden', 'rules_score'] as const;

/** Values of the monitored inputs and the score of one served item. */
export function rankerDriftValues(c: CustomerCandidates, product: CatalogProduct, served: ScoredProduct, stats: RankingStats): Record<string, DriftValue> {
  const x = rankerFeatures(c.profile, product, c.byProduct.get(served.productId) ?? served, stats, null);
  const out: Record<string, DriftValue> = { segment: c.profile.segment, score: served.score };
  for (const name of RANKER_DRIFT_FEATURES) out[name] = x[RANKER_FEATURES.indexOf(name)];
  return out;
}

/** Reference distributions of the monitored values over the top-10 lists the model would serve the training customers. */
function rankerDriftReference(items: { c: CustomerCandidates; r: ScoredProduct }[], productById: Map<string, CatalogProduct>, statsOf: (t: string) => RankingStats) {
  const rows = items.map(({ c, r }) => rankerDriftValues(c, productById.get(r.productId)!, r, statsOf(c.tenantId)));
  const distributions = [
    ...RANKER_DRIFT_FEATURES.map((name) => referenceOf(name, rows.map((v) => v[name]))),
    referenceOf('segment', rows.map((v) => v.segment), DEFAULT_BINS, { categorical: true }),
    referenceOf('score', rows.map((v) => v.score), DEFAULT_BINS, { kind: 'SCORE' }),
  ];
  return { bins: DEFAULT_BINS, distributions };
}

export interface RankerTrainingOptions {
  /** Newest served rows to learn from (default 500,000). */
  maxRows?: number;
  /** Share of the served history, by time, held out for evaluation (default 0.2). */
  testShare?: number;
  /** 'activate': serve the new model whatever its figures (seeding); 'challenge': only if it beats the active one. */
  mode: 'activate' | 'challenge';
  l2?: number;
  onProgress?: (stage: string) => void;
}

export interface MethodFigures {
  name: string;
  version?: string;
  /** On every application in the holdout window. */
  metrics: RankingMetrics;
  /** On applications from exploration slates only: free of the serving model's position bias. */
  unbiased: RankingMetrics;
}

export interface TrainedRanker {
  version: string;
  trainingRows: number;
  positives: number;
  skippedRows: number;
  cut: Date;
  learned: MethodFigures;
  baselines: MethodFigures[];
  /** The model that was active before, on the same holdout; null when there was none (or it no longer fits the code). */
  incumbent: MethodFigures | null;
  promoted: boolean;
  decision: string;
  model: RankerModel;
  report: string;
  svg: string;
}

export interface CustomerCandidates {
  tenantId: string;
  profile: CustomerProfile;
  candidates: ScoredProduct[];
  byProduct: Map<string, ScoredProduct>;
}

export async function trainRanker(db: AppDb, opts: RankerTrainingOptions): Promise<TrainedRanker> {
  const progress = opts.onProgress ?? (() => {});
  progress('loading history');
  const history = await loadServedHistory(db, opts.maxRows ?? 500_000);
  const positives = history.filter((r) => r.applied).length;
  if (history.length < MIN_ROWS || positives < MIN_APPLICATIONS) {
    throw new Error(`too little history to train a ranker: ${history.length} served recommendations, ${positives} applications (need ${MIN_ROWS} and ${MIN_APPLICATIONS})`);
  }
  const testShare = opts.testShare ?? 0.2;
  const cut = history[Math.floor(history.length * (1 - testShare))].servedAt;

  progress('candidates');
  const snapshot = await new CatalogStore(db).reload();
  const stats = new Map<string, RankingStats>();
  const statsOf = (tenantId: string) => {
    let s = stats.get(tenantId);
    if (!s) stats.set(tenantId, (s = rankingStats(snapshot.peersByTenant.get(tenantId) ?? emptyPeerStats())));
    return s;
  };
  const byCustomer = await candidatesOf(db, snapshot, [...new Set(history.map((r) => r.customerId))]);

  progress('fitting');
  const productById = new Map(snapshot.catalog.map((p) => [p.id, p]));
  const x: Float64Array[] = [];
  const y: number[] = [];
  let skippedRows = 0;
  for (const row of history) {
    if (row.servedAt >= cut) continue;
    const c = byCustomer.get(row.customerId);
    const cand = c?.byProduct.get(row.productId);
    const product = productById.get(row.productId);
    if (!c || !cand || !product) {
      skippedRows++;
      continue;
    }
    x.push(rankerFeatures(c.profile, product, cand, statsOf(c.tenantId), row.rank));
    y.push(row.applied ? 1 : 0);
  }
  const fit = fitLogistic(x, y, { l2: opts.l2 ?? 1 });
  const trainedAt = new Date();
  const coefficients = fit.coefficients.map((b) => Math.round(b * 1e6) / 1e6);
  const intercept = Math.round(fit.intercept * 1e6) / 1e6;
  const version = `ranker-lr-${trainedAt.toISOString().slice(0, 10)}-${createHash('sha256').update(JSON.stringify([intercept, coefficients])).digest('hex').slice(0, 8)}`;
  const model: RankerModel = {
    version,
    kind: 'LOGISTIC',
    candidateModel: MODEL_VERSION,
    candidates: RANKER_CANDIDATES,
    features: [...RANKER_FEATURES],
    intercept,
    coefficients,
    logitQuantiles: [],
    diversityPenalty: DIVERSITY_PENALTY,
  };
  model.logitQuantiles = quantiles(
    [...byCustomer.values()].flatMap((c) => c.candidates.map((cand) => logitOf(model, rankerFeatures(c.profile, productById.get(cand.productId)!, cand, statsOf(c.tenantId), null)))),
    100,
  );

  const driftReference = rankerDriftReference(
    [...byCustomer.values()].flatMap((c) => rerank(c.profile, c.candidates, productById, statsOf(c.tenantId), model, 10).map((r) => ({ c, r }))),
    productById,
    statsOf,
  );

  progress('evaluating');
  const applications = await loadApplications(db, history[0].servedAt);
  const lists = testLists(history, applications, cut, byCustomer, () => true);
  const exploreLists = testLists(history, applications, cut, byCustomer, (a) => a.explored);
  const popularity = popularityOrder(applications.filter((a) => a.at < cut), statsOf);
  const figures = (name: string, version: string | undefined, rank: (l: TestList) => string[]): MethodFigures => ({
    name,
    version,
    metrics: evaluateRankings(lists.map((l) => ({ ranked: rank(l), rel: l.rel }))),
    unbiased: evaluateRankings(exploreLists.map((l) => ({ ranked: rank(l), rel: l.rel }))),
  });
  const byModel = (m: RankerModel) => (l: TestList) => rerank(l.c.profile, l.candidates, productById, statsOf(l.c.tenantId), m, l.candidates.length).map((r) => r.productId);
  const learned = figures('learned ranker', version, byModel(model));
  const baselines = [figures('popularity', undefined, (l) => popularity(l.c.tenantId, l.candidates)), figures('rules v1', MODEL_VERSION, (l) => l.candidates.map((c) => c.productId))];
  const incumbentModel = await incumbentOf(db);
  const incumbent = incumbentModel ? figures('active model', incumbentModel.version, byModel(incumbentModel)) : null;

  // Promotion is judged on exploration traffic where there is enough of it: on the served
  // lists, the model that chose them is favoured by position bias.
  const judgeUnbiased = learned.unbiased.customers >= MIN_JUDGED_CUSTOMERS;
  const ndcg10 = (m: MethodFigures) => (judgeUnbiased ? m.unbiased : m.metrics).ndcg[10];
  let promoted: boolean;
  let decision: string;
  if (opts.mode === 'activate') {
    promoted = true;
    decision = 'activated (training run)';
  } else if (!incumbent) {
    promoted = true;
    decision = 'promoted: there was no active model that fits this code';
  } else if (incumbent.version === version) {
    promoted = false;
    decision = 'kept: the retrained model is identical to the active one';
  } else {
    promoted = ndcg10(learned) > ndcg10(incumbent);
    decision = promoted
      ? `promoted: NDCG@10 ${ndcg10(learned).toFixed(4)} beats the active model's ${ndcg10(incumbent).toFixed(4)} on the same holdout`
      : `kept the active model: the challenger's NDCG@10 ${ndcg10(learned).toFixed(4)} does not beat ${ndcg10(incumbent).toFixed(4)} on the same holdout`;
  }

  const result: Omit<TrainedRanker, 'report' | 'svg'> = { version, trainingRows: x.length, positives: y.filter((v) => v === 1).length, skippedRows, cut, learned, baselines, incumbent, promoted, decision, model };
  const svg = ndcgChart([learned, ...baselines, ...(incumbent ? [incumbent] : [])]);
  const report = rankerReport(result, history.length);
  const stored = (m: MethodFigures) => ({ version: m.version ?? null, all: m.metrics, exploration: m.unbiased });
  await storeRankingModel(
    db,
    {
      version,
      model,
      metrics: {
        learned: stored(learned),
        popularity: stored(baselines[0]),
        rules: stored(baselines[1]),
        incumbent: incumbent ? stored(incumbent) : null,
        decision,
        cut: cut.toISOString(),
        [RANKER_DRIFT_METRICS_KEY]: driftReference,
      },
      report,
      trainingRows: x.length,
      trainedAt,
    },
    promoted,
  );
  return { ...result, report, svg };
}

/** Each customer's profile and rules candidates, as the ranker sees them (training and drift). */
export async function candidatesOf(db: AppDb, snapshot: CatalogSnapshot, ids: number[]): Promise<Map<number, CustomerCandidates>> {
  const out = new Map<number, CustomerCandidates>();
  for (let i = 0; i < ids.length; i += 1000) {
    const batch = ids.slice(i, i + 1000);
    const [rows, held] = await Promise.all([db.select().from(customers).where(inArray(customers.id, batch)), activeHoldingsByCustomerIds(db, batch)]);
    const heldBy = new Map<number, typeof held>();
    for (const h of held) heldBy.set(h.customerId, [...(heldBy.get(h.customerId) ?? []), h]);
    for (const c of rows.map(toCustomerRow)) {
      const profile = customerProfileOf(c, heldBy.get(c.id) ?? [], snapshot.embeddingModel);
      const ctx = { catalog: snapshot.catalog, peers: snapshot.peersByTenant.get(c.tenantId) ?? emptyPeerStats(), offeredProductIds: snapshot.offeredByTenant.get(c.tenantId) ?? new Set<string>() };
      const candidates = recommend(profile, ctx, RANKER_CANDIDATES);
      out.set(c.id, { tenantId: c.tenantId, profile, candidates, byProduct: new Map(candidates.map((s) => [s.productId, s])) });
    }
  }
  return out;
}

interface TestList {
  c: CustomerCandidates;
  candidates: ScoredProduct[];
  rel: Relevance;
}

/** Customers who applied after the cut (for applications passing `counts`), with their candidates less what they applied for before. */
function testLists(
  history: ServedRow[],
  applications: ApplicationEvent[],
  cut: Date,
  byCustomer: Map<number, CustomerCandidates>,
  counts: (a: ApplicationEvent) => boolean,
): TestList[] {
  const served = new Set(history.map((r) => r.customerId));
  const before = new Map<number, Set<string>>();
  const after = new Map<number, Map<string, number>>();
  for (const a of applications) {
    if (!served.has(a.customerId)) continue;
    if (a.at < cut) {
      if (!before.has(a.customerId)) before.set(a.customerId, new Set());
      before.get(a.customerId)!.add(a.productId);
    } else if (counts(a)) {
      if (!after.has(a.customerId)) after.set(a.customerId, new Map());
      after.get(a.customerId)!.set(a.productId, a.approved ? 2 : 1);
    }
  }
  const lists: TestList[] = [];
  for (const [customerId, rel] of after) {
    const c = byCustomer.get(customerId);
    if (!c) continue;
    const old = before.get(customerId) ?? new Set();
    for (const id of old) rel.delete(id);
    if (rel.size === 0) continue;
    lists.push({ c, candidates: c.candidates.filter((s) => !old.has(s.productId)), rel });
  }
  return lists;
}

/** Most applied-for products of the tenant in the training window first; ties by how many customers hold them. */
function popularityOrder(trainApplications: { tenantId: string; productId: string }[], statsOf: (tenantId: string) => RankingStats) {
  const counts = new Map<string, number>();
  for (const a of trainApplications) counts.set(`${a.tenantId}|${a.productId}`, (counts.get(`${a.tenantId}|${a.productId}`) ?? 0) + 1);
  return (tenantId: string, candidates: ScoredProduct[]) => {
    const share = statsOf(tenantId).holderShare;
    const key = (id: string) => [counts.get(`${tenantId}|${id}`) ?? 0, share.get(id) ?? 0] as const;
    return candidates
      .map((c) => c.productId)
      .sort((a, b) => {
        const [ca, sa] = key(a);
        const [cb, sb] = key(b);
        return cb - ca || sb - sa || (a < b ? -1 : 1);
      });
  };
}

async function incumbentOf(db: AppDb): Promise<RankerModel | null> {
  const row = await activeRankingModel(db);
  if (!row) return null;
  try {
    return checkRankerModel(row.model as RankerModel);
  } catch {
    return null; // trained on other features: it could not be served by this code either
  }
}

function quantiles(values: number[], steps: number): number[] {
  if (values.length === 0) return [];
  const sorted = Float64Array.from(values).sort();
  return Array.from({ length: steps + 1 }, (_, i) => {
    const pos = (i / steps) * (sorted.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return Math.round((sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)) * 1e6) / 1e6;
  });
}

const COLORS = ['#1f6feb', '#9a6700', '#8250df', '#57606a'];

function ndcgChart(methods: MethodFigures[]): string {
  const max = Math.max(0.1, ...methods.flatMap((m) => EVALUATION_KS.map((k) => m.unbiased.ndcg[k])));
  return chart({
    title: 'NDCG@K on exploration traffic in the holdout window',
    xLabel: 'K',
    yLabel: 'NDCG@K',
    xDomain: [2, 11],
    yDomain: [0, Math.min(1, Math.ceil(max * 10) / 10 + 0.05)],
    legend: 'bottom-right',
    series: methods.map((m, i) => ({ label: m.name, color: COLORS[i % COLORS.length], style: 'line+dots' as const, points: EVALUATION_KS.map((k) => [k, m.unbiased.ndcg[k]] as [number, number]) })),
  });
}

function rankerReport(r: Omit<TrainedRanker, 'report' | 'svg'>, historyRows: number): string {
  const f = (x: number) => x.toFixed(4);
  const methods = [r.learned, ...r.baselines, ...(r.incumbent ? [r.incumbent] : [])];
  const ratio = (pick: (m: MethodFigures) => RankingMetrics) => {
    const pop = pick(r.baselines[0]).ndcg[10];
    return pop > 0 ? `${(pick(r.learned).ndcg[10] / pop).toFixed(2)}x` : 'n/a';
  };
  const table = (title: string, pick: (m: MethodFigures) => RankingMetrics) => [
    `### ${title} (${pick(r.learned).customers.toLocaleString('en-US')} customers)`,
    '',
    '| method | version | ' + EVALUATION_KS.map((k) => `Recall@${k} | NDCG@${k} | MAP@${k}`).join(' | ') + ' |',
    '|---|---|' + EVALUATION_KS.map(() => '---:|---:|---:').join('|') + '|',
    ...methods.map((m) => `| ${m.name} | ${m.version ?? ''} | ` + EVALUATION_KS.map((k) => `${f(pick(m).recall[k])} | ${f(pick(m).ndcg[k])} | ${f(pick(m).map[k])}`).join(' | ') + ' |'),
    '',
  ];
  const lines = [
    `# Ranker ${r.version}`,
    '',
    `Logistic model of P(apply | shown) over ${RANKER_FEATURES.length} features, re-ranking the rules engine's top ${RANKER_CANDIDATES} candidates (${MODEL_VERSION}).`,
    `Trained on ${r.trainingRows.toLocaleString('en-US')} served rows before ${r.cut.toISOString()} (${r.positives.toLocaleString('en-US')} applications; ${r.skippedRows} rows skipped: product no longer a candidate), out of ${historyRows.toLocaleString('en-US')} logged.`,
    'Evaluated on the customers who applied after the cut, ranking their candidates less what they had applied for before. Relevance: 1 applied, 2 approved.',
    '',
    `**Decision:** ${r.decision}.`,
    '',
    `NDCG@10 against popularity: **${ratio((m) => m.metrics)}** on all applications, **${ratio((m) => m.unbiased)}** on exploration traffic (target 1.2x).`,
    '',
    ...table('All applications in the holdout window', (m) => m.metrics),
    ...table('Applications from exploration slates (random order: no position bias)', (m) => m.unbiased),
    'On all applications the rules engine is favoured: it chose most of the lists customers saw, and customers look at the top of a list first. The exploration slates are the fair test.',
    '',
    '![NDCG@K](ranker-ndcg.svg)',
    '',
    '## Coefficients (log-odds per unit)',
    '',
    '| feature | coefficient |',
    '|---|---:|',
    `| (intercept) | ${r.model.intercept.toFixed(3)} |`,
    ...r.model.features.map((name, i) => ({ name, b: r.model.coefficients[i] })).filter((c) => Math.abs(c.b) >= 0.05).map((c) => `| ${c.name} | ${c.b.toFixed(3)} |`),
    '',
    'Coefficients under 0.05 in size are left out. `position` is learnt from where items were shown and set to the first position when serving, so that position bias is not taken for preference.',
  ];
  return lines.join('\n') + '\n';
}
