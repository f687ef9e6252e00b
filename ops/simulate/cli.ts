// `npm run simulate -- --rate 50`: live traffic through the graph of a running server (see
// simulator.ts). Ctrl-C stops it cleanly and prints the totals; a second Ctrl-C exits at once.
import { parseArgs } from 'node:util';
import { startSimulator } from './simulator.js';

const USAGE = `usage: npm run simulate -- --rate N [options]

  --rate N              operations per second over all kinds (default 10)
  --url URL             the graph (default http://127.0.0.1:4000/graphql)
  --duration S          stop after S seconds (default: until Ctrl-C)
  --token T             bearer token for reads, interactions and applications (RELATIONSHIP_MANAGER
                        or ADMIN); also used for repayments unless --collector-token is given.
                        Default: tokens from devLogin (outside production only)
  --collector-token T   bearer token for repayments (COLLECTOR or ADMIN)
  --tenant X            tenant for devLogin (default: the default tenant)
  --seed N              seed of the random choices (default: from the clock)
  --customers N         customers to draw from, at most (default 5000)
  --max-in-flight N     open requests at most (default max(16, 2 x rate))
  --retry-rate X        share of mutations re-sent with the same key (default 0.03)
  --report-every S      seconds between progress lines (default 5)
`;

function number(name: string, v: string | undefined, fallback: number | undefined, ok: (n: number) => boolean): number | undefined {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || !ok(n)) {
    console.error(`--${name}: "${v}" is not valid\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function waitUntilReady(graphqlUrl: string): Promise<void> {
  const health = new URL('/healthz', graphqlUrl).toString();
  const deadline = Date.now() + 10 * 60_000;
  let said = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(health);
      if (res.status !== 503) return; // 200, or a server without /healthz: try the graph itself
      const body = (await res.json().catch(() => ({}))) as { phase?: string };
      const phase = body.phase ?? 'starting';
      if (phase !== said) console.log(`waiting for the server: ${phase}`);
      said = phase;
    } catch {
      if (said !== 'down') console.log(`waiting for ${health} to answer`);
      said = 'down';
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${health} did not become ready in 10 minutes`);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        rate: { type: 'string' },
        url: { type: 'string' },
        duration: { type: 'string' },
        token: { type: 'string' },
        'collector-token': { type: 'string' },
        tenant: { type: 'string' },
        seed: { type: 'string' },
        customers: { type: 'string' },
        'max-in-flight': { type: 'string' },
        'retry-rate': { type: 'string' },
        'report-every': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const rate = number('rate', values.rate, 10, (n) => n > 0 && n <= 100_000)!;
  const duration = number('duration', values.duration, undefined, (n) => n > 0);
  const url = values.url ?? process.env.SIMULATE_URL ?? 'http://127.0.0.1:4000/graphql';
  try {
    new URL(url);
  } catch {
    console.error(`--url: "${url}" is not a URL`);
    process.exit(2);
  }

  await waitUntilReady(url);
  const sim = await startSimulator({
    url,
    rate,
    durationMs: duration === undefined ? undefined : duration * 1000,
    token: values.token,
    collectorToken: values['collector-token'],
    tenant: values.tenant,
    seed: number('seed', values.seed, undefined, Number.isInteger),
    maxCustomers: number('customers', values.customers, undefined, (n) => Number.isInteger(n) && n > 0),
    maxInFlight: number('max-in-flight', values['max-in-flight'], undefined, (n) => Number.isInteger(n) && n > 0),
    retryRate: number('retry-rate', values['retry-rate'], undefined, (n) => n >= 0 && n <= 1),
    reportEveryMs: number('report-every', values['report-every'], 5, (n) => n > 0)! * 1000,
    log: (line) => console.log(line),
  });
  console.log(`sending ${rate} operations a second to ${url}${duration ? ` for ${duration} s` : ''}; Ctrl-C stops`);

  let interrupted = false;
  const onSignal = (signal: string) => {
    if (interrupted) {
      console.error(`${signal} again: exiting without waiting for open requests`);
      process.exit(130);
    }
    interrupted = true;
    console.log(`${signal}: stopping (waiting for ${sim.stats().inFlight} open requests)`);
    void sim.stop();
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  await sim.done;
  const st = sim.stats();
  if (st.recentErrors.length > 0) {
    console.log('latest errors:');
    for (const e of st.recentErrors) console.log(`  ${e}`);
  }
  process.exit(0);
}

process.stdout.on('error', () => {});
main().catch((e: Error) => {
  console.error(`simulate: ${e.message}`);
  process.exit(1);
});
