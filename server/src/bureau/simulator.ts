// A simulated credit bureau: a real HTTP server on loopback whose latency and failure rate can be
// changed while it runs, so the client's timeouts, retries, breaker and rate limit are exercised
// against real sockets rather than mocks.
//
//   POST /v1/reports      BureauSubject -> 200 { report } after the configured latency
//                         (a no-hit report when the source has no file); with probability
//                         failureRate a 503 (mode "error") or no reply at all (mode "timeout")
//   POST /admin/behaviour { latencyMs?, latencyJitterMs?, failureRate?, failureMode? } -> 200 { behaviour }
//   GET  /admin/stats     -> 200 { stats, behaviour }
//   GET  /healthz         -> 200 { ok: true }
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import type { BureauRecordSource } from './record-source.js';
import { bureauSubjectSchema, firstIssue, noHitReport } from './report.js';

export type FailureMode = 'error' | 'timeout';

export interface SimulatorBehaviour {
  /** Base delay before every reply to /v1/reports (ms). */
  latencyMs: number;
  /** Extra uniform random delay in [0, latencyJitterMs) (ms). */
  latencyJitterMs: number;
  /** Probability 0..1 that a report request fails. */
  failureRate: number;
  /** "error": reply 503; "timeout": never reply (the socket is held until close()). */
  failureMode: FailureMode;
}

export interface SimulatorOptions extends Partial<SimulatorBehaviour> {
  source: BureauRecordSource;
  port?: number;
  host?: string;
  /** Random source for failure draws and jitter; Math.random by default. */
  random?: () => number;
  /** Largest request body accepted (bytes). */
  maxBodyBytes?: number;
}

export interface SimulatorStats {
  /** Requests to POST /v1/reports, whatever became of them. */
  reportRequests: number;
  /** 200 replies with a report (hit or no hit). */
  served: number;
  hits: number;
  noHits: number;
  /** 503 replies drawn by failureRate in mode "error". */
  failures: number;
  /** Requests left without a reply in mode "timeout". */
  heldOpen: number;
  /** Of those, how many connections are still open now (a client that gave up closes its own). */
  holding: number;
  badRequests: number;
  /** Requests the client gave up on before the reply was due. */
  abandoned: number;
  inFlight: number;
}

export interface BureauSimulator {
  url: string;
  port: number;
  setBehaviour(partial: Partial<SimulatorBehaviour>): SimulatorBehaviour;
  behaviour(): SimulatorBehaviour;
  stats(): SimulatorStats;
  resetStats(): void;
  close(): Promise<void>;
}

const behaviourSchema = z
  .object({
    latencyMs: z.number().finite().min(0).max(600_000),
    latencyJitterMs: z.number().finite().min(0).max(600_000),
    failureRate: z.number().min(0).max(1),
    failureMode: z.enum(['error', 'timeout']),
  })
  .partial()
  .strict();

const DEFAULT_MAX_BODY = 64 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        reject(new HttpError(413, `request body is larger than ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
      failed = true;
    });
    req.on('end', () => {
      if (failed) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return reject(new HttpError(400, 'request body is empty; expected JSON'));
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        reject(new HttpError(400, `request body is not valid JSON: ${(err as Error).message}`));
      }
    });
  });
}

export async function startBureauSimulator(opts: SimulatorOptions): Promise<BureauSimulator> {
  const random = opts.random ?? Math.random;
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let behaviour: SimulatorBehaviour = behaviourSchema.required().parse({
    latencyMs: opts.latencyMs ?? 20,
    latencyJitterMs: opts.latencyJitterMs ?? 0,
    failureRate: opts.failureRate ?? 0,
    failureMode: opts.failureMode ?? 'error',
  });
  const emptyStats = (): SimulatorStats => ({
    reportRequests: 0,
    served: 0,
    hits: 0,
    noHits: 0,
    failures: 0,
    heldOpen: 0,
    holding: 0,
    badRequests: 0,
    abandoned: 0,
    inFlight: 0,
  });
  let stats = emptyStats();
  /** Replies held open in timeout mode; ended on close(). */
  const held = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let closing = false;

  /** Waits ms; resolves false early if the client hangs up first (its own timeout fired). */
  const delay = (ms: number, res: ServerResponse) =>
    new Promise<boolean>((resolve) => {
      if (ms <= 0) return resolve(true);
      const onClose = () => {
        clearTimeout(t);
        timers.delete(t);
        resolve(false);
      };
      const t = setTimeout(() => {
        timers.delete(t);
        res.off('close', onClose);
        resolve(true);
      }, ms);
      timers.add(t);
      res.once('close', onClose);
    });

  async function handleReport(req: IncomingMessage, res: ServerResponse): Promise<void> {
    stats.reportRequests += 1;
    stats.inFlight += 1;
    try {
      const body = await readJson(req, maxBody);
      const parsed = bureauSubjectSchema.safeParse(body);
      if (!parsed.success) throw new HttpError(400, `invalid subject: ${firstIssue(parsed.error)}`);
      const subject = parsed.data;
      // Draw the outcome up front so that the latency applies to failures too.
      const b = behaviour;
      const fails = b.failureRate > 0 && random() < b.failureRate;
      if (fails && b.failureMode === 'timeout') {
        stats.heldOpen += 1;
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      }
      const wait = b.latencyMs + (b.latencyJitterMs > 0 ? random() * b.latencyJitterMs : 0);
      const stillWanted = await delay(wait, res);
      if (!stillWanted || res.destroyed) {
        stats.abandoned += 1;
        return;
      }
      if (fails) {
        stats.failures += 1;
        res.setHeader('retry-after', '1');
        sendJson(res, 503, { error: 'bureau temporarily unavailable (simulated)' });
        return;
      }
      const record = await opts.source.get(subject.subjectRef);
      const report = record ?? noHitReport(subject.subjectRef);
      if (record) stats.hits += 1;
      else stats.noHits += 1;
      stats.served += 1;
      sendJson(res, 200, { report });
    } finally {
      stats.inFlight -= 1;
    }
  }

  async function handleBehaviour(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req, maxBody);
    const parsed = behaviourSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, `invalid behaviour: ${firstIssue(parsed.error)}`);
    sendJson(res, 200, { behaviour: setBehaviour(parsed.data) });
  }

  function setBehaviour(partial: Partial<SimulatorBehaviour>): SimulatorBehaviour {
    const parsed = behaviourSchema.parse(partial);
    const defined = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined));
    behaviour = { ...behaviour, ...defined };
    // Leaving timeout mode (or failing less) does not release replies already held: like a real
    // outage, those requests are lost and their clients time out on their own.
    return { ...behaviour };
  }

  const server = createServer((req, res) => {
    const url = req.url?.split('?')[0] ?? '/';
    const route = `${req.method} ${url}`;
    let work: Promise<void>;
    if (route === 'POST /v1/reports') work = handleReport(req, res);
    else if (route === 'POST /admin/behaviour') work = handleBehaviour(req, res);
    else if (route === 'GET /admin/stats') {
      sendJson(res, 200, { stats: { ...stats, holding: held.size }, behaviour: { ...behaviour } });
      return;
    } else if (route === 'GET /healthz') {
      sendJson(res, 200, { ok: true });
      return;
    } else {
      const known = ['/v1/reports', '/admin/behaviour', '/admin/stats', '/healthz'].includes(url);
      sendJson(res, known ? 405 : 404, { error: known ? `method ${req.method} not allowed` : `no route ${url}` });
      return;
    }
    work.catch((err: unknown) => {
      if (err instanceof HttpError) {
        stats.badRequests += 1;
        if (!res.headersSent && !res.destroyed) {
          // Do not keep reading an oversized body.
          if (err.status === 413) res.setHeader('connection', 'close');
          sendJson(res, err.status, { error: err.message });
        }
        return;
      }
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, { error: (err as Error).message ?? 'internal error' });
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${hostForUrl}:${address.port}`,
    port: address.port,
    setBehaviour,
    behaviour: () => ({ ...behaviour }),
    stats: () => ({ ...stats, holding: held.size }),
    resetStats: () => {
      const inFlight = stats.inFlight;
      stats = emptyStats();
      stats.inFlight = inFlight;
    },
    close: () => {
      if (closing) return Promise.resolve();
      closing = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const res of held) res.destroy();
      held.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
