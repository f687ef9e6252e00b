// `npm run seed -- [--customers 2000] [--seed 42] [--transactions-per-month N] [--batch-size N] [--reset]`
// Seeds DATABASE_URL, or the embedded PGlite at PGLITE_DIR, after applying migrations.
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig, type Config } from '../server/src/config/index.js';
import { openDatabase } from '../server/src/db/index.js';
import { createEmbedder } from '../server/src/ml/index.js';
import { DEFAULT_TRANSACTIONS_PER_MONTH } from './generator.js';
import { DEFAULT_BATCH_SIZE, isSeeded, resetDatabase, seedDatabase, type SeedPhase, type SeedSummary } from './index.js';

const USAGE = `usage: npm run seed -- [options]

  --customers N               customers to generate (default SEED_CUSTOMERS or 2000)
  --seed N                    random seed; the same seed gives the same data (default SEED or 42)
  --transactions-per-month N  target transactions per customer and month, 0 for none (default ${DEFAULT_TRANSACTIONS_PER_MONTH});
                              with 0, the alt-data features of past credits are null
  --batch-size N              customers per write (default ${DEFAULT_BATCH_SIZE})
  --reset                     empty every table first (otherwise a seeded database is left alone)
  --skip-need-embeddings      leave customers' need embeddings empty (database load tests; the
                              model is the slowest part of a large seed)
  -h, --help                  show this help

Writes to DATABASE_URL when set, else to PGlite at PGLITE_DIR (default .data/pglite).
Embeds with EMBEDDING_MODEL (default use-lite) from EMBEDDING_MODEL_DIR.`;

class UsageError extends Error {}

interface CliOptions {
  customers: number;
  seed: number;
  transactionsPerMonth: number;
  batchSize: number;
  reset: boolean;
  needEmbeddings: boolean;
}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw.trim())) throw new UsageError(`--${name} must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new UsageError(`--${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

function parseCli(argv: string[], config: Config): CliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        customers: { type: 'string' },
        seed: { type: 'string' },
        'transactions-per-month': { type: 'string' },
        'batch-size': { type: 'string' },
        reset: { type: 'boolean', default: false },
        'skip-need-embeddings': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  return {
    customers: integer('customers', v.customers, config.SEED_CUSTOMERS, 0, 100_000_000),
    seed: integer('seed', v.seed, config.SEED, -(2 ** 31), 2 ** 32 - 1),
    transactionsPerMonth: integer('transactions-per-month', v['transactions-per-month'], DEFAULT_TRANSACTIONS_PER_MONTH, 0, 1000),
    batchSize: integer('batch-size', v['batch-size'], DEFAULT_BATCH_SIZE, 1, 100_000),
    reset: v.reset ?? false,
    needEmbeddings: !v['skip-need-embeddings'],
  };
}

/** A progress bar per phase on a terminal; one line per phase and every tenth otherwise. */
function progressReporter(): { update: (done: number, total: number, phase: SeedPhase) => void; stop: () => void } {
  const tty = Boolean(process.stderr.isTTY);
  const bar = new cliProgress.SingleBar(
    {
      format: '{phase} |{bar}| {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      stream: process.stderr, // stdout carries only the summary
    },
    cliProgress.Presets.shades_classic,
  );
  let current: SeedPhase | null = null;
  let started = 0;
  let lastTenth = -1;
  const payload = (phase: SeedPhase, done: number) => {
    const seconds = (performance.now() - started) / 1000;
    return { phase: phase.padEnd(10), rate: seconds > 0 ? Math.round(done / seconds) : 0 };
  };
  return {
    update(done, total, phase) {
      if (phase !== current) {
        if (current && tty) bar.stop();
        current = phase;
        started = performance.now();
        lastTenth = -1;
        if (tty) bar.start(total, done, payload(phase, done));
        else console.error(`${phase}...`);
        return;
      }
      if (tty) {
        bar.update(done, payload(phase, done));
      } else {
        const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
        if (tenth > lastTenth && phase === 'customers') console.error(`  ${done}/${total}`);
        lastTenth = tenth;
      }
    },
    stop() {
      if (current && tty) bar.stop();
      current = null;
    },
  };
}

function printSummary(s: SeedSummary, where: string): void {
  const seconds = s.ms / 1000;
  const rows = s.customers + s.holdings + s.transactions + s.bureauRecords + s.creditOutcomes;
  const perSecond = (n: number) => Math.round(n / Math.max(seconds, 1e-3)).toLocaleString('en-US');
  console.log(
    [
      `seeded ${where} in ${seconds.toFixed(1)} s`,
      `  customers     ${s.customers.toLocaleString('en-US').padStart(12)}  (${perSecond(s.customers)}/s)`,
      `  holdings      ${s.holdings.toLocaleString('en-US').padStart(12)}`,
      `  transactions  ${s.transactions.toLocaleString('en-US').padStart(12)}`,
      `  bureau files  ${s.bureauRecords.toLocaleString('en-US').padStart(12)}`,
      `  past credits  ${s.creditOutcomes.toLocaleString('en-US').padStart(12)}  (${s.defaults.toLocaleString('en-US')} defaulted, ${s.creditOutcomes > 0 ? ((100 * s.defaults) / s.creditOutcomes).toFixed(1) : '0.0'}%)`,
      `  products      ${s.products.toLocaleString('en-US').padStart(12)}`,
      `  need facets embedded ${s.needTextsEmbedded.toLocaleString("en-US")} (distinct texts, for ${s.customers.toLocaleString("en-US")} customers)`,
      `  rows/s        ${perSecond(rows).padStart(12)}  (${rows.toLocaleString('en-US')} rows)`,
      ...(s.ranker
        ? [
            `  history       ${s.ranker.history.served.toLocaleString('en-US').padStart(12)}  served recommendations, ${s.ranker.history.applications.toLocaleString('en-US')} applications`,
            `  ranker        ${s.ranker.version}  NDCG@10 ${s.ranker.ndcg10.toFixed(3)} (popularity ${s.ranker.popularityNdcg10.toFixed(3)})`,
          ]
        : []),
    ].join('\n'),
  );
}

async function main(): Promise<number> {
  let config: Config;
  let opts: CliOptions | 'help';
  try {
    config = loadConfig();
    opts = parseCli(process.argv.slice(2), config);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      console.error(`seed: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    console.log(USAGE);
    return 0;
  }

  const where = config.DATABASE_URL ? 'PostgreSQL' : `PGlite (${config.PGLITE_DIR})`;
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    await database.migrate();
    if (await isSeeded(database)) {
      if (!opts.reset) {
        console.error(`seed: ${where} already has customers; pass --reset to empty it and seed again`);
        return 1;
      }
      console.error(`emptying ${where}...`);
      await resetDatabase(database);
    }
    console.error(`loading embedding model ${config.EMBEDDING_MODEL}...`);
    const embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, modelDir: config.EMBEDDING_MODEL_DIR, workers: config.EMBEDDING_WORKERS });
    const progress = progressReporter();
    try {
      console.error(`seeding ${opts.customers.toLocaleString('en-US')} customers (seed ${opts.seed}) into ${where}`);
      const summary = await seedDatabase(database, {
        customers: opts.customers,
        seed: opts.seed,
        embedder,
        transactionsPerMonth: opts.transactionsPerMonth,
        batchSize: opts.batchSize,
        needEmbeddings: opts.needEmbeddings,
        onProgress: progress.update,
      });
      progress.stop();
      printSummary(summary, where);
    } finally {
      progress.stop();
      await embedder.close();
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('seed failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
