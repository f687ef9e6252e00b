// Loan applications on the customer page, in a real browser (Debian Chromium via playwright-core)
// against the real server, started in-process on a free port with an in-memory database of 60
// seeded customers: apply for a credit product and read the explained decision; a retry after a
// lost answer reuses the idempotency key and makes one application; a bad amount is stopped next
// to its input, by the form and by the server, without creating an application.
//   npx vitest run --project browser web/test/application.browser.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { CHROMIUM, callGraph, ensureBuilt, hasChromium, launchChromium, startTestServer, openPage, startSignedIn } from './support';

const SCREENSHOT = '/tmp/creditgraph-application.png';

if (!hasChromium) {
  console.warn(`[web/test/application.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

interface Submission {
  variables: { input: { amount: number; productId: string }; idempotencyKey: string };
  result?: { __typename: string; field?: string; message?: string; id?: string };
}

/** The GraphQL operation a request posts; null for anything else. */
function operationOf(req: Request): { operationName?: string; variables?: Submission['variables'] } | null {
  try {
    return req.method() === 'POST' ? (req.postDataJSON() as { operationName?: string; variables?: Submission['variables'] } | null) : null;
  } catch {
    return null; // not JSON
  }
}

describe.skipIf(!hasChromium)('loan applications in Chromium', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  // Every submitLoanApplication the page sends, with the server's answer when one reached the page.
  const submissions: Submission[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(60);
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
    const byRequest = new Map<Request, Submission>();
    page.on('request', (req) => {
      const body = operationOf(req);
      if (body?.operationName !== 'SubmitLoanApplication') return;
      const submission: Submission = { variables: body.variables! };
      submissions.push(submission);
      byRequest.set(req, submission);
    });
    page.on('response', async (res) => {
      const submission = byRequest.get(res.request());
      if (!submission) return;
      try {
        submission.result = ((await res.json()) as { data?: { submitLoanApplication?: Submission['result'] } }).data?.submitLoanApplication;
      } catch {
        // not JSON: left without a result
      }
    });
    await startSignedIn(page, app.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens the first customer of the list (fresh page load) and waits for its applications to load. */
  async function openCustomer(): Promise<void> {
    await page.goto(`${app!.url}/#/customers`);
    await page.reload();
    const rows = page.getByTestId('customer-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await rows.first().click();
    await expect.poll(() => page.getByTestId('customer-heading').count()).toBe(1);
    const history = page.getByTestId('application-history');
    await expect
      .poll(async () => (await history.getByTestId('application-list').count()) + (await history.getByText('No applications yet.').count()), {
        timeout: 30_000,
      })
      .toBe(1);
  }

  /** Chooses the first credit product of the select; returns its bounds as the inputs enforce them. */
  async function chooseCreditProduct() {
    const select = page.getByTestId('application-product');
    const options = select.locator('option:not([value=""])');
    await expect.poll(() => options.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const productId = (await options.first().getAttribute('value'))!;
    await select.selectOption(productId);
    const amount = page.getByTestId('application-amount');
    const term = page.getByTestId('application-term');
    await expect.poll(() => amount.getAttribute('min')).toMatch(/^\d/);
    const bounds = {
      minAmount: Number(await amount.getAttribute('min')),
      maxAmount: Number(await amount.getAttribute('max')),
      minTerm: Number(await term.getAttribute('min')),
      maxTerm: Number(await term.getAttribute('max')),
    };
    expect(bounds.minAmount).toBeGreaterThan(0);
    expect(bounds.maxAmount).toBeGreaterThan(bounds.minAmount);
    expect(bounds.maxTerm).toBeGreaterThanOrEqual(bounds.minTerm);
    // The bounds are shown, not only enforced.
    expect(await page.getByTestId('field-amount').locator('.field__hint').textContent()).toMatch(/₹[\d,]+ – ₹[\d,]+/);
    return { productId, ...bounds };
  }

  /**
   * Waits for the decision of the latest submission to be shown; fails at once, with the error the
   * page shows, when the application was not decided.
   */
  async function awaitDecision(): Promise<string> {
    const failure = page.getByTestId('application-error');
    const shown = async () => {
      const id = submissions.at(-1)?.result?.id;
      return id ? page.locator(`[data-testid="decision-view"][data-application-id="${id}"]`).count() : 0;
    };
    await expect.poll(async () => (await failure.count()) + (await shown()), { timeout: 60_000 }).toBeGreaterThan(0);
    const error = (await failure.count()) > 0 ? await failure.textContent() : null;
    expect(error, 'the application was not decided').toBeNull();
    return (await page.getByTestId('decision-view').getByTestId('decision-outcome').getAttribute('data-outcome'))!;
  }

  it('submits an application for a credit product and shows its explained decision', async () => {
    await openCustomer();
    const rows = page.getByTestId('application-row');
    const before = await rows.count();
    const { productId, minAmount, maxAmount, minTerm, maxTerm } = await chooseCreditProduct();

    const amount = Math.min(maxAmount, Math.max(minAmount, Math.round((minAmount * 3) / 1000) * 1000));
    const term = Math.min(maxTerm, Math.max(minTerm, 24));
    await page.getByTestId('application-amount').fill(String(amount));
    await page.getByTestId('application-term').fill(String(term));
    await page.getByTestId('application-purpose').fill('Home renovation');
    await page.getByTestId('consent-credit').check();
    await page.getByTestId('consent-bureau').check();
    const sent = submissions.length;
    await page.getByTestId('application-submit').click();

    // The decision view: an outcome, a score and grade, reasons, the waterfall, counterfactuals or an amount.
    expect(await awaitDecision()).toMatch(/^(APPROVE|DECLINE|REFER|COUNTER_OFFER)$/);
    const view = page.getByTestId('decision-view');
    expect(submissions.length).toBe(sent + 1);
    const submission = submissions[sent];
    expect(submission.variables.input).toMatchObject({ productId, amount });
    expect(submission.variables.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await expect.poll(() => submission.result?.__typename).toBe('LoanApplication');
    expect(await view.getAttribute('data-application-id')).toBe(submission.result!.id);

    expect(await view.getByTestId('decision-score').textContent()).toMatch(/^\d+ grade [A-E]$/);
    expect(await view.getByTestId('decision-pd').textContent()).toMatch(/^\d+\.\d% /);
    const reasons = view.getByTestId('decision-reason');
    expect(await reasons.count()).toBeGreaterThanOrEqual(1);
    expect(await reasons.count()).toBeLessThanOrEqual(4);
    expect((await reasons.first().locator('.decision-reason__text').textContent())!.trim().length).toBeGreaterThan(5);

    const waterfall = view.getByTestId('score-waterfall');
    const steps = waterfall.getByTestId('waterfall-step');
    expect(await waterfall.getByTestId('waterfall-bar').count()).toBeGreaterThanOrEqual(2);
    expect(await steps.first().getAttribute('data-kind')).toBe('best');
    expect(await steps.last().getAttribute('data-kind')).toBe('score');
    // Best attainable minus every step lands on the score (within rounding of the shown steps).
    const points = await steps.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-points'))));
    const drop = points.slice(1, -1).reduce((s, p) => s + p, 0);
    expect(Math.abs(points[0] + drop - points[points.length - 1])).toBeLessThanOrEqual(1 + 0.05 * points.length);
    // Losses are shown largest first.
    const losses = points.slice(1, -1).filter((p) => p < 0);
    expect(losses).toEqual([...losses].sort((a, b) => a - b));

    const counterfactuals = await view.getByTestId('counterfactual').count();
    const approved = (await view.getByTestId('decision-approved-amount').textContent())!.trim();
    expect(counterfactuals > 0 || /^₹[\d,]+$/.test(approved)).toBe(true);

    // The list of applications is refreshed: the new one on top, selected.
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(Math.min(before + 1, 10));
    expect(await rows.first().getAttribute('data-id')).toBe(submission.result!.id);
    expect(await rows.first().getAttribute('class')).toMatch(/table__row--selected/);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('retries a submission whose answer was lost with the same idempotency key: one application', async () => {
    await openCustomer();
    const rows = page.getByTestId('application-row');
    const before = await rows.count();
    const { minAmount, minTerm } = await chooseCreditProduct();
    await page.getByTestId('application-amount').fill(String(minAmount));
    await page.getByTestId('application-term').fill(String(minTerm));
    await page.getByTestId('application-purpose').fill('Medical expenses');
    await page.getByTestId('consent-credit').check();

    // The first attempt reaches the server, which decides it, but its answer never reaches the page.
    let dropped = 0;
    await page.route('**/graphql', async (route) => {
      if (operationOf(route.request())?.operationName !== 'SubmitLoanApplication' || dropped > 0) return route.fallback();
      dropped++;
      await route.fetch();
      await route.abort('connectionreset');
    });
    const sent = submissions.length;
    await page.getByTestId('application-submit').click();
    await expect.poll(() => page.getByTestId('application-error').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('application-retry-note').count()).toBe(1);
    await page.unroute('**/graphql');

    await page.getByTestId('application-submit').click();
    expect(await awaitDecision()).toMatch(/^[A-Z_]+$/);
    await expect.poll(() => submissions.length).toBe(sent + 2);
    const [lost, retried] = submissions.slice(sent);
    expect(lost.result).toBeUndefined();
    await expect.poll(() => retried.result?.__typename).toBe('LoanApplication');
    expect(retried.variables.idempotencyKey).toBe(lost.variables.idempotencyKey);
    expect(await page.getByTestId('application-error').count()).toBe(0);
    // One application, not two: the list grew by one, also after a reload.
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(Math.min(before + 1, 10));
    await page.reload();
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(Math.min(before + 1, 10));
    expect(await rows.first().getAttribute('data-id')).toBe(retried.result!.id);
    expect(pageErrors).toEqual([]);
  });

  it('puts an amount below the product minimum next to the amount input and creates no application', async () => {
    await openCustomer();
    const rows = page.getByTestId('application-row');
    const before = await rows.count();
    const { minAmount, minTerm } = await chooseCreditProduct();
    const amount = page.getByTestId('application-amount');
    await amount.fill(String(minAmount - 1));
    await page.getByTestId('application-term').fill(String(minTerm));
    await page.getByTestId('application-purpose').fill('Education');
    await page.getByTestId('consent-credit').check();
    const sent = submissions.length;
    await page.getByTestId('application-submit').click();

    // The form's own bounds stop it: the message sits in the amount's field, nothing is sent.
    const error = page.getByTestId('field-amount').getByTestId('field-error-amount');
    await expect.poll(() => error.textContent()).toMatch(/^At least ₹[\d,]+ for /);
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    expect(await amount.getAttribute('aria-describedby')).toContain('error-amount');
    expect(submissions.length).toBe(sent);

    // A stale bound (the input's min gone) leaves it to the server: its ApplicationRejected lands in the same place.
    await amount.evaluate((el) => el.removeAttribute('min'));
    await amount.fill('');
    await expect.poll(() => error.count()).toBe(0); // editing the field clears its error
    await amount.fill(String(minAmount - 1));
    await page.getByTestId('application-submit').click();
    await expect.poll(() => submissions.length, { timeout: 30_000 }).toBe(sent + 1);
    await expect.poll(() => submissions[sent].result?.__typename).toBe('ApplicationRejected');
    expect(submissions[sent].result!.field).toBe('amount');
    await expect.poll(() => error.textContent()).toBe(
      submissions[sent].result!.message!.charAt(0).toUpperCase() + submissions[sent].result!.message!.slice(1),
    );

    // Nothing was stored: after a reload the customer has the same applications.
    await page.reload();
    await expect.poll(() => page.getByTestId('customer-heading').count(), { timeout: 30_000 }).toBe(1);
    const history = page.getByTestId('application-history');
    await expect
      .poll(async () => (await history.getByTestId('application-list').count()) + (await history.getByText('No applications yet.').count()))
      .toBe(1);
    expect(await rows.count()).toBe(before);
    expect(pageErrors).toEqual([]);
  });
  it("shows a card's credit limit and how repayments moved it, with the rule's reason", async () => {
    const api = (query: string, variables: Record<string, unknown> = {}, token?: string) => callGraph(app!.url, query, variables, token);
    // A seeded customer approved for a card: the first of the list whose application is approved.
    const listed = await api(`{ customers(first: 60, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`);
    let card: { customerId: string; applicationId: string; limit: number } | null = null;
    for (const { node } of listed.customers.edges) {
      const r = await api(
        `mutation($input: LoanApplicationInput!, $key: String!) { submitLoanApplication(input: $input, idempotencyKey: $key) {
          ... on LoanApplication { id decision { outcome creditLimit } } } }`,
        {
          input: { customerId: node.id, productId: 'cc-saffron-first-card', amount: 60_000, termMonths: 12, purpose: 'card', consent: { creditAssessment: true, bureauCheck: true } },
          key: `limit-card-${node.id}`,
        },
      );
      const a = r.submitLoanApplication;
      if (a?.decision?.outcome === 'APPROVE' && a.decision.creditLimit) {
        card = { customerId: node.id, applicationId: a.id, limit: a.decision.creditLimit };
        break;
      }
    }
    expect(card, 'no seeded customer was approved for a card').not.toBeNull();
    const collector = (await api(`mutation { devLogin(role: COLLECTOR) { token } }`)).devLogin.token;
    let raisedTo: number | null = null;
    for (let i = 1; i <= 6; i++) {
      const r = await api(
        `mutation($input: RepaymentInput!, $key: String!) { recordRepayment(input: $input, idempotencyKey: $key) {
          __typename ... on Repayment { limitChange { newLimit } } ... on RepaymentRejected { field message } } }`,
        {
          input: { applicationId: card!.applicationId, amount: 3_000, amountDue: 3_000, dueDate: new Date(Date.now() + i * 86_400_000).toISOString().slice(0, 10), paidAt: new Date().toISOString() },
          key: `limit-pay-${card!.applicationId}-${i}`,
        },
        collector,
      );
      expect(r.recordRepayment.__typename).toBe('Repayment');
      raisedTo = r.recordRepayment.limitChange?.newLimit ?? raisedTo;
    }

    await page.goto(`${app!.url}/#/customers/${encodeURIComponent(card!.customerId)}`);
    const panel = page.getByTestId('credit-limit');
    await expect.poll(() => panel.count(), { timeout: 30_000 }).toBe(1);
    const changes = panel.getByTestId('credit-limit-change');
    // Raised unless the first limit was already the most the income allows; then it stays.
    const expected = raisedTo ?? card!.limit;
    await expect.poll(() => changes.count()).toBe(raisedTo === null ? 1 : 2);
    expect((await panel.getByTestId('credit-limit-amount').textContent())!.replace(/[^\d]/g, '')).toBe(String(expected));
    expect(await changes.last().getAttribute('data-rule')).toBe('INITIAL_LIMIT');
    if (raisedTo !== null) {
      expect(await changes.first().getAttribute('data-rule')).toBe('LIMIT_RAISE_ON_TIME');
      expect(await changes.first().textContent()).toMatch(/Raised.*6 on-time payments in a row/);
    }
    await page.screenshot({ path: '/tmp/creditgraph-credit-limit.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
