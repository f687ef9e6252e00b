// L2-regularised logistic regression by Newton's method (IRLS). Scorecards have tens of features,
// so the dense Hessian and its Cholesky factor are tiny, Newton converges in a handful of steps to
// the exact optimum, and the result is deterministic (no learning rate, no shuffling).
//
// Minimises  sum_i logloss_i + (l2 / 2) * |beta|^2 ; the intercept is not penalised, so the fitted
// mean PD still matches the training bad rate.

export interface LogisticOptions {
  /** L2 penalty on the coefficients (on the summed log-loss; 1 is sklearn's default C = 1). */
  l2: number;
  maxIterations: number;
  /** Stop when the largest Newton step is below this. */
  tolerance: number;
}

export const DEFAULT_LOGISTIC: LogisticOptions = { l2: 1, maxIterations: 100, tolerance: 1e-10 };

export interface LogisticModel {
  intercept: number;
  coefficients: number[];
  iterations: number;
  converged: boolean;
  /** Penalised objective at the solution. */
  objective: number;
}

/** ln(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * Solves A x = b for a symmetric positive definite A (row-major, d x d) by Cholesky. Adds a tiny
 * ridge and retries if rounding makes A look indefinite (e.g. perfectly collinear columns, l2 = 0).
 */
export function choleskySolve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  for (let jitter = 0; ; jitter = jitter === 0 ? 1e-10 : jitter * 100) {
    const l = new Float64Array(d * d);
    let ok = true;
    for (let i = 0; i < d && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let sum = a[i * d + j] + (i === j ? jitter : 0);
        for (let k = 0; k < j; k++) sum -= l[i * d + k] * l[j * d + k];
        if (i === j) {
          if (!(sum > 0)) {
            ok = false;
            break;
          }
          l[i * d + i] = Math.sqrt(sum);
        } else {
          l[i * d + j] = sum / l[j * d + j];
        }
      }
    }
    if (!ok) {
      if (jitter > 1) throw new Error('choleskySolve: matrix is not positive definite');
      continue;
    }
    const y = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      let sum = b[i];
      for (let k = 0; k < i; k++) sum -= l[i * d + k] * y[k];
      y[i] = sum / l[i * d + i];
    }
    const x = new Float64Array(d);
    for (let i = d - 1; i >= 0; i--) {
      let sum = y[i];
      for (let k = i + 1; k < d; k++) sum -= l[k * d + i] * x[k];
      x[i] = sum / l[i * d + i];
    }
    return x;
  }
}

/**
 * Fits P(y = 1 | x) = sigmoid(intercept + coefficients . x). `rows` are feature vectors (all the
 * same length), `y` the 0/1 (or boolean) outcomes.
 */
export function fitLogistic(rows: ArrayLike<number>[], y: ArrayLike<number | boolean>, options: Partial<LogisticOptions> = {}): LogisticModel {
  const opts = { ...DEFAULT_LOGISTIC, ...options };
  const n = rows.length;
  if (n === 0 || y.length !== n) throw new Error(`fitLogistic: ${n} rows but ${y.length} outcomes`);
  const m = rows[0].length;
  const d = m + 1; // parameter 0 is the intercept
  const x = new Float64Array(n * d);
  const target = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (rows[i].length !== m) throw new Error(`fitLogistic: row ${i} has ${rows[i].length} features, expected ${m}`);
    x[i * d] = 1;
    for (let j = 0; j < m; j++) x[i * d + j + 1] = rows[i][j];
    target[i] = y[i] ? 1 : 0;
  }

  const theta = new Float64Array(d);
  // Start at the base rate: fewer Newton steps and no overflow on the first one.
  const mean = target.reduce((s, t) => s + t, 0) / n;
  theta[0] = Math.log((mean * n + 0.5) / ((1 - mean) * n + 0.5));

  const eta = new Float64Array(n);
  const objective = (t: Float64Array): number => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += x[i * d + j] * t[j];
      eta[i] = z;
      total += softplus(z) - target[i] * z;
    }
    let penalty = 0;
    for (let j = 1; j < d; j++) penalty += t[j] * t[j];
    return total + 0.5 * opts.l2 * penalty;
  };

  let current = objective(theta);
  let iterations = 0;
  let converged = false;
  const gradient = new Float64Array(d);
  const hessian = new Float64Array(d * d);
  while (iterations < opts.maxIterations) {
    iterations++;
    gradient.fill(0);
    hessian.fill(0);
    for (let i = 0; i < n; i++) {
      const p = sigmoid(eta[i]);
      const residual = p - target[i];
      const w = Math.max(p * (1 - p), 1e-12);
      const row = i * d;
      for (let j = 0; j < d; j++) {
        const xj = x[row + j];
        gradient[j] += residual * xj;
        const wx = w * xj;
        for (let k = 0; k <= j; k++) hessian[j * d + k] += wx * x[row + k];
      }
    }
    for (let j = 1; j < d; j++) {
      gradient[j] += opts.l2 * theta[j];
      hessian[j * d + j] += opts.l2;
    }
    for (let j = 0; j < d; j++) for (let k = j + 1; k < d; k++) hessian[j * d + k] = hessian[k * d + j];
    const step = choleskySolve(hessian, gradient, d);

    // Newton step with halving: the objective is convex, so a shorter step always helps eventually.
    let scale = 1;
    const next = new Float64Array(d);
    let value = Infinity;
    for (let halvings = 0; halvings < 30; halvings++) {
      for (let j = 0; j < d; j++) next[j] = theta[j] - scale * step[j];
      value = objective(next);
      if (value <= current + 1e-12 * Math.abs(current)) break;
      scale /= 2;
    }
    let largest = 0;
    for (let j = 0; j < d; j++) largest = Math.max(largest, Math.abs(scale * step[j]));
    if (value > current) {
      objective(theta); // restore eta for theta; no further progress possible
      converged = true;
      break;
    }
    theta.set(next);
    current = value;
    if (largest < opts.tolerance) {
      converged = true;
      break;
    }
  }
  return { intercept: theta[0], coefficients: Array.from(theta.subarray(1)), iterations, converged, objective: current };
}

/** P(y = 1) for one feature vector. */
export function predictLogistic(model: Pick<LogisticModel, 'intercept' | 'coefficients'>, row: ArrayLike<number>): number {
  let z = model.intercept;
  for (let j = 0; j < model.coefficients.length; j++) z += model.coefficients[j] * row[j];
  return sigmoid(z);
}
