// What the test apps start with, shared by the harness and the run's seeded database
// (seeded-database.ts, which runs in vitest's main process and so imports nothing of vitest's).

export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The settings every test app starts with. The seeded database of the run (seeded-database.ts)
 * is made with them too, so an app that changes none of the seed settings starts from a copy.
 */
export const TEST_APP_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  SEED_CUSTOMERS: '150',
  SERVE_WEB: 'false',
  // The 60 ms production budget is for a quiet server; under a full parallel test run a cold
  // first bureau call can miss it and turn a decision into a "no bureau" one. Integration
  // tests check decisions, so they get a generous budget; tests of the budget set their own.
  BUREAU_TIMEOUT_MS: '2000',
  // Rate limits off: suites and benchmarks send bursts from one viewer and one IP; the protection
  // tests turn them on.
  RATE_LIMIT_PER_VIEWER: '0',
  RATE_LIMIT_PER_IP: '0',
};
