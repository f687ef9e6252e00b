// Per-request loaders for loans and recovery cases, so that a queue page of cases with their
// loans, customers, plans, promises and timelines costs one statement per kind, not per case.
import DataLoader from 'dataloader';
import type { AppDb } from '../db/index.js';
import {
  caseEventsOf,
  casesByIds,
  casesOfCustomers,
  latestCasesOfLoans,
  plansOfCases,
  promisesOfCases,
  type CaseEventRow,
  type CaseRow,
  type PlanRow,
  type PromiseRow,
} from '../repositories/recovery.js';
import { loansByIds, loansOfApplications, loansOfCustomers, type LoanRow } from '../repositories/loans.js';
import { messagesOfCases, type MessageRow } from '../repositories/outreach.js';
import { runningEnrolmentsOfCases, type EnrolmentRow, type ExperimentRow } from '../repositories/recovery-experiments.js';

/** A timeline longer than this is cut (its newest entries are kept). */
export const MAX_TIMELINE = 500;

export interface RecoveryLoaders {
  loan: DataLoader<number, LoanRow | null>;
  loanOfApplication: DataLoader<number, LoanRow | null>;
  loansOfCustomer: DataLoader<number, LoanRow[]>;
  recoveryCase: DataLoader<number, CaseRow | null>;
  /** The open case of a loan, else its latest. */
  caseOfLoan: DataLoader<number, CaseRow | null>;
  casesOfCustomer: DataLoader<number, CaseRow[]>;
  plans: DataLoader<number, PlanRow[]>;
  promises: DataLoader<number, PromiseRow[]>;
  timeline: DataLoader<number, CaseEventRow[]>;
  /** Outreach messages of a case, newest first. */
  messages: DataLoader<number, MessageRow[]>;
  /** A case's enrolment in its tenant's running experiment. */
  enrolment: DataLoader<number, { enrolment: EnrolmentRow; experiment: ExperimentRow } | null>;
}

export function createRecoveryLoaders(db: AppDb, tenantId: string): RecoveryLoaders {
  const byKey = <K, V>(keys: readonly K[], rows: Map<K, V>, empty: V) => keys.map((k) => rows.get(k) ?? empty);
  return {
    loan: new DataLoader(async (ids) => byKey(ids, new Map((await loansByIds(db, tenantId, ids)).map((l) => [l.id, l])), null)),
    loanOfApplication: new DataLoader(async (ids) => byKey(ids, new Map((await loansOfApplications(db, tenantId, ids)).map((l) => [l.applicationId, l])), null)),
    loansOfCustomer: new DataLoader(async (ids) => {
      const out = new Map<number, LoanRow[]>();
      for (const l of await loansOfCustomers(db, tenantId, ids)) out.set(l.customerId, [...(out.get(l.customerId) ?? []), l]);
      return byKey(ids, out, []);
    }),
    recoveryCase: new DataLoader(async (ids) => byKey(ids, new Map((await casesByIds(db, tenantId, ids)).map((c) => [c.id, c])), null)),
    caseOfLoan: new DataLoader(async (ids) => {
      const found = await latestCasesOfLoans(db, ids);
      return ids.map((id) => {
        const c = found.get(id);
        return c && c.tenantId === tenantId ? c : null;
      });
    }),
    casesOfCustomer: new DataLoader(async (ids) => byKey(ids, await casesOfCustomers(db, tenantId, ids), [])),
    plans: new DataLoader(async (ids) => byKey(ids, await plansOfCases(db, ids), [])),
    promises: new DataLoader(async (ids) => byKey(ids, await promisesOfCases(db, ids), [])),
    timeline: new DataLoader(async (ids) => byKey(ids, await caseEventsOf(db, ids, MAX_TIMELINE), [])),
    messages: new DataLoader(async (ids) => byKey(ids, await messagesOfCases(db, ids), [])),
    enrolment: new DataLoader(async (ids) => byKey(ids, await runningEnrolmentsOfCases(db, ids), null)),
  };
}
