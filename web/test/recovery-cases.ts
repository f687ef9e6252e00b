// A recovery case for the browser tests, made by the same fixture as the GraphQL suite's
// (server/test/support/delinquent-loan.ts): a scenario customer approved for a card, the card
// disbursed, its schedule moved back in time so the first instalment fell due `daysOverdue` days
// ago with nothing paid, and the sweep opening the case. The server should run with
// RECOVERY_SWEEP_MINUTES=0, so only this sweep runs.
import { expect } from 'vitest';
import type { RunningApp } from '../../server/src/app.js';
import type { TestApp } from '../../server/test/harness.js';
import { callGraph } from './support';

export interface DelinquentCase {
  customerId: string;
  customerName: string;
  applicationId: string;
  loanId: string;
  caseId: string;
}

export async function login(app: RunningApp, role: 'ADMIN' | 'COLLECTOR' | 'RELATIONSHIP_MANAGER'): Promise<string> {
  return (await callGraph(app.url, `mutation { devLogin(role: ${role}) { token } }`)).devLogin.token;
}

/** The running app as the GraphQL suite's fixtures see it: the app and a raw POST of an operation. */
function asTestApp(app: RunningApp): Pick<TestApp, 'app' | 'gql'> {
  return {
    app,
    async gql(query, variables, token) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as { data?: any; errors?: any[] }), status: res.status };
    },
  };
}

/**
 * A new-to-credit gig worker (local id `localCustomerId`, which must be free) with a card that
 * fell `daysOverdue` days behind, and the recovery case the sweep opened for it.
 */
export async function createDelinquentCase(app: RunningApp, localCustomerId: number, daysOverdue: number): Promise<DelinquentCase> {
  // Imported lazily, like the server itself: only when a browser test actually runs.
  const [{ newToCreditGigWorker }, { toGlobalId }, { giveOpenCasesToTestCollector, loanFallenBehind }] = await Promise.all([
    import('../../seeds/testing/credit-scenarios.js'),
    import('../../server/src/graphql/ids.js'),
    import('../../server/test/support/delinquent-loan.js'),
  ]);
  const [admin, collector] = await Promise.all([login(app, 'ADMIN'), login(app, 'COLLECTOR')]);
  const run = `${process.pid}-${Date.now()}`;
  const loan = await loanFallenBehind(asTestApp(app), {
    tenantId: 'demo',
    customerRowId: localCustomerId,
    scenario: newToCreditGigWorker({ asOf: new Date() }),
    productId: 'cc-saffron-first-card',
    amount: 100_000,
    daysOverdue,
    admin,
    key: (label) => `browser-recovery-${label}-${localCustomerId}-${run}`,
  });
  const sweep = (await callGraph(app.url, `mutation { runRecoverySweep { casesOpened } }`, {}, admin)).runRecoverySweep;
  expect(sweep.casesOpened).toBeGreaterThanOrEqual(1);
  await giveOpenCasesToTestCollector({ app });
  const loanId = toGlobalId('Loan', loan.loanId);
  const customer = (await callGraph(app.url, `query ($id: ID!) { customer(id: $id) { name loans { id recoveryCase { id } } } }`, { id: loan.customerId }, collector)).customer;
  const caseId = customer.loans.find((l: { id: string }) => l.id === loanId)?.recoveryCase?.id;
  expect(caseId, 'the sweep opened no case for the loan').toBeTruthy();
  return { customerId: loan.customerId, customerName: customer.name, applicationId: loan.applicationId, loanId, caseId };
}
