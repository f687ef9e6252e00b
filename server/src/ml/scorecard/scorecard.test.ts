import { describe, expect, it } from 'vitest';
import { ScorecardInputError } from './errors.js';
import { sigmoid } from './logistic.js';
import { auc } from './metrics.js';
import { mulberry32 } from './random.js';
import { parseScorecard, pdFromScore, scorePoints, scoreRow, trainScorecard, type Scorecard, type ScorecardFeature } from './scorecard.js';
import { syntheticBook } from './synthetic-data.js';
import type { DataRow, Dataset, FeatureSpec } from './types.js';

const NOW = new Date('2026-01-02T03:04:05Z');
const train = syntheticBook(4000, 1);
const test = syntheticBook(3000, 2);
const card = trainScorecard(train, train.specs, { now: NOW });

/** A raw value that falls in bin `index` of a feature. */
function valueInBin(feature: ScorecardFeature, index: number): number | string {
  const bin = feature.bins[index];
  if (feature.type === 'numeric') return bin.lower ?? (bin.upper as number) - 1;
  return bin.categories[0];
}

describe('trainScorecard on a synthetic book with a known risk model', () => {
  it('ranks held-out applicants almost as well as the true model', () => {
    const oracle = auc(test.trueLogit, test.bad);
    const got = auc(test.rows.map((r) => scoreRow(card, r).pd), test.bad);
    expect(oracle).toBeGreaterThan(0.77);
    expect(got).toBeGreaterThan(oracle - 0.02);
  });

  it('drops the pure-noise feature by IV and keeps the informative ones, all with negative coefficients', () => {
    expect(card.selectedFeatures).toEqual(['income', 'utilisation', 'age', 'region', 'employment']);
    expect(card.candidates.find((c) => c.feature === 'noise')).toMatchObject({ selected: false, dropReason: 'low-iv' });
    for (const f of card.features) expect(f.coefficient).toBeLessThan(0);
  });

  it('is a plain JSON object that scores identically after a round trip', () => {
    const copy = parseScorecard(JSON.parse(JSON.stringify(card)));
    for (const row of test.rows.slice(0, 200)) expect(scoreRow(copy, row)).toEqual(scoreRow(card, row));
    expect(card.trainedAt).toBe(NOW.toISOString());
    expect(card.version).toMatch(/^scorecard-20260102T030405Z-[0-9a-f]{8}$/);
    expect(card.training).toMatchObject({ rows: 4000, converged: true });
  });

  it('is deterministic', () => {
    expect(trainScorecard(train, train.specs, { now: NOW })).toEqual(card);
  });

  it('rejects data it cannot learn from with a clear error', () => {
    expect(() => trainScorecard({ rows: [{ a: 1 }, { a: 2 }], bad: [false, false] }, [{ name: 'a', type: 'numeric' }])).toThrow(/both goods and bads/);
    expect(() => trainScorecard(train, [{ name: 'noise', type: 'numeric' }])).toThrow(ScorecardInputError);
    expect(() => trainScorecard(train, [{ name: 'noise', type: 'numeric' }])).toThrow(/no feature is informative enough.*noise/);
    expect(() => parseScorecard({ format: 'x' })).toThrow(/format/);
  });
});

describe('scaling', () => {
  it('puts the base score at the base odds and adds pdo points per doubling of the odds', () => {
    expect(pdFromScore(card, 600)).toBeCloseTo(1 / 51, 12);
    const odds = (score: number) => (1 - pdFromScore(card, score)) / pdFromScore(card, score);
    expect(odds(620) / odds(600)).toBeCloseTo(2, 12);
    const custom = trainScorecard(train, train.specs, { pdo: 40, baseScore: 500, baseOdds: 10 });
    expect(pdFromScore(custom, 500)).toBeCloseTo(1 / 11, 12);
  });
});

describe('scoreRow', () => {
  const rows = test.rows.slice(0, 500);

  it('per-feature points sum to the score, and the PD is the logistic of the same linear predictor', () => {
    for (const row of rows) {
      const r = scoreRow(card, row);
      const sum = r.contributions.reduce((s, c) => s + c.points, 0);
      expect(Math.abs(sum - r.scoreExact)).toBeLessThan(1e-9);
      expect(r.score).toBe(Math.round(r.scoreExact));
      expect(r.pd).toBe(sigmoid(r.linearPredictor));
      // score = offset - factor * eta: the score and the PD are one number on two scales
      expect(Math.abs(r.scoreExact - (card.scaling.offset - card.scaling.factor * r.linearPredictor))).toBeLessThan(1e-9);
      expect(Math.abs(pdFromScore(card, r.scoreExact) - r.pd)).toBeLessThan(1e-12);
      expect(scorePoints(card, row)).toBeCloseTo(r.scoreExact, 10);
    }
  });

  it('orders reasons by points lost, leaves out features at their best bin, caps at 4', () => {
    for (const row of rows) {
      const r = scoreRow(card, row);
      expect(r.reasons.length).toBeLessThanOrEqual(4);
      for (let i = 1; i < r.reasons.length; i++) expect(r.reasons[i].pointsLost).toBeLessThanOrEqual(r.reasons[i - 1].pointsLost);
      for (const c of r.reasons) expect(c.pointsLost).toBeGreaterThan(0);
      const omitted = r.contributions.filter((c) => !r.reasons.includes(c));
      const weakest = r.reasons.length ? r.reasons[r.reasons.length - 1].pointsLost : Infinity;
      for (const c of omitted) expect(c.pointsLost).toBeLessThanOrEqual(weakest);
      for (const c of r.contributions) expect(c.pointsLost).toBeCloseTo(Math.max(0, c.maxPoints - c.points), 12);
    }
    expect(scoreRow(card, rows[0], { reasons: 2 }).reasons.length).toBeLessThanOrEqual(2);
  });

  it('moving the top-reason feature to its best bin raises the score by exactly its points lost', () => {
    let checked = 0;
    for (const row of rows) {
      const r = scoreRow(card, row);
      const top = r.reasons[0];
      if (!top) continue;
      const feature = card.features.find((f) => f.name === top.feature) as ScorecardFeature;
      const improved: DataRow = { ...row, [top.feature]: valueInBin(feature, feature.bestBin) };
      const after = scoreRow(card, improved);
      expect(after.scoreExact - r.scoreExact).toBeCloseTo(top.pointsLost, 9);
      expect(after.contributions.find((c) => c.feature === top.feature)?.pointsLost).toBe(0);
      expect(after.pd).toBeLessThan(r.pd);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('labels bins readably and gives unseen values the neutral points', () => {
    const r = scoreRow(card, { income: 2500, utilisation: null, age: 30, region: 'atlantis', employment: 'salaried' });
    const by = Object.fromEntries(r.contributions.map((c) => [c.feature, c]));
    expect(by.utilisation.bin).toBe('missing');
    expect(by.region.bin).toMatch(/^other/); // unseen category -> the pooled rare bin
    expect(by.income.bin).toMatch(/^\d+ to < \d+$/);
    const noRegion = scoreRow(card, { income: 2500, utilisation: 0.5, age: 30, region: null, employment: 'astronaut' });
    const employment = noRegion.contributions.find((c) => c.feature === 'employment') as (typeof noRegion.contributions)[number];
    expect(employment.bin).toBe('unseen category');
    expect(employment.points).toBe(card.features.find((f) => f.name === 'employment')?.neutralPoints);
    expect(employment.woe).toBe(0);
  });
});

describe('scorePoints', () => {
  it('scores a 25-feature card in well under 50 µs', () => {
    const random = mulberry32(3);
    const specs: FeatureSpec[] = [
      ...Array.from({ length: 20 }, (_, j) => ({ name: `x${j}`, type: 'numeric' as const })),
      ...Array.from({ length: 5 }, (_, j) => ({ name: `c${j}`, type: 'categorical' as const })),
    ];
    const data: Dataset = { rows: [], bad: [] };
    for (let i = 0; i < 3000; i++) {
      const row: DataRow = {};
      let logit = -1;
      specs.forEach((s, j) => {
        if (s.type === 'numeric') {
          const x = random();
          row[s.name] = x;
          logit += (j % 2 ? 1 : -1) * 1.5 * x;
        } else {
          const level = Math.floor(random() * 5);
          row[s.name] = `L${level}`;
          logit += 0.3 * (level - 2);
        }
      });
      data.rows.push(row);
      data.bad.push(random() < sigmoid(logit));
    }
    const wide: Scorecard = trainScorecard(data, specs, { minIv: 0, dropWrongSign: false });
    expect(wide.features.length).toBe(25);
    const sample = data.rows.slice(0, 1000);
    let sink = 0;
    for (const row of sample) sink += scorePoints(wide, row); // warm up
    const rounds = 20;
    const started = performance.now();
    for (let k = 0; k < rounds; k++) for (const row of sample) sink += scorePoints(wide, row);
    const microsPerRow = ((performance.now() - started) * 1000) / (rounds * sample.length);
    expect(sink).toBeGreaterThan(0);
    expect(microsPerRow).toBeLessThan(50);
  });
});
