// Signing in and out of the web client in Chromium, against the real server and its seeded users.
//   npx vitest run web/test/login.browser.test.ts --project browser
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, callGraph, ensureBuilt, hasChromium, launchChromium, openPage, startTestServer } from './support';

if (!hasChromium) {
  console.warn(`[web/test/login.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

describe.skipIf(!hasChromium)('sign-in in Chromium', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const storedToken = () => page.evaluate(() => localStorage.getItem('creditgraph.token'));
  const rowIds = () => page.getByTestId('customer-row').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-id')!));
  let ashaRows: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(100);
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the sign-in page, not the customers, to a browser without a token', async () => {
    await page.goto(`${app!.url}/#/customers`);
    await page.getByTestId('sign-in-page').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('demo-users').isVisible()).toBe(true);
    expect(await page.getByLabel('Username').count()).toBe(1);
    expect(await page.getByLabel('Password').getAttribute('type')).toBe('password');
    expect(await page.getByTestId('customer-row').count()).toBe(0);
    expect(await page.getByTestId('viewer').count()).toBe(0);
    // No role switch any more: signing in is the only way to become someone.
    expect(await page.getByTestId('role-select').count()).toBe(0);
    expect(await page.getByTestId('session-ended').count()).toBe(0);
    // The list names each demo user with role and tenant.
    const rm = page.getByTestId('demo-user-asha');
    expect(await rm.textContent()).toMatch(/Asha Rao.*Relationship manager · /);
    expect(await page.getByTestId('demo-user-northwind').textContent()).toMatch(/Partner · Northwind/);
  });

  it("shows the server's error under the form for a wrong password, and stays signed out", async () => {
    await page.getByLabel('Username').fill('asha');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByTestId('sign-in-submit').click();
    const error = page.getByRole('alert');
    await expect.poll(() => error.count()).toBe(1);
    // Asked of the server directly: the page shows its message, whatever the wording.
    const res = await fetch(`${app!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "asha", password: "still-wrong") { token } }' }),
    });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await error.textContent()).toBe(body.errors[0].message);
    expect(await page.getByLabel('Username').getAttribute('aria-invalid')).toBe('true');
    expect(await storedToken()).toBeNull();
    expect(await page.getByTestId('viewer').count()).toBe(0);
  });

  it('signs in with two clicks on a demo user; the header names the user, role and tenant', async () => {
    await page.getByTestId('demo-user-asha').click();
    expect(await page.getByLabel('Username').inputValue()).toBe('asha');
    await page.getByTestId('sign-in-submit').click();
    const viewer = page.getByTestId('viewer');
    await expect.poll(() => viewer.count(), { timeout: 30_000 }).toBe(1);
    expect(await viewer.textContent()).toMatch(/Asha Rao.*Relationship manager · .*Demo/);
    await expect.poll(() => rowIds().then((ids) => ids.length), { timeout: 30_000 }).toBeGreaterThan(0);
    ashaRows = await rowIds();
    expect(await page.getByTestId('sign-in-page').count()).toBe(0);
    // The stored token is the signed-in user's own.
    const who = await callGraph(app!.url, '{ viewer { role displayName } }', {}, (await storedToken())!);
    expect(who.viewer).toEqual({ role: 'RELATIONSHIP_MANAGER', displayName: 'Asha Rao' });
  });

  it('signs out back to the sign-in page, forgetting the token and the cached data', async () => {
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-page').waitFor();
    expect(await storedToken()).toBeNull();
    expect(await page.getByTestId('viewer').count()).toBe(0);
    expect(await page.getByTestId('session-ended').count()).toBe(0);
    // Another user of another tenant: that user, the tenant's theme, and none of the last session's
    // cached customers (the list query is cache-first: an uncleared store would show Asha's rows).
    await page.getByTestId('demo-user-northwind').click();
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('viewer').textContent(), { timeout: 30_000 }).toMatch(/Northwind Partner Desk.*Partner · Northwind/);
    await expect.poll(() => rowIds().then((ids) => ids.length), { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await rowIds()).filter((id) => ashaRows.includes(id))).toEqual([]);
    const tenant = await callGraph(app!.url, '{ viewer { tenant { theme { primaryColor } } } }', {}, (await storedToken())!);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--primary')))
      .toBe(tenant.viewer.tenant.theme.primaryColor);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-page').waitFor();
    // Signed out, the page no longer wears the last tenant's colours.
    expect(await page.evaluate(() => document.documentElement.style.getPropertyValue('--primary'))).toBe('');
  });

  it('brings a stale or garbage token back to the sign-in page, saying the session ended', async () => {
    await page.evaluate(() => localStorage.setItem('creditgraph.token', 'not-a-real-token'));
    await page.goto(`${app!.url}/#/customers`);
    await page.reload();
    await page.getByTestId('sign-in-page').waitFor({ timeout: 30_000 });
    const notice = page.getByTestId('session-ended');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(/Your session has ended; sign in again/);
    expect(await storedToken()).toBeNull();
    expect(await page.getByTestId('customer-row').count()).toBe(0);

    // Signing in again works and the notice is gone.
    await page.getByTestId('demo-user-asha').click();
    await page.getByTestId('sign-in-submit').click();
    await expect.poll(() => page.getByTestId('viewer').textContent(), { timeout: 30_000 }).toMatch(/Asha Rao/);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-page').waitFor();
    expect(await notice.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
