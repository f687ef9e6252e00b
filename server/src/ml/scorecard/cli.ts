// npm run train:risk -- --csv FILE --target COLUMN [options]
//
// Trains a credit scorecard on a CSV of past applications: k-fold CV, a train/test split for the
// test metrics and PSI, a final fit on all rows; writes <out>/risk-report.{md,html} (+ SVG plots)
// and <out>/scorecard.json, and prints the key figures. Progress goes to stderr. Exit code 2 on
// bad input, with a message naming the problem.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadCsvDataset } from './csv-dataset.js';
import { ScorecardInputError } from './errors.js';
import { runTrainingPipeline, type PipelineResult } from './pipeline.js';
import { writeReport } from './report.js';
import { DEFAULT_TRAIN_OPTIONS, type TrainOptionsInput } from './scorecard.js';
import { DEFAULT_BINNING, type MonotoneMode } from './binning.js';

export const USAGE = `usage: npm run train:risk -- --csv FILE --target COLUMN [options]

data
  --csv FILE                 CSV of past applications, one row each, with an outcome column
  --target COLUMN            outcome column: header name, or 1-based number (files without header)
  --bad VALUE                target value meaning bad (default: 1 of 0/1, 2 of 1/2, yes, true, bad, y)
  --columns MAPPING          JSON file, inline JSON, or "1:checking:categorical,2:duration:numeric,5:ignore"
                             (column header/number -> feature name[:type]); unmapped columns are kept
                             with an inferred type
  --no-header / --header     say whether row 1 is a header (default: detected)
  --delimiter CHAR           field separator (default: the most frequent of , ; tab on line 1)
evaluation
  --folds K                  stratified K-fold cross-validation, 0 or 1 to skip (default 5)
  --test-share S             share held out for test metrics and PSI, 0 to skip (default 0.3)
  --seed N                   seed of folds and split (default 42)
  --tune                     choose monotone/max bins/L2 by inner CV on each training set (slower)
model (defaults in parentheses)
  --pdo P (${DEFAULT_TRAIN_OPTIONS.pdo})  --base-score S (${DEFAULT_TRAIN_OPTIONS.baseScore})  --base-odds O (${DEFAULT_TRAIN_OPTIONS.baseOdds}, i.e. ${DEFAULT_TRAIN_OPTIONS.baseOdds}:1 good:bad)
  --l2 L (${DEFAULT_TRAIN_OPTIONS.l2})  --min-iv V (${DEFAULT_TRAIN_OPTIONS.minIv})  --keep-wrong-sign  --reasons N (${DEFAULT_TRAIN_OPTIONS.reasonCount})
  --monotone auto|always|never (${DEFAULT_BINNING.monotone})  --max-bins N (${DEFAULT_BINNING.maxBins})  --pre-bins N (${DEFAULT_BINNING.preBins})
  --min-bin-share S (${DEFAULT_BINNING.minBinShare})  --min-category-share S (${DEFAULT_BINNING.minCategoryShare})  --max-category-bins N (0 = no limit)
output
  --out DIR                  report and scorecard.json directory (default reports/risk)
  --help`;

const OPTIONS = {
  csv: { type: 'string' },
  target: { type: 'string' },
  bad: { type: 'string' },
  columns: { type: 'string' },
  header: { type: 'boolean' },
  'no-header': { type: 'boolean' },
  delimiter: { type: 'string' },
  folds: { type: 'string', default: '5' },
  'test-share': { type: 'string', default: '0.3' },
  seed: { type: 'string', default: '42' },
  tune: { type: 'boolean', default: false },
  pdo: { type: 'string' },
  'base-score': { type: 'string' },
  'base-odds': { type: 'string' },
  l2: { type: 'string' },
  'min-iv': { type: 'string' },
  'keep-wrong-sign': { type: 'boolean', default: false },
  reasons: { type: 'string' },
  monotone: { type: 'string' },
  'max-bins': { type: 'string' },
  'pre-bins': { type: 'string' },
  'min-bin-share': { type: 'string' },
  'min-category-share': { type: 'string' },
  'max-category-bins': { type: 'string' },
  out: { type: 'string', default: 'reports/risk' },
  help: { type: 'boolean', default: false },
} as const;

function numberArg(values: Record<string, unknown>, name: string, check: (x: number) => boolean, what: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const x = Number(raw);
  if (String(raw).trim() === '' || !Number.isFinite(x) || !check(x)) throw new ScorecardInputError(`--${name} must be ${what}, got "${String(raw)}"`);
  return x;
}

export interface CliIo {
  stdout: (line: string) => void;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Stage lines on a pipe or log file, a progress bar on a terminal. */
function progressReporter(stderr: CliIo['stderr']) {
  const tty = Boolean(stderr.isTTY);
  const bar = tty ? new cliProgress.SingleBar({ format: '{stage} |{bar}| {value}/{total}', stream: stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let current = '';
  return {
    update(stage: string, done: number, total: number) {
      if (stage !== current) {
        bar?.stop();
        current = stage;
        bar?.start(total, done, { stage: stage.padEnd(16) });
        if (!bar) stderr.write(`train:risk: ${stage}...\n`);
        return;
      }
      if (bar) bar.update(done);
      else if (total > 1) stderr.write(`train:risk: ${stage} ${done}/${total}\n`);
    },
    stop() {
      bar?.stop();
    },
  };
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

export function keyFigures(result: PipelineResult): string[] {
  const card = result.card;
  const lines = [`scorecard ${card.version}: ${card.features.length} of ${card.candidates.length} features, ${card.training.rows} rows, bad rate ${(100 * card.training.badRate).toFixed(1)}%`];
  if (result.cv) {
    const folds = result.cv.folds;
    const mean = (key: 'ks' | 'brier') => folds.reduce((s, r) => s + r[key], 0) / folds.length;
    lines.push(
      `${folds.length}-fold CV: AUC ${f3(result.cv.meanAuc)} ± ${f3(result.cv.stdAuc)} (pooled out-of-fold ${f3(result.cv.pooled.auc)}), Gini ${f3(2 * result.cv.meanAuc - 1)}, KS ${f3(mean('ks'))}, Brier ${mean('brier').toFixed(4)}`,
    );
  }
  if (result.split) lines.push(`test split: AUC ${f3(result.split.test.auc)}, Gini ${f3(result.split.test.gini)}, KS ${f3(result.split.test.ks)}, Brier ${result.split.test.brier.toFixed(4)}, PSI train/test ${result.split.psi.psi.toFixed(4)}`);
  lines.push(`training (in-sample): AUC ${f3(card.metrics.train.auc)}`);
  lines.push(`reasons: ${(100 * result.reasonCoverage.atLeastOne).toFixed(1)}% of rows get >= 1, ${(100 * result.reasonCoverage.atLeastFour).toFixed(1)}% get 4`);
  return lines;
}

/** Runs the command; returns the exit code (0 ok, 2 bad input). */
export function runTrainCli(argv: string[], io: CliIo = { stdout: (l) => process.stdout.write(`${l}\n`), stderr: process.stderr }): number {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true }).values;
  } catch (err) {
    io.stderr.write(`train:risk: ${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const progress = progressReporter(io.stderr);
  try {
    if (!values.csv) throw new ScorecardInputError('--csv FILE is required');
    if (values.header && values['no-header']) throw new ScorecardInputError('--header and --no-header contradict each other');
    const monotone = values.monotone as string | undefined;
    if (monotone !== undefined && !['auto', 'always', 'never'].includes(monotone)) throw new ScorecardInputError(`--monotone must be auto, always or never, got "${monotone}"`);
    const share = (x: number) => x >= 0 && x < 1;
    const positiveInt = (x: number) => Number.isInteger(x) && x >= 1;
    const folds = numberArg(values, 'folds', (x) => Number.isInteger(x) && x >= 0, 'a whole number (0 or 1 = no cross-validation)') as number;
    const testShare = numberArg(values, 'test-share', share, 'a share between 0 and 1 (0 = no split)') as number;
    const seed = numberArg(values, 'seed', Number.isInteger, 'an integer') as number;
    const train: TrainOptionsInput = {
      pdo: numberArg(values, 'pdo', (x) => x > 0, 'positive'),
      baseScore: numberArg(values, 'base-score', () => true, 'a number'),
      baseOdds: numberArg(values, 'base-odds', (x) => x > 0, 'positive'),
      l2: numberArg(values, 'l2', (x) => x >= 0, 'zero or positive'),
      minIv: numberArg(values, 'min-iv', (x) => x >= 0, 'zero or positive'),
      dropWrongSign: !values['keep-wrong-sign'],
      reasonCount: numberArg(values, 'reasons', (x) => Number.isInteger(x) && x >= 0, 'a whole number'),
      binning: {
        monotone: monotone as MonotoneMode | undefined,
        maxBins: numberArg(values, 'max-bins', positiveInt, 'a whole number >= 1'),
        preBins: numberArg(values, 'pre-bins', (x) => Number.isInteger(x) && x >= 2, 'a whole number >= 2'),
        minBinShare: numberArg(values, 'min-bin-share', share, 'a share between 0 and 1'),
        minCategoryShare: numberArg(values, 'min-category-share', share, 'a share between 0 and 1'),
        maxCategoryBins: numberArg(values, 'max-category-bins', (x) => Number.isInteger(x) && x >= 0, 'a whole number (0 = no limit)'),
      },
    };
    const csv = values.csv as string;
    progress.update('loading data', 0, 1);
    const loaded = loadCsvDataset(csv, {
      target: values.target as string | undefined,
      bad: values.bad as string | undefined,
      columns: values.columns as string | undefined,
      header: values.header ? true : values['no-header'] ? false : undefined,
      delimiter: values.delimiter as string | undefined,
    });
    const result = runTrainingPipeline(loaded.data, loaded.specs, { train, folds, testShare, seed, tune: Boolean(values.tune), progress: progress.update });
    progress.stop();

    const out = values.out as string;
    mkdirSync(out, { recursive: true });
    const report = writeReport(out, {
      result,
      data: { source: csv, target: loaded.target.name, badValue: loaded.target.badValue, goodValue: loaded.target.goodValue, headerReason: loaded.headerReason, ignored: loaded.ignored, missing: loaded.missing },
      run: { folds, testShare, seed, tune: Boolean(values.tune), command: `train:risk ${argv.join(' ')}` },
    });
    const cardFile = path.join(out, 'scorecard.json');
    writeFileSync(cardFile, `${JSON.stringify(result.card, null, 2)}\n`);
    for (const line of keyFigures(result)) io.stdout(line);
    io.stdout(`wrote ${report.markdown}, ${report.html}, ${cardFile}`);
    return 0;
  } catch (err) {
    progress.stop();
    if (err instanceof ScorecardInputError) {
      io.stderr.write(`train:risk: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = runTrainCli(process.argv.slice(2));
}
