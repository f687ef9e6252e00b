// Load from several processes (fleet/worker.ts), pinned to the client core, so that one
// generator's event loop is not what is measured at thousands of connections. The answers of
// all workers are merged; figures are computed over a time window (leaving a warm-up out).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ROOT } from '../../processes.js';
import { CLIENT_CPU, pin, quantile } from '../common.js';
import type { FleetRequest, WorkerFailed, WorkerJob, WorkerResult } from './protocol.js';

export type { FleetRequest } from './protocol.js';

export interface FleetOptions {
  name: string;
  mode: 'closed' | 'paced';
  url: string;
  headers?: Record<string, string>;
  requests: FleetRequest[];
  /** closed: total connections; paced: the most sockets over all workers. */
  connections: number;
  /** paced: total requests per second. */
  rate?: number;
  seconds: number;
  workers?: number;
  timeoutSeconds?: number;
}

export interface Figures {
  name: string;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  errorRate: number;
  requests: number;
}

export interface FleetRun {
  name: string;
  ops: string[];
  t: Float64Array;
  lat: Float64Array;
  op: Uint8Array;
  ok: Uint8Array;
  sent: number;
  errors: number;
  connectionErrors: number;
  timeouts: number;
  firstError: string | null;
  seconds: number;
  /** Figures of the answers completed in [fromMs, toMs) (all by default), of one operation if given. */
  figures(o?: { fromMs?: number; toMs?: number; op?: string; name?: string }): Figures;
  /** Per-bucket p50/p99/rps over time. */
  series(bucketMs: number, op?: string): { t: number; p50: number; p99: number; rps: number; errors: number }[];
}

export async function runFleet(o: FleetOptions): Promise<FleetRun> {
  const count = Math.max(1, o.workers ?? Math.ceil(o.connections / 5000));
  const children: ChildProcess[] = [];
  try {
    const results = await Promise.all(
      Array.from({ length: count }, (_, index) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'ops/bench/fleet/worker.ts'], {
          cwd: ROOT,
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          serialization: 'advanced',
        });
        children.push(child);
        pin(child.pid, CLIENT_CPU);
        const job: WorkerJob = {
          mode: o.mode,
          url: o.url,
          headers: o.headers ?? {},
          requests: o.requests,
          connections: Math.max(1, Math.floor(o.connections / count) + (index < o.connections % count ? 1 : 0)),
          rate: (o.rate ?? 0) / count,
          seconds: o.seconds,
          timeoutSeconds: o.timeoutSeconds ?? 10,
          index,
          of: count,
        };
        child.send(job);
        return new Promise<WorkerResult>((resolve, reject) => {
          child.once('message', (m: WorkerResult | WorkerFailed) => (m.type === 'result' ? resolve(m) : reject(new Error(`load worker: ${m.message}`))));
          child.once('exit', (code) => reject(new Error(`a load worker exited with ${code} before answering`)));
        });
      }),
    );
    return merge(o.name, o.requests.map((r) => r.op), results);
  } finally {
    await Promise.all(children.map(async (c) => (c.exitCode === null && c.signalCode === null ? (c.kill(), once(c, 'exit')) : undefined)));
  }
}

/** `requestOps`: the op of each request; workers report the index of the request they sent. */
function merge(name: string, requestOps: string[], results: WorkerResult[]): FleetRun {
  const ops = [...new Set(requestOps)];
  const opOfRequest = requestOps.map((o) => ops.indexOf(o));
  const n = results.reduce((a, r) => a + r.t.length, 0);
  const t = new Float64Array(n);
  const lat = new Float64Array(n);
  const op = new Uint8Array(n);
  const ok = new Uint8Array(n);
  let i = 0;
  for (const r of results) {
    for (let j = 0; j < r.t.length; j++, i++) {
      t[i] = r.t[j];
      lat[i] = r.lat[j];
      op[i] = opOfRequest[r.op[j]];
      ok[i] = r.ok[j];
    }
  }
  const seconds = Math.max(...results.map((r) => r.seconds));
  const totalErrors = results.reduce((a, r) => a + r.errors, 0);
  const run: FleetRun = {
    name,
    ops,
    t,
    lat,
    op,
    ok,
    sent: results.reduce((a, r) => a + r.sent, 0),
    errors: totalErrors,
    connectionErrors: results.reduce((a, r) => a + r.connectionErrors, 0),
    timeouts: results.reduce((a, r) => a + r.timeouts, 0),
    firstError: results.find((r) => r.firstError)?.firstError ?? null,
    seconds,
    figures(f = {}) {
      const from = f.fromMs ?? 0;
      const to = f.toMs ?? Infinity;
      const opIndex = f.op === undefined ? -1 : ops.indexOf(f.op);
      const picked: number[] = [];
      let bad = 0;
      for (let k = 0; k < n; k++) {
        if (t[k] < from || t[k] >= to || (opIndex >= 0 && op[k] !== opIndex)) continue;
        picked.push(lat[k]);
        if (!ok[k]) bad += 1;
      }
      picked.sort((a, b) => a - b);
      const span = (Math.min(to, seconds * 1000) - from) / 1000;
      // Closed mode records no per-answer failures (autocannon counts them apart): prorate.
      const errors = f.fromMs === undefined && f.toMs === undefined && opIndex < 0 ? Math.max(bad, totalErrors) : Math.max(bad, Math.round((totalErrors * picked.length) / Math.max(1, n)));
      return {
        name: f.name ?? (f.op ? `${name} ${f.op}` : name),
        rps: span > 0 ? picked.length / span : 0,
        p50: quantile(picked, 0.5),
        p90: quantile(picked, 0.9),
        p99: quantile(picked, 0.99),
        max: picked.length ? picked[picked.length - 1] : 0,
        errors,
        errorRate: picked.length + errors > 0 ? errors / Math.max(picked.length, 1) : 0,
        requests: picked.length,
      };
    },
    series(bucketMs, opName) {
      const buckets = Math.ceil((seconds * 1000) / bucketMs);
      const out = [];
      for (let b = 0; b < buckets; b++) {
        const f = run.figures({ fromMs: b * bucketMs, toMs: (b + 1) * bucketMs, op: opName });
        out.push({ t: ((b + 0.5) * bucketMs) / 1000, p50: f.p50, p99: f.p99, rps: f.rps, errors: f.errors });
      }
      return out;
    },
  };
  return run;
}

export function printFigures(rows: Figures[]): void {
  console.log(`${'server'.padEnd(58)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`);
  for (const f of rows) {
    console.log(`${f.name.padEnd(58)} ${f.rps.toFixed(0).padStart(8)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${String(f.errors).padStart(7)}`);
  }
}
