// One server under test, measured: the CPU an event costs with nobody subscribed, memory per idle
// subscriber, then `events` publishes
// `intervalMs` apart with /healthz pinged throughout, then delivery latency, lost and stale
// subscribers, event-loop lag and CPU per delivery.
import { loadavg } from 'node:os';
import { ClientFleet } from './client-fleet.js';
import { HealthPinger, type PingTimes } from './health-pinger.js';
import { allowedCpus, cpuSeconds, settledRssBytes } from './proc-stats.js';
import type { ServerUnderTest } from './server-under-test.js';
import { summarize, summarizeColumns, type Summary } from './stats.js';

export interface MeasureOptions {
  clients: number;
  events: number;
  /** Events published (and delivered) before the measured ones, left out of every figure: the first fan-out also compiles the code it runs. */
  warmupEvents: number;
  intervalMs: number;
  /** Events published before any subscriber connects, to measure what making an event costs. */
  calibrationEvents: number;
  query: string;
  perWorker: number;
  concurrency: number;
  client: 'lean' | 'ws';
  /** Pace of the pings on keep-alive connections, and how many such connections. */
  pingEveryMs: number;
  pingConnections: number;
  /** Pace of the pings on a new connection each. */
  newConnectionPingEveryMs: number;
  idlePingMs: number;
  settleMs: number;
  drainMs: number;
  /** Print one snapshot message of each server. */
  showMessage: boolean;
}

export interface Pings {
  idle: Summary;
  publishing: Summary;
  failures: number;
  skipped: number;
  /** [sent at (performance.timeOrigin + now), response ms] of each ping while publishing, for --timeline. */
  timeline: [number, number][];
}

export interface Measurement {
  name: string;
  clients: number;
  subscribed: number;
  failed: number;
  connectSeconds: number;
  messageBytes: number;
  latency: Summary;
  /** Latency of each event over the subscribers, in order. */
  latencyByEvent: Summary[];
  /** How long each publish request took to answer (for creditgraph: the mutation), ms. */
  publishRequest: Summary;
  publishRequestMs: number[];
  /** When each event was published (performance.timeOrigin + now). */
  publishedAt: number[];
  lost: number;
  socketsLosing: number;
  coalesced: number;
  stale: number;
  closed: number;
  deliveries: number;
  allSettled: boolean;
  /** Server RSS with the subscribers idle minus before they connected, / subscribers (after a full GC each time). */
  memoryPerSubscriberBytes: number;
  /** The same for the JS heap in use. */
  heapPerSubscriberBytes: number;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /** /healthz on keep-alive connections: the event-loop lag. */
  keepAlivePings: Pings;
  /** /healthz on a new connection each. */
  newConnectionPings: Pings;
  cpuSeconds: number;
  cpuPerDeliveryUs: number;
  /** The same, less what the server spent per second while idle with the same pings. */
  netCpuPerDeliveryUs: number;
  /** CPU of one event with no subscriber (creditgraph: the recordInteraction mutation and its write), ms. */
  eventCpuMs: number;
  /** netCpuPerDeliveryUs less the events' own cost: the fan-out alone. */
  fanOutCpuPerDeliveryUs: number;
  publishSeconds: number;
  /** CPU of the orchestrator and the client workers over the publish phase / its duration: near 1, the clients were the bottleneck. */
  clientCoreBusy: number;
  /** 1-minute load average of the machine after the publish phase: other work on the cores skews every figure. */
  loadAverage: number;
  errors: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (m: string) => console.error(`  ${m}`);

export async function measure(server: ServerUnderTest, o: MeasureOptions): Promise<Measurement> {
  const fleet = new ClientFleet();
  const keepAlive = new HealthPinger(server.healthUrl, o.pingEveryMs, { kind: 'keep-alive', connections: o.pingConnections });
  const fresh = new HealthPinger(server.healthUrl, o.newConnectionPingEveryMs, { kind: 'new-connection', maxInFlight: 200 });
  const pingers = [keepAlive, fresh];
  try {
    // 1. What an event costs with nobody to deliver it to: CPU over the calibration events less
    //    the same span of quiet before them.
    await sleep(o.settleMs);
    const span = o.calibrationEvents * o.intervalMs;
    const quietBefore = cpuSeconds(server.pid);
    await sleep(span);
    const quietCpu = cpuSeconds(server.pid) - quietBefore;
    const calibrationBefore = cpuSeconds(server.pid);
    for (let k = 1; k <= o.calibrationEvents; k++) {
      await server.publish(-k);
      await sleep(o.intervalMs);
    }
    const eventCpuSeconds = o.calibrationEvents ? Math.max(0, cpuSeconds(server.pid) - calibrationBefore - quietCpu) / o.calibrationEvents : 0;
    log(`an event with no subscriber: ${(eventCpuSeconds * 1000).toFixed(2)} ms of server CPU (over ${o.calibrationEvents})`);

    // 2. Memory: idle server, then N idle subscribers.
    await sleep(o.settleMs);
    const heapBefore = await server.heap.collect();
    const rssBefore = await settledRssBytes(server.pid, 30_000);
    log(`${server.name} (pid ${server.pid} on cpu ${allowedCpus(server.pid)}): RSS ${(rssBefore / 2 ** 20).toFixed(0)} MiB; connecting ${o.clients} subscribers`);
    const ready = await fleet.connect(
      { url: server.wsUrl, clients: o.clients, perWorker: o.perWorker, connectionParams: server.connectionParams, query: o.query, concurrency: o.concurrency, client: o.client },
      120_000 + o.clients * 20,
    );
    log(`${ready.subscribed} subscribed, ${ready.failed} failed in ${(ready.connectMs / 1000).toFixed(1)} s; snapshot ${ready.messageBytes} bytes, totals.views ${ready.firstViews.join('-')}`);
    for (const e of ready.errors) log(`client: ${e}`);
    if (o.showMessage) log(`a snapshot message: ${ready.sample}`);
    if (ready.subscribed === 0) throw new Error(`${server.name}: no subscriber got a first message`);
    await sleep(o.settleMs);
    const heapAfter = await server.heap.collect();
    const rssAfter = await settledRssBytes(server.pid, 30_000);

    // 3. Warm-up events, delivered everywhere before anything is measured.
    const publishedAt: number[] = [];
    const publishRequestMs: number[] = [];
    const publishErrors: string[] = [];
    const publish = async (k: number) => {
      publishedAt[k - 1] = performance.timeOrigin + performance.now();
      const sent = performance.now();
      try {
        await server.publish(k);
        publishRequestMs[k - 1] = performance.now() - sent;
      } catch (e) {
        publishRequestMs[k - 1] = NaN;
        publishErrors.push(`publish ${k}: ${(e as Error).message}`);
      }
    };
    for (let k = 1; k <= o.warmupEvents; k++) {
      await publish(k);
      await sleep(o.intervalMs);
    }
    if (o.warmupEvents > 0 && !(await fleet.reached(o.warmupEvents, o.drainMs))) throw new Error(`${server.name}: the warm-up events did not reach every subscriber`);

    // 4. /healthz while idle, and what the server spends then (mostly answering the pings).
    await keepAlive.open();
    const idleCpuBefore = cpuSeconds(server.pid);
    const idleStart = performance.now();
    pingers.forEach((p) => p.start());
    await sleep(o.idlePingMs);
    const [keepAliveIdle, freshIdle] = await Promise.all(pingers.map((p) => p.stop()));
    const idleCpuPerSecond = (cpuSeconds(server.pid) - idleCpuBefore) / ((performance.now() - idleStart) / 1000);

    // 5. The events, on a fixed schedule, with /healthz pinged throughout.
    log(`publishing ${o.events} events ${o.intervalMs} ms apart (after ${o.warmupEvents} to warm up)`);
    const clientPids = [process.pid, ...fleet.pids];
    const clientCpu = () => clientPids.reduce((t, pid) => t + cpuSeconds(pid), 0);
    const cpuBefore = cpuSeconds(server.pid);
    const clientCpuBefore = clientCpu();
    pingers.forEach((p) => p.start());
    const answers: Promise<void>[] = [];
    const start = performance.now();
    const last = o.warmupEvents + o.events;
    for (let k = o.warmupEvents + 1; k <= last; k++) {
      const due = start + (k - o.warmupEvents - 1) * o.intervalMs;
      if (due > performance.now()) await sleep(due - performance.now());
      answers.push(publish(k));
    }
    await Promise.all(answers);
    const allSettled = await fleet.reached(last, o.drainMs);
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    const publishSeconds = (performance.now() - start) / 1000;
    const clientCoreBusy = (clientCpu() - clientCpuBefore) / publishSeconds;
    const [keepAlivePublishing, freshPublishing] = await Promise.all(pingers.map((p) => p.stop()));
    if (!allSettled) log(`not every subscriber saw the final state within ${o.drainMs} ms of the last event`);

    // 6. What the clients saw.
    const results = await fleet.collect(publishedAt, o.warmupEvents);
    const latencies = new Float64Array(results.reduce((n, r) => n + r.latencies.length, 0));
    let offset = 0;
    for (const r of results) {
      latencies.set(r.latencies, offset);
      offset += r.latencies.length;
    }
    const total = (f: (r: (typeof results)[number]) => number) => results.reduce((n, r) => n + f(r), 0);
    const deliveries = total((r) => r.deliveries);
    const closeCodes = results.flatMap((r) => Object.entries(r.closeCodes).map(([code, n]) => `${n}x${code}`));
    return {
      name: server.name,
      clients: o.clients,
      subscribed: ready.subscribed,
      failed: ready.failed,
      connectSeconds: ready.connectMs / 1000,
      messageBytes: ready.messageBytes,
      latency: summarize(latencies),
      latencyByEvent: summarizeColumns(latencies, o.events),
      publishRequest: summarize(publishRequestMs.slice(o.warmupEvents)),
      publishRequestMs: publishRequestMs.slice(o.warmupEvents),
      publishedAt: publishedAt.slice(o.warmupEvents),
      lost: total((r) => r.lost),
      socketsLosing: total((r) => r.socketsLosing),
      coalesced: total((r) => r.coalesced),
      stale: total((r) => r.stale),
      closed: total((r) => r.closed),
      deliveries,
      allSettled,
      memoryPerSubscriberBytes: (rssAfter - rssBefore) / ready.subscribed,
      heapPerSubscriberBytes: (heapAfter - heapBefore) / ready.subscribed,
      rssBeforeBytes: rssBefore,
      rssAfterBytes: rssAfter,
      keepAlivePings: pings(keepAliveIdle, keepAlivePublishing),
      newConnectionPings: pings(freshIdle, freshPublishing),
      cpuSeconds: cpu,
      cpuPerDeliveryUs: deliveries ? (cpu / deliveries) * 1e6 : NaN,
      netCpuPerDeliveryUs: deliveries ? ((cpu - idleCpuPerSecond * publishSeconds) / deliveries) * 1e6 : NaN,
      eventCpuMs: eventCpuSeconds * 1000,
      fanOutCpuPerDeliveryUs: deliveries ? ((cpu - idleCpuPerSecond * publishSeconds - eventCpuSeconds * o.events) / deliveries) * 1e6 : NaN,
      publishSeconds,
      clientCoreBusy,
      loadAverage: loadavg()[0],
      errors: [...publishErrors, ...results.flatMap((r) => r.errors), ...(closeCodes.length ? [`sockets closed by the server: ${closeCodes.join(', ')}`] : [])],
    };
  } finally {
    pingers.forEach((p) => p.close());
    await fleet.close();
  }
}

function pings(idle: PingTimes, publishing: PingTimes): Pings {
  return {
    idle: summarize(idle.times),
    publishing: summarize(publishing.times),
    failures: idle.failures + publishing.failures,
    skipped: publishing.skipped,
    timeline: publishing.times.map((ms, i) => [publishing.sentAt[i], ms]),
  };
}
