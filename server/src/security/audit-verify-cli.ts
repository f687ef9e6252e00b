// `npm run audit:verify [-- --tenant <id>]`: walks every tenant's audit chain (DATABASE_URL, or the
// embedded PGlite at PGLITE_DIR, as the server opens them) and prints one line per tenant; exits 1
// when any chain is broken, so that a scheduler or CI can alarm on it.
import { loadConfig } from '../config/index.js';
import { openDatabase } from '../db/index.js';
import { auditLog } from './audit-log.js';

const args = process.argv.slice(2);
const at = args.indexOf('--tenant');
const tenantId = at >= 0 ? args[at + 1] : undefined;
if (at >= 0 && !tenantId) {
  console.error('--tenant needs a tenant id');
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
try {
  const result = await auditLog.verify(database.db, tenantId);
  if (result.tenants.length === 0) console.log('audit log: no entries');
  for (const t of result.tenants) {
    if (t.ok) console.log(`${t.tenantId}: ok, ${t.rows} entries, last hash ${t.lastHash ?? '-'}`);
    else console.log(`${t.tenantId}: BROKEN at ${t.reason} (${t.rows} entries)`);
  }
  console.log(result.ok ? 'audit log: every chain is intact' : 'audit log: a chain is broken');
  process.exitCode = result.ok ? 0 : 1;
} finally {
  await database.close();
}
