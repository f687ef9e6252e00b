// npm run train:segments [-- --tenant ID --seed N --k 6]
//
// Fits the customer segmentation (k-means++ over behavioural and financial features, k chosen by
// silhouette over 4-8 unless --k is given) on each tenant's customers, or one tenant's, stores
// the model and every customer's assignment as the tenant's ACTIVE model, and prints the
// clusters with the fit time and silhouette. Writes to DATABASE_URL, else PGlite at PGLITE_DIR
// (stop a server using that directory first). Running servers pick the model up at restart.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { openDatabase } from '../db/index.js';
import { trainSegments } from './segments.js';

const USAGE = 'usage: npm run train:segments -- [--tenant ID] [--seed N] [--k K]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { tenant: { type: 'string' }, seed: { type: 'string' }, k: { type: 'string' }, help: { type: 'boolean' } } }).values;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const seed = args.seed !== undefined ? Number(args.seed) : config.SEED;
  const k = args.k !== undefined ? Number(args.k) : undefined;
  if (!Number.isInteger(seed) || (k !== undefined && !(Number.isInteger(k) && k >= 2 && k <= 20))) {
    process.stderr.write(`--seed must be an integer and --k an integer from 2 to 20\n${USAGE}\n`);
    return 2;
  }
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
  try {
    await database.migrate();
    const trained = await trainSegments(database.db, {
      seed,
      tenantId: args.tenant,
      ks: k !== undefined ? [k] : undefined,
      onProgress: (tenant, stage) => process.stderr.write(`segments: ${tenant}: ${stage}\n`),
    });
    if (trained.length === 0) process.stdout.write('no tenant has enough customers to segment\n');
    for (const t of trained) {
      process.stdout.write(
        `${t.tenantId}: ${t.version}, ${t.customers} customers, k = ${t.k}, silhouette ${t.silhouette.toFixed(3)}, fit ${t.fitMs} ms (${t.totalMs} ms with reading and storing)\n` +
          `  k tried: ${t.tried.map((x) => `${x.k}: ${x.silhouette.toFixed(3)}`).join(', ')}\n` +
          t.clusters.map((c, i) => `  ${i}. ${c.name} (${c.size}): ${c.tags.join(', ')}\n`).join(''),
      );
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`train:segments failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
