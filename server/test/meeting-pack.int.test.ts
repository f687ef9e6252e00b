// GET /reports/meeting-pack.pdf: a customer's recommendations, reasons and insights as a PDF for
// relationship managers and admins; other roles are refused, a bad k is a 400 naming it, an
// unknown customer a 404. The PDF is uncompressed, so names can be found in its bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/ids.js';
import { pdfText } from '../src/reports/compliance-pdf.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let rm: string;
let collector: string;
let customer: { id: string; name: string; recommendations: { rank: number; product: { name: string } }[] };

const get = (query: string, token: string) => fetch(`${t.app.url}/reports/meeting-pack.pdf?${query}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  t = await startTestApp();
  rm = await t.login('RELATIONSHIP_MANAGER');
  collector = await t.login('COLLECTOR');
  const r = await t.gql(`{ customers(first: 1) { edges { node { id name recommendations(k: 3) { rank product { name } } } } } }`, {}, rm);
  expect(r.errors).toBeUndefined();
  customer = r.data.customers.edges[0].node;
});
afterAll(async () => {
  await t?.close();
});

describe('GET /reports/meeting-pack.pdf', () => {
  it('gives a relationship manager a PDF with the customer, the top recommendations and the insights', async () => {
    const res = await get(`customerId=${encodeURIComponent(customer.id)}&k=3`, rm);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // pdfkit writes standard-font text as hex glyph strings, split where it kerns; decode them all
    // and compare without white space.
    const text = [...pdf.matchAll(/<([0-9a-f]+)>/g)].map((m) => Buffer.from(m[1], 'hex').toString('latin1')).join('');
    const has = (s: string) => expect(text.replace(/\s+/g, '')).toContain(pdfText(s).replace(/\s+/g, ''));
    has(customer.name);
    expect(customer.recommendations.length).toBeGreaterThan(0);
    has(customer.recommendations[0].product.name);
    has('Insights');
  });

  it('refuses a collector with 403', async () => {
    const res = await get(`customerId=${encodeURIComponent(customer.id)}`, collector);
    expect(res.status).toBe(403);
    expect((await res.json()).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answers a bad k with a 400 naming k', async () => {
    for (const k of ['0', '11', 'x', '2.5']) {
      const res = await get(`customerId=${encodeURIComponent(customer.id)}&k=${k}`, rm);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.errors[0].extensions.parameter).toBe('k');
      expect(body.errors[0].message).toMatch(/^k:/);
    }
  });

  it('answers an unknown customer with a 404', async () => {
    for (const id of [toGlobalId('Customer', 999_999_999), 'nonsense']) {
      const res = await get(`customerId=${encodeURIComponent(id)}`, rm);
      expect(res.status).toBe(404);
      expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});
