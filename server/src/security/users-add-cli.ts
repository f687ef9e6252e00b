// `npm run users:add -- --username NAME --role ROLE --tenant TENANT [--display-name "Full Name"]`:
// creates a user who can sign in (users-add.ts), on DATABASE_URL or the embedded PGlite at
// PGLITE_DIR, as the server opens them. A production deployment seeds no demo users: this is how
// its staff get accounts. The password comes from NEW_USER_PASSWORD or, when that is unset and
// stdin is not a terminal, the first line of stdin; never from an argument, which `ps` shows.
// Exit codes: 0 created, 2 bad input (role, tenant, username, password...), 1 username taken or
// the database failed.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfigForCommand } from '../config/index.js';
import { openDatabase } from '../db/index.js';
import { addUser, MIN_PASSWORD_LENGTH, validateNewUser, type NewUserInput } from './users-add.js';

const USAGE = `usage: npm run users:add -- --username NAME --role ROLE --tenant TENANT [--display-name "Full Name"]

  --username NAME        2 to 64 of a-z 0-9 . - _ (unique across tenants)
  --role ROLE            RELATIONSHIP_MANAGER (or RM), ANALYST, COLLECTOR, ADMIN, PARTNER
  --tenant TENANT        an existing tenant's id
  --display-name NAME    the name staff know the user by (default: the username)

The password (at least ${MIN_PASSWORD_LENGTH} characters): NEW_USER_PASSWORD, else the first line of stdin
(e.g. piped from a secret manager); never an argument.
Database: DATABASE_URL, else PGlite at PGLITE_DIR.`;

class UsageError extends Error {}

function parse(argv: string[]): Omit<NewUserInput, 'password'> | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        tenant: { type: 'string' },
        'display-name': { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  if (values.password !== undefined) throw new UsageError('--password is not accepted (arguments show in ps): set NEW_USER_PASSWORD or pipe the password on stdin');
  const missing = (['username', 'role', 'tenant'] as const).filter((k) => !values[k]);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((k) => `--${k}`).join(', ')}`);
  return { username: values.username!, role: values.role!, tenantId: values.tenant!, displayName: values['display-name'] };
}

/** NEW_USER_PASSWORD, else stdin's first line (without its line ending) when stdin is not a terminal. */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.NEW_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) throw new UsageError('no password: set NEW_USER_PASSWORD, or pipe the password on stdin (it is never taken from an argument)');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
  } finally {
    lines.close();
    process.stdin.destroy();
  }
  throw new UsageError('no password: stdin was empty and NEW_USER_PASSWORD is not set');
}

async function main(): Promise<number> {
  let input: NewUserInput;
  try {
    const args = parse(process.argv.slice(2));
    if (args === 'help') {
      console.log(USAGE);
      return 0;
    }
    input = { ...args, password: await readPassword() };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`users:add: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  // Refuse bad input before opening (and perhaps migrating) the database.
  const valid = validateNewUser(input);
  if (!valid.ok) {
    console.error(`users:add: ${valid.message}`);
    return 2;
  }

  const config = loadConfigForCommand();
  if (!config) return 2;
  let database;
  try {
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, poolSize: 2 });
  } catch (e) {
    console.error(`users:add: cannot open the database: ${(e as Error).message}`);
    return 1;
  }
  try {
    // As the server does at start: a fresh database gets its tables (migrations are idempotent).
    await database.migrate();
    const result = await addUser(database.db, input);
    if (!result.ok) {
      console.error(`users:add: ${result.message}`);
      return result.reason === 'USERNAME_TAKEN' ? 1 : 2;
    }
    const u = result.user;
    console.log(`user ${u.username} (${u.role}, tenant ${u.tenantId}) created`);
    return 0;
  } catch (e) {
    console.error(`users:add failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
