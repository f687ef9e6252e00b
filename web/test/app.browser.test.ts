// The web client in a real browser (Debian Chromium via playwright-core) against the real server,
// started in-process on a free port with an in-memory database of 300 seeded customers.
//   npx vitest run --project browser
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { WEB_APP_CSP } from '../../server/src/health/security-headers';
import { CHROMIUM, ensureBuilt, hasChromium, launchChromium, startTestServer, openPage, signInAs, startSignedIn } from './support';

const SCREENSHOT = '/tmp/creditgraph-customer.png';

if (!hasChromium) {
  console.warn(`[web/test/app.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

describe.skipIf(!hasChromium)('web client in Chromium', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(300);
    browser = await launchChromium();
    page = await openPage(browser, pageErrors, 1000);
    await startSignedIn(page, app.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('serves the app under a Content-Security-Policy that the whole app runs within', async () => {
    const res = await fetch(`${app!.url}/`);
    expect(res.headers.get('content-security-policy')).toBe(WEB_APP_CSP);
    // openPage counts what the policy blocks as page errors; every test of this file checks them.
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.head.appendChild(s);
        }),
    );
    expect(blocked).toBe('script-src-elem');
    await expect.poll(() => pageErrors.some((e) => /Content Security Policy/i.test(e))).toBe(true);
    pageErrors.length = 0; // that one was on purpose
  });

  it('finds a customer by name, shows explained recommendations, and follows k', async () => {
    await page.goto(`${app!.url}/#/customers`);
    const rows = page.getByTestId('customer-row');
    const range = page.getByTestId('customer-pager-range');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(() => range.textContent()).toMatch(/^1–\d+ of [\d,]+$/);
    const totalOf = async () => Number((await range.textContent())!.replace(/^.* of /, '').replace(/,/g, ''));
    const unfiltered = await totalOf();

    // Take a name of one of asha's own customers (others' are masked, "A••• B•••") and search for a
    // whole word of it (search matches whole words): its longest. Other RMs' matches come back masked.
    const names = await page.getByTestId('customer-name').allTextContents();
    const listed = names.map((n) => n.trim()).find((n) => !n.includes('•'));
    expect(listed, "one of the first page's customers is asha's own").toBeDefined();
    const part = listed!.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    await page.getByTestId('customer-search').fill(part);
    const matches = (n: string) => n.toLowerCase().split(/\s+/).includes(part.toLowerCase()) || (n.includes('•') && n.split(/\s+/).some((w) => w === `${part[0]}•••`));
    await expect
      .poll(async () => {
        const found = await page.getByTestId('customer-name').allTextContents();
        return found.length > 0 && found.every(matches) && found.some((n) => !n.includes('•'));
      })
      .toBe(true);
    await expect.poll(totalOf).toBeLessThan(unfiltered);
    // Open the match asha may see in full: the customer page's heading shows the same name.
    const fullIndex = (await page.getByTestId('customer-name').allTextContents()).findIndex((n) => !n.includes('•'));
    const fullName = (await page.getByTestId('customer-name').nth(fullIndex).textContent())!.trim();
    await rows.nth(fullIndex).click();

    await expect.poll(() => page.url()).toMatch(/#\/customers\/[^/]+$/);
    await expect.poll(() => page.getByTestId('customer-heading').textContent()).toBe(fullName);
    await expect.poll(() => page.getByTestId('customer-income').textContent()).toMatch(/^₹[\d,]+$/);

    // Recommendations: default k = 5.
    const cards = page.getByTestId('recommendation-card');
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('k-select').inputValue()).toBe('5');
    const initial = await cards.count();
    expect(initial).toBeLessThanOrEqual(5);
    for (let i = 0; i < initial; i++) {
      const card = cards.nth(i);
      const confidence = Number(await card.getByTestId('recommendation-confidence').getAttribute('data-value'));
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(100);
      const shown = Number(await card.getByTestId('recommendation-confidence').textContent());
      expect(shown).toBe(Math.round(confidence));
      const reasons = await card.getByTestId('reason-item').count();
      expect(reasons).toBeGreaterThanOrEqual(2);
      expect(reasons).toBeLessThanOrEqual(4);
      expect((await card.getByTestId('reason-item').first().textContent())!.trim().length).toBeGreaterThan(5);
      expect(await card.getAttribute('data-rank')).toBe(String(i + 1));
    }

    // Fewer: exactly k cards.
    await page.getByTestId('k-select').selectOption('2');
    await expect.poll(() => cards.count()).toBe(Math.min(2, initial));
    expect(await cards.count()).not.toBe(initial);

    // More: at least as many as before, at most k.
    await page.getByTestId('k-select').selectOption('8');
    const list = page.getByTestId('recommendation-list');
    await expect
      .poll(async () => ((await list.getAttribute('aria-busy')) === 'false' ? cards.count() : -1))
      .toBeGreaterThanOrEqual(initial);
    expect(await cards.count()).toBeLessThanOrEqual(8);

    await page.getByTestId('k-select').selectOption('5');
    await expect.poll(() => cards.count()).toBe(initial);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Back returns to the filtered list.
    await page.goBack();
    await expect.poll(() => page.getByTestId('customer-search').inputValue()).toBe(part);
    expect(pageErrors).toEqual([]);
  });

  it('shows the server’s BAD_USER_INPUT message next to the prospect form', async () => {
    await page.goto(`${app!.url}/#/prospect`);
    await expect.poll(() => page.getByTestId('prospect-region').locator('option').count()).toBeGreaterThan(0);
    await page.getByTestId('prospect-income').fill('-5000');
    await page.getByTestId('prospect-submit').click();
    const error = page.getByTestId('prospect-error');
    await expect.poll(() => error.textContent()).toMatch(/income/i);
    expect(await page.getByTestId('recommendation-card').count()).toBe(0);

    await page.getByTestId('prospect-income').fill('900000');
    await page.getByTestId('prospect-goals').fill('save for my daughter’s education');
    await page.getByTestId('prospect-submit').click();
    await expect.poll(() => page.getByTestId('recommendation-card').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('recommendation-card').count()).toBeLessThanOrEqual(5);
    expect(await error.count()).toBe(0);
    await page.screenshot({ path: '/tmp/creditgraph-prospect.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('switches tenant by signing in as another tenant’s user: new token, new theme, that tenant’s customers', async () => {
    await page.goto(`${app!.url}/#/customers`);
    await expect.poll(() => page.getByTestId('customer-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const tokenBefore = await page.evaluate(() => localStorage.getItem('creditgraph.token'));
    const logoBefore = await page.getByTestId('logo').textContent();
    const primaryBefore = await page.evaluate(() => document.documentElement.style.getPropertyValue('--primary'));
    await signInAs(page, 'RELATIONSHIP_MANAGER', /Relationship manager · Northwind/, 'nora');

    await expect.poll(() => page.evaluate(() => localStorage.getItem('creditgraph.token'))).not.toBe(tokenBefore);
    await expect.poll(() => page.getByTestId('customer-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const logoAfter = await page.getByTestId('logo').textContent();
    const primaryAfter = await page.evaluate(() => document.documentElement.style.getPropertyValue('--primary'));
    // A white-label tenant differs in look: logo text or primary colour.
    expect(logoAfter !== logoBefore || primaryAfter !== primaryBefore).toBe(true);
    await page.screenshot({ path: '/tmp/creditgraph-tenant.png' });

    // Back to the default tenant's relationship manager for the remaining tests.
    await signInAs(page, 'RELATIONSHIP_MANAGER', /Relationship manager · Creditgraph Demo Bank/);
    await expect.poll(() => page.getByTestId('logo').textContent()).toBe(logoBefore);
    expect(pageErrors).toEqual([]);
  });

  it('searches the catalog semantically and lists products', async () => {
    await page.goto(`${app!.url}/#/products`);
    await expect.poll(() => page.getByTestId('product-row').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.getByTestId('product-search').fill('credit card with travel rewards');
    await expect.poll(() => page.getByTestId('product-match').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/creditgraph-products.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
