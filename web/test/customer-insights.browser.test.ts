// The customer page's insights, recommendation feedback and policy search in Chromium, against the
// real server on an in-memory database of 60 seeded customers.
//   npx vitest run --project browser web/test/customer-insights.browser.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, ensureBuilt, hasChromium, launchChromium, openPage, startTestServer, signInAs } from './support';

if (!hasChromium) {
  console.warn(`[web/test/customer-insights.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

describe.skipIf(!hasChromium)('customer insights, feedback and policy search in Chromium', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(60);
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows three cited insights, drops a product the customer does not want, and finds policy passages', async () => {
    await page.goto(`${app!.url}/#/customers`);
    await signInAs(page, 'RELATIONSHIP_MANAGER', /relationship manager/i);
    const rows = page.getByTestId('customer-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await rows.first().click();
    await expect.poll(() => page.url()).toMatch(/#\/customers\/[^/]+$/);

    // Insights: three, each with a title, a text and at least one cited fact.
    const insights = page.getByTestId('insight');
    await expect.poll(() => insights.count(), { timeout: 60_000 }).toBe(3);
    expect(await insights.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual([
      'ENGAGEMENT_STRATEGY',
      'PRODUCT_DISCOVERY',
      'SERVICE_OPTIMISATION',
    ]);
    for (let i = 0; i < 3; i++) {
      expect(await insights.nth(i).getByTestId('insight-fact').count()).toBeGreaterThan(0);
      expect((await insights.nth(i).locator('.insight__text').textContent())!.trim().length).toBeGreaterThan(10);
    }

    // "Not for this customer" on the first recommendation: that product leaves the list.
    const cards = page.getByTestId('recommendation-card');
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const names = () => page.getByTestId('recommendation-product').allTextContents();
    const first = (await names())[0];
    await cards.first().getByTestId('feedback-dislike').click();
    await expect.poll(names, { timeout: 60_000 }).not.toContain(first);
    expect(await page.getByTestId('feedback-error').count()).toBe(0);
    await expect.poll(() => page.getByTestId('feedback-disliked').count()).toBeGreaterThan(0);

    // Policy search: a passage of the collections code of conduct about quiet hours.
    await page.getByTestId('policy-question').fill('quiet hours');
    await page.getByTestId('policy-submit').click();
    const passages = page.getByTestId('policy-passage');
    await expect.poll(() => passages.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await passages.count()).toBeLessThanOrEqual(3);
    const cites = await page.getByTestId('policy-passage-cite').allTextContents();
    expect(cites.some((c) => /collections code of conduct/i.test(c) && /§\d+/.test(c))).toBe(true);
    const ids = await passages.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
    expect(ids.some((id) => /^collections-code-of-conduct#\d+$/.test(id)), ids.join(', ')).toBe(true);

    await page.screenshot({ path: '/tmp/creditgraph-customer-insights.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
