// What a credit bureau says about one subject. The shapes are the wire format of the simulator and
// of the reply cache too, so they are validated with zod wherever they cross a process boundary.
import { z } from 'zod';

/** Who a report is asked for. */
export interface BureauSubject {
  /**
   * Stable reference: "tenant:customerId" (e.g. "demo:1234") for customers; for new applicants a
   * hash of phone/name, so that no plaintext identity is needed as a key.
   */
  subjectRef: string;
  name?: string;
  age?: number | null;
  phone?: string | null;
}

export interface BureauReport {
  subjectRef: string;
  /** false: the bureau has no file on this subject (new to credit). */
  hit: boolean;
  /** 300–850; null when there is no file or too little history to score. */
  score: number | null;
  activeAccounts: number;
  delinquencies24m: number;
  maxDaysPastDue24m: number;
  writtenOffAccounts: number;
  /** Flagged for wilful default: able to pay, chose not to. */
  willfulDefaulter: boolean;
  enquiries6m: number;
  oldestAccountMonths: number | null;
  /** INR. */
  totalOutstanding: number;
  /** INR per month (EMIs and minimum dues). */
  monthlyObligations: number;
  /** ISO 8601. */
  reportedAt: string;
}

/** The report for a subject the bureau has no file on. */
export function noHitReport(subjectRef: string, reportedAt: Date = new Date()): BureauReport {
  return {
    subjectRef,
    hit: false,
    score: null,
    activeAccounts: 0,
    delinquencies24m: 0,
    maxDaysPastDue24m: 0,
    writtenOffAccounts: 0,
    willfulDefaulter: false,
    enquiries6m: 0,
    oldestAccountMonths: null,
    totalOutstanding: 0,
    monthlyObligations: 0,
    reportedAt: reportedAt.toISOString(),
  };
}

const count = z.number().int().min(0);
const money = z.number().finite().min(0);

export const bureauSubjectSchema = z.object({
  subjectRef: z.string().trim().min(1, 'subjectRef is required').max(200, 'subjectRef is longer than 200 characters'),
  name: z.string().max(200).optional(),
  age: z.number().int().min(0).max(130).nullable().optional(),
  phone: z.string().max(32).nullable().optional(),
});

export const bureauReportSchema = z.object({
  subjectRef: z.string().min(1),
  hit: z.boolean(),
  score: z.number().int().min(300).max(850).nullable(),
  activeAccounts: count,
  delinquencies24m: count,
  maxDaysPastDue24m: count,
  writtenOffAccounts: count,
  willfulDefaulter: z.boolean(),
  enquiries6m: count,
  oldestAccountMonths: count.nullable(),
  totalOutstanding: money,
  monthlyObligations: money,
  reportedAt: z.string().min(1),
});

/** The first problem with a zod result, as "field: message". */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
