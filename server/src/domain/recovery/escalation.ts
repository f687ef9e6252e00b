// Escalation rules: when a case moves up one stage, and when a person takes it over from the
// automated flow. The rules are data so a lender can tune them; the caller stores and versions
// them and records which version decided, so a past decision can be replayed.
import { STAGES, type Reason, type Stage } from './types.js';

export interface EscalationRules {
  /** Broken promises at the current stage that move the case up one stage. */
  brokenPromisesToEscalate: number;
  /** Whole days at the current stage that move the case up one stage. */
  daysAtStageToEscalate: number;
  /** Failed contact attempts in a row after which a person takes over. */
  failedAttemptsToHandOver: number;
  handOverOnVulnerability: boolean;
  handOverOnDispute: boolean;
}

export const DEFAULT_ESCALATION_RULES: EscalationRules = {
  brokenPromisesToEscalate: 3,
  daysAtStageToEscalate: 30,
  failedAttemptsToHandOver: 6,
  handOverOnVulnerability: true,
  handOverOnDispute: true,
};

export interface RuleIssue {
  field: keyof EscalationRules;
  message: string;
}

/** Bounds for the counts: below 1 a rule fires on every case, above the maximum it never fires in practice. */
const COUNT_BOUNDS: Record<'brokenPromisesToEscalate' | 'daysAtStageToEscalate' | 'failedAttemptsToHandOver', { min: number; max: number }> = {
  brokenPromisesToEscalate: { min: 1, max: 20 },
  daysAtStageToEscalate: { min: 1, max: 365 },
  failedAttemptsToHandOver: { min: 1, max: 100 },
};

const FLAGS = ['handOverOnVulnerability', 'handOverOnDispute'] as const;

/** Problems with proposed rules, one per field; empty when the rules can be used. Takes unknown values: rules arrive from users. */
export function validateEscalationRules(input: { readonly [K in keyof EscalationRules]?: unknown }): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const [field, { min, max }] of Object.entries(COUNT_BOUNDS) as [keyof typeof COUNT_BOUNDS, { min: number; max: number }][]) {
    const value = input[field];
    if (typeof value !== 'number' || !Number.isInteger(value)) issues.push({ field, message: `${field} must be a whole number` });
    else if (value < min || value > max) issues.push({ field, message: `${field} must be between ${min} and ${max}, got ${value}` });
  }
  for (const field of FLAGS) {
    if (typeof input[field] !== 'boolean') issues.push({ field, message: `${field} must be true or false` });
  }
  return issues;
}

export interface EscalationState {
  stage: Stage;
  /** When the case entered its current stage. */
  stageSince: Date;
  brokenPromisesAtStage: number;
  failedAttemptsInRow: number;
  vulnerability: boolean;
  dispute: boolean;
  /** A person already has the case. */
  handedOver: boolean;
}

export interface EscalationDecision {
  /** The next stage up, or null to stay. */
  moveTo: Stage | null;
  /** Whether a person should have the case (stays true once handed over: the person hands it back, not a rule). */
  handOver: boolean;
  reasons: Reason[];
}

const DAY_MS = 86_400_000;

/** Throws on invalid rules: a zero threshold would escalate every case, so bad rules must not run quietly. */
export function evaluateEscalation(state: EscalationState, rules: EscalationRules, asOf: Date): EscalationDecision {
  const issues = validateEscalationRules(rules);
  if (issues.length > 0) throw new RangeError(`invalid escalation rules: ${issues.map((i) => i.message).join('; ')}`);
  const handOverReasons = handOverTriggers(state, rules);
  const escalationReasons = escalationTriggers(state, rules, asOf);
  const handOver = state.handedOver || handOverReasons.length > 0;
  const reasons = [...handOverReasons];
  if (state.handedOver) reasons.unshift({ code: 'HANDED_OVER', text: 'A collector already has this case' });
  if (escalationReasons.length === 0) return { moveTo: null, handOver, reasons };

  reasons.push(...escalationReasons);
  const held = holdReason(state, handOver);
  if (held) return { moveTo: null, handOver, reasons: [...reasons, held] };
  const next = nextStage(state.stage);
  if (!next) return { moveTo: null, handOver, reasons: [...reasons, { code: 'AT_LAST_STAGE', text: `${state.stage} is the last stage` }] };
  return { moveTo: next, handOver, reasons };
}

/** One stage up, or null at the last stage. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[STAGES.indexOf(stage) + 1] ?? null;
}

function handOverTriggers(state: EscalationState, rules: EscalationRules): Reason[] {
  const reasons: Reason[] = [];
  if (rules.handOverOnVulnerability && state.vulnerability) {
    reasons.push({ code: 'VULNERABILITY', text: 'A vulnerability signal: a person takes over' });
  }
  if (rules.handOverOnDispute && state.dispute) {
    reasons.push({ code: 'DISPUTE', text: 'The customer disputes the debt: a person takes over' });
  }
  if (state.failedAttemptsInRow >= rules.failedAttemptsToHandOver) {
    reasons.push({ code: 'FAILED_ATTEMPTS', text: `${state.failedAttemptsInRow} failed contact attempts in a row (handover at ${rules.failedAttemptsToHandOver})` });
  }
  return reasons;
}

function escalationTriggers(state: EscalationState, rules: EscalationRules, asOf: Date): Reason[] {
  const reasons: Reason[] = [];
  if (state.brokenPromisesAtStage >= rules.brokenPromisesToEscalate) {
    reasons.push({ code: 'BROKEN_PROMISES', text: `${state.brokenPromisesAtStage} broken promises at ${state.stage} (escalation at ${rules.brokenPromisesToEscalate})` });
  }
  const days = daysAtStage(state.stageSince, asOf);
  if (days >= rules.daysAtStageToEscalate) {
    reasons.push({ code: 'DAYS_AT_STAGE', text: `${days} days at ${state.stage} (escalation at ${rules.daysAtStageToEscalate})` });
  }
  return reasons;
}

/** Whole 24-hour days since the case entered its stage; 0 if `asOf` is earlier. */
function daysAtStage(stageSince: Date, asOf: Date): number {
  return Math.max(0, Math.floor((asOf.getTime() - stageSince.getTime()) / DAY_MS));
}

/**
 * Why an automatic move up is held back. A disputed debt or a vulnerable customer must not be
 * pushed towards field visits or legal action by a counter, even when the lender turned the
 * matching hand-over off; and once a person has (or takes) the case, the stage is theirs.
 */
function holdReason(state: EscalationState, handOver: boolean): Reason | null {
  if (state.dispute) return { code: 'ESCALATION_HELD', text: 'Not moved up while the debt is disputed' };
  if (state.vulnerability) return { code: 'ESCALATION_HELD', text: 'Not moved up while the customer may be vulnerable' };
  if (handOver) return { code: 'ESCALATION_HELD', text: 'Not moved up automatically: the collector taking the case decides the stage' };
  return null;
}
