// The customer page's what-if panel in Chromium, against the real server on an in-memory database
// of 60 seeded customers: a much higher income and a better score, run side by side, and bad input
// answered with the server's message naming the field.
//   npx vitest run --project browser web/test/what-if.browser.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, ensureBuilt, hasChromium, launchChromium, openPage, startTestServer, signInAs } from './support';

if (!hasChromium) {
  console.warn(`[web/test/what-if.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

const OUTCOMES = ['APPROVE', 'DECLINE', 'REFER', 'COUNTER_OFFER'];

describe.skipIf(!hasChromium)('what-if scenarios on the customer page in Chromium', () => {
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

  it('compares recommendations and a credit decision before and after a higher income and score, and names bad fields', async () => {
    await page.goto(`${app!.url}/#/customers`);
    await signInAs(page, 'RELATIONSHIP_MANAGER', /relationship manager/i);
    const rows = page.getByTestId('customer-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await rows.first().click();
    await expect.poll(() => page.url()).toMatch(/#\/customers\/[^/]+$/);

    // The form is prefilled with the record: the income the profile card shows.
    const panel = page.getByTestId('whatif');
    await panel.waitFor({ timeout: 60_000 });
    const income = page.getByTestId('whatif-income');
    await expect.poll(() => income.inputValue()).toMatch(/^\d+(\.\d+)?$/);
    const recordIncome = Number(await income.inputValue());
    const shownIncome = (await page.getByTestId('customer-income').textContent())!.replace(/[^\d]/g, '');
    expect(Number(shownIncome)).toBe(Math.round(recordIncome));
    const regions = await page.getByTestId('whatif-region').locator('option').count();
    expect(regions).toBeGreaterThan(1);

    // The recommendations panel's top 5: the "as on record" side must rank exactly these.
    const recNames = page.getByTestId('recommendation-product');
    await expect.poll(() => recNames.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const onRecord = await recNames.allTextContents();

    // Ten times the income (at least ₹50 lakh) and a top score; a credit product at twice its minimum amount.
    const newIncome = Math.max(5_000_000, Math.round(recordIncome * 10));
    await income.fill(String(newIncome));
    if (await page.getByTestId('whatif-ntc').isChecked()) await page.getByTestId('whatif-ntc').uncheck();
    await page.getByTestId('whatif-score').fill('835');
    const productSelect = page.getByTestId('whatif-product');
    const firstProduct = productSelect.locator('option:not([value=""])').first();
    await firstProduct.waitFor({ state: 'attached', timeout: 60_000 });
    await productSelect.selectOption((await firstProduct.getAttribute('value'))!);
    const amount = page.getByTestId('whatif-amount');
    await expect.poll(() => amount.getAttribute('min')).toMatch(/^\d+/);
    const min = Number(await amount.getAttribute('min'));
    const max = Number(await amount.getAttribute('max'));
    await amount.fill(String(Math.min(max, min * 2)));
    await page.getByTestId('whatif-run').click();

    const results = page.getByTestId('whatif-results');
    await results.waitFor({ timeout: 60_000 });

    // What was tried, as the server formatted it.
    const changes = page.getByTestId('whatif-change');
    expect(await changes.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')))).toEqual(['annualIncome', 'creditScore']);
    expect(await changes.first().textContent()).toMatch(/→/);

    // Before and after, side by side, each a ranked list of real products with confidences.
    const before = page.getByTestId('whatif-before').getByTestId('whatif-rec');
    const after = page.getByTestId('whatif-after').getByTestId('whatif-rec');
    expect(await before.count()).toBeGreaterThan(0);
    expect(await after.count()).toBeGreaterThan(0);
    expect(await before.count()).toBeLessThanOrEqual(5);
    expect(await after.count()).toBeLessThanOrEqual(5);
    for (const side of [before, after]) {
      const ranks = await side.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-rank'))));
      expect(ranks).toEqual(ranks.map((_, i) => i + 1));
      const confidences = await side.getByTestId('whatif-rec-confidence').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
      for (const c of confidences) expect(c >= 0 && c <= 100, `confidence ${c}`).toBe(true);
      for (const name of await side.getByTestId('whatif-rec-product').allTextContents()) expect(name.trim().length).toBeGreaterThan(2);
    }
    expect(await page.getByTestId('whatif-before').getByTestId('whatif-rec-product').allTextContents()).toEqual(onRecord);

    // The changes moved something, and each move says why.
    const marks = await page.getByTestId('whatif-rec').evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')));
    const beforeConf = await page.getByTestId('whatif-before').getByTestId('whatif-rec-confidence').allTextContents();
    const afterConf = await page.getByTestId('whatif-after').getByTestId('whatif-rec-confidence').allTextContents();
    expect(marks.some((m) => m !== 'kept' && m !== 'same') || beforeConf.join() !== afterConf.join()).toBe(true);
    const moves = page.getByTestId('whatif-move');
    expect(await moves.count()).toBeGreaterThan(0);
    const why = await page.getByTestId('whatif-why').allTextContents();
    expect(why.length).toBeGreaterThan(0);
    for (const w of why) expect(w.trim().length).toBeGreaterThan(10);

    // The credit decision both ways: an outcome, a score and a probability of default on each side.
    for (const side of ['before', 'after']) {
      expect(OUTCOMES).toContain(await page.getByTestId(`whatif-outcome-${side}`).getAttribute('data-outcome'));
      expect(await page.getByTestId(`whatif-score-${side}`).textContent()).toMatch(/^\d+ \(grade \w+\)$/);
      expect(await page.getByTestId(`whatif-pd-${side}`).textContent()).toMatch(/^\d+(\.\d)?%$/);
    }
    expect(await page.getByTestId('whatif-decision-move').textContent()).toMatch(/→/);
    await panel.screenshot({ path: '/tmp/creditgraph-what-if.png' });

    // A negative income: the server's message, naming the field, under the income box; no results.
    await income.fill('-5000');
    await page.getByTestId('whatif-run').click();
    const incomeError = page.getByTestId('field-error-whatif-changes-annualIncome');
    await incomeError.waitFor({ timeout: 30_000 });
    expect(await incomeError.textContent()).toMatch(/changes\.annualIncome.*negative/);
    expect(await income.getAttribute('aria-invalid')).toBe('true');
    expect(await results.count()).toBe(0);

    // A score outside 300-850: named too (the income back to a valid value first).
    await income.fill(String(newIncome));
    expect(await incomeError.count()).toBe(0);
    await page.getByTestId('whatif-score').fill('900');
    await page.getByTestId('whatif-run').click();
    const scoreError = page.getByTestId('field-error-whatif-changes-creditScore');
    await scoreError.waitFor({ timeout: 30_000 });
    expect(await scoreError.textContent()).toMatch(/changes\.creditScore.*300/);

    expect(pageErrors).toEqual([]);
  }, 240_000);
});
