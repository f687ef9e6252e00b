// `npm run db:migrate`: applies drizzle/migrations to DATABASE_URL, or to the embedded PGlite.
import { loadConfig } from '../config/index.js';
import { openDatabase } from './index.js';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR });
await database.migrate();
console.log(`migrations applied to ${database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.PGLITE_DIR})`}`);
await database.close();
