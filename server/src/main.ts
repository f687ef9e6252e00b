// `npm start`: the server and the web app on one port, embedded defaults unless configured.
import { ConfigError } from './config/index.js';
import { startApp } from './app.js';

// A closed stdout (a parent that went away) must not turn a log line into a crash.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

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
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Connections get a grace period to finish; a shutdown that hangs past it is cut short.
    setTimeout(() => {
      console.error('shutdown took longer than 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  console.error('creditgraph failed to start:', e);
  process.exit(1);
});
