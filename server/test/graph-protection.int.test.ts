// The graph's protection over real HTTP and WebSocket: query limits (clear request errors, no
// data, on graphql-ws too), variable list sizes, trusted documents (off/allow/only), error masking
// with request ids in production, CSRF prevention and rate limits (in memory and shared in Redis).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningApp } from '../src/app.js';
import { MANIFEST_PATH, sha256Hex } from '../src/graphql/protection/trusted-documents.js';
import { DEV_PII_INDEX_KEY, DEV_PII_KEYS } from '../src/security/pii-crypto.js';
import { startTestApp, type TestApp } from './harness.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MANIFEST = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Record<string, string>;
const VIEWER = '{ viewer { userId role } }';

interface Reply {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, any> }[] };
}

async function post(app: RunningApp, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text.startsWith('{') ? JSON.parse(text) : { errors: [{ message: text }] } };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const byHash = (hash: string, extra: Record<string, unknown> = {}) => ({ ...extra, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

const clients: Client[] = [];
function wsClient(app: RunningApp, token?: string): Client {
  const client = createClient({ url: app.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: token ? bearer(token) : {}, retryAttempts: 0, lazy: true });
  clients.push(client);
  return client;
}

/** 'active' when a subscription runs for a moment without an error, else its errors. */
function subscribeOutcome(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<'active' | { message: string; extensions?: any }[]> {
  return new Promise((resolve) => {
    let stop = () => {};
    const timer = setTimeout(() => {
      stop();
      resolve('active');
    }, 800);
    stop = client.subscribe(
      { query, variables },
      {
        next: () => {},
        error: (e) => {
          clearTimeout(timer);
          resolve(Array.isArray(e) ? e : [{ message: String((e as Error)?.message ?? e) }]);
        },
        complete: () => {},
      },
    );
  });
}

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
});

describe('in development (trusted documents: allow)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('ADMIN');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a document past a query limit as a request error naming the limit, its value and what was found', async () => {
    const deep = `{ customers(first: 1) { edges { node { holdings { product { id } } recommendations { product { id } } } } } }`;
    expect((await post(t.app, { query: deep })).status).toBe(200); // a real document within the limits
    const tooDeep = `{ customers(first: 1) { edges { node { id ${'holdings { product { id '.repeat(6)}${' } }'.repeat(6)} } } } }`;
    const r = await post(t.app, { query: tooDeep });
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors![0].message).toMatch(/^Query depth limit of 14 exceeded, found \d+ \(GRAPHQL_MAX_DEPTH\)$/);
    expect(r.body.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth', max: 14 });
    expect(r.body.errors![0].extensions!.found).toBeGreaterThan(14);

    const aliases = await post(t.app, { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { userId }`).join(' ')} }` });
    expect(aliases.status).toBe(400);
    expect(aliases.body.data).toBeUndefined();
    expect(aliases.body.errors![0]).toMatchObject({ message: 'Aliases limit of 15 exceeded, found 16 (GRAPHQL_MAX_ALIASES)', extensions: { limit: 'maxAliases', max: 15, found: 16 } });

    const tokens = await post(t.app, { query: `{ ${'viewer { userId } '.repeat(400)} }` });
    expect(tokens.status).toBe(400);
    expect(tokens.body.data).toBeUndefined();
    expect(tokens.body.errors![0].message).toBe('Token limit of 1000 exceeded, found more than 1000 tokens (GRAPHQL_MAX_TOKENS)');
  });

  it('refuses a list variable longer than GRAPHQL_MAX_LIST_LENGTH before running anything, and a body over 1 MB', async () => {
    const customerId = (await t.ok(`{ customers(first: 1) { edges { node { id } } } }`, {}, admin)).customers.edges[0].node.id;
    const mutation = `mutation($input: FeedbackInput!) { submitFeedback(input: $input) { __typename } }`;
    const r = await post(t.app, { query: mutation, variables: { input: { customerId, likedTags: Array.from({ length: 100_000 }, () => 't') } } }, bearer(admin));
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors![0]).toMatchObject({
      message: 'variable $input.likedTags is a list of 100000 items; the limit is 100 (GRAPHQL_MAX_LIST_LENGTH)',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.likedTags', limit: 'maxListLength', max: 100, found: 100_000 },
    });
    const huge = await post(t.app, { query: mutation, variables: { input: { customerId, likedTags: Array.from({ length: 1_000_000 }, () => 't') } } }, bearer(admin));
    expect(huge.status).toBe(413);
    expect(huge.body.errors![0].message).toMatch(/larger than 1000000 bytes/);
  });

  it('applies the same limits to graphql-ws subscriptions', async () => {
    const client = wsClient(t.app, admin);
    expect(await subscribeOutcome(client, 'subscription { recoveryCaseUpdated { id customer { id } } }')).toBe('active');
    const tooDeep = `subscription { recoveryCaseUpdated { customer { ${'holdings { product { id '.repeat(7)}${' } }'.repeat(7)} } } }`;
    const errors = await subscribeOutcome(client, tooDeep);
    expect(errors).not.toBe('active');
    expect((errors as any[])[0].message).toMatch(/^Query depth limit of 14 exceeded, found \d+ \(GRAPHQL_MAX_DEPTH\)$/);
    const list = await subscribeOutcome(client, 'subscription { recoveryCaseUpdated { id } }', { ids: Array.from({ length: 1000 }, () => 'x') });
    expect((list as any[])[0].message).toMatch(/GRAPHQL_MAX_LIST_LENGTH/);
  });

  it('serves a trusted document by its hash and a free-form query alike; an unknown hash or a mismatched text is refused', async () => {
    const [hash, text] = Object.entries(MANIFEST).find(([, d]) => d.startsWith('query Viewer') || /query \w+ \{ __typename viewer/.test(d)) ?? Object.entries(MANIFEST).find(([, d]) => /^query \w+ \{/.test(d) && !d.includes('$'))!;
    const viaHash = await post(t.app, byHash(hash), bearer(admin));
    expect(viaHash.status).toBe(200);
    expect(viaHash.body.errors).toBeUndefined();
    const viaText = await post(t.app, { query: text }, bearer(admin));
    expect(viaText.body).toEqual(viaHash.body);
    expect((await post(t.app, { query: VIEWER }, bearer(admin))).body.errors).toBeUndefined();

    const unknown = await post(t.app, byHash(`sha256:${sha256Hex('nothing we know')}`), bearer(admin));
    expect(unknown.body.data).toBeUndefined();
    expect(unknown.body.errors![0]).toMatchObject({ message: expect.stringMatching(/^PersistedQueryNotFound/), extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    // Apollo's automatic persisted queries are off: sending a new text with its hash registers nothing.
    const registered = await post(t.app, byHash(sha256Hex(VIEWER), { query: VIEWER }), bearer(admin));
    expect(registered.body.errors).toBeUndefined();
    expect((await post(t.app, byHash(sha256Hex(VIEWER)), bearer(admin))).body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const mismatch = await post(t.app, byHash(hash, { query: VIEWER }), bearer(admin));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.data).toBeUndefined();
    expect(mismatch.body.errors![0].message).toBe(`the query text is not the trusted document of hash ${hash}`);
  });

  it('refuses a GET query and a text/plain POST without a preflight header (CSRF), and takes a JSON POST', async () => {
    const get = await fetch(`${t.app.url}/graphql?query=${encodeURIComponent(VIEWER)}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const plain = await fetch(`${t.app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: VIEWER }) });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/CSRF/);
    const preflighted = await fetch(`${t.app.url}/graphql?query=${encodeURIComponent(VIEWER)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect((await post(t.app, { query: VIEWER })).status).toBe(200);
  });

  it('puts the request id on every error, also on those raised before a context exists', async () => {
    const bad = await post(t.app, { query: VIEWER }, bearer('not-a-token'));
    expect(bad.status).toBe(401);
    expect(bad.body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: bad.headers.get('x-request-id') });
    const invalid = await post(t.app, { query: '{ viewer { nope } }' }, { 'x-request-id': 'req-given-by-the-caller-1' });
    expect(invalid.headers.get('x-request-id')).toBe('req-given-by-the-caller-1');
    expect(invalid.body.errors![0].extensions!.requestId).toBe('req-given-by-the-caller-1');
    const input = await post(t.app, { query: `{ searchPolicies(question: " ") { text } }` });
    expect(input.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: input.headers.get('x-request-id') });
  });
});

describe('with TRUSTED_DOCUMENTS=only', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ TRUSTED_DOCUMENTS: 'only' });
    admin = await t.app.services.tokens.sign({ userId: 'u-admin', role: 'ADMIN', tenantId: 'demo' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('accepts every document of the manifest by its hash', async () => {
    const refusals = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
    expect(Object.keys(MANIFEST).length).toBeGreaterThan(20);
    for (const [hash, text] of Object.entries(MANIFEST)) {
      // Without variables: an operation with required ones is refused for them (BAD_USER_INPUT),
      // after the document was found, parsed and validated.
      const r = await post(t.app, byHash(hash), bearer(admin));
      const codes = (r.body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.filter((c) => refusals.has(c)), `${text.slice(0, 120)}: ${JSON.stringify(r.body.errors)}`).toEqual([]);
    }
  });

  it('refuses a free-form query, an unknown hash and a known hash sent with another text', async () => {
    const free = await post(t.app, { query: VIEWER }, bearer(admin));
    expect(free.status).toBe(400);
    expect(free.body.data).toBeUndefined();
    expect(free.body.errors![0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect(free.body.errors![0].message).toMatch(/TRUSTED_DOCUMENTS=only/);
    const unknown = await post(t.app, byHash(sha256Hex(VIEWER), { query: VIEWER }), bearer(admin));
    expect(unknown.body.data).toBeUndefined();
    expect(unknown.body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(t.app, byHash(sha256Hex('x')), bearer(admin))).body.errors![0].extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const [hash] = Object.entries(MANIFEST).find(([, d]) => /^query \w+ \{/.test(d))!;
    const mismatch = await post(t.app, byHash(hash, { query: VIEWER }), bearer(admin));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.data).toBeUndefined();
  });

  it("accepts a trusted document's text however it is formatted (as graphql-ws sends it), and refuses others over graphql-ws", async () => {
    const [, queue] = Object.entries(MANIFEST).find(([, d]) => d.includes('subscription RecoveryQueueCaseUpdated'))!;
    const client = wsClient(t.app, admin);
    expect(await subscribeOutcome(client, queue)).toBe('active');
    const reordered = queue.replace(/__typename /g, '').replace('assignedTo bucket', 'bucket assignedTo');
    expect(await subscribeOutcome(client, reordered)).toBe('active');
    const free = await subscribeOutcome(client, 'subscription { recoveryCaseUpdated { id } }');
    expect(free).not.toBe('active');
    expect((free as any[])[0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
  });

  it('keeps the REST face working (it runs its own operations in process)', async () => {
    const res = await fetch(`${t.app.url}/rest/products`, { headers: bearer(admin) });
    expect(res.status).toBe(200);
    expect(await res.json()).not.toHaveProperty('errors');
  });
});

describe('in production', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', AUTH_SECRET: 'graph-protection-test-secret', PII_KEYS: DEV_PII_KEYS, PII_INDEX_KEY: DEV_PII_INDEX_KEY, TRUSTED_DOCUMENTS: 'allow' });
    token = await t.app.services.tokens.sign({ userId: 'u-asha', role: 'RELATIONSHIP_MANAGER', tenantId: 'demo' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('masks an internal error to its code and request id: no stack, SQL or file path', async () => {
    const knowledge = t.app.services.knowledge as unknown as { search: (...a: unknown[]) => unknown };
    const original = knowledge.search;
    knowledge.search = () => {
      throw new Error(`select * from customers where tenant_id = 'demo' -- at ${import.meta.filename}:1`);
    };
    try {
      const r = await post(t.app, { query: `{ searchPolicies(question: "repossession") { text } }` }, bearer(token));
      const requestId = r.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      expect(r.body.data).toBeNull();
      expect(r.body.errors).toEqual([{ message: 'Internal server error', path: ['searchPolicies'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }]);
      expect(JSON.stringify(r.body)).not.toMatch(/select|customers|\/work|\.ts|stack/i);
    } finally {
      knowledge.search = original;
    }
  });

  it('refuses introspection and gives no field suggestions', async () => {
    const introspection = await post(t.app, { query: '{ __schema { types { name } } }' }, bearer(token));
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors![0].message).toMatch(/introspection/i);
    const typo = await post(t.app, { query: '{ viewer { userI } }' }, bearer(token));
    expect(typo.status).toBe(400);
    expect(typo.body.errors![0].message).toMatch(/Cannot query field "userI"/);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|userId/);
  });

  it('answers a request without a token 401 with the request id', async () => {
    const r = await post(t.app, { query: VIEWER });
    expect(r.status).toBe(401);
    expect(r.body.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: r.headers.get('x-request-id') });
  });
});

describe('rate limits', () => {
  const limited = (r: Reply, limit: 'viewer' | 'ip', max: number) => {
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit, max });
    expect(r.body.errors![0].message).toContain(`${limit === 'viewer' ? 'RATE_LIMIT_PER_VIEWER' : 'RATE_LIMIT_PER_IP'}=${max}`);
  };

  describe('in memory', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_PER_VIEWER: '5', RATE_LIMIT_PER_IP: '12', RATE_LIMIT_WINDOW_SECONDS: '60' });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('refuses the 6th request of a viewer with 429 while another viewer passes; then the IP limit; on /rest and graphql-ws too', async () => {
      const a = await t.app.services.tokens.sign({ userId: 'u-a', role: 'ADMIN', tenantId: 'demo' });
      const b = await t.app.services.tokens.sign({ userId: 'u-b', role: 'ADMIN', tenantId: 'demo' });
      for (let i = 0; i < 5; i++) expect((await post(t.app, { query: VIEWER }, bearer(a))).status).toBe(200);
      limited(await post(t.app, { query: VIEWER }, bearer(a)), 'viewer', 5);
      const rest = await fetch(`${t.app.url}/rest/products`, { headers: bearer(a) });
      expect(rest.status).toBe(429);
      expect(rest.headers.get('retry-after')).toBeTruthy();
      expect((await rest.json()).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect((await post(t.app, { query: VIEWER }, bearer(b))).status).toBe(200); // 9 requests from this IP so far
      const client = wsClient(t.app, a);
      const ws = await subscribeOutcome(client, 'subscription { recoveryCaseUpdated { id } }');
      expect((ws as any[])[0]).toMatchObject({ message: expect.stringContaining('RATE_LIMIT_PER_VIEWER=5'), extensions: { code: 'RATE_LIMITED', limit: 'viewer' } });
      for (let i = 0; i < 3; i++) expect((await post(t.app, { query: VIEWER }, bearer(b))).status).toBe(200); // 10, 11, 12 from this IP
      limited(await post(t.app, { query: VIEWER }, bearer(b)), 'ip', 12);
    });
  });

  describe('in Redis, shared by two replicas', () => {
    let one: TestApp;
    let two: TestApp;
    beforeAll(async () => {
      const env = { REDIS_URL, RATE_LIMIT_PER_VIEWER: '5', RATE_LIMIT_PER_IP: '0', RATE_LIMIT_KEY_PREFIX: `cg-test:${randomUUID()}` };
      [one, two] = await Promise.all([startTestApp(env), startTestApp(env)]);
    });
    afterAll(async () => {
      await Promise.all([one?.close(), two?.close()]);
    });

    it('counts a viewer across both', async () => {
      const a = await one.app.services.tokens.sign({ userId: 'u-a', role: 'ADMIN', tenantId: 'demo' });
      const b = await one.app.services.tokens.sign({ userId: 'u-b', role: 'ADMIN', tenantId: 'demo' });
      for (const app of [one.app, two.app, one.app, two.app, one.app]) expect((await post(app, { query: VIEWER }, bearer(a))).status).toBe(200);
      limited(await post(two.app, { query: VIEWER }, bearer(a)), 'viewer', 5);
      expect((await post(two.app, { query: VIEWER }, bearer(b))).status).toBe(200);
    });
  });
});
