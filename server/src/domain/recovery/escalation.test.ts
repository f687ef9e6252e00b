import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_RULES, evaluateEscalation, nextStage, validateEscalationRules, type EscalationState } from './escalation.js';

const asOf = new Date('2026-04-30T06:00:00Z');
const daysBefore = (days: number): Date => new Date(asOf.getTime() - days * 86_400_000);

function state(overrides: Partial<EscalationState> = {}): EscalationState {
  return {
    stage: 'REMINDER',
    stageSince: daysBefore(5),
    brokenPromisesAtStage: 0,
    failedAttemptsInRow: 0,
    vulnerability: false,
    dispute: false,
    handedOver: false,
    ...overrides,
  };
}

const codes = (s: EscalationState, rules = DEFAULT_ESCALATION_RULES) => evaluateEscalation(s, rules, asOf).reasons.map((r) => r.code);

describe('evaluateEscalation', () => {
  it('leaves a quiet case where it is', () => {
    expect(evaluateEscalation(state(), DEFAULT_ESCALATION_RULES, asOf)).toEqual({ moveTo: null, handOver: false, reasons: [] });
  });

  it('moves up one stage after 3 broken promises at the stage, not after 2', () => {
    expect(evaluateEscalation(state({ brokenPromisesAtStage: 2 }), DEFAULT_ESCALATION_RULES, asOf).moveTo).toBeNull();
    const decision = evaluateEscalation(state({ brokenPromisesAtStage: 3 }), DEFAULT_ESCALATION_RULES, asOf);
    expect(decision.moveTo).toBe('ACTIVE_COLLECTION');
    expect(decision.handOver).toBe(false);
    expect(decision.reasons).toEqual([{ code: 'BROKEN_PROMISES', text: '3 broken promises at REMINDER (escalation at 3)' }]);
  });

  it('moves up after 30 whole days at the same stage', () => {
    const almost = new Date(daysBefore(30).getTime() + 1);
    expect(evaluateEscalation(state({ stage: 'ACTIVE_COLLECTION', stageSince: almost }), DEFAULT_ESCALATION_RULES, asOf).moveTo).toBeNull();
    const decision = evaluateEscalation(state({ stage: 'ACTIVE_COLLECTION', stageSince: daysBefore(30) }), DEFAULT_ESCALATION_RULES, asOf);
    expect(decision.moveTo).toBe('SENIOR_COLLECTOR');
    expect(decision.reasons.map((r) => r.code)).toEqual(['DAYS_AT_STAGE']);
  });

  it('moves only one level when both rules fire, and never past the last stage', () => {
    const both = evaluateEscalation(state({ stage: 'SENIOR_COLLECTOR', brokenPromisesAtStage: 4, stageSince: daysBefore(45) }), DEFAULT_ESCALATION_RULES, asOf);
    expect(both.moveTo).toBe('FIELD');
    expect(both.reasons.map((r) => r.code)).toEqual(['BROKEN_PROMISES', 'DAYS_AT_STAGE']);
    const top = evaluateEscalation(state({ stage: 'LEGAL', stageSince: daysBefore(90) }), DEFAULT_ESCALATION_RULES, asOf);
    expect(top.moveTo).toBeNull();
    expect(top.reasons.map((r) => r.code)).toEqual(['DAYS_AT_STAGE', 'AT_LAST_STAGE']);
    expect(nextStage('FIELD')).toBe('LEGAL');
    expect(nextStage('LEGAL')).toBeNull();
  });

  it('hands over to a person on vulnerability, a dispute, or 6 failed attempts in a row', () => {
    expect(evaluateEscalation(state({ vulnerability: true }), DEFAULT_ESCALATION_RULES, asOf).handOver).toBe(true);
    expect(evaluateEscalation(state({ dispute: true }), DEFAULT_ESCALATION_RULES, asOf).handOver).toBe(true);
    expect(evaluateEscalation(state({ failedAttemptsInRow: 5 }), DEFAULT_ESCALATION_RULES, asOf).handOver).toBe(false);
    expect(codes(state({ failedAttemptsInRow: 6 }))).toEqual(['FAILED_ATTEMPTS']);
    expect(codes(state({ vulnerability: true, dispute: true }))).toEqual(['VULNERABILITY', 'DISPUTE']);
  });

  it('holds automatic moves up while disputed, vulnerable, or with a person', () => {
    const disputed = evaluateEscalation(state({ dispute: true, brokenPromisesAtStage: 3 }), DEFAULT_ESCALATION_RULES, asOf);
    expect(disputed).toMatchObject({ moveTo: null, handOver: true });
    expect(disputed.reasons.map((r) => r.code)).toEqual(['DISPUTE', 'BROKEN_PROMISES', 'ESCALATION_HELD']);

    // Even when the lender does not hand vulnerable customers over, a counter does not push them up.
    const noHandOver = { ...DEFAULT_ESCALATION_RULES, handOverOnVulnerability: false };
    const vulnerable = evaluateEscalation(state({ vulnerability: true, stageSince: daysBefore(40) }), noHandOver, asOf);
    expect(vulnerable).toMatchObject({ moveTo: null, handOver: false });

    const withPerson = evaluateEscalation(state({ handedOver: true, stageSince: daysBefore(40) }), DEFAULT_ESCALATION_RULES, asOf);
    expect(withPerson.moveTo).toBeNull();
    expect(withPerson.handOver).toBe(true);
    expect(withPerson.reasons.map((r) => r.code)).toEqual(['HANDED_OVER', 'DAYS_AT_STAGE', 'ESCALATION_HELD']);
  });

  it('follows the rules it is given', () => {
    const strict = { ...DEFAULT_ESCALATION_RULES, brokenPromisesToEscalate: 1, daysAtStageToEscalate: 7, failedAttemptsToHandOver: 3, handOverOnDispute: false };
    expect(evaluateEscalation(state({ brokenPromisesAtStage: 1 }), strict, asOf).moveTo).toBe('ACTIVE_COLLECTION');
    expect(evaluateEscalation(state({ stageSince: daysBefore(7) }), strict, asOf).moveTo).toBe('ACTIVE_COLLECTION');
    expect(evaluateEscalation(state({ failedAttemptsInRow: 3 }), strict, asOf).handOver).toBe(true);
    expect(evaluateEscalation(state({ dispute: true }), strict, asOf).handOver).toBe(false);
  });

  it('refuses to run invalid rules', () => {
    expect(() => evaluateEscalation(state(), { ...DEFAULT_ESCALATION_RULES, brokenPromisesToEscalate: 0 }, asOf)).toThrow(/brokenPromisesToEscalate must be between 1 and 20/);
  });
});

describe('validateEscalationRules', () => {
  it('accepts the defaults', () => {
    expect(validateEscalationRules(DEFAULT_ESCALATION_RULES)).toEqual([]);
  });

  it('names each bad field', () => {
    const issues = validateEscalationRules({
      brokenPromisesToEscalate: 2.5,
      daysAtStageToEscalate: 0,
      failedAttemptsToHandOver: '6',
      handOverOnVulnerability: 'yes',
    });
    expect(issues).toEqual([
      { field: 'brokenPromisesToEscalate', message: 'brokenPromisesToEscalate must be a whole number' },
      { field: 'daysAtStageToEscalate', message: 'daysAtStageToEscalate must be between 1 and 365, got 0' },
      { field: 'failedAttemptsToHandOver', message: 'failedAttemptsToHandOver must be a whole number' },
      { field: 'handOverOnVulnerability', message: 'handOverOnVulnerability must be true or false' },
      { field: 'handOverOnDispute', message: 'handOverOnDispute must be true or false' },
    ]);
    expect(validateEscalationRules({ ...DEFAULT_ESCALATION_RULES, daysAtStageToEscalate: 366 })).toHaveLength(1);
  });
});
