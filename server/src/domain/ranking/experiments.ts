// A/B tests of recommendation strategies: what a valid experiment is, and its results from counts.
// Assignment (assignArm) and the statistics (Wilson intervals, the two-proportion z-test with a
// Newcombe interval) are the ones the recovery experiments use.
import { compareRates, wilsonInterval, type Interval } from '../recovery/experiments.js';

export const RANKING_STRATEGIES = ['RULES', 'LEARNED'] as const;
export type RankingStrategy = (typeof RANKING_STRATEGIES)[number];

export interface RecommendationArmDefinition {
  name: string;
  weight: number;
  strategy: RankingStrategy;
}

export interface RecommendationExperimentDefinition {
  name: string;
  hypothesis: string;
  arms: RecommendationArmDefinition[];
}

export interface Problem {
  field: string;
  message: string;
}

const ARM_NAME = /^[a-z0-9-]{1,32}$/;

export function validateRecommendationExperiment(d: RecommendationExperimentDefinition): Problem | null {
  if (d.name.trim().length === 0 || d.name.length > 80) return { field: 'name', message: 'name must be 1 to 80 characters' };
  if (d.hypothesis.trim().length === 0 || d.hypothesis.length > 500) return { field: 'hypothesis', message: 'hypothesis must be 1 to 500 characters: say what you expect and why' };
  if (d.arms.length < 2 || d.arms.length > 4) return { field: 'arms', message: `an experiment needs 2 to 4 arms (the first is the control), got ${d.arms.length}` };
  const names = new Set<string>();
  const strategies = new Map<string, string>();
  for (const [i, arm] of d.arms.entries()) {
    if (!ARM_NAME.test(arm.name)) return { field: `arms[${i}].name`, message: `arm name "${arm.name}" must be 1 to 32 lower-case letters, digits or hyphens` };
    if (names.has(arm.name)) return { field: `arms[${i}].name`, message: `arm name "${arm.name}" is used twice` };
    names.add(arm.name);
    if (!(Number.isFinite(arm.weight) && arm.weight > 0 && arm.weight <= 100)) return { field: `arms[${i}].weight`, message: `weight of arm "${arm.name}" must be above 0 and at most 100` };
    if (!RANKING_STRATEGIES.includes(arm.strategy)) return { field: `arms[${i}].strategy`, message: `unknown strategy ${String(arm.strategy)}` };
    const same = strategies.get(arm.strategy);
    if (same) return { field: `arms[${i}].strategy`, message: `arms "${same}" and "${arm.name}" both use ${arm.strategy}: they would serve the same lists` };
    strategies.set(arm.strategy, arm.name);
  }
  return null;
}

/** What one arm's customers saw and did, as counted from the served log. */
export interface ArmCounts {
  arm: string;
  exposedCustomers: number;
  impressions: number;
  clickedImpressions: number;
  convertedCustomers: number;
  approvals: number;
}

export interface ArmRate {
  successes: number;
  trials: number;
  value: number | null;
  interval: Interval | null;
}

export interface RateComparisonResult {
  arm: string;
  control: string;
  metric: 'CTR' | 'CONVERSION';
  difference: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  pValue: number | null;
  significant: boolean;
  text: string;
}

export interface RecommendationExperimentResults {
  arms: (ArmCounts & { strategy: RankingStrategy; ctr: ArmRate; conversion: ArmRate })[];
  comparisons: RateComparisonResult[];
  winner: string | null;
  summary: string;
}

function rate(successes: number, trials: number): ArmRate {
  return trials > 0 ? { successes, trials, value: successes / trials, interval: wilsonInterval({ n: trials, successes }) } : { successes, trials, value: null, interval: null };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Results of the arms (in the experiment's order, the first the control) from their counts. */
export function recommendationResults(arms: readonly RecommendationArmDefinition[], counts: readonly ArmCounts[]): RecommendationExperimentResults {
  const byArm = new Map(counts.map((c) => [c.arm, c]));
  const rows = arms.map((a) => {
    const c = byArm.get(a.name) ?? { arm: a.name, exposedCustomers: 0, impressions: 0, clickedImpressions: 0, convertedCustomers: 0, approvals: 0 };
    return { ...c, strategy: a.strategy, ctr: rate(c.clickedImpressions, c.impressions), conversion: rate(c.convertedCustomers, c.exposedCustomers) };
  });
  const control = rows[0];
  const comparisons: RateComparisonResult[] = [];
  for (const row of rows.slice(1)) {
    for (const metric of ['CONVERSION', 'CTR'] as const) {
      const [a, b] = metric === 'CTR' ? [row.ctr, control.ctr] : [row.conversion, control.conversion];
      const label = metric === 'CTR' ? 'click-through rate' : 'conversion';
      if (a.trials === 0 || b.trials === 0) {
        comparisons.push({ arm: row.arm, control: control.arm, metric, difference: null, ciLow: null, ciHigh: null, pValue: null, significant: false, text: `${row.arm} vs ${control.arm}: no ${label} to compare yet` });
        continue;
      }
      const r = compareRates({ n: a.trials, successes: a.successes }, { n: b.trials, successes: b.successes });
      const sign = r.diff >= 0 ? '+' : '−';
      comparisons.push({
        arm: row.arm,
        control: control.arm,
        metric,
        difference: r.diff,
        ciLow: r.ciLow,
        ciHigh: r.ciHigh,
        pValue: r.pValue,
        significant: r.significant,
        text: `${row.arm} ${label} ${pct(r.rateA)} vs ${pct(r.rateB)}: ${sign}${pct(Math.abs(r.diff))} (95% CI ${pct(r.ciLow)} to ${pct(r.ciHigh)}), p = ${r.pValue < 0.001 ? '< 0.001' : r.pValue.toFixed(3)}${r.significant ? ', significant' : ', not significant'}`,
      });
    }
  }
  const winners = comparisons.filter((c) => c.metric === 'CONVERSION' && c.significant && (c.difference ?? 0) > 0).sort((a, b) => (b.difference ?? 0) - (a.difference ?? 0));
  const winner = winners[0]?.arm ?? null;
  const exposed = rows.reduce((s, r) => s + r.exposedCustomers, 0);
  const summary =
    exposed === 0
      ? 'No customer has been served in this experiment yet.'
      : winner
        ? `${winner} converts better than ${control.arm} at the 5% level (${winners[0].text}).`
        : `No arm beats ${control.arm} on conversion at the 5% level yet (${exposed.toLocaleString('en-US')} customers exposed).`;
  return { arms: rows, comparisons, winner, summary };
}
