// The recommendation experiments page in Chromium against the real server (in-process, in-memory
// database of 60 seeded customers): an admin's rejected and accepted starts through the form, live
// results as a relationship manager's recommendation traffic and interactions arrive (polled, no
// reload), the stop with its required note, and who may see the page.
//   npx vitest run --project browser web/test/experiments.browser.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { CHROMIUM, callGraph, ensureBuilt, hasChromium, launchChromium, openPage, startTestServer, signInAs } from './support';

if (!hasChromium) {
  console.warn(`[web/test/experiments.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

/** One poll (5 s), the recommendation log's 200 ms batch, and room for a slow machine. */
const LIVE_MS = 15_000;

interface Served {
  customerId: string;
  arm: string | null;
  productIds: string[];
}

describe.skipIf(!hasChromium)('recommendation experiments in Chromium', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  let customerIds: string[] = [];
  let rmToken = '';
  const name = `learned-vs-rules-${Date.now()}`;

  const api = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => callGraph<T>(app!.url, query, variables, token);

  async function login(role: string): Promise<string> {
    const data = await api<{ devLogin: { token: string } }>(`mutation ($role: Role!) { devLogin(role: $role) { token } }`, { role });
    return data.devLogin.token;
  }

  /** Serves a customer's recommendations as the relationship manager: the served list is logged with its arm. */
  async function serve(customerId: string): Promise<Served> {
    const data = await api<{ customer: { recommendations: { experimentArm: string | null; product: { id: string } }[] } | null }>(
      `query ($id: ID!) { customer(id: $id) { recommendations(k: 5) { experimentArm product { id } } } }`,
      { id: customerId },
      rmToken,
    );
    const recs = data.customer?.recommendations ?? [];
    expect(recs.length, `no recommendations for ${customerId}`).toBeGreaterThan(0);
    const arms = new Set(recs.map((r) => r.experimentArm));
    expect(arms.size, 'one arm per served list').toBe(1);
    return { customerId, arm: recs[0].experimentArm, productIds: recs.map((r) => r.product.id) };
  }

  let eventSeq = 0;
  async function interact(customerId: string, productId: string, kind: 'CLICK' | 'APPLY'): Promise<void> {
    const data = await api<{ recordInteraction: { __typename: string; field?: string; message?: string; servedRank?: number | null } }>(
      `mutation ($input: InteractionInput!, $eventId: String!) {
        recordInteraction(input: $input, eventId: $eventId) {
          __typename
          ... on Interaction { servedRank }
          ... on InteractionRejected { field message }
        }
      }`,
      { input: { customerId, productId, kind }, eventId: `experiments-test-${Date.now()}-${++eventSeq}` },
      rmToken,
    );
    const r = data.recordInteraction;
    expect(r.__typename, `rejected: ${r.field}: ${r.message}`).toBe('Interaction');
    expect(r.servedRank, 'linked to the served list').not.toBeNull();
  }

  const experimentCard = (): Locator => page.locator(`[data-testid="experiment"][data-name="${name}"]`);
  const armRow = (arm: string): Locator => experimentCard().locator(`[data-testid="experiment-arm-result"][data-arm="${arm}"]`);
  const armFigure = async (arm: string, attr: 'data-exposed' | 'data-impressions' | 'data-clicks' | 'data-conversions'): Promise<number> => {
    const raw = await armRow(arm).getAttribute(attr, { timeout: 5_000 });
    return raw === null ? NaN : Number(raw);
  };
  const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(60);
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
    rmToken = await login('RELATIONSHIP_MANAGER');
    const listed = await api<{ customers: { edges: { node: { id: string } }[] } }>(
      `{ customers(first: 30, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`,
      {},
      rmToken,
    );
    customerIds = listed.customers.edges.map((e) => e.node.id);
    expect(customerIds.length).toBeGreaterThanOrEqual(12);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("rejects an admin's one-arm experiment next to the form, then starts one with two arms", async () => {
    await page.goto(`${app!.url}/#/customers`);
    await signInAs(page, 'ADMIN', /Admin/);
    await page.getByTestId('nav-experiments').click();
    await expect.poll(() => page.url()).toMatch(/#\/experiments$/);
    await expect.poll(() => page.getByTestId('experiments-page').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('experiments-empty').count(), { timeout: 30_000 }).toBe(1);
    // The ranking model card answers: a trained model or the plain "none yet".
    await expect.poll(async () => (await page.getByTestId('ranking-model-version').count()) + (await page.getByTestId('ranking-model-none').count()), { timeout: 30_000 }).toBe(1);

    // The defaults: control on the rules, learned on the learned ranker.
    expect(await page.getByTestId('start-arm').count()).toBe(2);
    expect(await page.getByTestId('start-arm-0-name').inputValue()).toBe('control');
    expect(await page.getByTestId('start-arm-0-strategy').inputValue()).toBe('RULES');
    expect(await page.getByTestId('start-arm-1-name').inputValue()).toBe('learned');
    expect(await page.getByTestId('start-arm-1-strategy').inputValue()).toBe('LEARNED');

    // One arm only: the server refuses, and its message sits under the arms.
    await page.getByTestId('start-name').fill(name);
    await page.getByTestId('start-hypothesis').fill('The learned ranker lifts conversion over the rules without hurting approvals.');
    await page.getByTestId('start-arm-1-remove').click();
    expect(await page.getByTestId('start-arm').count()).toBe(1);
    await page.getByTestId('start-submit').click();
    const armsError = page.getByTestId('field-error-arms');
    await expect.poll(() => armsError.count(), { timeout: 15_000 }).toBe(1);
    expect(await armsError.textContent()).toMatch(/2 to 4 arms/i);
    expect(await page.getByTestId('start-ok').count()).toBe(0);
    expect(await page.getByTestId('experiment').count()).toBe(0);

    // A bad arm name: its message under that arm's name.
    await page.getByTestId('start-arm-add').click();
    await page.getByTestId('start-arm-1-name').fill('Learned Arm');
    await page.getByTestId('start-arm-1-strategy').selectOption('LEARNED');
    expect(await armsError.count()).toBe(0); // editing the arms cleared it
    await page.getByTestId('start-submit').click();
    const nameError = page.getByTestId('field-error-arms-1-name');
    await expect.poll(() => nameError.count(), { timeout: 15_000 }).toBe(1);
    expect(await nameError.textContent()).toMatch(/lower-case/i);

    // Fixed: it starts, and is listed as running with its two arms.
    await page.getByTestId('start-arm-1-name').fill('learned');
    await page.getByTestId('start-submit').click();
    await expect.poll(() => page.getByTestId('start-ok').count(), { timeout: 15_000 }).toBe(1);
    const card = experimentCard();
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    expect(await card.getAttribute('data-status')).toBe('RUNNING');
    expect(await card.getByTestId('experiment-status').textContent()).toBe('Running');
    expect(await card.getByTestId('experiment-hypothesis').textContent()).toMatch(/learned ranker lifts conversion/);
    const arms = card.getByTestId('experiment-arm');
    expect(await arms.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-arm')}:${e.getAttribute('data-strategy')}`))).toEqual([
      'control:RULES',
      'learned:LEARNED',
    ]);
    expect(await card.getByTestId('experiment-arm-result').count()).toBe(2);
    for (const arm of ['control', 'learned']) {
      expect(await armFigure(arm, 'data-exposed')).toBe(0);
      expect(await armFigure(arm, 'data-impressions')).toBe(0);
    }
    expect((await card.getByTestId('experiment-summary').textContent())!.trim().length).toBeGreaterThan(0);
    // The form was reset, and another start waits for this one to stop.
    expect(await page.getByTestId('start-name').inputValue()).toBe('');
    expect(await page.getByTestId('start-submit').isDisabled()).toBe(true);
    expect(await page.getByTestId('start-disabled').textContent()).toContain(name);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('counts exposures, impressions, clicks and applications as they happen, without a reload', async () => {
    await expect.poll(() => experimentCard().count(), { timeout: 15_000 }).toBe(1);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await expect.poll(() => page.getByTestId('experiments-updated').textContent(), { timeout: LIVE_MS }).toMatch(/^updated \d\d:\d\d:\d\d$/);
    const firstUpdate = await page.getByTestId('experiments-page').getAttribute('data-updated-at');

    // A relationship manager opens twelve customers: each list is served in the customer's arm.
    const served: Served[] = [];
    for (const id of customerIds.slice(0, 12)) served.push(await serve(id));
    const armsSeen = new Set(served.map((s) => s.arm));
    expect([...armsSeen].every((a) => a === 'control' || a === 'learned'), [...armsSeen].join(',')).toBe(true);
    const expected = (arm: string) => {
      const mine = served.filter((s) => s.arm === arm);
      return { exposed: mine.length, impressions: mine.reduce((n, s) => n + s.productIds.length, 0) };
    };

    for (const arm of ['control', 'learned']) {
      await expect.poll(() => armFigure(arm, 'data-exposed'), { timeout: LIVE_MS }).toBe(expected(arm).exposed);
      await expect.poll(() => armFigure(arm, 'data-impressions'), { timeout: LIVE_MS }).toBe(expected(arm).impressions);
    }
    // What the cells say, not only the attributes.
    const total = served.reduce((n, s) => n + s.productIds.length, 0);
    const shown = (await experimentCard().getByTestId('arm-impressions').allTextContents()).map((t) => Number(t.replace(/[^\d]/g, '')));
    expect(shown.reduce((a, b) => a + b, 0)).toBe(total);

    // Clicks on the top product of three customers, an application from one of them.
    const clicked = served.slice(0, 3);
    for (const s of clicked) await interact(s.customerId, s.productIds[0], 'CLICK');
    await interact(clicked[0].customerId, clicked[0].productIds[0], 'APPLY');
    for (const arm of ['control', 'learned']) {
      const clicks = clicked.filter((s) => s.arm === arm).length;
      await expect.poll(() => armFigure(arm, 'data-clicks'), { timeout: LIVE_MS }).toBe(clicks);
      await expect.poll(() => armFigure(arm, 'data-conversions'), { timeout: LIVE_MS }).toBe(clicked[0].arm === arm ? 1 : 0);
    }
    const clickedArm = clicked[0].arm!;
    expect(await armRow(clickedArm).getByTestId('arm-ctr').textContent()).toMatch(/^\d+\.\d% \(\d+\.\d%–\d+\.\d%\)$/);
    expect(await armRow(clickedArm).getByTestId('arm-conversion').textContent()).toMatch(/^\d+\.\d% \(\d+\.\d%–\d+\.\d%\)$/);

    // Comparisons against the control appear once both arms have data (CTR and conversion).
    if (armsSeen.size === 2) {
      await expect.poll(() => experimentCard().getByTestId('experiment-comparison').count(), { timeout: LIVE_MS }).toBeGreaterThan(0);
      const sig = await experimentCard().getByTestId('comparison-significant').allTextContents();
      expect(sig.every((t) => t === 'Yes' || t === 'No')).toBe(true);
    }
    await expect.poll(() => experimentCard().getByTestId('experiment-conversion-chart').getAttribute('data-has-data'), { timeout: LIVE_MS }).toBe('true');
    await expect.poll(() => experimentCard().locator('svg.recharts-surface').count(), { timeout: LIVE_MS }).toBeGreaterThan(0);

    // The page kept polling and was never reloaded.
    expect(await page.getByTestId('experiments-page').getAttribute('data-updated-at')).not.toBe(firstUpdate);
    expect(await sameDocument()).toBe(true);
    await page.screenshot({ path: '/tmp/creditgraph-experiments.png', fullPage: true });

    // The analyst dashboard shows the same live results.
    await page.getByTestId('nav-dashboard').click();
    const onDashboard = page.getByTestId('dashboard-experiment').getByTestId('experiment');
    await expect.poll(() => onDashboard.getAttribute('data-status'), { timeout: LIVE_MS }).toBe('RUNNING');
    const dashboardShown = (await onDashboard.getByTestId('arm-impressions').allTextContents()).map((t) => Number(t.replace(/[^\d]/g, '')));
    expect(dashboardShown.reduce((a, b) => a + b, 0)).toBe(total);
    await page.getByTestId('nav-experiments').click();
    await expect.poll(() => page.getByTestId('experiments-page').count(), { timeout: 30_000 }).toBe(1);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('stops the running experiment only with a note, then lists it as stopped', async () => {
    const card = experimentCard();
    await card.getByTestId('stop-experiment').click();
    const noteError = card.getByTestId('field-error-note');
    await expect.poll(() => noteError.count()).toBe(1);
    expect(await card.getAttribute('data-status')).toBe('RUNNING');

    await card.getByTestId('stop-note').fill('Enough data for the test.');
    await card.getByTestId('stop-experiment').click();
    await expect.poll(() => card.getAttribute('data-status'), { timeout: 15_000 }).toBe('STOPPED');
    expect(await card.getByTestId('experiment-status').textContent()).toBe('Stopped');
    expect(await card.getByTestId('experiment-stop-note').textContent()).toContain('Enough data for the test.');
    expect(await card.getByTestId('stop-experiment-form').count()).toBe(0);
    await expect.poll(() => page.getByTestId('start-submit').isDisabled()).toBe(false);
    expect(await sameDocument()).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows the page without forms to an analyst, and a clear message to a relationship manager', async () => {
    await signInAs(page, 'ANALYST', /Analyst/);
    await expect.poll(() => page.getByTestId('nav-experiments').count()).toBe(1);
    await expect.poll(() => experimentCard().count(), { timeout: 30_000 }).toBe(1);
    expect(await experimentCard().getAttribute('data-status')).toBe('STOPPED');
    expect(await page.getByTestId('start-experiment-form').count()).toBe(0);

    await signInAs(page, 'RELATIONSHIP_MANAGER', /Relationship manager/);
    await expect.poll(() => page.getByTestId('nav-experiments').count()).toBe(0);
    const message = page.getByTestId('experiments-forbidden');
    await expect.poll(() => message.count(), { timeout: 30_000 }).toBe(1);
    expect(await message.textContent()).toMatch(/analysts and admins.*relationship manager/);
    expect(await page.getByTestId('experiment').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
