// The vocabulary of recovery, shared by the pure recovery modules (delinquency, segmentation,
// plans, promises, compliance, escalation, composer, experiments), the graph and the seeds.
// Money is in INR (rupees, two decimals); dates are YYYY-MM-DD strings in the customer's local
// calendar, instants are Date.

export const LOAN_KINDS = ['INSTALLMENT', 'REVOLVING'] as const;
export type LoanKind = (typeof LOAN_KINDS)[number];

/** Days past due buckets, in order. */
export const DELINQUENCY_BUCKETS = ['CURRENT', 'DPD_1_30', 'DPD_31_60', 'DPD_61_90', 'DPD_90_PLUS'] as const;
export type DelinquencyBucket = (typeof DELINQUENCY_BUCKETS)[number];

/** Charge-off after this many days past due. */
export const CHARGE_OFF_DAYS: Record<LoanKind, number> = { INSTALLMENT: 120, REVOLVING: 180 };

export const LEVELS = ['HIGH', 'LOW'] as const;
export type Level = (typeof LEVELS)[number];

/** Ability to pay x willingness to pay. */
export const RECOVERY_SEGMENTS = ['ABLE_WILLING', 'ABLE_UNWILLING', 'UNABLE_WILLING', 'UNABLE_UNWILLING'] as const;
export type RecoverySegment = (typeof RECOVERY_SEGMENTS)[number];

export const STRATEGIES = ['GENTLE_REMINDER', 'HARDSHIP_PLAN', 'SETTLEMENT_OFFER', 'FIELD_ESCALATION', 'LEGAL'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Escalation stages, lowest first: a rule moves a case up one. */
export const STAGES = ['REMINDER', 'ACTIVE_COLLECTION', 'SENIOR_COLLECTOR', 'FIELD', 'LEGAL'] as const;
export type Stage = (typeof STAGES)[number];

export const PLAN_KINDS = ['STANDARD', 'STEP_DOWN', 'SEASONAL', 'SETTLEMENT'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const CHANNELS = ['SMS', 'WHATSAPP', 'EMAIL', 'VOICE'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TONES = ['EMPATHETIC', 'NEUTRAL', 'FIRM'] as const;
export type Tone = (typeof TONES)[number];

export const LANGUAGES = ['en', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PROMISE_STATUSES = ['PENDING', 'KEPT', 'BROKEN'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

/** A reason a decision rests on: a stable code and the words a collector reads. */
export interface Reason {
  code: string;
  text: string;
}

/** One instalment due. */
export interface Due {
  dueDate: string;
  amount: number;
}

/** One payment received. */
export interface Payment {
  paidAt: Date;
  amount: number;
}

/** A planned payment of a repayment plan. */
export interface PlannedPayment {
  dueDate: string;
  amount: number;
}

/** A promise to pay: an amount by a date. */
export interface PromiseToPay {
  id: string;
  amount: number;
  dueDate: string;
  madeAt: Date;
}

/** One contact attempt and what came of it. */
export interface ContactAttempt {
  at: Date;
  channel: Channel;
  /** The customer answered or replied. */
  reached: boolean;
  /** The contact produced a promise or a payment within 3 days. */
  paidOrPromised: boolean;
}
