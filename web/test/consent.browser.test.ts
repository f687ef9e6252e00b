// A customer's consents on the customer page in Chromium, against the real server on an in-memory
// database of 60 seeded customers: withdrawing RECOMMENDATION consent replaces the list with the
// server's refusal; granting it again brings the recommendations back.
//   npx vitest run --project browser web/test/consent.browser.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, ensureBuilt, hasChromium, launchChromium, openPage, startTestServer, signInAs } from './support';

if (!hasChromium) {
  console.warn(`[web/test/consent.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

describe.skipIf(!hasChromium)('consents on the customer page in Chromium', () => {
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

  it('withdraws RECOMMENDATION consent and shows why there is no list, then grants it and shows recommendations', async () => {
    await page.goto(`${app!.url}/#/customers`);
    await signInAs(page, 'RELATIONSHIP_MANAGER', /relationship manager/i);
    const rows = page.getByTestId('customer-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await rows.first().click();
    await expect.poll(() => page.url()).toMatch(/#\/customers\/[^/]+$/);

    const cards = page.getByTestId('recommendation-card');
    await expect.poll(() => cards.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const recommendation = page.getByTestId('consent-RECOMMENDATION');
    await expect.poll(() => recommendation.getByTestId('consent-state').textContent(), { timeout: 30_000 }).toBe('Given');
    expect(await page.locator('[data-testid^="consent-"][data-testid$="_CHECK"], [data-testid="consent-MARKETING_CONTACT"]').count()).toBe(2);

    await recommendation.getByTestId('consent-toggle').click();
    const refusal = page.getByTestId('recommendations-consent');
    await expect.poll(() => refusal.textContent(), { timeout: 30_000 }).toMatch(/^customer \d+ has not consented to RECOMMENDATION: record their consent first$/);
    expect(await cards.count()).toBe(0);
    expect(await page.getByTestId('recommendations-error').count()).toBe(0);
    expect(await recommendation.getByTestId('consent-state').textContent()).toBe('Withheld');

    await recommendation.getByTestId('consent-toggle').click();
    await expect.poll(() => cards.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await refusal.count()).toBe(0);
    expect(await recommendation.getByTestId('consent-state').textContent()).toBe('Given');
    expect(await page.getByTestId('consent-error').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
