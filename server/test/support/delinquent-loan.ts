// A loan that has fallen behind, for the recovery tests: a scenario customer, approved for a
// product, disbursed through the graph, then its schedule moved back in time so that the first
// due date passed `daysOverdue` days ago with nothing paid. Opening the case (a sweep, or a
// refresh of this loan) is left to the test.
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { loans, recoveryCases } from '../../../drizzle/schema.js';
import { firstUserOfRole } from '../../src/repositories/users.js';
import { insertScenarioCustomer, type ScenarioCustomer } from '../../../seeds/testing/credit-scenarios.js';
import { addDays, daysBetween, localDate } from '../../src/domain/recovery/calendar.js';
import { localIdOf, toGlobalId } from '../../src/graphql/ids.js';
import { SUBMIT } from '../credit-documents.js';
import type { TestApp } from '../harness.js';

const DAY = 86_400_000;

const DISBURSE = /* GraphQL */ `
  mutation Disburse($id: ID!, $key: String!) {
    disburseLoan(applicationId: $id, idempotencyKey: $key) { __typename ... on Disbursement { status loan { id } } }
  }
`;

export interface LoanBehind {
  /** Global ids. */
  customerId: string;
  applicationId: string;
  loanId: number;
}

export interface LoanBehindOptions {
  tenantId: string;
  /** The customer's row id (local). */
  customerRowId: number;
  scenario: ScenarioCustomer;
  productId: string;
  amount: number;
  termMonths?: number;
  daysOverdue: number;
  /** An ADMIN token of the tenant: it applies and disburses. */
  admin: string;
  key: (label: string) => string;
}

export async function loanFallenBehind(t: Pick<TestApp, 'app' | 'gql'>, o: LoanBehindOptions): Promise<LoanBehind> {
  await insertScenarioCustomer(t.app.services.database, o.tenantId, o.customerRowId, o.scenario);
  const customerId = toGlobalId('Customer', o.customerRowId);
  const input = { customerId, productId: o.productId, amount: o.amount, termMonths: o.termMonths ?? 12, purpose: 'working capital', consent: { creditAssessment: true, bureauCheck: true } };
  const submitted = await t.gql(SUBMIT, { input, key: o.key('apply') }, o.admin);
  expect(submitted.errors, JSON.stringify(submitted.errors)).toBeUndefined();
  const application = submitted.data.submitLoanApplication;
  expect(application.decision.outcome, JSON.stringify(application.decision.reasons)).toBe('APPROVE');
  const disbursed = await t.gql(DISBURSE, { id: application.id, key: o.key('disburse') }, o.admin);
  expect(disbursed.errors, JSON.stringify(disbursed.errors)).toBeUndefined();
  const d = disbursed.data.disburseLoan;
  expect(d).toMatchObject({ __typename: 'Disbursement', status: 'COMPLETED' });
  const loanId = Number(localIdOf(d.loan.id, 'Loan'));
  await backdateLoan(t, loanId, o.daysOverdue);
  return { customerId, applicationId: application.id, loanId };
}

/** Moves the loan's schedule (and its disbursement) back so its first due date is `daysOverdue` days before today. */
export async function backdateLoan(t: Pick<TestApp, 'app'>, loanId: number, daysOverdue: number): Promise<void> {
  const { db } = t.app.services.database;
  const [loan] = await db.select().from(loans).where(eq(loans.id, loanId));
  const shift = daysBetween(localDate(new Date()), loan.dues[0].dueDate) + daysOverdue;
  await db
    .update(loans)
    .set({ dues: loan.dues.map((d) => ({ ...d, dueDate: addDays(d.dueDate, -shift) })), disbursedAt: new Date(loan.disbursedAt!.getTime() - shift * DAY) })
    .where(eq(loans.id, loanId));
}

/**
 * Gives every open case of the tenant to its first collector, the user a COLLECTOR dev login acts
 * as: a collector works only the cases assigned to them (services/recovery/case-visibility.ts),
 * and new cases are spread over the tenant's collectors. The rule itself is tested through
 * assignRecoveryCase in recovery.int.test.ts.
 */
export async function giveOpenCasesToTestCollector(t: Pick<TestApp, 'app'>, tenantId = 'demo'): Promise<string> {
  const { db } = t.app.services.database;
  const collector = await firstUserOfRole(db, tenantId, 'COLLECTOR');
  if (!collector) throw new Error(`tenant ${tenantId} has no collector`);
  await db
    .update(recoveryCases)
    .set({ assignedTo: collector.id })
    .where(and(eq(recoveryCases.tenantId, tenantId), eq(recoveryCases.status, 'OPEN')));
  t.app.services.hotReads.clear();
  return collector.id;
}
