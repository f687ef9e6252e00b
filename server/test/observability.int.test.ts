// /metrics and tracing of a running app: operations, errors, decisions and served recommendations
// move the right series; gauges read the live server, the bureau breaker, the outreach backlog and
// the models in service; the Grafana dashboard only uses metric names the scrape has; METRICS_TOKEN
// guards the route; with OTEL_EXPORTER_OTLP_ENDPOINT set, an operation's span reaches an OTLP
// receiver inside the caller's trace.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { count, eq } from 'drizzle-orm';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { outreachMessages } from '../../drizzle/schema.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.close();
});

async function scrape(url: string, authorization?: string): Promise<{ status: number; contentType: string | null; text: string }> {
  const res = await fetch(`${url}/metrics`, { headers: authorization ? { authorization } : {} });
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function samples(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]] = l[2];
    out.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return out;
}

/** The value of the series `name` with (at least) these labels; 0 when it does not exist yet. */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  const found = samples(text).filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  expect(found.length, `${name} ${JSON.stringify(labels)}: ${found.length} series`).toBeLessThanOrEqual(1);
  return found[0]?.value ?? 0;
}

async function metricsText(): Promise<string> {
  const r = await scrape(t.app.url);
  expect(r.status).toBe(200);
  return r.text;
}

async function individualCustomerId(): Promise<string> {
  const r = await t.ok(`{ customers(first: 5, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`);
  return r.customers.edges[0].node.id;
}

describe('/metrics', () => {
  it('serves the Prometheus text format', async () => {
    const r = await scrape(t.app.url);
    expect(r.status).toBe(200);
    expect(r.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(r.text).toContain('# TYPE graphql_requests_total counter');
  });

  it('counts and times operations by name and type, and errors by code', async () => {
    const before = await metricsText();
    await t.ok(`query ObsCustomers { customers(first: 3) { totalCount } }`);
    await t.ok(`query ObsCustomers { customers(first: 2) { totalCount } }`);
    await t.ok(`{ customers(first: 1) { totalCount } }`);
    const bad = await t.gql(`query ObsBadPage { customers(first: 0) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await t.gql(`query ObsInvalid { customers(first: "three") { totalCount } }`);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const after = await metricsText();
    const delta = (name: string, labels: Record<string, string>) => value(after, name, labels) - value(before, name, labels);

    expect(delta('graphql_requests_total', { operation: 'ObsCustomers', type: 'query' })).toBe(2);
    expect(delta('graphql_request_duration_seconds_count', { operation: 'ObsCustomers', type: 'query' })).toBe(2);
    expect(delta('graphql_request_duration_seconds_bucket', { operation: 'ObsCustomers', type: 'query', le: '+Inf' })).toBe(2);
    expect(value(after, 'graphql_request_duration_seconds_sum', { operation: 'ObsCustomers', type: 'query' })).toBeGreaterThan(0);
    expect(delta('graphql_requests_total', { operation: 'anonymous', type: 'query' })).toBe(1);
    expect(delta('graphql_requests_total', { operation: 'ObsBadPage', type: 'query' })).toBe(1);
    // A document that does not validate has no operation type.
    expect(delta('graphql_requests_total', { operation: 'ObsInvalid', type: 'unknown' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('graphql_errors_total', { code: 'INTERNAL_SERVER_ERROR' })).toBe(0);
  });

  it('counts a credit decision by outcome once, not its replay', async () => {
    const before = await metricsText();
    const vars = { input: { customerId: await individualCustomerId(), productId: 'pl-meridian-instant', amount: 150_000, termMonths: 24, purpose: 'home renovation', consent: { creditAssessment: true, bureauCheck: true } }, key: `obs-${process.pid}-${Date.now()}` };
    const outcome = (await t.ok(SUBMIT, vars)).submitLoanApplication.decision.outcome as string;
    await t.ok(SUBMIT, vars); // the same idempotency key: the stored decision, not a new one
    const after = await metricsText();
    expect(value(after, 'credit_decisions_total', { outcome }) - value(before, 'credit_decisions_total', { outcome })).toBe(1);
    const all = (text: string) => samples(text).filter((s) => s.name === 'credit_decisions_total').reduce((n, s) => n + s.value, 0);
    expect(all(after) - all(before)).toBe(1);
  });

  it('counts the recommendations served once they are logged', async () => {
    const customerId = await individualCustomerId();
    const before = value(await metricsText(), 'recommendations_served_total');
    const r = await t.ok(`query ObsRecs($id: ID!) { customer(id: $id) { recommendations(k: 4) { rank } } }`, { id: customerId });
    const served = r.customer.recommendations.length as number;
    expect(served).toBeGreaterThan(0);
    // The log is written behind the request (every 200 ms); the counter follows the write.
    const deadline = Date.now() + 10_000;
    while (value(await metricsText(), 'recommendations_served_total') < before + served && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
    await new Promise((res) => setTimeout(res, 400));
    expect(value(await metricsText(), 'recommendations_served_total')).toBe(before + served);
  });

  it('reads subscriptions, the bureau breaker, the outreach backlog and the models in service when scraped', async () => {
    const client = createClient({ url: `${t.app.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(client);
    client.subscribe({ query: `subscription { applicationDecided { id } }` }, { next: () => {}, error: () => {}, complete: () => {} });
    const deadline = Date.now() + 10_000;
    while (t.app.liveStats().subscribers === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
    let text = await metricsText();
    expect(value(text, 'graphql_active_subscriptions')).toBe(t.app.liveStats().subscribers);
    expect(value(text, 'graphql_active_subscriptions')).toBeGreaterThan(0);

    expect(value(text, 'bureau_circuit_breaker_state')).toBe(0);
    const isolation = t.app.services.bureau.isolate();
    expect(value(await metricsText(), 'bureau_circuit_breaker_state')).toBe(2);
    isolation.dispose();
    expect(value(await metricsText(), 'bureau_circuit_breaker_state')).toBe(0);

    const db = t.app.services.database.db;
    const countOf = async (status: string) => Number((await db.select({ n: count() }).from(outreachMessages).where(eq(outreachMessages.status, status)))[0].n);
    text = await metricsText();
    expect(samples(text).some((s) => s.name === 'outreach_queue_depth')).toBe(true);
    expect(value(text, 'outreach_queue_depth')).toBe(await countOf('QUEUED'));
    expect(value(text, 'outreach_dead_letters')).toBe(await countOf('DEAD'));

    const { services } = t.app;
    expect(value(text, 'model_info', { model: 'risk', version: services.riskModels.info.version })).toBe(1);
    expect(value(text, 'model_info', { model: 'ranker', version: services.rankingModels.info!.version })).toBe(1);
    expect(value(text, 'model_info', { model: 'segments', version: services.segments.modelOf('demo')!.version })).toBe(1);
    expect(value(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('has every metric the Grafana dashboard queries', async () => {
    const dashboard = JSON.parse(readFileSync(new URL('../../ops/grafana/creditgraph-dashboard.json', import.meta.url), 'utf8'));
    const exprs: string[] = [];
    JSON.stringify(dashboard, (key, v) => {
      if (key === 'expr' && typeof v === 'string') exprs.push(v);
      return v;
    });
    expect(exprs.length).toBeGreaterThan(10);
    const names = new Set(exprs.flatMap(metricNamesIn));
    for (const required of ['graphql_requests_total', 'graphql_request_duration_seconds_bucket', 'credit_decisions_total', 'model_info']) expect(names).toContain(required);
    const scraped = new Set(samples(await metricsText()).map((s) => s.name));
    expect([...names].filter((n) => !scraped.has(n))).toEqual([]);
  });
});

const PROMQL_WORDS = new Set(['sum', 'max', 'min', 'avg', 'count', 'rate', 'irate', 'increase', 'histogram_quantile', 'by', 'without', 'on', 'ignoring', 'topk', 'bottomk', 'clamp_min', 'label_values']);

/** Metric names in a PromQL expression: identifiers outside label matchers, groupings and range selectors. */
function metricNamesIn(expr: string): string[] {
  const bare = expr
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, ' ');
  return [...bare.matchAll(/\b[a-zA-Z_:][\w:]*\b/g)].map((m) => m[0]).filter((w) => !PROMQL_WORDS.has(w));
}

describe('METRICS_TOKEN and tracing', () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const parentSpanId = '00f067aa0ba902b7';
  const token = 'prometheus-scrape-token-0123456789';
  let receiver: Server;
  const bodies: string[] = [];
  let traced: TestApp | undefined;

  beforeAll(async () => {
    // A minimal OTLP/HTTP receiver: the exporter posts JSON to /v1/traces.
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.method === 'POST' && req.url === '/v1/traces') bodies.push(Buffer.concat(chunks).toString('utf8'));
        res.setHeader('content-type', 'application/json');
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    traced = await startTestApp({ METRICS_TOKEN: token, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` });
  });
  afterAll(async () => {
    await traced?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('answers /metrics only with the bearer token', async () => {
    const url = traced!.app.url;
    expect((await scrape(url)).status).toBe(401);
    expect((await scrape(url, 'Bearer not-the-token-at-all-0000')).status).toBe(401);
    expect((await scrape(url, `Basic ${token}`)).status).toBe(401);
    const ok = await scrape(url, `Bearer ${token}`);
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('graphql_requests_total');
  });

  it('exports a span per operation inside the caller trace, with root-field child spans, flushed on close', async () => {
    const app = traced!.app;
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${parentSpanId}-01` },
      body: JSON.stringify({ query: `query ObsTraced { customers(first: 2) { totalCount } }` }),
    });
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id');
    await traced!.close(); // the batch processor sends what it holds
    traced = undefined;

    const spans = bodies.flatMap((b) => {
      const body = JSON.parse(b) as { resourceSpans: { resource: { attributes: Attr[] }; scopeSpans: { spans: OtlpSpan[] }[] }[] };
      return body.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans.map((s) => ({ ...s, resource: rs.resource }))));
    });
    const op = spans.find((s) => s.name === 'graphql.query ObsTraced');
    expect(op, JSON.stringify(spans.map((s) => s.name))).toBeDefined();
    expect(op!.traceId).toBe(traceId);
    expect(op!.parentSpanId).toBe(parentSpanId);
    expect(attr(op!.attributes, 'graphql.operation.name')).toBe('ObsTraced');
    expect(attr(op!.attributes, 'graphql.operation.type')).toBe('query');
    expect(attr(op!.attributes, 'creditgraph.request_id')).toBe(requestId);
    expect(attr(op!.resource.attributes, 'service.name')).toBe('creditgraph');
    const field = spans.find((s) => s.name === 'graphql.resolve Query.customers');
    expect(field?.traceId).toBe(traceId);
    expect(field?.parentSpanId).toBe(op!.spanId);
  });
});

interface Attr {
  key: string;
  value: { stringValue?: string };
}
interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Attr[];
}

function attr(attrs: Attr[], key: string): string | undefined {
  return attrs.find((a) => a.key === key)?.value.stringValue;
}
