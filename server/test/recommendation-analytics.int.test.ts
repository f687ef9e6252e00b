// Recommendation analytics (Query.recommendationAnalytics and GET /reports/recommendation-analytics.csv),
// on PGlite and on PostgreSQL: served recommendations, views, clicks and a decided application show
// up in today's totals exactly (before/after deltas), regions and series sum to the totals, the
// applied product is among the top products, a past range is untouched, the CSV sections match the
// graph, and roles and bad ranges are refused.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYTICS_CSV_COLUMNS } from '../src/reports/recommendation-analytics-csv.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

const FUNNEL = `served customersReached views clicks applications approvals clickThroughRate applicationRate approvalRate`;
const ANALYTICS = `query($from: String!, $to: String!, $groupBy: AnalyticsGrouping, $first: Int) {
  recommendationAnalytics(from: $from, to: $to, groupBy: $groupBy) {
    from to groupBy totals { ${FUNNEL} }
    series { from to funnel { ${FUNNEL} } }
    byRegion { region funnel { ${FUNNEL} } }
    topProducts(first: $first) { productId product { code name } funnel { ${FUNNEL} } } } }`;
const INTERACT = `mutation($input: InteractionInput!, $eventId: String!) { recordInteraction(input: $input, eventId: $eventId) {
  __typename ... on InteractionRejected { field message } } }`;
const COUNTS = ['served', 'customersReached', 'views', 'clicks', 'applications', 'approvals'] as const;
const PRODUCT = 'pl-meridian-instant';

type Funnel = Record<(typeof COUNTS)[number], number> & { clickThroughRate: number | null; applicationRate: number | null; approvalRate: number | null };
interface Analytics {
  from: string;
  to: string;
  groupBy: string;
  totals: Funnel;
  series: { from: string; to: string; funnel: Funnel }[];
  byRegion: { region: string | null; funnel: Funnel }[];
  topProducts: { productId: string; product: { code: string; name: string } | null; funnel: Funnel }[];
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// Yesterday to tomorrow (UTC), so that a run across midnight still counts everything it did.
const FROM = day(-1);
const TO = day(1);
const PAST = { from: day(-40), to: day(-3) };

let t: TestApp;
let analyst: string;
let rm: string;
let collector: string;
let customer: { id: string; region: string };
let counter = 0;
const key = (p: string) => `${p}-${process.pid}-${Date.now()}-${counter++}`;

async function analytics(vars: Record<string, unknown> = {}, token = analyst): Promise<Analytics> {
  const r = await t.gql(ANALYTICS, { from: FROM, to: TO, first: 100, ...vars }, token);
  expect(r.errors).toBeUndefined();
  return r.data.recommendationAnalytics;
}

const sum = (fs: Funnel[], k: (typeof COUNTS)[number]) => fs.reduce((s, f) => s + f[k], 0);
const csv = (query: string, token = analyst) => fetch(`${t.app.url}/reports/recommendation-analytics.csv?${query}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.login('ANALYST');
  rm = await t.login('RELATIONSHIP_MANAGER');
  collector = await t.login('COLLECTOR');
  const r = await t.gql(`{ customers(first: 1, filter: { kind: INDIVIDUAL }) { edges { node { id region } } } }`, {}, rm);
  customer = r.data.customers.edges[0].node;
});
afterAll(async () => {
  await t?.close();
});

describe('recommendationAnalytics', () => {
  let before: Analytics;
  let after: Analytics;
  let served: number;
  let approved: number;
  let pastBefore: Analytics;

  it('counts exactly the recommendations served, views, clicks and the decided application', async () => {
    before = await analytics();
    pastBefore = await analytics(PAST);
    const recs = await t.gql(`{ customer(id: "${customer.id}") { recommendations(k: 3) { product { code } } } }`, {}, rm);
    expect(recs.errors).toBeUndefined();
    served = recs.data.customer.recommendations.length;
    expect(served).toBeGreaterThan(0);
    for (const kind of ['VIEW', 'CLICK']) {
      const r = await t.gql(INTERACT, { input: { customerId: customer.id, productId: PRODUCT, kind }, eventId: key('ra') }, rm);
      expect(r.data.recordInteraction.__typename).toBe('Interaction');
    }
    const app = await t.gql(SUBMIT, {
      key: key('ra-app'),
      input: { customerId: customer.id, productId: PRODUCT, amount: 90_000, termMonths: 24, purpose: 'analytics', consent: { creditAssessment: true, bureauCheck: true } },
    });
    expect(app.data.submitLoanApplication.__typename).toBe('LoanApplication');
    approved = app.data.submitLoanApplication.decision.outcome === 'APPROVE' ? 1 : 0;

    // The recommendation log is written behind the request (batched): wait for it.
    await expect.poll(async () => (await analytics()).totals.served, { timeout: 10_000 }).toBe(before.totals.served + served);
    after = await analytics();
    expect(after).toMatchObject({ from: FROM, to: TO, groupBy: 'DAY' });
    expect(after.totals.views).toBe(before.totals.views + 1);
    expect(after.totals.clicks).toBe(before.totals.clicks + 1);
    expect(after.totals.applications).toBe(before.totals.applications + 1);
    expect(after.totals.approvals).toBe(before.totals.approvals + approved);
    const reached = after.totals.customersReached - before.totals.customersReached;
    expect(reached).toBeGreaterThanOrEqual(before.totals.served === 0 ? 1 : 0);
    expect(reached).toBeLessThanOrEqual(1);
    const f = after.totals;
    expect(f.clickThroughRate).toBeCloseTo(f.clicks / f.served, 10);
    expect(f.applicationRate).toBeCloseTo(f.applications / f.clicks, 10);
    expect(f.approvalRate).toBeCloseTo(f.approvals / f.applications, 10);
  });

  it('splits the totals by region and by day without losing or doubling anything', () => {
    for (const k of COUNTS) expect(sum(after.byRegion.map((r) => r.funnel), k)).toBe(after.totals[k]);
    for (const k of COUNTS.filter((c) => c !== 'customersReached')) expect(sum(after.series.map((p) => p.funnel), k)).toBe(after.totals[k]);
    expect(after.series.map((p) => p.from)).toEqual([FROM, day(0), TO]);
    const region = (a: Analytics) => a.byRegion.find((r) => r.region === customer.region)?.funnel;
    expect(region(after)?.served).toBe((region(before)?.served ?? 0) + served);
    expect(region(after)?.applications).toBe((region(before)?.applications ?? 0) + 1);
  });

  it('lists the applied product among the top products, most applications first', () => {
    const top = after.topProducts.find((p) => p.productId === PRODUCT);
    expect(top?.product?.code).toBe(PRODUCT);
    expect(top?.funnel.applications).toBe((before.topProducts.find((p) => p.productId === PRODUCT)?.funnel.applications ?? 0) + 1);
    expect(top?.funnel.clicks).toBeGreaterThanOrEqual(1);
    const apps = after.topProducts.map((p) => p.funnel.applications);
    expect(apps).toEqual([...apps].sort((a, b) => b - a));
  });

  it('groups by ISO week, clipped to the range, with the same totals', async () => {
    const w = await analytics({ groupBy: 'WEEK' });
    expect(w.series[0].from).toBe(FROM);
    expect(w.series[w.series.length - 1].to).toBe(TO);
    for (const k of ['served', 'views', 'clicks', 'applications', 'approvals'] as const) expect(sum(w.series.map((p) => p.funnel), k)).toBe(w.totals[k]);
    expect(w.totals).toEqual(after.totals);
  });

  it('leaves a range in the past untouched', async () => {
    expect(await analytics(PAST)).toEqual(pastBefore);
  });

  it('exports each section as CSV with headers and the rows the graph gives', async () => {
    const range = `from=${FROM}&to=${TO}`;
    const rowsOf = async (section: keyof typeof ANALYTICS_CSV_COLUMNS) => {
      const res = await csv(`${range}&section=${section}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const text = (await res.text()).replace(/^\uFEFF/, '');
      const [header] = parse(text, { to_line: 1 }) as string[][];
      expect(header).toEqual([...ANALYTICS_CSV_COLUMNS[section]]);
      return parse(text, { columns: true }) as Record<string, string>[];
    };
    const series = await rowsOf('series');
    expect(series.map((r) => [r.from, Number(r.served), Number(r.clicks), Number(r.applications)])).toEqual(
      after.series.map((p) => [p.from, p.funnel.served, p.funnel.clicks, p.funnel.applications]),
    );
    const regions = await rowsOf('regions');
    expect(regions.map((r) => [r.region, Number(r.served), Number(r.customers_reached), Number(r.approvals)])).toEqual(
      after.byRegion.map((g) => [g.region ?? '', g.funnel.served, g.funnel.customersReached, g.funnel.approvals]),
    );
    const products = await rowsOf('products');
    expect(products.map((r) => [r.product_id, Number(r.applications), Number(r.served)])).toEqual(after.topProducts.map((p) => [p.productId, p.funnel.applications, p.funnel.served]));
    const row = products.find((r) => r.product_id === PRODUCT)!;
    expect(row.product_name).toBe(after.topProducts.find((p) => p.productId === PRODUCT)?.product?.name);
    expect(Number(row.approval_rate)).toBeCloseTo(after.topProducts.find((p) => p.productId === PRODUCT)!.funnel.approvalRate!, 10);
  });

  it('is for analysts and admins only', async () => {
    for (const token of [rm, collector]) {
      const r = await t.gql(ANALYTICS, { from: FROM, to: TO }, token);
      expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const res = await csv(`from=${FROM}&to=${TO}&section=series`, token);
      expect(res.status).toBe(403);
      expect((await res.json()).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await csv(`from=${FROM}&to=${TO}&section=series`, 'not-a-token')).status).toBe(401);
  });

  it('refuses bad ranges, naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ from: '2026-02-30' }, 'from'],
      [{ from: 'yesterday' }, 'from'],
      [{ to: '2026-13-01' }, 'to'],
      [{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
      [{ from: '2025-01-01', to: '2026-01-02' }, 'to'],
      [{ first: 0 }, 'first'],
    ];
    for (const [vars, field] of cases) {
      const r = await t.gql(ANALYTICS, { from: FROM, to: TO, first: 10, ...vars }, analyst);
      expect(r.errors?.[0].extensions, JSON.stringify(vars)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await analytics({ from: '2025-01-01', to: '2026-01-01' })).series).toHaveLength(366);
    for (const [query, parameter] of [
      [`from=${FROM}&to=${TO}&section=everything`, 'section'],
      [`from=nope&to=${TO}&section=series`, 'from'],
      [`from=${TO}&to=${FROM}&section=regions`, 'to'],
      [`from=${FROM}&to=${TO}&section=series&groupBy=MONTH`, 'groupBy'],
    ]) {
      const res = await csv(query);
      expect(res.status, query).toBe(400);
      expect((await res.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter });
    }
  });
});
