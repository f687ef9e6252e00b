// Two server processes on one PostgreSQL and one Redis (a redis-server this test starts on its own
// port): a subscriber on process A receives the decision and the dashboard update caused by a
// mutation on process B; and when Redis is killed and restarted while events flow, both servers
// stay up, subscriptions resume, and the dashboard comes back to what the database holds
// (events published during the outage are lost by Redis, so the KPIs are rebuilt, never gapped).
// PostgreSQL only: two processes cannot share the embedded PGlite.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freePort, killProcess, startProcess, stopProcess, waitFor } from '../../ops/processes.js';
import { SUBMIT } from './credit-documents.js';

const onPostgres = process.env.TEST_DB === 'postgres';
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

if (!onPostgres) console.warn('[live-replicas] SKIPPED on PGlite: two server processes need one shared PostgreSQL');

const DASHBOARD = `subscription { dashboard(window: LAST_HOUR) { version totals { views applications } } }`;
const DECIDED = `subscription { applicationDecided { id } }`;
const INTERACT = `mutation($input: InteractionInput!, $eventId: String!) { recordInteraction(input: $input, eventId: $eventId) { __typename } }`;

describe.skipIf(!onPostgres)('two server processes sharing PostgreSQL and Redis', () => {
  const name = `cg_replicas_${process.pid}_${randomBytes(4).toString('hex')}`;
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  let redisPort = 0;
  let redis: ChildProcess | undefined;
  const servers: ChildProcess[] = [];
  let a = '';
  let b = '';
  let sql: postgres.Sql;
  const clients: Client[] = [];
  let customerId = '';
  let n = 0;

  async function startRedis(): Promise<void> {
    redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      const ok = await new Promise<boolean>((resolve) => {
        const s = spawn('redis-cli', ['-p', String(redisPort), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        s.stdout.on('data', (d) => (out += d));
        s.on('exit', () => resolve(out.includes('PONG')));
      });
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('redis-server did not start');
  }

  async function startServer(): Promise<string> {
    const port = await freePort();
    const child = startProcess('server/src/main.ts', {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      SEED_CUSTOMERS: '150',
      SERVE_WEB: 'false',
      LOG_LEVEL: 'silent',
    });
    servers.push(child);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(`${url}/healthz`, child, (s) => s === 200, 170_000);
    return url;
  }

  async function gql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return res.json();
  }

  function watch<T>(url: string, token: string, query: string, pick: (d: any) => T) {
    const client = createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    clients.push(client);
    const messages: T[] = [];
    client.subscribe<any>({ query }, { next: (m) => (m.data ? messages.push(pick(m.data)) : console.log('[live-replicas]', JSON.stringify(m.errors))), error: (e) => console.log('[live-replicas] error', e), complete: () => {} });
    return { messages, latest: () => messages[messages.length - 1] };
  }

  const view = (url: string) => gql(url, INTERACT, { input: { customerId, productId: 'pl-meridian-instant', kind: 'VIEW' }, eventId: `replicas-${n++}` });
  // The dashboard's window is the last hour (the seed's synthetic history ends days before it).
  const viewsInDatabase = async () => Number((await sql`select count(*) as n from interactions where tenant_id = 'demo' and kind = 'VIEW' and occurred_at > now() - interval '1 hour'`)[0].n);

  beforeAll(async () => {
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    redisPort = await freePort();
    await startRedis();
    a = await startServer(); // seeds the database
    b = await startServer();
    const listed = await gql(a, `{ customers(first: 1, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`);
    customerId = listed.data.customers.edges[0].node.id;
  }, 360_000);

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all(servers.map((s) => stopProcess(s)));
    if (redis) await killProcess(redis);
    await sql?.end();
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('delivers on process A the decision and the dashboard update of a mutation on process B', async () => {
    const analyst = (await gql(a, `mutation { devLogin(role: ANALYST) { token } }`)).data.devLogin.token;
    const dashboard = watch(a, analyst, DASHBOARD, (d) => d.dashboard);
    const decided = watch(a, analyst, DECIDED, (d) => d.applicationDecided.id);
    await expect.poll(() => dashboard.messages.length, { timeout: 10_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 200)); // the decision subscription is registered too
    const before = dashboard.latest().totals.applications;

    const submitted = await gql(b, SUBMIT, {
      key: `replicas-app-${n++}`,
      input: { customerId, productId: 'pl-meridian-instant', amount: 80_000, termMonths: 12, purpose: 'replicas', consent: { creditAssessment: true, bureauCheck: true } },
    });
    const id = submitted.data.submitLoanApplication.id;
    await expect.poll(() => decided.messages, { timeout: 10_000 }).toEqual([id]);
    await expect.poll(() => dashboard.latest().totals.applications, { timeout: 10_000 }).toBe(before + 1);
  });

  it('survives a Redis restart with events flowing: servers up, subscriptions resumed, no gap kept', async () => {
    const analyst = (await gql(a, `mutation { devLogin(role: ANALYST) { token } }`)).data.devLogin.token;
    const dashboard = watch(a, analyst, DASHBOARD, (d) => d.dashboard);
    await expect.poll(() => dashboard.messages.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);

    let flowing = true;
    let failures = 0;
    const traffic = (async () => {
      while (flowing) {
        const r = await view(b).catch(() => null);
        if (r?.data?.recordInteraction?.__typename !== 'Interaction') failures++;
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await new Promise((r) => setTimeout(r, 1_000));
    await killProcess(redis!); // as a crash would: whatever was in flight is gone
    await new Promise((r) => setTimeout(r, 1_500));
    await startRedis();
    await new Promise((r) => setTimeout(r, 1_500));
    flowing = false;
    await traffic;

    expect(failures).toBe(0); // the mutations never failed: an event that cannot be sent does not fail its write
    for (const url of [a, b]) expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // Readiness asks Redis too, now that it is back.
    for (const url of [a, b]) {
      await expect.poll(async () => (await (await fetch(`${url}/readyz`)).json()).checks?.find((c: { name: string }) => c.name === 'redis')?.ok, { timeout: 10_000 }).toBe(true);
    }
    // After the reconnect the KPIs were rebuilt: the dashboard on A shows every view in the database,
    // including those published while Redis was down.
    const inDatabase = await viewsInDatabase();
    await expect.poll(() => dashboard.latest().totals.views, { timeout: 15_000 }).toBe(inDatabase);
    // And live updates flow again through the restarted Redis.
    await view(b);
    await expect.poll(() => dashboard.latest().totals.views, { timeout: 10_000 }).toBe(inDatabase + 1);
  }, 60_000);
});
