// Runs each distinct subscription once per group of subscribers and sends every result to all of
// them: subscribers with the same tenant, role, document and variables see the same result, so it
// is executed and serialised once per group (as Hasura multiplexes live queries), and each socket
// gets the same bytes behind its own operation id. Sends are spread over the event loop in
// slices, so a fan-out to thousands of sockets never stalls HTTP requests.
//
// Slow consumers: a socket whose unsent bytes pass HIGH_WATER_BYTES gets nothing more written;
// its messages wait in a bounded queue (for a state like the dashboard only the latest is kept,
// since each message carries the whole state; for event streams the oldest are dropped past
// MAX_QUEUED) and are sent once the socket has drained.
import { subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import { frameSinkFor, type FrameSink } from './frame-writer.js';

export const SLICE_SIZE = 200;
export const HIGH_WATER_BYTES = 512 * 1024;
export const MAX_QUEUED = 64;
const DRAIN_CHECK_MS = 50;

export interface GroupKey {
  /** Everything that makes two subscriptions see the same results. */
  key: string;
  /** True when each message is a whole state (a new subscriber gets the latest at once, a slow one only the latest). */
  stateful: boolean;
}

interface Member {
  sink: FrameSink;
  /** `{"id":"…","type":"next","payload":` for this subscriber's operation id. */
  head: Buffer;
  /** Bodies (payload + closing brace) waiting for the socket to drain, oldest first. */
  queued: Buffer[];
  dropped: number;
  end: () => void;
  ended: boolean;
}

interface Group {
  key: string;
  stateful: boolean;
  members: Set<Member>;
  /** The latest body, for stateful groups: what a new member gets at once. */
  latest: Buffer | null;
  source: AsyncIterator<ExecutionResult> | null;
}

export interface MultiplexerStats {
  groups: number;
  subscribers: number;
  /** Subscribers with messages waiting for their socket to drain. */
  slow: number;
  queuedMessages: number;
  droppedMessages: number;
  deliveries: number;
  executions: number;
}

export class SubscriptionMultiplexer {
  private readonly groups = new Map<string, Group>();
  /** Groups whose source is being started: later arrivals wait for it instead of starting another. */
  private readonly starting = new Map<string, Promise<Group | ExecutionResult>>();
  private readonly slow = new Set<Member>();
  private drainTimer: NodeJS.Timeout | null = null;
  private deliveries = 0;
  private executions = 0;
  private dropped = 0;

  constructor(private readonly onError: (message: string, e: unknown) => void = () => {}) {}

  /**
   * Joins the subscriber to its group, starting the group's source when it is the first. Returns the
   * iterable graphql-ws waits on (it ends when the group does, and leaves the group on return()),
   * or the ExecutionResult with errors when the subscription could not start.
   */
  async join(group: GroupKey, args: ExecutionArgs, socket: WebSocket, operationId: string): Promise<AsyncGenerator<never> | ExecutionResult> {
    const g = await this.groupFor(group, args);
    if (!('members' in g)) return g;
    const head = Buffer.from(`{"id":${JSON.stringify(operationId)},"type":"next","payload":`);
    const member: Member = { sink: frameSinkFor(socket), head, queued: [], dropped: 0, end: () => {}, ended: false };
    g.members.add(member);
    if (g.stateful && g.latest !== null) this.send(member, g.latest, true);
    return this.membership(g, member);
  }

  stats(): MultiplexerStats {
    let subscribers = 0;
    for (const g of this.groups.values()) subscribers += g.members.size;
    let queued = 0;
    for (const m of this.slow) queued += m.queued.length;
    return {
      groups: this.groups.size,
      subscribers,
      slow: this.slow.size,
      queuedMessages: queued,
      droppedMessages: this.dropped,
      deliveries: this.deliveries,
      executions: this.executions,
    };
  }

  /** Ends every group (at shutdown): subscribers get "complete". */
  async close(): Promise<void> {
    await Promise.all([...this.groups.values()].map((g) => this.endGroup(g)));
    if (this.drainTimer) clearInterval(this.drainTimer);
    this.drainTimer = null;
  }

  private async groupFor(key: GroupKey, args: ExecutionArgs): Promise<Group | ExecutionResult> {
    const existing = this.groups.get(key.key);
    if (existing) return existing;
    let pending = this.starting.get(key.key);
    if (!pending) {
      pending = this.startGroup(key, args).finally(() => this.starting.delete(key.key));
      this.starting.set(key.key, pending);
    }
    return pending;
  }

  private async startGroup(key: GroupKey, args: ExecutionArgs): Promise<Group | ExecutionResult> {
    const result = await subscribe(args);
    if (!isAsyncIterable(result)) return result;
    const g: Group = { key: key.key, stateful: key.stateful, members: new Set(), latest: null, source: result[Symbol.asyncIterator]() };
    this.groups.set(key.key, g);
    void this.pump(g);
    return g;
  }

  /** Pulls the group's results one at a time; each is fanned out before the next is pulled. */
  private async pump(g: Group): Promise<void> {
    try {
      for (;;) {
        const source = g.source; // null once the group has ended (e.g. during a sliced fan-out)
        if (!source) break;
        const next = await source.next();
        if (next.done || g.source === null) break;
        this.executions++;
        await this.fanOut(g, Buffer.from(JSON.stringify(next.value) + '}'));
      }
    } catch (e) {
      this.onError(`subscription group failed; its subscribers are completed`, e);
    }
    await this.endGroup(g);
  }

  /** `body` is the serialised result and the brace that closes each member's message. */
  private async fanOut(g: Group, body: Buffer): Promise<void> {
    if (g.stateful) g.latest = body;
    const members = [...g.members];
    for (let i = 0; i < members.length; i += SLICE_SIZE) {
      if (i > 0) await new Promise<void>((r) => setImmediate(r));
      const end = Math.min(i + SLICE_SIZE, members.length);
      for (let j = i; j < end; j++) if (!members[j].ended) this.send(members[j], body, g.stateful);
    }
  }

  private send(m: Member, body: Buffer, stateful: boolean): void {
    if (!m.sink.open) return;
    if (m.queued.length === 0 && m.sink.pending < HIGH_WATER_BYTES) {
      m.sink.write(m.head, body);
      this.deliveries++;
      return;
    }
    if (stateful) {
      this.dropped += m.queued.length;
      m.queued = [body]; // the whole state: older ones are superseded
    } else {
      m.queued.push(body);
      if (m.queued.length > MAX_QUEUED) {
        m.queued.shift();
        m.dropped++;
        this.dropped++;
      }
    }
    this.slow.add(m);
    this.drainTimer ??= setInterval(() => this.drainSlow(), DRAIN_CHECK_MS);
  }

  private drainSlow(): void {
    for (const m of this.slow) {
      if (m.ended || !m.sink.open) {
        this.slow.delete(m);
        continue;
      }
      while (m.queued.length > 0 && m.sink.pending < HIGH_WATER_BYTES) {
        m.sink.write(m.head, m.queued.shift()!);
        this.deliveries++;
      }
      if (m.queued.length === 0) this.slow.delete(m);
    }
    if (this.slow.size === 0 && this.drainTimer) {
      clearInterval(this.drainTimer);
      this.drainTimer = null;
    }
  }

  private leave(g: Group, m: Member): void {
    if (m.ended) return;
    m.ended = true;
    g.members.delete(m);
    this.slow.delete(m);
    m.end();
    if (g.members.size === 0) void this.endGroup(g);
  }

  private async endGroup(g: Group): Promise<void> {
    if (this.groups.get(g.key) === g) this.groups.delete(g.key);
    const source = g.source;
    g.source = null;
    for (const m of [...g.members]) this.leave(g, m);
    await source?.return?.().catch((e: unknown) => this.onError('ending a subscription source failed', e));
  }

  /** What graphql-ws iterates for one subscriber: nothing is yielded (the multiplexer writes to the socket). */
  private membership(g: Group, m: Member): AsyncGenerator<never> {
    const ended = new Promise<IteratorResult<never>>((resolve) => {
      m.end = () => resolve({ value: undefined, done: true });
    });
    if (g.source === null) this.leave(g, m); // the group ended while this subscriber joined
    const self: AsyncGenerator<never> = {
      next: () => ended,
      return: async () => {
        this.leave(g, m);
        return { value: undefined, done: true };
      },
      throw: async (e: unknown) => {
        this.leave(g, m);
        throw e;
      },
      [Symbol.asyncIterator]: () => self,
    } as AsyncGenerator<never>;
    return self;
  }
}

function isAsyncIterable(v: unknown): v is AsyncIterable<ExecutionResult> {
  return typeof v === 'object' && v !== null && Symbol.asyncIterator in v;
}
