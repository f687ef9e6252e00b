// White label in the browser: the dev login signs in as a PARTNER of the Northwind credit union;
// the app wears Northwind's theme, lists only Northwind's customers, recommends only products on
// Northwind's shelf, and offers none of the staff pages (dashboard, collections, loan applications).
//   npx vitest run --project browser web/test/partner.browser.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID, TENANTS } from '../../seeds/tenants';
import { CHROMIUM, callGraph, ensureBuilt, hasChromium, launchChromium, openPage, signInAs, startTestServer } from './support';

if (!hasChromium) {
  console.warn(`[web/test/partner.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

const northwind = TENANTS.find((t) => t.id === NORTHWIND_TENANT_ID)!;
const shelf = new Set<string>(northwind.productIds);
const CUSTOMERS = `query($after: String) { customers(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

describe.skipIf(!hasChromium)('a PARTNER in the web client', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  /** Customer ids of each tenant, newest first, as the tenant's relationship manager lists them. */
  const customersOf = new Map<string, string[]>();

  async function customerIds(token: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const d: any = await callGraph(app!.url, CUSTOMERS, { after }, token);
      ids.push(...d.customers.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!d.customers.pageInfo.hasNextPage) return ids;
      after = d.customers.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(120);
    for (const tenant of [DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID]) {
      const login = await callGraph(app.url, `mutation($t: ID) { devLogin(role: RELATIONSHIP_MANAGER, tenantId: $t) { token } }`, { t: tenant });
      customersOf.set(tenant, await customerIds(login.devLogin.token));
    }
    browser = await launchChromium();
    page = await openPage(browser, pageErrors, 1000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("signs in as Northwind's partner user and wears its theme", async () => {
    expect(customersOf.get(NORTHWIND_TENANT_ID)!.length).toBeGreaterThan(0);
    expect(customersOf.get(DEFAULT_TENANT_ID)!.length).toBeGreaterThan(0);
    await page.goto(`${app!.url}/#/customers`);
    await signInAs(page, 'PARTNER', /Partner · Northwind Credit Union/);
    await expect.poll(() => page.getByTestId('logo').textContent()).toBe(northwind.theme.logoText);
    const token = await page.evaluate(() => localStorage.getItem('creditgraph.token'));
    const who = await callGraph(app!.url, `{ viewer { role tenant { name } } }`, {}, token!);
    expect(who.viewer).toEqual({ role: 'PARTNER', tenant: { name: northwind.name } });

    expect(await page.getByTestId('logo').textContent()).toBe(northwind.theme.logoText);
    const primary = await page.evaluate(() => document.documentElement.style.getPropertyValue('--primary'));
    expect(primary).toBe(northwind.theme.primaryColor);
    const accent = await page.evaluate(() => document.documentElement.style.getPropertyValue('--accent'));
    expect(accent).toBe(northwind.theme.accentColor);
  });

  it("lists only Northwind's customers", async () => {
    await page.goto(`${app!.url}/#/customers`);
    const rows = page.getByTestId('customer-row');
    const own = customersOf.get(NORTHWIND_TENANT_ID)!;
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(Math.min(20, own.length));
    await expect.poll(() => page.getByTestId('customer-pager-range').textContent()).toMatch(new RegExp(` of ${own.length.toLocaleString('en-IN')}$`));
    const shown = await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-id')!));
    // The first page of Northwind's list, newest first, and nobody of the demo bank.
    expect(shown).toEqual(own.slice(0, 20));
    const demo = new Set(customersOf.get(DEFAULT_TENANT_ID));
    expect(shown.filter((id) => demo.has(id))).toEqual([]);
  });

  it('offers no dashboard, collections nor loan applications', async () => {
    await expect.poll(() => page.getByTestId('nav-customers').count()).toBe(1);
    expect(await page.getByTestId('nav-products').count()).toBe(1);
    expect(await page.getByTestId('nav-dashboard').count()).toBe(0);
    expect(await page.getByTestId('nav-collections').count()).toBe(0);

    // A customer: recommendations (shelf products only) and insights, no applications panel.
    await page.getByTestId('customer-row').first().click();
    await expect.poll(() => page.getByTestId('customer-heading').count()).toBe(1);
    await expect.poll(() => page.getByTestId('recommendation-card').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('insight').count(), { timeout: 30_000 }).toBe(3);
    expect(await page.getByTestId('applications').count()).toBe(0);
    expect(await page.getByTestId('customer-error').count()).toBe(0);
    const links = await page.getByTestId('recommendation-product').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const codes = links.map((href) => Buffer.from(decodeURIComponent(href.replace(/^.*\//, '')), 'base64url').toString('utf8').replace(/^Product:/, ''));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !shelf.has(c))).toEqual([]);
    await page.screenshot({ path: '/tmp/creditgraph-partner.png', fullPage: true });

    // Typed-in addresses of staff pages say so instead of failing.
    await page.goto(`${app!.url}/#/dashboard`);
    await expect.poll(() => page.getByTestId('dashboard-forbidden').count()).toBe(1);
    await page.goto(`${app!.url}/#/collections`);
    await expect.poll(() => page.getByTestId('collections-forbidden').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
