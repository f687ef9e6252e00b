// The orchestrator's side of the client workers: starts them (on the orchestrator's core, at a
// lower priority than the orchestrator so its pings and publishes go out on time), spreads the
// sockets over them, and gathers what they report.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setPriority } from 'node:os';
import { ROOT } from '../../processes.js';
import type { Collect, FromWorker, Ready, Reached, StartWorker, ToWorker, WorkerResult } from './protocol.js';

const WORKER_NICENESS = 5;

export interface FleetOptions {
  url: string;
  clients: number;
  perWorker: number;
  connectionParams: Record<string, unknown>;
  query: string;
  concurrency: number;
  client: 'lean' | 'ws';
}

class Worker {
  readonly child: ChildProcess;
  private readonly waiting = new Map<FromWorker['type'], (m: FromWorker) => void>();
  private readonly arrived = new Map<FromWorker['type'], FromWorker>();
  /** Offsets every socket of this worker has reached, and who waits for which. */
  private readonly reachedOffsets = new Set<number>();
  private readonly reachedWaiters = new Map<number, () => void>();

  constructor() {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'ops/bench/subscriptions/client-worker.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    try {
      setPriority(this.child.pid!, WORKER_NICENESS);
    } catch {
      // not allowed here: the figures are only a little noisier
    }
    this.child.on('message', (m: FromWorker) => {
      if (m.type === 'reached') return this.onReached(m);
      const waiter = this.waiting.get(m.type);
      if (waiter) {
        this.waiting.delete(m.type);
        waiter(m);
      } else {
        this.arrived.set(m.type, m);
      }
    });
  }

  send(m: ToWorker) {
    this.child.send(m);
  }

  private onReached(m: Reached) {
    this.reachedOffsets.add(m.offset);
    this.reachedWaiters.get(m.offset)?.();
  }

  /** Resolves once every socket of this worker has seen its snapshot's totals.views + offset. */
  whenReached(offset: number): Promise<void> {
    if (this.reachedOffsets.has(offset)) return Promise.resolve();
    const p = new Promise<void>((resolve) => this.reachedWaiters.set(offset, resolve));
    this.send({ type: 'await', offset });
    return p;
  }

  /** The next message of this type (or the one that already came). */
  next<T extends FromWorker>(type: T['type']): Promise<T> {
    const early = this.arrived.get(type);
    if (early) {
      this.arrived.delete(type);
      return Promise.resolve(early as T);
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(type, resolve as (m: FromWorker) => void);
      this.child.once('exit', (code) => reject(new Error(`a client worker exited with ${code} before "${type}"`)));
    });
  }
}

/** The workers' `ready` reports combined, and how long connecting took. */
export type FleetReady = Omit<Ready, 'type'> & { connectMs: number };

export class ClientFleet {
  private readonly workers: Worker[] = [];

  /** Starts the workers and waits until every socket has its first message (or has failed). */
  async connect(o: FleetOptions, timeoutMs: number): Promise<FleetReady> {
    const count = Math.max(1, Math.ceil(o.clients / o.perWorker));
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const sockets = Math.floor(o.clients / count) + (i < o.clients % count ? 1 : 0);
      const worker = new Worker();
      this.workers.push(worker);
      const start: StartWorker = {
        type: 'start',
        url: o.url,
        sockets,
        connectionParams: o.connectionParams,
        query: o.query,
        concurrency: Math.max(1, Math.round(o.concurrency / count)),
        client: o.client,
      };
      worker.send(start);
    }
    const ready = await withTimeout(Promise.all(this.workers.map((w) => w.next<Ready>('ready'))), timeoutMs, 'clients to connect');
    return {
      subscribed: sum(ready.map((r) => r.subscribed)),
      failed: sum(ready.map((r) => r.failed)),
      firstViews: [Math.min(...ready.map((r) => r.firstViews[0])), Math.max(...ready.map((r) => r.firstViews[1]))],
      messageBytes: Math.max(...ready.map((r) => r.messageBytes)),
      sample: ready[0].sample,
      errors: ready.flatMap((r) => r.errors),
      connectMs: performance.now() - started,
    };
  }

  /** Resolves when every socket has seen its snapshot's totals.views + offset (true), or after `timeoutMs` (false). */
  async reached(offset: number, timeoutMs: number): Promise<boolean> {
    const all = Promise.all(this.workers.map((w) => w.whenReached(offset))).then(() => true);
    return Promise.race([all, new Promise<boolean>((r) => setTimeout(() => r(false), timeoutMs).unref())]);
  }

  async collect(publishedAt: number[], warmup: number): Promise<WorkerResult[]> {
    const collect: Collect = { type: 'collect', publishedAt, warmup };
    this.workers.forEach((w) => w.send(collect));
    return Promise.all(this.workers.map((w) => w.next<WorkerResult>('result')));
  }

  get pids(): number[] {
    return this.workers.map((w) => w.child.pid!);
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(async (w) => {
        if (w.child.exitCode !== null) return;
        const exited = once(w.child, 'exit');
        if (w.child.connected) w.send({ type: 'close' });
        else w.child.kill();
        const killer = setTimeout(() => w.child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }),
    );
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}
