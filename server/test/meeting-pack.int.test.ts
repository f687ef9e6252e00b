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

/**
 * A pdfkit hex glyph string as text. The standard fonts are WinAnsi: as latin1 but for a few
 * characters such as the bullet of masked names (0x95); Node's TextDecoder reads windows-1252 as latin1.
 */
const winAnsi = (hex: string) => Buffer.from(hex, 'hex').toString('latin1').replace(/\x95/g, '•');

const get = (query: string, token: string) => fetch(`${t.app.url}/reports/meeting-pack.pdf?${query}`, { headers: { authorization: `Bearer ${token}` } });

beforeAll(async () => {
  t = await startTestApp();
  rm = await t.login('RELATIONSHIP_MANAGER');
  collector = await t.login('COLLECTOR');
  // One of this RM's own customers (the graph, and so the pack, shows their name in full) who
  // consents to RECOMMENDATION (without it the pack is refused).
  const r = await t.ok(`{ customers(first: 40) { edges { node { id name consents { purpose granted } } } } }`, {}, rm);
  const own = r.customers.edges
    .map((e: { node: { id: string; name: string; consents: { purpose: string; granted: boolean }[] } }) => e.node)
    .find((c: { name: string; consents: { purpose: string; granted: boolean }[] }) => !c.name.includes('•') && c.consents.some((k) => k.purpose === 'RECOMMENDATION' && k.granted));
  expect(own, "one of the first 40 customers is this RM's own and consents to recommendations").toBeDefined();
  const recs = await t.ok(`query($id: ID!) { customer(id: $id) { recommendations(k: 3) { rank product { name } } } }`, { id: own.id }, rm);
  customer = { id: own.id, name: own.name, recommendations: recs.customer.recommendations };
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
    const text = [...pdf.matchAll(/<([0-9a-f]+)>/g)].map((m) => winAnsi(m[1])).join('');
    const has = (s: string) => expect(text.replace(/\s+/g, '')).toContain(pdfText(s).replace(/\s+/g, ''));
    has(customer.name);
    expect(customer.recommendations.length).toBeGreaterThan(0);
    has(customer.recommendations[0].product.name);
    has('Insights');
  });

  it("masks another relationship manager's customer's name, as the graph does", async () => {
    const admin = await t.login('ADMIN');
    const q = `{ customers(first: 40) { edges { node { id name consents { purpose granted } } } } }`;
    const [asRm, asAdmin] = await Promise.all([t.ok(q, {}, rm), t.ok(q, {}, admin)]);
    const i = asRm.customers.edges.findIndex(
      (e: { node: { name: string; consents: { purpose: string; granted: boolean }[] } }) =>
        e.node.name.includes('•') && e.node.consents.some((k) => k.purpose === 'RECOMMENDATION' && k.granted),
    );
    expect(i, "one of the first 40 customers is another RM's, consenting to recommendations").toBeGreaterThanOrEqual(0);
    const masked = asRm.customers.edges[i].node;
    const res = await get(`customerId=${encodeURIComponent(masked.id)}&k=1`, rm);
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
    const text = [...pdf.matchAll(/<([0-9a-f]+)>/g)].map((m) => winAnsi(m[1])).join('').replace(/\s+/g, '');
    expect(text).toContain(pdfText(masked.name).replace(/\s+/g, ''));
    expect(text).not.toContain(pdfText(asAdmin.customers.edges[i].node.name).replace(/\s+/g, ''));
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
