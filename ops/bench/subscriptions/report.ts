// The figures of each server side by side, with the ratio of each creditgraph run to the stock
// baseline and to the floor (what the machine's sockets cost alone, measured in the same run).
import type { Measurement } from './measure.js';

interface Row {
  label: string;
  value: (m: Measurement) => number;
  digits: number;
  /** Whether a ratio to the baseline means something for this row. */
  ratio: boolean;
}

const KiB = 1024;
const lagOf = (m: Measurement, at: 'p99' | 'max') => m.keepAlivePings.publishing[at] - m.keepAlivePings.idle.p50;

const ROWS: Row[] = [
  { label: 'subscribers connected', value: (m) => m.subscribed, digits: 0, ratio: false },
  { label: 'failed to subscribe', value: (m) => m.failed, digits: 0, ratio: false },
  { label: 'connect time, s', value: (m) => m.connectSeconds, digits: 1, ratio: true },
  { label: 'message size, bytes', value: (m) => m.messageBytes, digits: 0, ratio: true },
  { label: 'delivery latency p50, ms', value: (m) => m.latency.p50, digits: 1, ratio: true },
  { label: 'delivery latency p99, ms', value: (m) => m.latency.p99, digits: 1, ratio: true },
  { label: 'delivery latency max, ms', value: (m) => m.latency.max, digits: 1, ratio: true },
  { label: 'publish request p50, ms', value: (m) => m.publishRequest.p50, digits: 1, ratio: true },
  { label: 'publish request max, ms', value: (m) => m.publishRequest.max, digits: 1, ratio: true },
  { label: 'lost updates (subscriber x event)', value: (m) => m.lost, digits: 0, ratio: false },
  { label: 'subscribers that lost an update', value: (m) => m.socketsLosing, digits: 0, ratio: false },
  { label: 'stale subscribers at the end', value: (m) => m.stale, digits: 0, ratio: false },
  { label: 'coalesced updates (not lost)', value: (m) => m.coalesced, digits: 0, ratio: false },
  { label: 'sockets closed by the server', value: (m) => m.closed, digits: 0, ratio: false },
  { label: 'memory (RSS) per idle subscriber, KiB', value: (m) => m.memoryPerSubscriberBytes / KiB, digits: 1, ratio: true },
  { label: 'JS heap in use per idle subscriber, KiB', value: (m) => m.heapPerSubscriberBytes / KiB, digits: 1, ratio: true },
  { label: '/healthz idle p50, ms', value: (m) => m.keepAlivePings.idle.p50, digits: 2, ratio: true },
  { label: '/healthz idle p99, ms', value: (m) => m.keepAlivePings.idle.p99, digits: 2, ratio: true },
  { label: '/healthz while publishing p99, ms', value: (m) => m.keepAlivePings.publishing.p99, digits: 1, ratio: true },
  { label: '/healthz while publishing max, ms', value: (m) => m.keepAlivePings.publishing.max, digits: 1, ratio: true },
  { label: 'event-loop lag p99 (over idle p50), ms', value: (m) => lagOf(m, 'p99'), digits: 1, ratio: true },
  { label: 'event-loop lag max (over idle p50), ms', value: (m) => lagOf(m, 'max'), digits: 1, ratio: true },
  { label: '  pings failed / not sent (pool busy)', value: (m) => m.keepAlivePings.failures + m.keepAlivePings.skipped, digits: 0, ratio: false },
  { label: '/healthz on a new connection: idle p50', value: (m) => m.newConnectionPings.idle.p50, digits: 2, ratio: true },
  { label: '  while publishing p99, ms', value: (m) => m.newConnectionPings.publishing.p99, digits: 1, ratio: true },
  { label: '  while publishing max, ms', value: (m) => m.newConnectionPings.publishing.max, digits: 1, ratio: true },
  { label: '  pings failed / not sent (200 waiting)', value: (m) => m.newConnectionPings.failures + m.newConnectionPings.skipped, digits: 0, ratio: false },
  { label: 'deliveries', value: (m) => m.deliveries, digits: 0, ratio: false },
  { label: 'publish phase (to the final state), s', value: (m) => m.publishSeconds, digits: 1, ratio: true },
  { label: 'server CPU over the publish phase, s', value: (m) => m.cpuSeconds, digits: 2, ratio: true },
  { label: 'server CPU per delivery, µs', value: (m) => m.cpuPerDeliveryUs, digits: 1, ratio: true },
  { label: '  the same, less idle CPU (pings), µs', value: (m) => m.netCpuPerDeliveryUs, digits: 1, ratio: true },
  { label: 'CPU of an event with no subscriber, ms', value: (m) => m.eventCpuMs, digits: 2, ratio: false },
  { label: 'fan-out CPU per delivery (less both), µs', value: (m) => m.fanOutCpuPerDeliveryUs, digits: 1, ratio: true },
  { label: 'client core busy (orchestrator+workers)', value: (m) => m.clientCoreBusy, digits: 2, ratio: false },
  { label: 'machine load average (2 cores)', value: (m) => m.loadAverage, digits: 2, ratio: false },
];

const W = 12;
const fmt = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '-').padStart(W);

/** One column per run, then a ratio column for each creditgraph run over each baseline (stock, floor) in the run. */
export function printReport(runs: Measurement[]): void {
  const baselines = runs.filter((m) => !m.name.startsWith('creditgraph'));
  const measured = runs.filter((m) => m.name.startsWith('creditgraph'));
  const pairs = measured.flatMap((m) => baselines.map((b) => [m, b] as const));
  const n = (m: Measurement) => runs.indexOf(m) + 1;
  const columns = runs.map((m) => `[${n(m)}]`);
  const ratioColumns = pairs.map(([m, b]) => `[${n(m)}]/[${n(b)}]`);
  runs.forEach((m) => console.log(`[${n(m)}] ${m.name}`));
  console.log(`\n${'figure'.padEnd(42)}${[...columns, ...ratioColumns].map((c) => c.padStart(W)).join('')}`);
  for (const row of ROWS) {
    const values = runs.map((m) => fmt(row.value(m), row.digits));
    const ratios = pairs.map(([m, b]) => (row.ratio ? fmt(row.value(m) / row.value(b), 2) : ''.padStart(W)));
    console.log(`${row.label.padEnd(42)}${[...values, ...ratios].join('')}`);
  }
  console.log('\ndelivery latency p99 of each event in turn, ms (and the publish request, ms, when over 50):');
  for (const m of runs) {
    const perEvent = m.latencyByEvent.map((e, k) => `${e.p99.toFixed(0)}${m.publishRequestMs[k] > 50 ? ` (${m.publishRequestMs[k].toFixed(0)})` : ''}`);
    console.log(`[${runs.indexOf(m) + 1}] ${perEvent.join(' ')}`);
  }
  for (const m of runs) {
    if (!m.allSettled) console.log(`\n[${runs.indexOf(m) + 1}] not every subscriber reached the final state before the drain timeout`);
    if (m.errors.length) console.log(`\n[${runs.indexOf(m) + 1}] errors:\n${m.errors.map((e) => `  ${e}`).join('\n')}`);
  }
}

/** The figures over time, for a plot: per event its publication, request time and latency; every ping. */
export function timeline(runs: Measurement[]) {
  return runs.map((m) => {
    const t0 = m.publishedAt[0];
    const at = (t: number) => Math.round((t - t0) * 10) / 10;
    return {
      name: m.name,
      events: m.publishedAt.map((t, k) => ({ at: at(t), requestMs: m.publishRequestMs[k], latency: m.latencyByEvent[k] })),
      keepAlivePings: m.keepAlivePings.timeline.map(([t, ms]) => [at(t), Math.round(ms * 10) / 10]),
      newConnectionPings: m.newConnectionPings.timeline.map(([t, ms]) => [at(t), Math.round(ms * 10) / 10]),
    };
  });
}
