// Open-loop load at an even pace, for latency below saturation (see pacedLoad).
import http from 'node:http';
import type { Figures, LoadOptions } from './lib.js';

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Open loop at an even pace: request i is due at start + i/rate, whatever the answers do, and its
 * latency counts from when it was due (so a slow server cannot hide its queue). autocannon's own
 * rate limit is not used for this: it gives each connection a one-second window, all opened at
 * once, so "100/s over 100 connections" arrives as a burst of 100 simultaneous requests each second.
 */
export async function pacedLoad(o: LoadOptions & { rate: number }): Promise<Figures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const headers = { 'content-type': 'application/json', ...o.headers };
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const fail = (why: string) => {
    errors += 1;
    firstError ??= why;
  };
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  const total = Math.round(o.rate * o.seconds);
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / o.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const request = postOnce(agent, o.url, headers, o.body()).then(
      (reply) => {
        latencies.push(performance.now() - due);
        if (reply.status < 200 || reply.status >= 300 || reply.body.includes('"errors"')) fail(`HTTP ${reply.status}: ${reply.body.slice(0, 200)}`);
        o.onBody?.(reply.body);
      },
      (err: Error) => fail(err.message),
    );
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  if (firstError) console.error(`${o.name.trim()}: ${errors} errors, the first: ${firstError}`);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : 0);
  return { name: o.name, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors, requests: total };
}

/** One POST and its whole answer; a request past `timeoutMs` fails with "timed out". */
export function postOnce(agent: http.Agent, url: string, headers: Record<string, string>, body: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
