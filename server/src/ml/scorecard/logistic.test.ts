import { describe, expect, it } from 'vitest';
import { choleskySolve, fitLogistic, sigmoid } from './logistic.js';
import { mulberry32 } from './random.js';

function simulate(n: number, intercept: number, beta: number[], seed: number) {
  const random = mulberry32(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rows: number[][] = [];
  const y: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const x = beta.map(() => normal());
    rows.push(x);
    y.push(random() < sigmoid(intercept + x.reduce((s, v, j) => s + v * beta[j], 0)));
  }
  return { rows, y };
}

describe('fitLogistic', () => {
  it('recovers known coefficients on synthetic data', () => {
    const { rows, y } = simulate(40_000, -0.7, [1.2, -0.8, 0.3, 0], 11);
    const model = fitLogistic(rows, y, { l2: 1e-6 });
    expect(model.converged).toBe(true);
    expect(model.intercept).toBeCloseTo(-0.7, 1);
    [1.2, -0.8, 0.3, 0].forEach((b, j) => expect(Math.abs(model.coefficients[j] - b)).toBeLessThan(0.05));
  });

  it('is deterministic and shrinks coefficients, but not the intercept, under L2', () => {
    const { rows, y } = simulate(2_000, 0.5, [1, -1], 3);
    const a = fitLogistic(rows, y, { l2: 1 });
    expect(fitLogistic(rows, y, { l2: 1 })).toEqual(a);
    const strong = fitLogistic(rows, y, { l2: 1e6 });
    expect(Math.abs(strong.coefficients[0])).toBeLessThan(0.01);
    // With the coefficients ~0, the unpenalised intercept reproduces the base rate.
    const rate = y.filter(Boolean).length / y.length;
    expect(sigmoid(strong.intercept)).toBeCloseTo(rate, 3);
  });

  it('gradient is zero at the optimum (first-order condition with the penalty)', () => {
    const { rows, y } = simulate(1_000, 0, [0.5, 2], 5);
    const l2 = 3;
    const m = fitLogistic(rows, y, { l2 });
    const grad = [0, 0, 0];
    rows.forEach((x, i) => {
      const r = sigmoid(m.intercept + x[0] * m.coefficients[0] + x[1] * m.coefficients[1]) - (y[i] ? 1 : 0);
      grad[0] += r;
      grad[1] += r * x[0];
      grad[2] += r * x[1];
    });
    grad[1] += l2 * m.coefficients[0];
    grad[2] += l2 * m.coefficients[1];
    for (const g of grad) expect(Math.abs(g)).toBeLessThan(1e-6);
  });

  it('survives perfectly collinear columns and separable data', () => {
    const rows = [[0, 0], [1, 1], [2, 2], [3, 3]];
    const m = fitLogistic(rows, [false, false, true, true], { l2: 0.1 });
    expect(m.coefficients.every(Number.isFinite)).toBe(true);
    expect(m.coefficients[0]).toBeCloseTo(m.coefficients[1], 6);
  });
});

describe('choleskySolve', () => {
  it('solves a small SPD system', () => {
    const a = new Float64Array([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = choleskySolve(a, new Float64Array([2, 1, 3]), 3);
    // check A x = b
    const b = [0, 1, 2].map((i) => a[i * 3] * x[0] + a[i * 3 + 1] * x[1] + a[i * 3 + 2] * x[2]);
    expect(b[0]).toBeCloseTo(2, 12);
    expect(b[1]).toBeCloseTo(1, 12);
    expect(b[2]).toBeCloseTo(3, 12);
  });
});
