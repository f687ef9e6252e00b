// `npm run import:products -- FILE [--format csv|json|html] [--tenant ID] [--dry-run]`
// Imports a product feed into DATABASE_URL, or the embedded PGlite at PGLITE_DIR, after applying
// migrations: each valid row written whole with its embedding, invalid rows reported with their
// line and skipped. Exit status: 0 when the feed was read (whatever its rows), 1 when the file
// cannot be read or parsed at all (or the catalog's embedding model differs), 2 for a usage error.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { tenants } from '../../../../drizzle/schema.js';
import { DEFAULT_TENANT_ID } from '../../../../seeds/tenants.js';
import { ConfigError, loadConfig, type Config } from '../../config/index.js';
import { openDatabase } from '../../db/index.js';
import { createEmbedder } from '../../ml/index.js';
import { importProductFeed, ImportRefusedError, type ProductImportReport } from '../../services/product-import.js';
import { checkFeed, formatOf } from './feed.js';
import { FeedParseError, type FeedFormat, type ImportProblem } from './types.js';

const USAGE = `usage: npm run import:products -- FILE [options]

  FILE               a product feed: .csv (a header row, one product a row), .json (an array of
                     products, or an object with a "products" array) or .html/.htm (product pages:
                     schema.org JSON-LD or microdata, data-product elements); see seeds/product-feeds/
  --format F         csv, json or html, when the file name does not say
  --tenant ID        the shelf of rows that name no tenant (default ${DEFAULT_TENANT_ID})
  --dry-run          check the feed and report, write nothing (no model is loaded)
  -h, --help         show this help

Writes to DATABASE_URL when set, else to PGlite at PGLITE_DIR (default .data/pglite; stop a server
that uses the same PGLITE_DIR first, or import through its importProducts mutation). A server on the
same PostgreSQL serves the products at once. Embeds with EMBEDDING_MODEL (default use-lite), which
must be the model the catalog was embedded with.`;

class UsageError extends Error {}

interface CliOptions {
  file: string;
  format: FeedFormat;
  tenant: string;
  dryRun: boolean;
}

function parseCli(argv: string[]): CliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        tenant: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (parsed.positionals.length !== 1) throw new UsageError(parsed.positionals.length === 0 ? 'name the feed file to import' : 'import one file at a time');
  const file = parsed.positionals[0];
  const format = formatOf(v.format ?? file);
  if (!format) {
    if (v.format) throw new UsageError(`--format must be csv, json or html, got "${v.format}"`);
    throw new UsageError(`cannot tell the format of ${file} from its name; pass --format csv, --format json or --format html`);
  }
  const tenant = (v.tenant ?? DEFAULT_TENANT_ID).trim().toLowerCase();
  return { file, format, tenant, dryRun: v['dry-run'] ?? false };
}

/** A progress bar on a terminal; a line every tenth otherwise. Both on stderr: stdout carries the report. */
function progressReporter(): { update: (done: number, total: number) => void; stop: () => void } {
  const tty = Boolean(process.stderr.isTTY);
  const bar = new cliProgress.SingleBar(
    { format: 'importing |{bar}| {percentage}% | {value}/{total} products | ETA {eta_formatted}', hideCursor: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let lastTenth = -1;
  return {
    update(done, total) {
      if (tty) {
        if (!started) bar.start(total, done);
        else bar.update(done);
        started = true;
        return;
      }
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (tenth > lastTenth) console.error(`  importing: ${done}/${total} products`);
      lastTenth = tenth;
    },
    stop() {
      if (started && tty) bar.stop();
      started = false;
    },
  };
}

function printProblems(problems: ImportProblem[]): void {
  for (const p of problems) {
    console.log(`  line ${p.line}${p.code ? ` (${p.code})` : ''}: ${p.field ? `${p.field}: ` : ''}${p.reason}`);
  }
}

function printReport(r: Pick<ProductImportReport, 'rowsRead' | 'inserted' | 'updated' | 'skipped' | 'problems' | 'ignoredFields'>, where: string, seconds: number | null): void {
  if (r.problems.length) {
    console.log(`skipped rows (${r.skipped}):`);
    printProblems(r.problems);
  }
  if (r.ignoredFields.length) console.log(`ignored columns: ${r.ignoredFields.join(', ')}`);
  const timing = seconds === null ? '' : ` in ${seconds.toFixed(1)} s`;
  console.log(`${r.rowsRead} rows read: ${r.inserted} inserted, ${r.updated} updated, ${r.skipped} skipped (${where}${timing})`);
}

async function main(): Promise<number> {
  let config: Config;
  let opts: CliOptions | 'help';
  try {
    config = loadConfig();
    opts = parseCli(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      console.error(`import:products: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') {
    console.log(USAGE);
    return 0;
  }

  let content: string;
  try {
    content = readFileSync(opts.file, 'utf8');
  } catch (e) {
    console.error(`import:products: cannot read ${opts.file}: ${(e as Error).message}`);
    return 1;
  }

  const where = config.DATABASE_URL ? 'PostgreSQL' : `PGlite (${config.PGLITE_DIR})`;
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    await database.migrate();
    // The feed and the tenant are checked before the model loads (seconds), so a broken file fails fast.
    const known = new Set((await database.db.select({ id: tenants.id }).from(tenants)).map((t) => t.id));
    if (!known.has(opts.tenant)) throw new ImportRefusedError(`unknown tenant "${opts.tenant}"`, 'tenantId');
    const feed = checkFeed(opts.format, content, { knownTenants: known, allowedTenants: null, defaultTenant: opts.tenant });
    if (opts.dryRun || feed.valid.length === 0) {
      const skipped = feed.rowsRead - feed.valid.length;
      const note = opts.dryRun ? `dry run, nothing written; ${feed.valid.length} would be imported` : 'no valid rows, nothing written';
      printReport({ ...feed, inserted: 0, updated: 0, skipped }, note, null);
      return 0;
    }
    console.error(`loading embedding model ${config.EMBEDDING_MODEL}...`);
    const embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, modelDir: config.EMBEDDING_MODEL_DIR, workers: config.EMBEDDING_WORKERS });
    const progress = progressReporter();
    try {
      console.error(`importing ${opts.file} (${opts.format}) into ${where}, shelf of "${opts.tenant}"`);
      const report = await importProductFeed(database.db, embedder, {
        format: opts.format,
        content,
        defaultTenant: opts.tenant,
        allowedTenants: null,
        origin: `cli:${process.pid}`,
        onProgress: progress.update,
      });
      progress.stop();
      printReport(report, where, report.ms / 1000);
    } finally {
      progress.stop();
      await embedder.close();
    }
    return 0;
  } catch (e) {
    if (e instanceof FeedParseError) {
      console.error(`import:products: ${opts.file}: ${e.message}; nothing was imported`);
      return 1;
    }
    if (e instanceof ImportRefusedError) {
      const hint = e.field === 'tenantId' ? ' (pass --tenant with a tenant of this database; is it seeded? npm run seed)' : '';
      console.error(`import:products: ${e.message}${hint}; nothing was imported`);
      return e.field === 'tenantId' ? 2 : 1;
    }
    throw e;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('import:products failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
