// The live graph in a real browser (Debian Chromium via playwright-core) against the real server,
// started in-process on a free port with an in-memory database of 60 seeded customers: a decision
// made elsewhere (a POST from this test) shows on the customer page without a reload, in the
// application list and the live score; an analyst's dashboard counts it within moments, and after
// a dropped WebSocket it shows the full fresh state the server sends first; other roles get a
// clear message instead of the dashboard.
//   npx vitest run --project browser web/test/dashboard.browser.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { CHROMIUM, callGraph, ensureBuilt, hasChromium, launchChromium, startTestServer, openPage, signInAs, startSignedIn } from './support';

if (!hasChromium) {
  console.warn(`[web/test/dashboard.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

interface Decided {
  id: string;
  decision: { outcome: string; score: number; grade: string; probabilityOfDefault: number } | null;
}

describe.skipIf(!hasChromium)('the live graph in Chromium', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  let customerIds: string[] = [];
  let submitted = 0;

  // The page's WebSocket to /graphql goes through this route: passed on to the server, or held
  // (open in the page, never acknowledged) to stand for a server that cannot be reached.
  let socketMode: 'pass' | 'hold' = 'pass';
  const sockets: WebSocketRoute[] = [];

  const api = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => callGraph<T>(app!.url, query, variables, token);

  /** Submits a loan application through the graph, as the default tenant's demo RM; returns it decided. */
  async function submitApplication(customerId: string): Promise<Decided> {
    submitted++;
    const data = await api<{ submitLoanApplication: Decided & { __typename: string; field?: string; message?: string } }>(
      `mutation ($input: LoanApplicationInput!, $key: String!) {
        submitLoanApplication(input: $input, idempotencyKey: $key) {
          __typename
          ... on ApplicationRejected { field message }
          ... on LoanApplication { id decision { outcome score grade probabilityOfDefault } }
        }
      }`,
      {
        input: {
          customerId,
          productId: 'pl-saffron-sahaj-small-ticket',
          amount: 50_000 + submitted * 1_000,
          termMonths: 24,
          purpose: 'live test',
          consent: { creditAssessment: true, bureauCheck: true },
        },
        key: `live-test-${customerId}-${submitted}-${Date.now()}`,
      },
    );
    const result = data.submitLoanApplication;
    expect(result.__typename, `rejected: ${result.field}: ${result.message}`).toBe('LoanApplication');
    return result;
  }

  const tileValue = async (name: string) => {
    const raw = await page.getByTestId(`kpi-${name}`).getAttribute('data-value');
    return raw === null || raw === '' ? NaN : Number(raw);
  };

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(60);
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      sockets.push(ws);
      if (socketMode === 'pass') ws.connectToServer();
    });
    const listed = await api<{ customers: { edges: { node: { id: string } }[] } }>(
      `{ customers(first: 20, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`,
    );
    customerIds = listed.customers.edges.map((e) => e.node.id);
    expect(customerIds.length).toBeGreaterThan(2);
    await startSignedIn(page, app.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens a customer's page (a fresh load) and waits for its application history. */
  async function openCustomer(id: string): Promise<void> {
    await page.goto(`${app!.url}/#/customers/${encodeURIComponent(id)}`);
    await page.reload();
    await expect.poll(() => page.getByTestId('customer-heading').count(), { timeout: 60_000 }).toBe(1);
    const history = page.getByTestId('application-history');
    await expect
      .poll(async () => (await history.getByTestId('application-list').count()) + (await history.getByText('No applications yet.').count()), {
        timeout: 30_000,
      })
      .toBe(1);
    await expect.poll(() => page.getByTestId('live-score-indicator').getAttribute('data-state'), { timeout: 30_000 }).toBe('live');
    // Set on this document: still there afterwards proves the page was not reloaded.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  }

  const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

  it('shows a decision made elsewhere on the customer page at once, without a reload', async () => {
    const customerId = customerIds[0];
    await openCustomer(customerId);
    const rows = page.getByTestId('application-row');
    const before = await rows.count();

    const decided = await submitApplication(customerId);
    await expect.poll(() => rows.first().getAttribute('data-id'), { timeout: 15_000 }).toBe(decided.id);
    expect(await rows.count()).toBe(Math.min(before + 1, 10));
    expect(await sameDocument()).toBe(true);
    // Another customer's decision does not land on this page.
    const other = await submitApplication(customerIds[1]);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await page.locator(`[data-testid="application-row"][data-id="${other.id}"]`).count()).toBe(0);
    expect(await rows.first().getAttribute('data-id')).toBe(decided.id);
    expect(pageErrors).toEqual([]);
  });

  it("updates the customer's live score from customerScoreUpdated", async () => {
    const customerId = customerIds[2];
    await openCustomer(customerId);
    const card = page.getByTestId('live-score');
    const decided = await submitApplication(customerId);
    expect(decided.decision).not.toBeNull();

    await expect.poll(() => card.getAttribute('data-source'), { timeout: 15_000 }).toBe('live');
    await expect.poll(() => card.getAttribute('data-application-id')).toBe(decided.id);
    expect(await card.getAttribute('data-score')).toBe(String(decided.decision!.score));
    expect(await card.getAttribute('data-grade')).toBe(decided.decision!.grade);
    expect(await card.getByTestId('live-score-score').textContent()).toMatch(new RegExp(`^${decided.decision!.score} grade ${decided.decision!.grade}$`));
    expect(await card.getByTestId('live-score-pd').textContent()).toBe(`${(decided.decision!.probabilityOfDefault * 100).toFixed(1)}%`);
    expect(await card.getByTestId('live-score-note').textContent()).toMatch(/^Updated \d\d:\d\d:\d\d: new decision$/);
    expect(await sameDocument()).toBe(true);
    await page.screenshot({ path: '/tmp/creditgraph-live-customer.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("streams an analyst's KPIs and counts a new application within moments", async () => {
    await page.goto(`${app!.url}/#/customers`);
    await signInAs(page, 'ANALYST', /Analyst/);
    await page.getByTestId('nav-dashboard').click();
    await expect.poll(() => page.url()).toMatch(/#\/dashboard$/);

    const tile = page.getByTestId('kpi-applications');
    await expect.poll(() => tile.count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('live-indicator').getAttribute('data-state')).toBe('live');
    expect(await page.getByTestId('dashboard').getAttribute('data-window')).toBe('LAST_HOUR');
    expect(await page.getByTestId('dashboard-as-of').textContent()).toMatch(/^updated \d\d:\d\d:\d\d$/);
    const before = await tileValue('applications');
    expect(before).toBeGreaterThanOrEqual(2); // the two decisions of the tests above, at least
    // The tile shows its number (Indian digit grouping), not only the attribute.
    expect((await tile.textContent())!.replace(/[^\d]/g, '')).toBe(String(before));
    // Every tile is there; a rate with nothing to divide by shows "—".
    for (const name of ['recommendations', 'views', 'clicks', 'approvals', 'click-through-rate', 'conversion-rate', 'approval-rate', 'average-pd', 'predicted-defaults', 'latency-p50', 'latency-p99']) {
      expect(await page.getByTestId(`kpi-${name}`).count(), name).toBe(1);
    }
    expect(await page.getByTestId('kpi-approval-rate').locator('.kpi__value').textContent()).toMatch(/^(\d+\.\d%|—)$/);

    await submitApplication(customerIds[3]);
    await expect.poll(() => tileValue('applications'), { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await tileValue('applications')).toBe(before + 1);

    // Charts (recharts SVG), the regions and the top products, from the same subscription.
    for (const chart of ['chart-applications', 'chart-engagement', 'chart-approval-rate', 'chart-latency']) {
      await expect.poll(() => page.getByTestId(chart).locator('svg.recharts-surface').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    await expect.poll(() => page.getByTestId('region-row').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('top-product-row').count()).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/creditgraph-dashboard.png', fullPage: true });

    // Another window: a new subscription, the same tiles.
    await page.getByTestId('window-select').getByText('Last day').click();
    await expect.poll(() => page.getByTestId('dashboard').getAttribute('data-window')).toBe('LAST_DAY');
    await expect.poll(() => tileValue('applications'), { timeout: 10_000 }).toBeGreaterThanOrEqual(before + 1);
    await page.getByTestId('window-select').getByText('Last hour').click();
    await expect.poll(() => page.getByTestId('dashboard').getAttribute('data-window')).toBe('LAST_HOUR');
    expect(pageErrors).toEqual([]);
  });

  it('after a dropped connection shows "reconnecting", then the fresh full state the server sends first', async () => {
    await expect.poll(() => page.getByTestId('dashboard').getAttribute('data-fresh'), { timeout: 15_000 }).toBe('true');
    const before = await tileValue('applications');

    // The socket drops and the server stays out of reach: the old state stays, dimmed.
    socketMode = 'hold';
    const open = sockets.length;
    await sockets.at(-1)!.close({ code: 1012, reason: 'Service Restart' });
    await expect.poll(() => page.getByTestId('live-indicator').getAttribute('data-state'), { timeout: 10_000 }).toBe('reconnecting');
    expect((await page.getByTestId('live-indicator').textContent())!.trim()).toBe('Reconnecting…');
    expect(await page.getByTestId('dashboard').getAttribute('data-fresh')).toBe('false');
    await expect.poll(() => sockets.length, { timeout: 10_000 }).toBeGreaterThan(open); // it tries again

    // A decision while disconnected: nothing can reach the page.
    await submitApplication(customerIds[4]);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await tileValue('applications')).toBe(before);

    // The server is back: the first message is the whole current state, which replaces the old one.
    socketMode = 'pass';
    await sockets.at(-1)!.close({ code: 1012, reason: 'Service Restart' });
    await expect.poll(() => page.getByTestId('live-indicator').getAttribute('data-state'), { timeout: 20_000 }).toBe('live');
    await expect.poll(() => tileValue('applications'), { timeout: 10_000 }).toBe(before + 1);
    await expect.poll(() => page.getByTestId('dashboard').getAttribute('data-fresh')).toBe('true');
    expect(pageErrors).toEqual([]);
  });

  it('gives other roles a clear message instead of the dashboard, and no link to it', async () => {
    await signInAs(page, 'RELATIONSHIP_MANAGER', /Relationship manager/);
    await expect.poll(() => page.getByTestId('nav-dashboard').count()).toBe(0);
    await page.goto(`${app!.url}/#/dashboard`);
    const message = page.getByTestId('dashboard-forbidden');
    await expect.poll(() => message.count(), { timeout: 30_000 }).toBe(1);
    expect(await message.textContent()).toMatch(/analysts and admins.*relationship manager/);
    expect(await page.getByTestId('kpi-applications').count()).toBe(0);

    // An admin may watch it too.
    await signInAs(page, 'ADMIN', /Admin/);
    await expect.poll(() => page.getByTestId('nav-dashboard').count()).toBe(1);
    await expect.poll(() => page.getByTestId('kpi-applications').count(), { timeout: 30_000 }).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
