// Test projects: pure unit tests, the GraphQL integration suite twice (embedded PGlite and the
// real PostgreSQL of this machine), and the web app in real Chromium.
import { defineConfig } from 'vitest/config';

const integration = 'server/test/**/*.int.test.ts';

export default defineConfig({
  // One copy of graphql in tests as in production: Node resolves 'graphql' to its CommonJS build,
  // which graphql-ws and Apollo load; Vite would otherwise pick index.mjs for our own code, and a
  // schema from one copy fails instanceof checks in the other ("another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // Two test files at a time on CI's two cores: most integration time is waiting on the
    // database, the browser and timers, so a second worker nearly halves the run.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'seeds/**/*.test.ts', 'ops/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'graphql-pglite',
          include: [integration],
          globalSetup: ['server/test/seeded-database.ts'],
          env: { TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'graphql-postgres',
          include: [integration],
          globalSetup: ['server/test/seeded-database.ts'],
          env: { TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['web/test/**/*.browser.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
