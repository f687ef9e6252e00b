// Event-loop lag of the server seen from outside: GET /healthz at a fixed pace (open loop: a
// stalled server gets the next ping on time, not after the previous answer) and the response times.
//
// Two kinds of pings, because a busy Node server treats them differently: on keep-alive
// connections opened beforehand (what a load balancer or a browser holds; this is the event-loop
// lag), and on a new connection each (a server that stops calling accept() while it fans out
// keeps these waiting in the kernel's backlog even when its loop turns).
import { Agent, get } from 'node:http';

export type PingMode = { kind: 'keep-alive'; connections: number } | { kind: 'new-connection'; maxInFlight: number };

export interface PingTimes {
  /** Response times in ms, and when each of those pings was sent (performance.timeOrigin + now). */
  times: number[];
  sentAt: number[];
  failures: number;
  /** Pings not sent because every connection (or the in-flight limit) was taken. */
  skipped: number;
}

export class HealthPinger {
  private readonly agent: Agent | undefined;
  private readonly limit: number;
  private readonly pending = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private phase: PingTimes = { times: [], sentAt: [], failures: 0, skipped: 0 };

  constructor(
    private readonly url: string,
    private readonly everyMs: number,
    mode: PingMode,
  ) {
    // fifo: every connection is used in turn, so none idles past the server's keep-alive timeout.
    this.agent = mode.kind === 'keep-alive' ? new Agent({ keepAlive: true, maxSockets: mode.connections, maxFreeSockets: mode.connections, scheduling: 'fifo' }) : undefined;
    this.limit = mode.kind === 'keep-alive' ? mode.connections : mode.maxInFlight;
  }

  /** Opens the keep-alive connections (all at once, so the agent has to open every one). */
  async open(): Promise<void> {
    if (!this.agent) return;
    await Promise.all(Array.from({ length: this.limit }, () => this.ping()));
    this.phase = { times: [], sentAt: [], failures: 0, skipped: 0 };
  }

  start(): void {
    this.phase = { times: [], sentAt: [], failures: 0, skipped: 0 };
    this.timer = setInterval(() => {
      if (this.pending.size >= this.limit) this.phase.skipped += 1;
      else void this.ping();
    }, this.everyMs);
  }

  /** Stops sending and returns this phase's figures once the pings in flight are answered. */
  async stop(): Promise<PingTimes> {
    clearInterval(this.timer);
    await Promise.all(this.pending);
    return this.phase;
  }

  close(): void {
    clearInterval(this.timer);
    this.agent?.destroy();
  }

  private ping(): Promise<void> {
    const phase = this.phase;
    const sent = performance.now();
    const done = new Promise<void>((resolve) => {
      const req = get(this.url, { agent: this.agent ?? false, timeout: 60_000 }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) {
            phase.times.push(performance.now() - sent);
            phase.sentAt.push(performance.timeOrigin + sent);
          } else {
            phase.failures += 1;
          }
          resolve();
        });
      });
      req.on('error', () => {
        phase.failures += 1;
        resolve();
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
    });
    this.pending.add(done);
    void done.then(() => this.pending.delete(done));
    return done;
  }
}
