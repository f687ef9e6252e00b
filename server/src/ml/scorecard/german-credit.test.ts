// Real, outside data: the UCI German credit set, kept outside the repo (../shared/data). Skipped,
// with the reason in its name, when the file is not there.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crossValidateScorecard } from './cross-validation.js';
import { loadCsvDataset } from './csv-dataset.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const CSV = path.resolve(ROOT, '../shared/data/german-credit/german.csv');
const MAPPING = path.join(ROOT, 'ops/bench/german-credit.columns.json');
const absent = !existsSync(CSV);

describe('German credit (UCI Statlog)', () => {
  it.skipIf(absent)(`5-fold stratified CV AUC >= 0.78${absent ? ` (skipped: ${CSV} is absent)` : ''}`, () => {
    const { data, specs, target } = loadCsvDataset(CSV, { columns: MAPPING });
    expect(data.rows).toHaveLength(1000);
    expect(data.bad.filter(Boolean)).toHaveLength(300);
    expect(target).toMatchObject({ column: 21, badValue: '2' });
    expect(specs).toHaveLength(20);
    const cv = crossValidateScorecard(data, specs, {}, { folds: 5, seed: 42 });
    expect(cv.meanAuc).toBeGreaterThanOrEqual(0.78);
    expect(cv.pooled.auc).toBeGreaterThanOrEqual(0.78);
  });
});
