// The REST face (SOFA) under /rest: the recommend routes answer what the graph answers, through
// the same viewer and tenant scoping; bad input is a 4xx naming the problem; the OpenAPI document
// lists the routes; Swagger UI at /docs loads from local files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID } from '../../seeds/tenants.js';
import { toGlobalId } from '../src/graphql/ids.js';
import { startTestApp, type TestApp } from './harness.js';

const RANKING = `rank confidence score modelVersion product { id code name } reasons { code text weight }`;
const PROSPECT = { kind: 'INDIVIDUAL', age: 34, income: 900_000, creditScore: 760, region: 'Karnataka', goals: 'save for my daughter’s education' };

let t: TestApp;
let rm: string;
let northwind: string;
let customerId: string;

const rest = (path: string, token?: string, init: RequestInit = {}) =>
  fetch(`${t.app.url}/rest${path}`, { ...init, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}) } });
const post = (path: string, body: unknown, token?: string) => rest(path, token, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
const ranking = (recs: any[]) => recs.map((r) => ({ rank: r.rank, confidence: r.confidence, score: r.score, modelVersion: r.modelVersion, product: { id: r.product.id, code: r.product.code, name: r.product.name }, reasons: r.reasons }));

beforeAll(async () => {
  t = await startTestApp();
  rm = await t.login('RELATIONSHIP_MANAGER', DEFAULT_TENANT_ID);
  northwind = await t.login('RELATIONSHIP_MANAGER', NORTHWIND_TENANT_ID);
  customerId = (await t.ok(`{ customers(first: 1) { edges { node { id } } } }`, {}, rm)).customers.edges[0].node.id;
});
afterAll(async () => {
  await t?.close();
});

describe('GET /rest/recommend/{customerId}', () => {
  it("answers the customer's top k, ranked as Customer.recommendations ranks them", async () => {
    const res = await rest(`/recommend/${encodeURIComponent(customerId)}?k=3`, rm);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toHaveLength(3);
    expect(body.map((r: any) => r.rank)).toEqual([1, 2, 3]);
    const graph = await t.ok(`query($id: ID!) { customer(id: $id) { recommendations(k: 3) { ${RANKING} } } }`, { id: customerId }, rm);
    expect(ranking(body)).toEqual(graph.customer.recommendations);
  });

  it('answers at the short paths /recommend/{customerId} and POST /recommend too', async () => {
    const auth = { authorization: `Bearer ${rm}` };
    const short = await fetch(`${t.app.url}/recommend/${encodeURIComponent(customerId)}?k=3`, { headers: auth });
    expect(short.status).toBe(200);
    const long = await rest(`/recommend/${encodeURIComponent(customerId)}?k=3`, rm);
    expect(ranking(await short.json())).toEqual(ranking(await long.json()));
    const prospect = await fetch(`${t.app.url}/recommend?k=2`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(PROSPECT) });
    expect(prospect.status).toBe(200);
    expect(await prospect.json()).toHaveLength(2);
  });

  it('acts as the demo relationship manager without a token (outside production), and refuses a bad token', async () => {
    expect((await rest(`/recommend/${encodeURIComponent(customerId)}?k=1`)).status).toBe(200);
    const res = await rest(`/recommend/${encodeURIComponent(customerId)}`, 'not-a-token');
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a k outside 1-50, or not a number, with a 400 naming k', async () => {
    for (const k of ['0', '51', 'x', '2.5']) {
      const res = await rest(`/recommend/${encodeURIComponent(customerId)}?k=${k}`, rm);
      expect(res.status, `k=${k}`).toBe(400);
      const { errors } = await res.json();
      expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors[0].extensions.field).toBe('k');
      expect(errors[0].message).toMatch(/^k: /);
    }
  });

  it('answers an unknown customer with a 404 naming it', async () => {
    for (const id of [toGlobalId('Customer', 999_999_999), 'nonsense']) {
      const res = await rest(`/recommend/${encodeURIComponent(id)}?k=3`, rm);
      expect(res.status).toBe(404);
      const { errors } = await res.json();
      expect(errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'customerId' });
      expect(errors[0].message).toContain(id);
    }
  });

  it("does not read another tenant's customer", async () => {
    const res = await rest(`/recommend/${encodeURIComponent(customerId)}?k=3`, northwind);
    expect(res.status).toBe(404);
    const own = (await t.ok(`{ customers(first: 1) { edges { node { id } } } }`, {}, northwind)).customers.edges[0].node.id;
    expect((await rest(`/recommend/${encodeURIComponent(own)}?k=2`, northwind)).status).toBe(200);
  });
});

describe('POST /rest/recommend', () => {
  it('answers a prospect profile (the body) as Query.recommendationsForProfile does', async () => {
    const res = await post('/recommend?k=4', PROSPECT, rm);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toHaveLength(4);
    const graph = await t.ok(`query($p: ProfileInput!) { recommendationsForProfile(profile: $p, k: 4) { ${RANKING} } }`, { p: PROSPECT }, rm);
    expect(ranking(body)).toEqual(graph.recommendationsForProfile);
    // k may come in the body too; without it, the graph's default of 5.
    expect(await (await post('/recommend', { ...PROSPECT, k: 2 }, rm)).json()).toHaveLength(2);
    expect(await (await post('/recommend', PROSPECT, rm)).json()).toHaveLength(5);
  });

  it('answers an invalid profile with a 400 naming the field', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...PROSPECT, income: -1 }, /income/],
      [{ ...PROSPECT, region: 'Atlantis' }, /region/],
      [{ ...PROSPECT, age: 12 }, /age/],
      [{ ...PROSPECT, kind: 'ALIEN' }, /kind/],
      [{ age: 30 }, /kind|income|region/],
      ['{not json', /JSON/],
    ];
    for (const [body, names] of cases) {
      const res = await post('/recommend', body, rm);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const { errors } = await res.json();
      expect(errors[0].message).toMatch(names);
    }
  });
});

describe('what the REST face exposes', () => {
  it('serves an OpenAPI document with both recommend routes', async () => {
    const res = await rest('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.servers).toEqual([{ url: '/rest' }]);
    expect(doc.paths['/recommend/{customerId}'].get.parameters.map((p: any) => p.name).sort()).toEqual(['customerId', 'k']);
    const prospect = doc.paths['/recommend'].post;
    expect(prospect.parameters.map((p: any) => p.name)).toEqual(['k']);
    expect(Object.keys(prospect.requestBody.content['application/json'].schema.properties)).toEqual(expect.arrayContaining(['kind', 'income', 'region', 'k']));
  });

  it('leaves mutations, subscriptions and unknown paths out with a JSON 404', async () => {
    for (const [method, path] of [['POST', '/dev-login'], ['POST', '/webhook'], ['GET', '/customer/1'], ['GET', '/nope']]) {
      const res = await rest(path, rm, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('serves Swagger UI at /docs from local files, reading the local OpenAPI document', async () => {
    const page = await fetch(`${t.app.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toContain('/docs/swagger-ui-bundle.js');
    for (const src of scripts) {
      const asset = await fetch(`${t.app.url}${src}`);
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      const js = await asset.text();
      if (src.endsWith('swagger-initializer.js')) expect(js).toContain('"/rest/openapi.json"');
      else expect(js.length).toBeGreaterThan(1000);
    }
    expect((await fetch(`${t.app.url}/docs/swagger-ui.css`)).status).toBe(200);
    expect((await fetch(`${t.app.url}/docs/../package.json`)).status).not.toBe(200);
  });
});
