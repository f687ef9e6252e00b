// Recovery cases for the browser tests, made the way server/test/recovery.int.test.ts makes them:
// a scenario customer approved for a card, the card disbursed, its schedule moved back in time so
// the first instalment fell due `daysOverdue` days ago with nothing paid, and the sweep opening
// the case. Everything goes through the graph except the move back in time (one UPDATE of the
// loan's dues). The server should run with RECOVERY_SWEEP_MINUTES=0, so only this sweep runs.
import { expect } from 'vitest';
import type { RunningApp } from '../../server/src/app.js';
import { callGraph } from './support';

const DAY_MS = 86_400_000;

export interface DelinquentCase {
  customerId: string;
  customerName: string;
  applicationId: string;
  loanId: string;
  caseId: string;
}

const SUBMIT = /* GraphQL */ `
  mutation ($input: LoanApplicationInput!, $key: String!) {
    submitLoanApplication(input: $input, idempotencyKey: $key) {
      __typename
      ... on ApplicationRejected { field message }
      ... on LoanApplication { id decision { outcome reasons { text } } }
    }
  }
`;

const DISBURSE = /* GraphQL */ `
  mutation ($id: ID!, $key: String!) {
    disburseLoan(applicationId: $id, idempotencyKey: $key) {
      __typename
      ... on DisbursementRejected { field message }
      ... on Disbursement { status loan { id } }
    }
  }
`;

export async function login(app: RunningApp, role: 'ADMIN' | 'COLLECTOR' | 'RELATIONSHIP_MANAGER'): Promise<string> {
  return (await callGraph(app.url, `mutation { devLogin(role: ${role}) { token } }`)).devLogin.token;
}

/**
 * A new-to-credit gig worker (local id `localCustomerId`, which must be free) with a card that
 * fell `daysOverdue` days behind, and the recovery case the sweep opened for it.
 */
export async function createDelinquentCase(app: RunningApp, localCustomerId: number, daysOverdue: number): Promise<DelinquentCase> {
  // Imported lazily, like the server itself: only when a browser test actually runs.
  const [{ insertScenarioCustomer, newToCreditGigWorker }, { toGlobalId, localIdOf }, { addDays, daysBetween, localDate }, { loans }, { eq }] = await Promise.all([
    import('../../seeds/testing/credit-scenarios.js'),
    import('../../server/src/graphql/ids.js'),
    import('../../server/src/domain/recovery/calendar.js'),
    import('../../drizzle/schema.js'),
    import('drizzle-orm'),
  ]);
  const [admin, collector] = await Promise.all([login(app, 'ADMIN'), login(app, 'COLLECTOR')]);
  const api = (query: string, variables: Record<string, unknown>, token: string) => callGraph(app.url, query, variables, token);
  const run = `${process.pid}-${Date.now()}`;

  await insertScenarioCustomer(app.services.database, 'demo', localCustomerId, newToCreditGigWorker({ asOf: new Date() }));
  const customerId = toGlobalId('Customer', localCustomerId);
  const application = (
    await api(
      SUBMIT,
      {
        input: { customerId, productId: 'cc-saffron-first-card', amount: 100_000, termMonths: 12, purpose: 'card', consent: { creditAssessment: true, bureauCheck: true } },
        key: `browser-recovery-apply-${localCustomerId}-${run}`,
      },
      admin,
    )
  ).submitLoanApplication;
  expect(application.__typename, JSON.stringify(application)).toBe('LoanApplication');
  expect(application.decision.outcome, JSON.stringify(application.decision.reasons)).toBe('APPROVE');

  const disbursed = (await api(DISBURSE, { id: application.id, key: `browser-recovery-disburse-${localCustomerId}-${run}` }, admin)).disburseLoan;
  expect(disbursed, JSON.stringify(disbursed)).toMatchObject({ __typename: 'Disbursement', status: 'COMPLETED' });
  const loanId = disbursed.loan.id as string;

  // Back in time: the first due date `daysOverdue` days ago, the disbursement as long before it.
  const { db } = app.services.database;
  const local = Number(localIdOf(loanId, 'Loan'));
  const [loan] = await db.select().from(loans).where(eq(loans.id, local));
  const shift = daysBetween(localDate(new Date()), loan.dues[0].dueDate) + daysOverdue;
  await db
    .update(loans)
    .set({ dues: loan.dues.map((d) => ({ ...d, dueDate: addDays(d.dueDate, -shift) })), disbursedAt: new Date(loan.disbursedAt!.getTime() - shift * DAY_MS) })
    .where(eq(loans.id, local));

  const sweep = (await api(`mutation { runRecoverySweep { casesOpened } }`, {}, admin)).runRecoverySweep;
  expect(sweep.casesOpened).toBeGreaterThanOrEqual(1);
  const customer = (await api(`query ($id: ID!) { customer(id: $id) { name loans { id recoveryCase { id } } } }`, { id: customerId }, collector)).customer;
  const caseId = customer.loans.find((l: { id: string }) => l.id === loanId)?.recoveryCase?.id;
  expect(caseId, 'the sweep opened no case for the loan').toBeTruthy();
  return { customerId, customerName: customer.name, applicationId: application.id, loanId, caseId };
}
