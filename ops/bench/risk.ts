// npm run bench:risk [-- --folds 5 --seed 42 --tune --out DIR]
//
// Real-data check of the scorecard trainer on the UCI German credit set (../shared/data, outside
// the repo; nobody on the team wrote it). Loads it with the checked-in column mapping and runs the
// same pipeline as `npm run train:risk` (stratified k-fold CV with binning, WoE, selection and the
// fit redone inside every fold). In the same run it cross-validates a plain L2 logistic regression
// on one-hot codes + standardised numerics on the same folds, the usual first model, and prints
// the ratio. With --tune the scorecard's settings are chosen by inner CV inside each outer fold
// (nested), so the outer figure stays an honest estimate. Exits 0 with a note if the file is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { oneHotLogistic } from '../../server/src/ml/scorecard/baseline.js';
import { crossValidate } from '../../server/src/ml/scorecard/cross-validation.js';
import { loadCsvDataset } from '../../server/src/ml/scorecard/csv-dataset.js';
import { runTrainingPipeline } from '../../server/src/ml/scorecard/pipeline.js';
import { writeReport } from '../../server/src/ml/scorecard/report.js';
import { writeResult } from './common.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CSV = path.resolve(ROOT, '../shared/data/german-credit/german.csv');
const MAPPING = path.join(ROOT, 'ops/bench/german-credit.columns.json');
const TARGET_AUC = 0.79;

const { values: args } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    tune: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const folds = Number(args.folds);
const seed = Number(args.seed);

if (!existsSync(CSV)) {
  console.log(`bench:risk: ${CSV} is absent; nothing to measure (the German credit data lives outside the repo).`);
  process.exit(0);
}

const t0 = performance.now();
const loaded = loadCsvDataset(CSV, { columns: MAPPING });
const { data, specs } = loaded;
const result = runTrainingPipeline(data, specs, { train: {}, folds, testShare: args.out ? 0.3 : 0, seed, tune: args.tune });
const cv = result.cv;
if (!cv) throw new Error('bench:risk needs --folds >= 2');
const baseline = crossValidate(data, { folds, seed }, oneHotLogistic(specs, 1));
const seconds = (performance.now() - t0) / 1000;

const mean = (rows: Array<Record<'ks' | 'brier', number>>, key: 'ks' | 'brier') => rows.reduce((s, r) => s + r[key], 0) / rows.length;
const line = (name: string, r: typeof cv) =>
  `${name.padEnd(34)} AUC ${r.meanAuc.toFixed(4)} ± ${r.stdAuc.toFixed(4)}  pooled OOF AUC ${r.pooled.auc.toFixed(4)}  Gini ${(2 * r.meanAuc - 1).toFixed(4)}  KS ${mean(r.folds, 'ks').toFixed(4)}  Brier ${mean(r.folds, 'brier').toFixed(4)}`;

console.log(`German credit: ${data.rows.length} rows, ${data.bad.filter(Boolean).length} bad, ${specs.length} features; stratified ${folds}-fold CV, seed ${seed}${args.tune ? ', scorecard settings tuned by inner CV (nested)' : ', default settings'}`);
console.log(line('scorecard (WoE + L2 logistic)', cv));
console.log(line('baseline (one-hot L2 logistic)', baseline));
console.log(`per-fold AUC scorecard: ${cv.folds.map((f) => f.auc.toFixed(4)).join(' ')}`);
console.log(`per-fold AUC baseline:  ${baseline.folds.map((f) => f.auc.toFixed(4)).join(' ')}`);
console.log(`ratio scorecard / baseline mean AUC: ${(cv.meanAuc / baseline.meanAuc).toFixed(4)}`);
console.log(`final card: ${result.card.features.length} of ${specs.length} features (${result.card.selectedFeatures.join(', ')})`);
console.log(`target mean CV AUC >= ${TARGET_AUC}: ${cv.meanAuc >= TARGET_AUC ? 'met' : 'NOT met'}; ${seconds.toFixed(1)} s`);
writeResult('risk', { rows: data.rows.length, folds, seed, targetAuc: TARGET_AUC, scorecard: { meanAuc: cv.meanAuc, stdAuc: cv.stdAuc }, baseline: { meanAuc: baseline.meanAuc, stdAuc: baseline.stdAuc }, seconds });
if (args.out) {
  const report = writeReport(args.out, {
    result,
    data: { source: CSV, target: loaded.target.name, badValue: loaded.target.badValue, goodValue: loaded.target.goodValue, headerReason: loaded.headerReason },
    run: { folds, testShare: 0.3, seed, tune: args.tune, command: 'bench:risk' },
  });
  console.log(`report: ${report.html}`);
}
