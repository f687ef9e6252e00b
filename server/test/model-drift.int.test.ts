// Model drift (Query.modelDrift, services/model-drift.ts) on the seeded app: a fresh seed has no
// decisions by the active risk model in the window (the seeded loan book's decisions are months
// old, by the seed's own model version, without features), so it reads NOT_ENOUGH_DATA with no
// PSI; real applications give real PSIs; decisions whose bureau score (or another feature) moved
// below every training value push that feature above 0.25 (ALERT) while the score stays put; the
// reference stored at training time is what a lazy recomputation gives; roles and tenants.
import { and, eq, gte, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditDecisions, loanApplications, riskModels } from '../../drizzle/schema.js';
import { ModelDriftService, RiskDriftSource, RISK_DRIFT_METRICS_KEY, type ModelDriftReport, type StoredDriftReference } from '../src/services/model-drift.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

const DRIFT = `query($windowDays: Int) { modelDrift(windowDays: $windowDays) {
  model version windowStart windowEnd sampleSize status
  rows { name kind psi level bins { label lower upper expectedShare actualShare contribution } } } }`;

interface Row {
  name: string;
  kind: 'FEATURE' | 'SCORE';
  psi: number | null;
  level: string;
  bins: { label: string; expectedShare: number; actualShare: number; contribution: number }[];
}
interface Drift {
  model: string;
  version: string;
  windowStart: string;
  windowEnd: string;
  sampleSize: number;
  status: string;
  rows: Row[];
}

const REAL_APPLICATIONS = 60;
const SHIFTED = 100;
const SEVERITY: Record<string, number> = { OK: 0, NOT_ENOUGH_DATA: 1, WARNING: 2, ALERT: 3 };

let t: TestApp;
let analyst: string;
let admin: string;
let rm: string;
let version: string;
let features: string[];
let counter = 0;
const key = (p: string) => `${p}-${process.pid}-${Date.now()}-${counter++}`;

async function risk(token = analyst, windowDays?: number): Promise<Drift> {
  const data = await t.ok<{ modelDrift: Drift[] }>(DRIFT, windowDays === undefined ? {} : { windowDays }, token);
  const found = data.modelDrift.filter((m) => m.model === 'RISK');
  expect(found).toHaveLength(1);
  return found[0];
}

const rowOf = (d: Drift, name: string) => d.rows.find((r) => r.name === name)!;

beforeAll(async () => {
  t = await startTestApp();
  [analyst, admin, rm] = await Promise.all([t.login('ANALYST'), t.login('ADMIN'), t.login('RELATIONSHIP_MANAGER')]);
  const m = await t.ok<{ riskModel: { version: string; features: string[] } }>(`{ riskModel { version features } }`, {}, analyst);
  version = m.riskModel.version;
  features = m.riskModel.features;
});
afterAll(async () => {
  await t?.close();
});

describe('modelDrift', () => {
  it('on a fresh seed: the risk model with a row per feature and the score, NOT_ENOUGH_DATA and no PSI', async () => {
    const d = await risk();
    expect(d.version).toBe(version);
    expect(d.sampleSize).toBe(0);
    expect(d.status).toBe('NOT_ENOUGH_DATA');
    expect(new Date(d.windowEnd).getTime() - new Date(d.windowStart).getTime()).toBe(7 * 86_400_000);
    expect(Math.abs(new Date(d.windowEnd).getTime() - Date.now())).toBeLessThan(60_000);
    expect(d.rows[0]).toMatchObject({ name: 'score', kind: 'SCORE' });
    expect(d.rows.filter((r) => r.kind === 'FEATURE').map((r) => r.name).sort()).toEqual([...features].sort());
    for (const r of d.rows) expect(r).toMatchObject({ psi: null, level: 'NOT_ENOUGH_DATA', bins: [] });
    // Even 90 days back: the seeded loan book's decisions are by the seed's model version and carry no features.
    expect((await risk(analyst, 90)).sampleSize).toBe(0);
  });

  it('gives every row a PSI once the window has 50+ real decisions', async () => {
    // Customers who consent to a credit check: the others' applications are refused (CONSENT_REQUIRED).
    const r = await t.ok(`{ customers(first: ${REAL_APPLICATIONS + 20}) { edges { node { id kind consents { purpose granted } } } } }`, {}, rm);
    const customers: { id: string; kind: string }[] = r.customers.edges
      .map((e: any) => e.node)
      .filter((c: any) => c.consents.some((k: { purpose: string; granted: boolean }) => k.purpose === 'CREDIT_CHECK' && k.granted))
      .slice(0, REAL_APPLICATIONS);
    expect(customers.length).toBe(REAL_APPLICATIONS);
    // A mix of products, terms and amounts, as a branch's week would bring.
    const individual = ['pl-meridian-instant', 'cc-meridian-shopping-cashback', 'pl-meridian-car-loan', 'pl-meridian-education'];
    const business = ['bl-meridian-working-capital', 'bl-aurora-msme-term', 'cc-aurora-business-expense'];
    for (const [i, c] of customers.entries()) {
      const products = c.kind === 'BUSINESS' ? business : individual;
      const input = {
        customerId: c.id,
        productId: products[i % products.length],
        amount: [50_000, 100_000, 200_000, 400_000][i % 4],
        termMonths: [12, 24, 36, 48, 60][i % 5],
        purpose: 'drift test',
        consent: { creditAssessment: true, bureauCheck: true },
      };
      let res = await t.gql(SUBMIT, { input, key: key('drift') }, rm);
      // Terms a product does not offer: the plain personal loan instead.
      if (res.data?.submitLoanApplication?.__typename !== 'LoanApplication') {
        res = await t.gql(SUBMIT, { input: { ...input, productId: 'pl-meridian-instant', amount: 150_000, termMonths: 24 }, key: key('drift') }, rm);
      }
      expect(res.errors).toBeUndefined();
      expect(res.data.submitLoanApplication.__typename).toBe('LoanApplication');
    }
    const decided = await t.app.services.database.db
      .select({ n: creditDecisions.applicationId })
      .from(creditDecisions)
      .where(and(eq(creditDecisions.tenantId, 'demo'), eq(creditDecisions.modelVersion, version)));
    const d = await risk();
    expect(d.sampleSize).toBe(decided.length);
    expect(d.sampleSize).toBeGreaterThanOrEqual(50);
    expect(d.status).not.toBe('NOT_ENOUGH_DATA');
    for (const row of d.rows) {
      expect(row.psi).toBeTypeOf('number');
      expect(row.psi!).toBeGreaterThanOrEqual(0);
      expect(row.level).toBe(row.psi! > 0.25 ? 'ALERT' : row.psi! > 0.1 ? 'WARNING' : 'OK');
      expect(row.psi!).toBeCloseTo(row.bins.reduce((s, b) => s + b.contribution, 0), 9);
      expect(row.bins.reduce((s, b) => s + b.expectedShare, 0)).toBeCloseTo(1, 9);
      expect(row.bins.reduce((s, b) => s + b.actualShare, 0)).toBeCloseTo(1, 9);
    }
    expect(d.status).toBe(d.rows.map((r) => r.level).reduce((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'OK'));
    // What real decisions on the demo tenant's customers show against the outcome history the
    // model was trained on (for the report; the figures depend on the seed, so no bound is asserted).
    console.info(`risk drift on ${d.sampleSize} real decisions: ${d.status}; ${d.rows.map((r) => `${r.name} ${r.psi!.toFixed(3)}`).join(', ')}`);
  });

  it('raises a feature moved below every training value above 0.25 (ALERT), the score untouched', async () => {
    const before = await risk();
    const shifted = features.includes('bureau_score') ? 'bureau_score' : before.rows.find((r) => r.kind === 'FEATURE' && r.bins[0]?.label.startsWith('(-inf'))!.name;
    const db = t.app.services.database.db;
    const [model] = await db.select({ metrics: riskModels.metrics }).from(riskModels).where(eq(riskModels.version, version));
    const ref = (model.metrics[RISK_DRIFT_METRICS_KEY] as StoredDriftReference).distributions.find((x) => x.name === shifted)!;
    expect(ref.edges.length).toBeGreaterThan(0);
    const low = ref.edges[0] - 100; // below the first cut: the first bin, about a tenth of training
    // Copies of the real decisions (application and decision), decided now, with the one feature shifted.
    const recent = await db
      .select()
      .from(creditDecisions)
      .where(and(eq(creditDecisions.tenantId, 'demo'), eq(creditDecisions.modelVersion, version), gte(creditDecisions.decidedAt, new Date(Date.now() - 86_400_000))));
    const apps = await db.select().from(loanApplications).where(inArray(loanApplications.id, recent.map((r) => r.applicationId)));
    for (let i = 0; i < SHIFTED; i++) {
      const { id: appId, ...app } = apps[i % apps.length];
      const decision = recent.find((r) => r.applicationId === appId)!;
      const [copy] = await db
        .insert(loanApplications)
        .values({ ...app, idempotencyKey: key('shifted'), submittedAt: new Date() })
        .returning({ id: loanApplications.id });
      await db.insert(creditDecisions).values({ ...decision, applicationId: copy.id, features: { ...decision.features, [shifted]: low }, decidedAt: new Date() });
    }
    const after = await risk();
    expect(after.sampleSize).toBe(before.sampleSize + SHIFTED);
    const row = rowOf(after, shifted);
    expect(row.level).toBe('ALERT');
    expect(row.psi!).toBeGreaterThan(0.25);
    expect(row.psi!).toBeGreaterThan(rowOf(before, shifted).psi!);
    expect(after.status).toBe('ALERT');
    expect(rowOf(before, shifted).psi!).toBeLessThan(0.25); // on the real decisions alone: no alert
    const order = after.rows.filter((r) => r.kind === 'FEATURE').map((r) => r.psi!);
    expect(order).toEqual([...order].sort((a, b) => b - a)); // most drifted first
    // The first bin now holds the shifted decisions, and at least as many real ones as before.
    expect(row.bins[0].actualShare).toBeGreaterThanOrEqual(SHIFTED / after.sampleSize);
    // The copies kept their scores: the score's PSI is that of the same score distribution, resampled.
    const score = rowOf(after, 'score');
    expect(score.bins.map((b) => b.expectedShare)).toEqual(rowOf(before, 'score').bins.map((b) => b.expectedShare));
    // An admin sees the same; the admin of another tenant sees none of it.
    expect((await risk(admin)).rows.find((r) => r.name === shifted)!.level).toBe('ALERT');
    const other = await t.login('ANALYST', 'northwind');
    expect((await risk(other)).sampleSize).toBe(0);
  });

  it('computes the same reference lazily for a model stored without one, and stores it', async () => {
    const db = t.app.services.database.db;
    const [model] = await db.select({ metrics: riskModels.metrics }).from(riskModels).where(eq(riskModels.version, version));
    const stored = model.metrics[RISK_DRIFT_METRICS_KEY] as StoredDriftReference;
    expect(stored.distributions.length).toBe(features.length + 1);
    const { [RISK_DRIFT_METRICS_KEY]: _dropped, ...older } = model.metrics;
    await db.update(riskModels).set({ metrics: older }).where(eq(riskModels.version, version));
    const service = new ModelDriftService([new RiskDriftSource(db, t.app.services.riskModels)]);
    const [report]: ModelDriftReport[] = await service.report('demo');
    const [again] = await db.select({ metrics: riskModels.metrics }).from(riskModels).where(eq(riskModels.version, version));
    expect(again.metrics[RISK_DRIFT_METRICS_KEY]).toEqual(stored);
    expect(again.metrics.auc).toBe(model.metrics.auc);
    const served = await risk();
    expect(report.rows.map((r) => [r.name, r.psi])).toEqual(served.rows.map((r) => [r.name, r.psi]));
  });

  it('is for analysts and admins only, and checks the window', async () => {
    const r = await t.gql(DRIFT, {}, rm);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const collector = await t.login('COLLECTOR');
    expect((await t.gql(DRIFT, {}, collector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const windowDays of [0, 91, -3]) {
      const bad = await t.gql(DRIFT, { windowDays }, analyst);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'windowDays' });
    }
    expect((await risk(analyst, 1)).status).toBe('ALERT');
  });
});
