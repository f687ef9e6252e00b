// `npm run pii:reencrypt -- [--batch-size N]`: re-encrypts every PII value not under the active
// key (the first of PII_KEYS), encrypts names left in plaintext, and recomputes the blind indexes
// under PII_INDEX_KEY; on DATABASE_URL, or the embedded PGlite at PGLITE_DIR. Resumable and
// idempotent. Rotation: put the new key first in PII_KEYS, keep the old ones, restart the
// servers, run this, then drop the old keys.
import { parseArgs } from 'node:util';
import { loadConfigForCommand } from '../config/index.js';
import { openDatabase } from '../db/index.js';
import { piiKeysFromEnv } from './pii-crypto.js';
import { DEFAULT_REENCRYPT_BATCH, piiKeyCounts, reencryptPii, type KeyCounts } from './pii-reencrypt.js';

const USAGE = `usage: npm run pii:reencrypt -- [--batch-size N]

  --batch-size N   rows per transaction (default ${DEFAULT_REENCRYPT_BATCH})

Keys from PII_KEYS (the first is the active one; the others must include every key rows are
still under) and PII_INDEX_KEY. Database: DATABASE_URL, else PGlite at PGLITE_DIR.`;

function describe(counts: KeyCounts): string {
  const keys = Object.keys(counts).sort();
  return keys.length === 0 ? '  (no PII stored)' : keys.map((k) => `  ${k.padEnd(12)} ${counts[k].toLocaleString('en-US')}`).join('\n');
}

async function main(): Promise<number> {
  let batchSize = DEFAULT_REENCRYPT_BATCH;
  try {
    const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { 'batch-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (values['batch-size'] !== undefined) {
      batchSize = Number(values['batch-size']);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) throw new Error(`--batch-size must be a whole number from 1 to 100000, got "${values['batch-size']}"`);
    }
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfigForCommand();
  if (!config) return 2;
  const { cipher, usedDevelopmentKeys } = piiKeysFromEnv(config);
  if (usedDevelopmentKeys) console.warn('warning: PII_KEYS or PII_INDEX_KEY is not set: using the development keys (never for real data)');
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, poolSize: 2 });
  try {
    await database.migrate();
    console.log(`PII values per key before (active key ${cipher.activeKeyId}):\n${describe(await piiKeyCounts(database.db))}`);
    let scanned = 0;
    const result = await reencryptPii(database.db, cipher, {
      batchSize,
      onBatch: (table, n, changed) => {
        scanned += n;
        if (changed > 0) console.log(`  ${table}: ${changed} of ${n} rows updated (${scanned} scanned)`);
      },
    });
    console.log(`re-encrypted ${result.customersChanged} customers and ${result.holdingsChanged} holdings`);
    console.log(`PII values per key after:\n${describe(await piiKeyCounts(database.db))}`);
    return 0;
  } catch (e) {
    console.error(`pii:reencrypt stopped: ${(e as Error).message}\n(rows done so far stay done; fix the keys and run it again)`);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
