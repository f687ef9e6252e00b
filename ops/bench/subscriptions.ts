// npm run bench:subscriptions [-- --clients 1000 --events 20 --interval-ms 500 --warmup-events 1 --only stock,floor,creditgraph
//   --database-url URL --redis --document totals|headline|web|full --customers 200 --client lean|ws]
//
// Fan-out of the `dashboard` subscription (schema/live.graphql) to N graphql-ws subscribers held by
// client worker processes, on creditgraph and, in the same run, on a stock baseline (graphql-ws
// useServer + the in-process PubSub of graphql-subscriptions, on the same SDL and document:
// subscriptions/stock-server.ts), and on a floor: the same document executed once per event and
// one prebuilt frame written to every socket in one loop (subscriptions/floor-server.ts), what
// the machine's kernel and network stack cost alone, so that absolute figures can be read
// against this machine's. The server under test is pinned to core 0 (taskset), the
// orchestrator and the client workers to core 1. For each server:
//   - delivery latency p50/p99/max: from an event's publication (the orchestrator's HTTP request)
//     to each subscriber's receipt of the first message reflecting it (totals.views);
//   - lost updates (subscriber x event never reflected) and stale subscribers (last state is not
//     the final one);
//   - memory per idle subscriber: server RSS with N idle subscribers minus before, / N, each read
//     after a full GC (asked for over the inspector: heap-probe.ts), and the same for the JS heap;
//   - event-loop lag: response times of GET /healthz every --ping-ms during the publish phase
//     (on keep-alive connections opened beforehand), against the same pings while idle; and the
//     same on a new connection each (every --new-connection-ping-ms), which a server that stops
//     accepting while it fans out keeps waiting;
//   - server CPU (utime + stime) over the publish phase / messages delivered; and the same less
//     the pings' CPU and less the CPU of the events themselves (measured before anyone subscribes:
//     for creditgraph an event is a recordInteraction mutation and its database write), which
//     leaves the fan-out alone.
// The ratios creditgraph / stock are the figures to compare across machines. The default document
// (--document totals) is the one on which the stock baseline reproduces the reference
// figures; `web` is what the web app's dashboard page subscribes with (60-point series included).
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../processes.js';
import { writeResult } from './common.js';
import { CLIENT_CPU, pinSelf } from './subscriptions/cpu-pinning.js';
import { startCreditgraphServer } from './subscriptions/creditgraph-target.js';
import { DOCUMENTS } from './subscriptions/document.js';
import { measure, type Measurement, type MeasureOptions } from './subscriptions/measure.js';
import { printReport, timeline } from './subscriptions/report.js';
import type { ServerUnderTest } from './subscriptions/server-under-test.js';
import { startBaseline } from './subscriptions/baseline-target.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    events: { type: 'string', default: '20' },
    /** Events published and delivered before the measured ones, left out of the figures. */
    'warmup-events': { type: 'string', default: '1' },
    'interval-ms': { type: 'string', default: '500' },
    /** Events published before anyone subscribes, to measure what making an event costs. */
    'calibration-events': { type: 'string', default: '10' },
    /** Which servers to measure, comma-separated: stock, floor, creditgraph (default: all three). */
    only: { type: 'string', default: 'stock,floor,creditgraph' },
    'database-url': { type: 'string' },
    /** Measure creditgraph twice: with in-process events and with REDIS_URL=--redis-url. */
    redis: { type: 'boolean', default: false },
    'redis-url': { type: 'string', default: 'redis://127.0.0.1:6379' },
    /** Which selection every subscriber sends: subscriptions/document.ts. */
    document: { type: 'string', default: 'totals' },
    customers: { type: 'string', default: '200' },
    'pglite-dir': { type: 'string', default: path.join(ROOT, '.data/bench-subscriptions-pglite') },
    'per-worker': { type: 'string', default: '2500' },
    /** WebSocket handshakes in flight at once, over all workers. */
    concurrency: { type: 'string', default: '100' },
    /** The subscribers' WebSocket client: lean (lean-websocket.ts, the default) or ws. */
    client: { type: 'string', default: 'lean' },
    /** /healthz every this many ms on keep-alive connections (opened beforehand, this many). */
    'ping-ms': { type: 'string', default: '5' },
    'ping-connections': { type: 'string', default: '200' },
    /** /healthz every this many ms on a new connection each. */
    'new-connection-ping-ms': { type: 'string', default: '50' },
    'idle-ping-ms': { type: 'string', default: '3000' },
    'settle-ms': { type: 'string', default: '3000' },
    /** How long after the last event subscribers may take to reach the final state. */
    'drain-ms': { type: 'string', default: '60000' },
    /** Print one snapshot message of each server (to compare what they send). */
    'show-message': { type: 'boolean', default: false },
    /** Write the events and pings over time (ms since the first event) to this JSON file. */
    timeline: { type: 'string' },
    /** Write each server's V8 CPU profile into this folder when it stops. */
    'cpu-prof-dir': { type: 'string' },
  },
});
const only = new Set(args.only!.split(','));
for (const o of only) if (!['stock', 'floor', 'creditgraph'].includes(o)) throw new Error(`--only takes stock, floor and creditgraph, not ${o}`);
const query = DOCUMENTS[args.document!];
if (!query) throw new Error(`--document is one of ${Object.keys(DOCUMENTS).join(', ')}`);

const options: MeasureOptions = {
  clients: Number(args.clients),
  events: Number(args.events),
  warmupEvents: Number(args['warmup-events']),
  intervalMs: Number(args['interval-ms']),
  calibrationEvents: Number(args['calibration-events']),
  query,
  perWorker: Number(args['per-worker']),
  concurrency: Number(args.concurrency),
  client: args.client === 'ws' ? 'ws' : 'lean',
  pingEveryMs: Number(args['ping-ms']),
  pingConnections: Number(args['ping-connections']),
  newConnectionPingEveryMs: Number(args['new-connection-ping-ms']),
  idlePingMs: Number(args['idle-ping-ms']),
  settleMs: Number(args['settle-ms']),
  drainMs: Number(args['drain-ms']),
  showMessage: args['show-message']!,
};

const pinned = os.availableParallelism() >= 2;
if (pinned) pinSelf(CLIENT_CPU);
else console.error('one core only: server and clients share it; the figures are not comparable to the reference');

const servers: { start: () => Promise<ServerUnderTest> }[] = [];
if (only.has('stock')) servers.push({ start: () => startBaseline('stock', args['cpu-prof-dir']) });
if (only.has('floor')) servers.push({ start: () => startBaseline('floor', args['cpu-prof-dir']) });
if (only.has('creditgraph')) {
  const creditgraph = (redisUrl?: string) => ({
    start: () => startCreditgraphServer({ customers: args.customers!, databaseUrl: args['database-url'], pgliteDir: args['pglite-dir']!, redisUrl, cpuProfileDir: args['cpu-prof-dir'] }),
  });
  servers.push(creditgraph());
  if (args.redis) servers.push(creditgraph(args['redis-url']));
}

const runs: Measurement[] = [];
for (const s of servers) {
  const server = await s.start();
  try {
    runs.push(await measure(server, options));
  } finally {
    await server.stop();
  }
}

console.log(
  `\n${options.clients} subscribers to dashboard (${args.document} selection), ${options.events} events ${options.intervalMs} ms apart; ` +
    (pinned ? `server on core 0, clients and orchestrator on core 1` : 'one core'),
);
printReport(runs);
writeResult('subscriptions', { clients: options.clients, events: options.events, intervalMs: options.intervalMs, document: args.document, runs: runs.map(({ latencyByEvent: _e, publishRequestMs: _p, publishedAt: _a, ...r }) => r) });
if (args.timeline) {
  writeFileSync(args.timeline, JSON.stringify(timeline(runs)));
  console.log(`\ntimeline: ${args.timeline}`);
}
process.exit(0);
