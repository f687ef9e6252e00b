// A seeded synthetic application book with a known true risk model, for tests and demos: lets a
// test check the trained scorecard against the best AUC any model could reach on the same rows.
import { mulberry32 } from './random.js';
import type { Dataset, FeatureSpec } from './types.js';

export interface SyntheticBook extends Dataset {
  specs: FeatureSpec[];
  /** True log-odds of bad of every row (the oracle's risk ranking). */
  trueLogit: number[];
}

export const SYNTHETIC_SPECS: FeatureSpec[] = [
  { name: 'income', type: 'numeric', label: 'Monthly income' },
  { name: 'utilisation', type: 'numeric', label: 'Card utilisation' },
  { name: 'age', type: 'numeric', label: 'Age' },
  { name: 'region', type: 'categorical', label: 'Region' },
  { name: 'employment', type: 'categorical', label: 'Employment' },
  { name: 'noise', type: 'numeric', label: 'Pure noise' },
];

const REGIONS: Array<[string, number, number]> = [
  // name, cumulative probability, effect on the log-odds of bad
  ['north', 0.4, 0],
  ['south', 0.7, 0.3],
  ['east', 0.89, -0.4],
  ['west', 0.99, 0.6],
  ['island', 1, 0],
];
const EMPLOYMENT: Array<[string, number, number]> = [
  ['salaried', 0.6, -0.3],
  ['self-employed', 0.85, 0.2],
  ['unemployed', 1, 0.9],
];

export function syntheticBook(rows: number, seed = 7): SyntheticBook {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const pick = (table: Array<[string, number, number]>) => {
    const u = random();
    return table.find(([, cumulative]) => u < cumulative) ?? table[table.length - 1];
  };
  const data: SyntheticBook = { rows: [], bad: [], specs: SYNTHETIC_SPECS, trueLogit: [] };
  for (let i = 0; i < rows; i++) {
    const zIncome = normal();
    const income = Math.round(Math.exp(8 + 0.5 * zIncome));
    const utilisationMissing = random() < 0.08;
    const utilisation = Math.round(random() * 1000) / 1000;
    const age = Math.round(18 + 50 * random() ** 1.5);
    const [region, , regionEffect] = pick(REGIONS);
    const [employment, , employmentEffect] = pick(EMPLOYMENT);
    const noise = Math.round(normal() * 100) / 100;
    const logit = -1.5 - 0.8 * zIncome + (utilisationMissing ? 0.5 : 2 * (utilisation - 0.5)) - 0.03 * (age - 40) + regionEffect + employmentEffect;
    data.rows.push({ income, utilisation: utilisationMissing ? null : utilisation, age, region, employment, noise });
    data.trueLogit.push(logit);
    data.bad.push(random() < 1 / (1 + Math.exp(-logit)));
  }
  return data;
}
