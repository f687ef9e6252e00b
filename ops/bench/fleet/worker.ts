// A load-generator process (started by fleet/index.ts). Two modes:
//   closed: `connections` keep-alive connections, each sending its next request as soon as the
//           last one is answered (autocannon), so the concurrency is fixed;
//   paced:  open loop, request i due at start + i/rate whatever the answers do, latency counted
//           from when it was due (as paced-load.ts).
// Every answer is recorded (completion time, latency, operation, ok) and sent back whole, so the
// parent computes exact percentiles over all workers and over any time window.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import autocannon from 'autocannon';
import { postOnce } from '../paced-load.js';
import type { WorkerJob, WorkerResult } from './protocol.js';

const bodyOf = (template: string) => (template.includes('__UUID__') ? template.replaceAll('__UUID__', randomUUID()) : template);

function picker(job: WorkerJob): () => number {
  const weights = job.requests.map((r) => r.weight ?? 1);
  const total = weights.reduce((a, b) => a + b, 0);
  if (weights.every((w) => w === weights[0])) return () => (Math.random() * weights.length) | 0;
  return () => {
    let x = Math.random() * total;
    for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
    return weights.length - 1;
  };
}

const failed = (status: number, body: string) => status < 200 || status >= 300 || body.includes('"errors"');

class Samples {
  t: number[] = [];
  lat: number[] = [];
  op: number[] = [];
  ok: number[] = [];
  add(t: number, lat: number, op: number, ok: boolean) {
    this.t.push(t);
    this.lat.push(lat);
    this.op.push(op);
    this.ok.push(ok ? 1 : 0);
  }
}

async function closed(job: WorkerJob): Promise<WorkerResult> {
  const pick = picker(job);
  const s = new Samples();
  let badBodies = 0;
  let firstError: string | null = null;
  const started = performance.now();
  // Without a callback autocannon returns its instance, an EventEmitter that is also a promise.
  const instance = autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    timeout: job.timeoutSeconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...job.headers },
        setupRequest: (req) => ({ ...req, body: bodyOf(job.requests[pick()].body) }),
        onResponse: (status, body) => {
          if (failed(status, body)) {
            badBodies += 1;
            firstError ??= `HTTP ${status}: ${body.slice(0, 200)}`;
          }
        },
      },
    ],
  }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    s.add(performance.now() - started, responseTime, 0, true);
  });
  instance.on('reqError', (err: Error) => {
    firstError ??= err.message;
  });
  const result = await instance;
  return {
    type: 'result',
    ...s,
    sent: result.requests.sent,
    errors: badBodies + result.errors + result.timeouts,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    firstError,
    seconds: (performance.now() - started) / 1000,
  };
}

async function paced(job: WorkerJob): Promise<WorkerResult> {
  const pick = picker(job);
  const s = new Samples();
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const headers = { 'content-type': 'application/json', ...job.headers };
  let errors = 0;
  let timeouts = 0;
  let firstError: string | null = null;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  const total = Math.round(job.rate * job.seconds);
  // Spread the workers' schedules so that together they are even.
  const offset = (job.index / job.of) * (1000 / job.rate);
  for (let i = 0; i < total; i++) {
    const due = started + offset + (i * 1000) / job.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const op = pick();
    const request = postOnce(agent, job.url, headers, bodyOf(job.requests[op].body), job.timeoutSeconds * 1000).then(
      (reply) => {
        const now = performance.now();
        const bad = failed(reply.status, reply.body);
        if (bad) {
          errors += 1;
          firstError ??= `HTTP ${reply.status}: ${reply.body.slice(0, 200)}`;
        }
        s.add(now - started, now - due, op, !bad);
      },
      (err: Error) => {
        const now = performance.now();
        errors += 1;
        if (err.message === 'timed out') timeouts += 1;
        firstError ??= err.message;
        s.add(now - started, now - due, op, false);
      },
    );
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { type: 'result', ...s, sent: total, errors, connectionErrors: 0, timeouts, firstError, seconds: (performance.now() - started) / 1000 };
}

process.on('message', (job: WorkerJob) => {
  void (job.mode === 'closed' ? closed(job) : paced(job)).then(
    (r) => process.send!(r, () => process.exit(0)),
    (err: Error) => process.send!({ type: 'failed', message: err.stack ?? err.message }, () => process.exit(1)),
  );
});
