// The collector workspace in a real browser (Debian Chromium via playwright-core) against the
// real server, started in-process on a free port with an in-memory database of 60 seeded
// customers and no scheduled recovery sweep. A delinquent card is made through the graph (as in
// server/test/recovery.int.test.ts): the queue lists its case for a collector (and not for an
// RM), and updates live when the case is escalated elsewhere; on the case page a collector records
// a promise through the form (a refused one shows the server's message next to the amount) and
// the timeline shows it; a promise recorded elsewhere appears without a reload; the recommended
// plan shows its schedule, a counter-offer past the bounds is escalated with its reasons, and an
// admin approves it.
//   npx vitest run --project browser web/test/collections.browser.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import type { RunningApp } from '../../server/src/app.js';
import { CHROMIUM, callGraph, ensureBuilt, hasChromium, launchChromium, openPage, startSignedIn, startTestServer, signInAs } from './support';
import { createDelinquentCase, login, type DelinquentCase } from './recovery-cases';

const SCREENSHOT = '/tmp/creditgraph-collections.png';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

if (!hasChromium) {
  console.warn(`[web/test/collections.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

/** A calendar day in India (the customers' zone), `days` from today: YYYY-MM-DD. */
function indianDate(days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

interface PromiseSubmission {
  variables: { caseId: string; input: { amount: number; dueDate: string; channel: string | null }; idempotencyKey: string };
  result?: { __typename: string; field?: string; message?: string; id?: string };
}

function operationOf(req: Request): { operationName?: string; variables?: PromiseSubmission['variables'] } | null {
  try {
    return req.method() === 'POST' ? (req.postDataJSON() as { operationName?: string; variables?: PromiseSubmission['variables'] } | null) : null;
  } catch {
    return null; // not JSON
  }
}

describe.skipIf(!hasChromium)('the collector workspace in Chromium', () => {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let delinquent: DelinquentCase;
  let collector: string;
  const pageErrors: string[] = [];
  const promises: PromiseSubmission[] = [];

  const api = <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) => callGraph<T>(app!.url, query, variables, token);

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(60, { RECOVERY_SWEEP_MINUTES: '0' });
    delinquent = await createDelinquentCase(app, 930_001, 20);
    collector = await login(app, 'COLLECTOR');
    browser = await launchChromium();
    page = await openPage(browser, pageErrors);
    const byRequest = new Map<Request, PromiseSubmission>();
    page.on('request', (req) => {
      const body = operationOf(req);
      if (body?.operationName !== 'RecordPromise') return;
      const submission: PromiseSubmission = { variables: body.variables! };
      promises.push(submission);
      byRequest.set(req, submission);
    });
    page.on('response', async (res) => {
      const submission = byRequest.get(res.request());
      if (!submission) return;
      try {
        submission.result = ((await res.json()) as { data?: { recordPromise?: PromiseSubmission['result'] } }).data?.recordPromise;
      } catch {
        // not JSON: left without a result
      }
    });
    await startSignedIn(page, app.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists the case in the queue for a collector, not for an RM, and updates it live', async () => {
    await page.goto(`${app!.url}/#/collections`);
    // Signed in as a relationship manager: no Collections in the menu, a clear message on the page.
    await expect.poll(() => page.getByTestId('viewer').textContent(), { timeout: 60_000 }).toMatch(/Relationship manager/);
    await expect.poll(() => page.getByTestId('collections-forbidden').count()).toBe(1);
    expect(await page.getByTestId('nav-collections').count()).toBe(0);

    await signInAs(page, 'COLLECTOR', /Collector/);
    expect(await page.getByTestId('nav-collections').count()).toBe(1);
    const row = page.locator(`[data-testid="case-row"][data-id="${delinquent.caseId}"]`);
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    expect(await row.getByTestId('case-customer').textContent()).toBe(delinquent.customerName);
    expect(await row.getByTestId('case-dpd').textContent()).toBe('20');
    expect(await row.locator('[data-bucket]').getAttribute('data-bucket')).toBe('DPD_1_30');
    expect(await row.getByTestId('case-overdue').textContent()).toMatch(/^₹[\d,]+of ₹[\d,]+$/);
    expect(await row.getByTestId('case-stage').textContent()).toBe('Reminder');
    expect(await row.getByTestId('case-handover').textContent()).toBe('Automated');
    // Highest priority first.
    const priorities = await page.getByTestId('case-row').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-priority'))));
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));

    // Another collector escalates the case: the row follows without a reload.
    await expect.poll(() => page.getByTestId('queue-live').getAttribute('data-state'), { timeout: 30_000 }).toBe('live');
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const escalated = await api(
      `mutation ($id: ID!) { escalateCase(caseId: $id, reason: "no answer on three calls") { __typename ... on RecoveryCase { stage } } }`,
      { id: delinquent.caseId },
      collector,
    );
    expect(escalated.escalateCase).toMatchObject({ __typename: 'RecoveryCase', stage: 'ACTIVE_COLLECTION' });
    await expect.poll(() => row.getByTestId('case-stage').textContent(), { timeout: 30_000 }).toBe('Active collection');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // The stage filter: no longer among the reminders, and among the active collections again.
    await page.getByTestId('queue-stage-filter').selectOption('REMINDER');
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(0);
    const stages = await page.getByTestId('case-row').evaluateAll((els) => els.map((e) => e.querySelector('[data-testid="case-stage"]')?.textContent));
    expect(stages.every((s) => s === 'Reminder')).toBe(true);
    await page.getByTestId('queue-stage-filter').selectOption('ACTIVE_COLLECTION');
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await page.screenshot({ path: '/tmp/creditgraph-collections-queue.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('records a promise through the form, and the case timeline shows it', async () => {
    // From the queue to the case.
    await page.locator(`[data-testid="case-row"][data-id="${delinquent.caseId}"]`).getByTestId('case-customer').click();
    await expect.poll(() => page.getByTestId('case-heading').textContent(), { timeout: 30_000 }).toBe(delinquent.customerName);
    expect(await page.getByTestId('case-dpd').textContent()).toBe('20');
    expect(await page.getByTestId('case-bucket').getAttribute('data-bucket')).toBe('DPD_1_30');
    expect(await page.getByTestId('case-overdue').textContent()).toMatch(/^₹[\d,]+$/);
    expect(await page.getByTestId('case-reasons').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('propensity-factors').locator('li').count()).toBeGreaterThan(0);
    const entries = page.getByTestId('timeline-entry');
    expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['ESCALATED', 'ASSESSED', 'OPENED']);
    await expect.poll(() => page.getByTestId('case-live').getAttribute('data-state'), { timeout: 30_000 }).toBe('live');

    const form = page.getByTestId('promise-form');
    const amount = form.getByTestId('promise-amount');
    const due = indianDate(2);

    // More than is outstanding: the server's RecoveryRejected names the amount, and its message sits there.
    await amount.fill('10000000');
    await form.getByTestId('promise-date').fill(due);
    await form.getByTestId('promise-submit').click();
    await expect.poll(() => promises.at(-1)?.result?.__typename, { timeout: 30_000 }).toBe('RecoveryRejected');
    const refused = promises.at(-1)!;
    expect(refused.result!.field).toBe('amount');
    const amountError = form.getByTestId('field-amount').getByTestId('field-error-amount');
    await expect.poll(() => amountError.textContent()).toBe(refused.result!.message!.charAt(0).toUpperCase() + refused.result!.message!.slice(1));
    expect(await amount.getAttribute('aria-invalid')).toBe('true');

    // A promise the customer can keep.
    await amount.fill('1500');
    await expect.poll(() => amountError.count()).toBe(0); // editing the field clears its error
    await form.getByTestId('promise-channel').selectOption('VOICE');
    const sent = promises.length;
    await form.getByTestId('promise-submit').click();
    await expect.poll(() => promises.length, { timeout: 30_000 }).toBe(sent + 1);
    await expect.poll(() => promises[sent].result?.__typename, { timeout: 30_000 }).toBe('PaymentPromise');
    const submitted = promises[sent];
    expect(submitted.variables.input).toEqual({ amount: 1500, dueDate: due, channel: 'VOICE' });
    expect(submitted.variables.idempotencyKey).toMatch(UUID_V4);
    expect(submitted.variables.idempotencyKey).not.toBe(refused.variables.idempotencyKey);

    // The timeline, newest first: the promise, by the signed-in collector.
    const first = entries.first();
    await expect.poll(() => first.getAttribute('data-kind'), { timeout: 30_000 }).toBe('PROMISE_RECORDED');
    expect(await first.getByTestId('timeline-summary').textContent()).toBe(`Promise to pay ₹1,500 by ${due} (VOICE)`);
    // The signed-in collector is the seeded user kiran (support.ts), whose user id is u-kiran.
    expect(await first.getByTestId('timeline-actor').textContent()).toBe('u-kiran');
    const promiseRows = page.getByTestId('promise-row');
    expect(await promiseRows.count()).toBe(1);
    expect(await promiseRows.first().getAttribute('data-status')).toBe('PENDING');
    expect(await page.getByTestId('promise-recorded').textContent()).toMatch(/^Recorded: ₹1,500 by /);
    expect(await amount.inputValue()).toBe(''); // ready for the next promise

    // A promise recorded elsewhere (another collector's screen) appears without a reload.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const other = await api(
      `mutation ($id: ID!, $input: PromiseInput!, $key: String!) { recordPromise(caseId: $id, input: $input, idempotencyKey: $key) { __typename } }`,
      { id: delinquent.caseId, input: { amount: 700, dueDate: indianDate(5), channel: 'SMS' }, key: `browser-other-${Date.now()}` },
      collector,
    );
    expect(other.recordPromise.__typename).toBe('PaymentPromise');
    await expect.poll(() => first.getByTestId('timeline-summary').textContent(), { timeout: 30_000 }).toBe(`Promise to pay ₹700 by ${indianDate(5)} (SMS)`);
    await expect.poll(() => promiseRows.count()).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('proposes the recommended plan with its schedule, and shows what a counter-offer came to', async () => {
    const plans = page.getByTestId('case-plans');
    await plans.getByTestId('propose-plan-submit').click();
    const plan = plans.getByTestId('plan');
    await expect.poll(() => plan.count(), { timeout: 30_000 }).toBe(1);
    expect(await plan.first().getAttribute('data-status')).toBe('PROPOSED');
    expect(await plan.first().getByTestId('plan-chart').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await plan.first().getByTestId('plan-schedule').locator('tbody tr').count()).toBeGreaterThan(0);

    // Three years is past the bounds (24 months by default): a person has to decide it.
    await plans.getByTestId('counter-term').fill('36');
    await plans.getByTestId('counter-submit').click();
    const outcome = plans.getByTestId('counter-outcome');
    await expect.poll(() => outcome.getAttribute('data-status'), { timeout: 30_000 }).toBe('ESCALATED');
    expect(await outcome.getByTestId('counter-outcome-reasons').textContent()).toMatch(/36.*24|24.*36/);
    await expect.poll(() => page.getByTestId('timeline-entry').first().getAttribute('data-kind')).toBe('COUNTER_OFFER');
    await page.screenshot({ path: '/tmp/creditgraph-collections-plans.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('lets an admin approve the escalated counter-offer', async () => {
    await signInAs(page, 'ADMIN', /Admin/);
    // A new sign-in starts from the queue; the case is one click away.
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/#\/collections$/);
    const row = page.locator(`[data-testid="case-row"][data-id="${delinquent.caseId}"]`);
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await row.getByTestId('case-customer').click();
    const escalated = page.locator('[data-testid="plan"][data-status="ESCALATED"]');
    await expect.poll(() => escalated.count(), { timeout: 30_000 }).toBe(1);
    await escalated.getByTestId('decide-note').fill('harvest failed; the longer term is approved');
    await escalated.getByTestId('decide-approve').click();
    await expect.poll(() => page.locator('[data-testid="plan"][data-status="APPROVED"]').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('timeline-entry').first().getAttribute('data-kind')).toBe('PLAN_DECIDED');
    expect(await page.locator('[data-testid="plan"][data-status="APPROVED"]').textContent()).toMatch(/Being followed/);
    expect(pageErrors).toEqual([]);
  });
});
