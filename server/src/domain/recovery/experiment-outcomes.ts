// Collection-strategy experiments: what an arm changes, how a definition is checked, and what each
// arm's cases came to, compared with the control (the first arm) by the tests in experiments.ts.
//
// An arm changes the tone of outreach, the kind of plan proposed first, or both. Safeguards come
// before any experiment: a vulnerable customer, or one unable to pay, is never written to firmly.
import { formatMoney } from './composer.js';
import { compareMeans, compareRates, wilsonInterval, type Interval } from './experiments.js';
import { PLAN_KINDS, TONES, type PlanKind, type Reason, type Tone } from './types.js';

export const EXPERIMENT_METRICS = ['CURE_RATE', 'PROMISE_KEPT_RATE', 'AMOUNT_RECOVERED'] as const;
export type ExperimentMetric = (typeof EXPERIMENT_METRICS)[number];

export interface ExperimentArmDefinition {
  name: string;
  weight: number;
  /** The tone of every message to the arm's cases; null keeps the tone chosen from the case. */
  tone: Tone | null;
  /** The plan proposed when the collector does not ask for a kind; null keeps the recommended one. */
  planKind: PlanKind | null;
}

export interface ExperimentDefinition {
  name: string;
  hypothesis: string;
  primaryMetric: ExperimentMetric;
  arms: ExperimentArmDefinition[];
}

export interface Problem {
  field: string;
  message: string;
}

const ARM_NAME = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const MAX_ARMS = 4;

/** The first problem with a definition, naming the input at fault; null when it can run. */
export function validateExperiment(d: ExperimentDefinition): Problem | null {
  const name = d.name.trim();
  if (name.length === 0 || name.length > 80) return { field: 'input.name', message: 'must be 1 to 80 characters' };
  const hypothesis = d.hypothesis.trim();
  if (hypothesis.length === 0 || hypothesis.length > 500) return { field: 'input.hypothesis', message: 'say what the experiment tests, in 1 to 500 characters' };
  if (!EXPERIMENT_METRICS.includes(d.primaryMetric)) return { field: 'input.primaryMetric', message: `must be one of ${EXPERIMENT_METRICS.join(', ')}` };
  if (d.arms.length < 2 || d.arms.length > MAX_ARMS) return { field: 'input.arms', message: `an experiment has 2 to ${MAX_ARMS} arms (the first is the control); got ${d.arms.length}` };
  const seen = new Set<string>();
  const treatments = new Set<string>();
  for (const [i, arm] of d.arms.entries()) {
    const field = `input.arms[${i}]`;
    if (!ARM_NAME.test(arm.name)) return { field: `${field}.name`, message: `"${arm.name}" is not an arm name: 1 to 32 lower-case letters, digits or hyphens` };
    if (seen.has(arm.name)) return { field: `${field}.name`, message: `two arms are named "${arm.name}"` };
    seen.add(arm.name);
    if (!(Number.isFinite(arm.weight) && arm.weight > 0 && arm.weight <= 100)) return { field: `${field}.weight`, message: `must be above 0 and at most 100; got ${arm.weight}` };
    if (arm.tone !== null && !TONES.includes(arm.tone)) return { field: `${field}.tone`, message: `must be one of ${TONES.join(', ')}` };
    if (arm.planKind !== null && !PLAN_KINDS.includes(arm.planKind)) return { field: `${field}.planKind`, message: `must be one of ${PLAN_KINDS.join(', ')}` };
    treatments.add(`${arm.tone}/${arm.planKind}`);
  }
  if (treatments.size < d.arms.length) return { field: 'input.arms', message: 'two arms treat cases the same way (tone and plan kind): each arm must differ from the others' };
  return null;
}

/** What an arm does to a case, in words, for the case's timeline and the experiment's page. */
export function describeArm(arm: Pick<ExperimentArmDefinition, 'tone' | 'planKind'>): string {
  const parts = [
    arm.tone ? `${arm.tone.toLowerCase()} tone` : 'the tone chosen from the case',
    arm.planKind ? `a ${arm.planKind.toLowerCase().replace('_', '-')} plan proposed first` : 'the recommended plan',
  ];
  return parts.join(', ');
}

/**
 * The tone a message goes out in under an arm. A safeguard (a vulnerability signal, or a customer
 * unable to pay: both give EMPATHETIC) is kept against an arm's firmer tone; the arm wins otherwise.
 */
export function toneUnderArm(chosen: { tone: Tone; reason: Reason }, arm: { experiment: string; arm: string; tone: Tone | null }): { tone: Tone; reason: Reason } {
  if (arm.tone === null || arm.tone === chosen.tone) return chosen;
  const safeguard = chosen.tone === 'EMPATHETIC' && (chosen.reason.code === 'VULNERABLE' || chosen.reason.code === 'UNABLE_TO_PAY');
  if (safeguard) {
    return { tone: chosen.tone, reason: { code: chosen.reason.code, text: `${chosen.reason.text} (kept over the ${arm.tone.toLowerCase()} tone of arm "${arm.arm}" in experiment "${arm.experiment}")` } };
  }
  return { tone: arm.tone, reason: { code: 'EXPERIMENT_ARM', text: `Experiment "${arm.experiment}", arm "${arm.arm}": ${arm.tone.toLowerCase()} wording` } };
}

// --- outcomes ------------------------------------------------------------------------------------

/** What one enrolled case came to since it was enrolled. */
export interface EnrolledCaseOutcome {
  arm: string;
  /** Closed as cured or settled. */
  resolved: boolean;
  promisesKept: number;
  promisesBroken: number;
  /** Paid on the loan since enrolment. */
  recovered: number;
  /** Overdue when enrolled: the base of the recovery rate. */
  overdueAtEnrolment: number;
}

export interface ArmOutcome {
  arm: string;
  cases: number;
  resolved: number;
  cureRate: number | null;
  cureInterval: Interval | null;
  promisesKept: number;
  promisesSettled: number;
  promiseKeptRate: number | null;
  promiseKeptInterval: Interval | null;
  amountRecovered: number;
  meanRecoveredPerCase: number | null;
  /** Recovered over what was overdue at enrolment. */
  recoveryRate: number | null;
}

export interface ArmComparison {
  arm: string;
  control: string;
  metric: ExperimentMetric;
  /** arm - control: a rate difference, or rupees per case. */
  difference: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  significant: boolean;
  text: string;
}

export interface ExperimentResults {
  arms: ArmOutcome[];
  comparisons: ArmComparison[];
  /** The arm that beats the control on the primary metric at 5% (the best of them), or null. */
  winner: string | null;
  summary: string;
}

/** Each arm's outcomes, and every treatment arm against the control on all three metrics. */
export function experimentResults(arms: readonly string[], primary: ExperimentMetric, outcomes: readonly EnrolledCaseOutcome[]): ExperimentResults {
  const byArm = new Map(arms.map((a) => [a, outcomes.filter((o) => o.arm === a)]));
  const armOutcomes = arms.map((a) => armOutcome(a, byArm.get(a)!));
  const [control, ...treatments] = arms;
  const comparisons = treatments.flatMap((arm) => EXPERIMENT_METRICS.map((metric) => compare(metric, arm, control, byArm)));
  const winners = comparisons.filter((c) => c.metric === primary && c.significant && c.difference! > 0).sort((a, b) => b.difference! - a.difference!);
  const winner = winners[0]?.arm ?? null;
  return { arms: armOutcomes, comparisons, winner, summary: summarise(primary, control, winner, comparisons, armOutcomes) };
}

function armOutcome(arm: string, cases: readonly EnrolledCaseOutcome[]): ArmOutcome {
  const resolved = cases.filter((c) => c.resolved).length;
  const kept = sum(cases.map((c) => c.promisesKept));
  const settled = kept + sum(cases.map((c) => c.promisesBroken));
  const recovered = round2(sum(cases.map((c) => c.recovered)));
  const overdue = sum(cases.map((c) => c.overdueAtEnrolment));
  return {
    arm,
    cases: cases.length,
    resolved,
    cureRate: cases.length ? resolved / cases.length : null,
    cureInterval: cases.length ? wilsonInterval({ n: cases.length, successes: resolved }) : null,
    promisesKept: kept,
    promisesSettled: settled,
    promiseKeptRate: settled ? kept / settled : null,
    promiseKeptInterval: settled ? wilsonInterval({ n: settled, successes: kept }) : null,
    amountRecovered: recovered,
    meanRecoveredPerCase: cases.length ? round2(recovered / cases.length) : null,
    recoveryRate: overdue > 0 ? recovered / overdue : null,
  };
}

function compare(metric: ExperimentMetric, arm: string, control: string, byArm: Map<string, EnrolledCaseOutcome[]>): ArmComparison {
  const a = byArm.get(arm)!;
  const b = byArm.get(control)!;
  const base = { arm, control, metric };
  const notYet = (why: string): ArmComparison => ({ ...base, difference: null, ciLow: null, ciHigh: null, pValue: null, significant: false, text: `${METRIC_WORDS[metric]}: ${why}` });
  if (metric === 'AMOUNT_RECOVERED') {
    if (a.length < 2 || b.length < 2) return notYet('each arm needs at least 2 cases');
    const m = compareMeans(
      a.map((c) => c.recovered),
      b.map((c) => c.recovered),
    );
    const verdict = m.significant ? (m.diff > 0 ? 'more, significant at 5%' : 'less, significant at 5%') : 'no significant difference';
    return { ...base, difference: round2(m.diff), ciLow: null, ciHigh: null, pValue: m.pValue, significant: m.significant, text: `${METRIC_WORDS[metric]}: ${arm} ${formatMoney(Math.round(m.meanA))} per case against ${formatMoney(Math.round(m.meanB))} for ${control} (Welch t-test p = ${p(m.pValue)}; ${verdict})` };
  }
  const proportion = (cases: EnrolledCaseOutcome[]) =>
    metric === 'CURE_RATE' ? { n: cases.length, successes: cases.filter((c) => c.resolved).length } : { n: sum(cases.map((c) => c.promisesKept + c.promisesBroken)), successes: sum(cases.map((c) => c.promisesKept)) };
  const pa = proportion(a);
  const pb = proportion(b);
  if (pa.n === 0 || pb.n === 0) return notYet(metric === 'CURE_RATE' ? 'an arm has no cases yet' : 'an arm has no kept or broken promise yet');
  const r = compareRates(pa, pb);
  const verdict = r.significant ? (r.diff > 0 ? 'higher, significant at 5%' : 'lower, significant at 5%') : 'no significant difference';
  return {
    ...base,
    difference: r.diff,
    ciLow: r.ciLow,
    ciHigh: r.ciHigh,
    pValue: r.pValue,
    significant: r.significant,
    text: `${METRIC_WORDS[metric]}: ${arm} ${pct(r.rateA)} (${pa.successes}/${pa.n}) against ${pct(r.rateB)} (${pb.successes}/${pb.n}) for ${control}; difference ${signedPct(r.diff)}, 95% CI ${signedPct(r.ciLow)} to ${signedPct(r.ciHigh)}, p = ${p(r.pValue)} (${verdict})`,
  };
}

function summarise(primary: ExperimentMetric, control: string, winner: string | null, comparisons: readonly ArmComparison[], arms: readonly ArmOutcome[]): string {
  const enrolled = sum(arms.map((a) => a.cases));
  if (enrolled === 0) return 'No case has been enrolled yet.';
  const onPrimary = comparisons.filter((c) => c.metric === primary);
  if (winner) return `${winner} beats the control (${control}) on ${METRIC_WORDS[primary].toLowerCase()}: ${onPrimary.find((c) => c.arm === winner)!.text}.`;
  const worse = onPrimary.filter((c) => c.significant && c.difference! < 0).map((c) => c.arm);
  if (worse.length === onPrimary.length && worse.length > 0) return `The control (${control}) beats every other arm on ${METRIC_WORDS[primary].toLowerCase()}.`;
  return `No arm differs significantly from the control (${control}) on ${METRIC_WORDS[primary].toLowerCase()} yet, with ${enrolled} case${enrolled === 1 ? '' : 's'} enrolled.`;
}

const METRIC_WORDS: Record<ExperimentMetric, string> = { CURE_RATE: 'Cure rate', PROMISE_KEPT_RATE: 'Promise-kept rate', AMOUNT_RECOVERED: 'Amount recovered' };
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const round2 = (x: number) => Math.round(x * 100) / 100;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signedPct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} pts`;
const p = (x: number) => (x < 0.001 ? '< 0.001' : x.toFixed(3));
