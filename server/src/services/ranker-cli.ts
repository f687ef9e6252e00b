// npm run train:ranker [-- --out DIR --max-rows N --test-share S]
// npm run retrain      [-- --out DIR]   (the same script with --challenge for the ranker, plus the risk model)
//
// train:ranker trains the learned ranker on the logged history (recommendation_log + interactions)
// with a time-based split, compares it with the popularity and rules-only baselines (Recall, NDCG
// and MAP at 3, 5 and 10), stores it as the ACTIVE model and writes DIR/ranker-report.md and
// DIR/ranker-ndcg.svg (default .data/reports). retrain trains both the risk model and the ranker
// again and promotes each challenger only if it beats the active model on the same hold-out.
// Writes to DATABASE_URL, else PGlite at PGLITE_DIR (stop a server using that directory first);
// running servers pick a promoted model up within a minute.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { openDatabase } from '../db/index.js';
import { EVALUATION_KS } from '../domain/ranking/metrics.js';
import { trainRanker, type TrainedRanker } from './ranker-training.js';
import { retrainModels } from './retraining.js';

const USAGE = 'usage: npm run train:ranker -- [--out DIR] [--max-rows N] [--test-share S]\n       npm run retrain -- [--out DIR]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { out: { type: 'string' }, 'max-rows': { type: 'string' }, 'test-share': { type: 'string' }, retrain: { type: 'boolean' }, help: { type: 'boolean' } } }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const maxRows = args['max-rows'] !== undefined ? Number(args['max-rows']) : undefined;
  const testShare = args['test-share'] !== undefined ? Number(args['test-share']) : undefined;
  if ((maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows >= 1000)) || (testShare !== undefined && !(testShare > 0 && testShare < 0.9))) {
    process.stderr.write(`--max-rows must be a whole number >= 1000 and --test-share between 0 and 0.9\n${USAGE}\n`);
    return 2;
  }
  const out = path.resolve(args.out ?? '.data/reports');
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  const progress = (model: string, stage: string) => process.stderr.write(`${model}: ${stage}...\n`);
  try {
    await database.migrate();
    if (args.retrain) {
      const r = await retrainModels(database.db, { seed: config.SEED, onProgress: progress });
      if ('error' in r.risk) process.stdout.write(`risk model: not retrained: ${r.risk.error}\n`);
      else {
        const inc = r.risk.incumbent ? `active ${r.risk.incumbent.version} AUC ${r.risk.incumbent.auc.toFixed(4)}` : 'no active model';
        process.stdout.write(`risk model: challenger ${r.risk.version} AUC ${r.risk.auc.toFixed(4)} vs ${inc}\n  ${r.risk.decision}\n`);
      }
      if ('error' in r.ranker) process.stdout.write(`ranker: not retrained: ${r.ranker.error}\n`);
      else writeRankerReport(r.ranker, out);
      return 'error' in r.risk && 'error' in r.ranker ? 1 : 0;
    }
    writeRankerReport(await trainRanker(database.db, { mode: 'activate', maxRows, testShare, onProgress: (s) => progress('ranker', s) }), out);
    return 0;
  } catch (e) {
    process.stderr.write(`train:ranker: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

function writeRankerReport(r: TrainedRanker, out: string): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'ranker-report.md'), r.report);
  writeFileSync(path.join(out, 'ranker-ndcg.svg'), r.svg);
  const f = (x: number) => x.toFixed(4).padStart(8);
  const rows = [r.learned, ...r.baselines, ...(r.incumbent ? [r.incumbent] : [])];
  const lines = [
    `ranker ${r.version}: ${r.decision}`,
    `  trained on ${r.trainingRows.toLocaleString('en-US')} served rows (${r.positives.toLocaleString('en-US')} applications) before ${r.cut.toISOString()}`,
    `  exploration traffic after the cut (${r.learned.unbiased.customers} customers):`,
    `  ${'method'.padEnd(16)}${EVALUATION_KS.map((k) => `  Recall@${k}`.padStart(10) + `  NDCG@${k}`.padStart(9) + `   MAP@${k}`.padStart(9)).join('')}`,
    ...rows.map((m) => `  ${m.name.padEnd(16)}${EVALUATION_KS.map((k) => f(m.unbiased.recall[k]) + ' ' + f(m.unbiased.ndcg[k]) + ' ' + f(m.unbiased.map[k])).join(' ')}`),
    `  NDCG@10 learned / popularity: ${(r.learned.unbiased.ndcg[10] / Math.max(r.baselines[0].unbiased.ndcg[10], 1e-9)).toFixed(2)}x (all applications: ${(r.learned.metrics.ndcg[10] / Math.max(r.baselines[0].metrics.ndcg[10], 1e-9)).toFixed(2)}x)`,
    `  report: ${path.join(out, 'ranker-report.md')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
