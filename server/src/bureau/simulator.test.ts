import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/index.js';
import { bureauRecords } from '../../../drizzle/schema.js';
import { DbRecordSource, MemoryRecordSource } from './record-source.js';
import { startBureauSimulator, type BureauSimulator } from './simulator.js';
import { sampleReport } from './test-fixtures.js';

const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('bureau simulator', () => {
  let sim: BureauSimulator;
  beforeAll(async () => {
    sim = await startBureauSimulator({ source: new MemoryRecordSource([sampleReport('demo:1')]), latencyMs: 5 });
  });
  afterAll(() => sim.close());

  it('listens on an ephemeral loopback port', () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.port).toBeGreaterThan(0);
  });

  it('serves the file it has, and a no-hit report for a subject it has none on', async () => {
    const hit = await post(`${sim.url}/v1/reports`, JSON.stringify({ subjectRef: 'demo:1', name: 'Asha' }));
    expect(hit.status).toBe(200);
    expect((await hit.json()).report).toMatchObject({ subjectRef: 'demo:1', hit: true, score: 742 });

    const miss = await post(`${sim.url}/v1/reports`, JSON.stringify({ subjectRef: 'demo:404', age: null }));
    expect(miss.status).toBe(200);
    expect((await miss.json()).report).toMatchObject({ subjectRef: 'demo:404', hit: false, score: null, activeAccounts: 0 });
    expect(sim.stats()).toMatchObject({ hits: 1, noHits: 1 });
  });

  it('answers bad JSON and bad subjects with 400 and a message', async () => {
    const bad = await post(`${sim.url}/v1/reports`, '{"subjectRef": ');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/not valid JSON/);

    const empty = await post(`${sim.url}/v1/reports`, '');
    expect(empty.status).toBe(400);

    const noRef = await post(`${sim.url}/v1/reports`, JSON.stringify({ name: 'x' }));
    expect(noRef.status).toBe(400);
    expect((await noRef.json()).error).toMatch(/subjectRef/);

    const badAge = await post(`${sim.url}/v1/reports`, JSON.stringify({ subjectRef: 'a', age: 'old' }));
    expect(badAge.status).toBe(400);
    expect((await badAge.json()).error).toMatch(/age/);

    const badBehaviour = await post(`${sim.url}/admin/behaviour`, JSON.stringify({ failureRate: 2 }));
    expect(badBehaviour.status).toBe(400);
    expect((await badBehaviour.json()).error).toMatch(/failureRate/);
  });

  it('refuses oversized bodies, unknown routes and wrong methods', async () => {
    const big = await post(`${sim.url}/v1/reports`, JSON.stringify({ subjectRef: 'x'.repeat(100_000) }));
    expect(big.status).toBe(413);
    expect((await fetch(`${sim.url}/nope`)).status).toBe(404);
    expect((await fetch(`${sim.url}/v1/reports`)).status).toBe(405);
  });

  it('has a health check', async () => {
    const res = await fetch(`${sim.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('changes behaviour at run time over HTTP: down with 503s, then back', async () => {
    const set = await post(`${sim.url}/admin/behaviour`, JSON.stringify({ failureRate: 1, latencyMs: 0 }));
    expect(set.status).toBe(200);
    expect((await set.json()).behaviour).toMatchObject({ failureRate: 1, failureMode: 'error', latencyMs: 0 });
    const down = await post(`${sim.url}/v1/reports`, JSON.stringify({ subjectRef: 'demo:1' }));
    expect(down.status).toBe(503);
    await down.body?.cancel();

    await post(`${sim.url}/admin/behaviour`, JSON.stringify({ failureRate: 0, latencyMs: 5 }));
    const up = await post(`${sim.url}/v1/reports`, JSON.stringify({ subjectRef: 'demo:1' }));
    expect(up.status).toBe(200);
    await up.body?.cancel();
  });

  it('holds the reply in timeout mode, and close() releases it', async () => {
    const s = await startBureauSimulator({ source: new MemoryRecordSource(), failureRate: 1, failureMode: 'timeout' });
    const pending = post(`${s.url}/v1/reports`, JSON.stringify({ subjectRef: 'demo:1' })).then(
      (r) => r.status,
      () => 'closed',
    );
    const raced = await Promise.race([pending, new Promise((r) => setTimeout(() => r('waiting'), 150))]);
    expect(raced).toBe('waiting');
    expect(s.stats()).toMatchObject({ reportRequests: 1, heldOpen: 1 });
    await s.close();
    expect(await pending).toBe('closed');
  });

  it('waits the configured latency', async () => {
    sim.setBehaviour({ latencyMs: 80, failureRate: 0 });
    const t0 = performance.now();
    const res = await post(`${sim.url}/v1/reports`, JSON.stringify({ subjectRef: 'demo:1' }));
    await res.json();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(75);
    sim.setBehaviour({ latencyMs: 5 });
  });
});

describe('database record source', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ pgliteDir: 'memory://' });
    await database.migrate();
    await database.db.insert(bureauRecords).values({ subjectRef: 'demo:7', report: sampleReport('demo:7', { score: 615 }) });
  });
  afterAll(() => database?.close());

  it('reads bureau_records through drizzle, and null for an unknown subject', async () => {
    const source = new DbRecordSource(database.db);
    expect(await source.get('demo:7')).toMatchObject({ subjectRef: 'demo:7', score: 615, hit: true });
    expect(await source.get('demo:8')).toBeNull();
  });

  it('backs the simulator', async () => {
    const sim = await startBureauSimulator({ source: new DbRecordSource(database.db), latencyMs: 0 });
    try {
      const res = await post(`${sim.url}/v1/reports`, JSON.stringify({ subjectRef: 'demo:7' }));
      expect((await res.json()).report.score).toBe(615);
    } finally {
      await sim.close();
    }
  });
});
