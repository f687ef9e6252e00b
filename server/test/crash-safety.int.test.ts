// A server killed (SIGKILL) while it decides dozens of applications at once, on PostgreSQL: no
// application is left without its decision, and after a restart the clients' retries, with the
// same idempotency keys, get back the answers already given and finish the rest, one row each.
// PostgreSQL only: the embedded PGlite lives inside the test process, which cannot be killed.
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killProcess, startProcess, stopProcess, waitFor } from '../../ops/processes.js';
import { SUBMIT } from './credit-documents.js';

const onPostgres = process.env.TEST_DB === 'postgres';
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const APPLICATIONS = 60;
const KILL_AFTER_ANSWERS = 5;

if (!onPostgres) console.warn('[crash-safety] SKIPPED on PGlite: the embedded database runs inside the test process, which cannot be killed');

describe.skipIf(!onPostgres)('a crash in the middle of credit decisions', () => {
  const name = `cg_crash_${process.pid}_${randomBytes(4).toString('hex')}`;
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  let server: ChildProcess | undefined;
  let url = '';
  let sql: postgres.Sql;

  async function startServer(): Promise<void> {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = startProcess('server/src/main.ts', {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      SEED_CUSTOMERS: '150',
      SERVE_WEB: 'false',
      LOG_LEVEL: 'silent',
    });
    await waitFor(`${url}/healthz`, server, (s) => s === 200, 170_000);
  }

  async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return res.json();
  }

  beforeAll(async () => {
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    await startServer();
  }, 180_000);

  afterAll(async () => {
    if (server) await stopProcess(server);
    await sql?.end();
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('leaves no application half-written, and the retries after a restart make one row each', async () => {
    // Customers who consent to a credit check: the others' applications are refused (CONSENT_REQUIRED).
    const listed = await gql(`{ customers(first: 40, filter: { kind: INDIVIDUAL }) { edges { node { id consents { purpose granted } } } } }`);
    const customers: string[] = listed.data.customers.edges
      .map((e: { node: { id: string; consents: { purpose: string; granted: boolean }[] } }) => e.node)
      .filter((c: { consents: { purpose: string; granted: boolean }[] }) => c.consents.some((k) => k.purpose === 'CREDIT_CHECK' && k.granted))
      .map((c: { id: string }) => c.id);
    expect(customers.length).toBeGreaterThan(30);
    const requests = Array.from({ length: APPLICATIONS }, (_, i) => ({
      key: `crash-${i}`,
      input: {
        customerId: customers[i % customers.length],
        productId: i % 2 === 0 ? 'pl-meridian-instant' : 'cc-saffron-first-card',
        amount: 60_000 + 1_000 * i,
        termMonths: 12,
        purpose: 'crash test',
        consent: { creditAssessment: true, bureauCheck: true },
      },
    }));

    // All at once; the server dies as soon as a few have been answered.
    const answered = new Map<string, string>();
    let killing: Promise<void> | null = null;
    const submit = (r: (typeof requests)[number]) => gql(SUBMIT, { input: r.input, key: r.key });
    const first = await Promise.allSettled(
      requests.map(async (r) => {
        const body = await submit(r);
        answered.set(r.key, body.data.submitLoanApplication.id);
        if (answered.size >= KILL_AFTER_ANSWERS && !killing) killing = killProcess(server!);
      }),
    );
    await killing;
    const cut = first.filter((s) => s.status === 'rejected').length;
    expect(cut, 'the kill came after every application was answered: nothing was interrupted').toBeGreaterThan(0);

    // Nothing half-written: every stored application has its decision; every answer was stored.
    const [{ orphans }] = await sql`select count(*)::int as orphans from loan_applications a where not exists (select 1 from credit_decisions d where d.application_id = a.id)`;
    expect(orphans).toBe(0);
    // Only this test's applications: the seed writes a demo loan book of its own (submitted by 'seed').
    const storedKeys = new Set((await sql`select idempotency_key from loan_applications where submitted_by <> 'seed'`).map((r) => r.idempotency_key as string));
    for (const key of answered.keys()) expect(storedKeys.has(key)).toBe(true);
    expect(storedKeys.size).toBeLessThan(APPLICATIONS);

    // The clients retry everything after the restart: the same answers for those already given.
    await startServer();
    const retried = await Promise.all(requests.map((r) => submit(r)));
    for (const [i, body] of retried.entries()) {
      expect(body.errors).toBeUndefined();
      const app = body.data.submitLoanApplication;
      expect(app.__typename).toBe('LoanApplication');
      const before = answered.get(requests[i].key);
      if (before) expect(app.id).toBe(before);
    }
    const [{ rows, keys }] = await sql`select count(*)::int as rows, count(distinct idempotency_key)::int as keys from loan_applications where submitted_by <> 'seed'`;
    expect({ rows, keys }).toEqual({ rows: APPLICATIONS, keys: APPLICATIONS });
    const [{ orphansAfter }] = await sql`select count(*)::int as "orphansAfter" from loan_applications a where not exists (select 1 from credit_decisions d where d.application_id = a.id)`;
    expect(orphansAfter).toBe(0);
  }, 240_000);
});
