// `npm start`: the server and the web app on one port, embedded defaults unless configured.
import { DEMO_USERS } from '../../seeds/users.js';
import { ConfigError } from './config/index.js';
import { survivePostgresNullSocketWrites } from './db/postgres-write-guard.js';
import { startApp, type RunningApp } from './app.js';
import { DEFAULT_TENANT_ID, type Role } from './security/viewer.js';
import { startSimulator, type Simulator } from '../../ops/simulate/simulator.js';

// A closed stdout (a parent that went away) must not turn a log line into a crash.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});
// A known postgres.js crash when PostgreSQL drops connections must not take the server down.
survivePostgresNullSocketWrites((message) => console.warn(message));

/** Outside production: who can sign in to the demo (the sign-in page lists them too). */
function demoUserLines(password: string | null): string[] {
  if (!password) return [];
  const rows = DEMO_USERS.map((u) => `    ${u.username.padEnd(10)} ${u.displayName.padEnd(24)} ${u.role.toLowerCase().replace('_', ' ')}, tenant ${u.tenantId}`);
  return ['', `  demo users (password "${password}"):`, ...rows];
}

async function main() {
  const started = Date.now();
  const app = await startApp();
  const db = app.config.DATABASE_URL ? 'PostgreSQL' : `PGlite (${app.config.PGLITE_DIR})`;
  console.log(
    [
      '',
      `creditgraph is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  web app       ${app.url}/`,
      `  GraphQL (IDE) ${app.url}/graphql`,
      `  health        ${app.url}/healthz`,
      `  database      ${db}`,
      `  embeddings    ${app.services.embedder.modelId}`,
      ...demoUserLines(app.config.demoPassword),
      '',
    ].join('\n'),
  );
  const sim = await startDemoTraffic(app);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Connections get a grace period to finish; a shutdown that hangs past it is cut short.
    setTimeout(() => {
      console.error(`shutdown took longer than 15 s (still waiting on: ${app.closing() ?? 'nothing'}); exiting`);
      process.exit(1);
    }, 15_000).unref();
    await sim?.stop();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** SIMULATE_RATE > 0: live traffic through the server's own graph, so the dashboard moves. */
async function startDemoTraffic(app: RunningApp): Promise<Simulator | undefined> {
  const rate = app.config.SIMULATE_RATE;
  if (rate <= 0) return undefined;
  // Tokens signed in-process work in production too, where devLogin is off.
  const as = (role: Role) => () => app.services.tokens.sign({ userId: 'simulator', role, tenantId: DEFAULT_TENANT_ID });
  const base = ['0.0.0.0', '::'].includes(app.config.HOST) ? `http://127.0.0.1:${new URL(app.url).port}` : app.url;
  try {
    const sim = await startSimulator({
      url: `${base}/graphql`,
      rate,
      token: as('RELATIONSHIP_MANAGER'),
      collectorToken: as('COLLECTOR'),
      reportEveryMs: 60_000, // a line a minute: it shares the server's log
      log: (line) => console.log(`[simulate] ${line}`),
    });
    console.log(`demo traffic: ${rate} operations/s through the graph (SIMULATE_RATE=0 turns it off)`);
    return sim;
  } catch (e) {
    console.error(`demo traffic not started: ${(e as Error).message}`);
    return undefined;
  }
}

main().catch((e) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  console.error('creditgraph failed to start:', e);
  process.exit(1);
});
