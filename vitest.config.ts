// Test projects: pure unit tests, the GraphQL integration suite twice (embedded PGlite and the
// real PostgreSQL of this machine), and the web app in real Chromium.
import { defineConfig } from 'vitest/config';

const integration = 'server/test/**/*.int.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'seeds/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'graphql-pglite',
          include: [integration],
          env: { TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'graphql-postgres',
          include: [integration],
          env: { TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
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
