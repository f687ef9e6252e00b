// Personal data by role, through the graph: the customer's own relationship manager and an ADMIN
// read it in full (and each full read is in the audit log), another RM and an ANALYST read it
// masked; configuration is ADMIN only.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, customers } from '../../drizzle/schema.js';
import { startTestApp, type TestApp } from './harness.js';

const CUSTOMER = `query($id: ID!) { customer(id: $id) { id name } }`;

describe('field-level access to personal data', () => {
  let t: TestApp;
  let own: { id: string; name: string };
  let other: { id: string; name: string };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  async function customerOf(rm: string) {
    const [row] = await t.app.services.database.db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.tenantId, 'demo'), eq(customers.relationshipManagerId, rm)))
      .limit(1);
    return row.id;
  }

  it('shows an RM full PII for their own customers only, an ADMIN always, an ANALYST never', async () => {
    const rm = await t.login('RELATIONSHIP_MANAGER'); // the first seeded RM: u-asha
    const admin = await t.login('ADMIN');
    const analyst = await t.login('ANALYST');
    const ownId = `Customer:${await customerOf('u-asha')}`;
    const otherId = `Customer:${await customerOf('u-vikram')}`;
    const asAdmin = async (id: string) => (await t.ok(CUSTOMER, { id: Buffer.from(id).toString('base64url') }, admin)).customer;
    own = await asAdmin(ownId);
    other = await asAdmin(otherId);
    expect(own.name).toMatch(/^\p{L}+( \p{L}+)+/u);
    expect(own.name).not.toContain('•');

    const rmOwn = (await t.ok(CUSTOMER, { id: own.id }, rm)).customer;
    const rmOther = (await t.ok(CUSTOMER, { id: other.id }, rm)).customer;
    const analystOwn = (await t.ok(CUSTOMER, { id: own.id }, analyst)).customer;
    expect(rmOwn.name).toBe(own.name);
    expect(rmOther.name).not.toBe(other.name);
    expect(rmOther.name).toBe(other.name.split(' ').map((w) => `${[...w][0]}•••`).join(' '));
    expect(analystOwn.name).toContain('•••');
  });

  it('writes full reads by staff to the audit log, with the request id', async () => {
    const rm = await t.login('RELATIONSHIP_MANAGER');
    const res = await fetch(`${t.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${rm}` },
      body: JSON.stringify({ query: CUSTOMER, variables: { id: own.id } }),
    });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    await expect
      .poll(async () => {
        const rows = await t.app.services.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'PII_READ'));
        return rows.find((r) => (r.details as { requestId?: string }).requestId === requestId) ?? null;
      }, { timeout: 5_000 })
      .toMatchObject({ actor: 'u-asha', entityType: 'Customer' });
  });

  it('refuses configuration to all but an ADMIN, naming the rule', async () => {
    const sweep = `mutation { runRecoverySweep { casesOpened } }`;
    for (const role of ['RELATIONSHIP_MANAGER', 'ANALYST', 'COLLECTOR']) {
      const r = await t.gql(sweep, {}, await t.login(role));
      expect(r.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.message).toMatch(/Mutation\.runRecoverySweep is for ADMIN/);
    }
  });
});
