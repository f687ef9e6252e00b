import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, parse, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { HIGH_WATER_BYTES, MAX_QUEUED, SLICE_SIZE, SubscriptionMultiplexer } from './subscription-multiplexer.js';

interface Tick {
  n: number;
  topic: string;
}

/** An async queue the subscription's source reads from; return() ends it, as a pub/sub iterator does. */
class Channel<T> {
  private readonly values: T[] = [];
  private readonly waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void }[] = [];
  private closed = false;
  returnCalls = 0;

  push(value: T): void {
    const w = this.waiting.shift();
    if (w) w.resolve({ value, done: false });
    else this.values.push(value);
  }

  end(): void {
    this.closed = true;
    for (const w of this.waiting.splice(0)) w.resolve({ value: undefined, done: true });
  }

  fail(e: unknown): void {
    for (const w of this.waiting.splice(0)) w.reject(e);
  }

  iterator(): AsyncIterableIterator<T> {
    const it: AsyncIterableIterator<T> = {
      next: () => {
        if (this.values.length > 0) return Promise.resolve({ value: this.values.shift()!, done: false });
        if (this.closed) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
      },
      return: () => {
        this.returnCalls++;
        this.end();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }
}

/** A tiny schema whose subscription reads the channel of its topic; counts subscribe and resolve calls. */
function fixture() {
  const counts = { subscribe: 0, resolve: 0 };
  const channels: { topic: string; channel: Channel<Tick> }[] = [];
  const schema = makeExecutableSchema({
    typeDefs: /* GraphQL */ `
      type Query {
        ok: Boolean
      }
      type Tick {
        n: Int!
        topic: String!
      }
      type Subscription {
        tick(topic: String!): Tick
      }
    `,
    resolvers: {
      Subscription: {
        tick: {
          subscribe: (_: unknown, { topic }: { topic: string }) => {
            counts.subscribe++;
            if (topic === 'forbidden') throw new GraphQLError('not for you', { extensions: { code: 'FORBIDDEN' } });
            const channel = new Channel<Tick>();
            channels.push({ topic, channel });
            return channel.iterator();
          },
          resolve: (payload: Tick) => {
            counts.resolve++;
            return payload;
          },
        },
      },
    },
  });
  const document = parse('subscription Ticks($topic: String!) { tick(topic: $topic) { n topic } }');
  const args = (topic: string): ExecutionArgs => ({ schema, document, contextValue: {}, variableValues: { topic } });
  /** The channel of the latest group started for `topic`. */
  const channel = (topic: string) => {
    const found = channels.filter((c) => c.topic === topic).at(-1);
    if (!found) throw new Error(`no subscription to ${topic}`);
    return found.channel;
  };
  return { schema, counts, channels, args, channel };
}

interface FakeSocket {
  readyState: number;
  bufferedAmount: number;
  frames: string[];
  send(data: string): void;
}

function fakeSocket(log?: string[]): FakeSocket {
  return {
    readyState: 1,
    bufferedAmount: 0,
    frames: [],
    send(data: string) {
      this.frames.push(data);
      log?.push(data);
    },
  };
}

const asWs = (s: FakeSocket) => s as unknown as WebSocket;

function isMembership(r: AsyncGenerator<never> | ExecutionResult): r is AsyncGenerator<never> {
  return typeof (r as AsyncGenerator<never>).next === 'function';
}

const frameOf = (id: string, n: number, topic: string) => ({ id, type: 'next', payload: { data: { tick: { n, topic } } } });
const ticksOf = (s: FakeSocket) => s.frames.map((f) => (JSON.parse(f) as ReturnType<typeof frameOf>).payload.data.tick.n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Settles pending microtasks and a few event-loop turns. */
const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise<void>((r) => setImmediate(r));
};

const multiplexers: SubscriptionMultiplexer[] = [];
function newMultiplexer(onError?: (message: string, e: unknown) => void) {
  const m = new SubscriptionMultiplexer(onError);
  multiplexers.push(m);
  return m;
}
afterEach(async () => {
  for (const m of multiplexers.splice(0)) await m.close();
});

async function joinAll(mux: SubscriptionMultiplexer, key: string, stateful: boolean, args: ExecutionArgs, sockets: FakeSocket[], idPrefix = 'op') {
  const results = await Promise.all(sockets.map((s, i) => mux.join({ key, stateful }, args, asWs(s), `${idPrefix}-${i}`)));
  return results.map((r) => {
    if (!isMembership(r)) throw new Error(`join failed: ${JSON.stringify(r)}`);
    return r;
  });
}

describe('SubscriptionMultiplexer grouping', () => {
  it('1,000 members of one group: one subscribe, the resolver runs once per event, every socket gets its own frame', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const sockets = Array.from({ length: 1_000 }, () => fakeSocket());
    await joinAll(mux, 'g', false, f.args('a'), sockets);
    expect(f.counts.subscribe).toBe(1);
    expect(mux.stats()).toMatchObject({ groups: 1, subscribers: 1_000 });

    for (let n = 1; n <= 3; n++) f.channel('a').push({ n, topic: 'a' });
    await vi.waitFor(() => expect(sockets.every((s) => s.frames.length === 3)).toBe(true), { timeout: 5_000, interval: 5 });

    expect(f.counts.resolve).toBe(3);
    expect(mux.stats()).toMatchObject({ executions: 3, deliveries: 3_000 });
    sockets.forEach((s, i) => {
      expect(s.frames.map((fr) => JSON.parse(fr))).toEqual([1, 2, 3].map((n) => frameOf(`op-${i}`, n, 'a')));
    });
  });

  it('members joining at the same time share the group being started', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    await joinAll(mux, 'g', false, f.args('a'), Array.from({ length: 20 }, () => fakeSocket()));
    expect(f.counts.subscribe).toBe(1);
    expect(mux.stats().groups).toBe(1);
  });

  it('different keys are separate groups, each with its own source', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const [sa, sb] = [fakeSocket(), fakeSocket()];
    await joinAll(mux, 'key-a', false, f.args('a'), [sa], 'a');
    await joinAll(mux, 'key-b', false, f.args('b'), [sb], 'b');
    expect(f.counts.subscribe).toBe(2);
    expect(mux.stats()).toMatchObject({ groups: 2, subscribers: 2 });

    f.channel('a').push({ n: 1, topic: 'a' });
    await vi.waitFor(() => expect(sa.frames).toHaveLength(1));
    await turns();
    expect(sb.frames).toHaveLength(0);
    f.channel('b').push({ n: 7, topic: 'b' });
    await vi.waitFor(() => expect(sb.frames).toHaveLength(1));
    expect(JSON.parse(sb.frames[0])).toEqual(frameOf('b-0', 7, 'b'));
    expect(sa.frames).toHaveLength(1);
    expect(f.counts.resolve).toBe(2);
  });

  it('the same key joins the existing group even with other args (the key decides)', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const [s1, s2] = [fakeSocket(), fakeSocket()];
    await joinAll(mux, 'same', false, f.args('a'), [s1], 'x');
    await joinAll(mux, 'same', false, f.args('other'), [s2], 'y');
    expect(f.counts.subscribe).toBe(1);
    f.channel('a').push({ n: 1, topic: 'a' });
    await vi.waitFor(() => expect(s2.frames).toHaveLength(1));
    expect(JSON.parse(s2.frames[0])).toEqual(frameOf('y-0', 1, 'a'));
  });

  it('escapes the operation id in the frame', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const s = fakeSocket();
    const id = 'we"ird\\id\n';
    const r = await mux.join({ key: 'g', stateful: false }, f.args('a'), asWs(s), id);
    expect(isMembership(r)).toBe(true);
    f.channel('a').push({ n: 1, topic: 'a' });
    await vi.waitFor(() => expect(s.frames).toHaveLength(1));
    expect(JSON.parse(s.frames[0])).toEqual(frameOf(id, 1, 'a'));
  });
});

describe('late joiners', () => {
  it('a stateful group sends its latest payload at once to a member who joins later', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const early = fakeSocket();
    await joinAll(mux, 'g', true, f.args('a'), [early], 'early');
    f.channel('a').push({ n: 1, topic: 'a' });
    f.channel('a').push({ n: 2, topic: 'a' });
    await vi.waitFor(() => expect(early.frames).toHaveLength(2));

    const late = fakeSocket();
    await joinAll(mux, 'g', true, f.args('a'), [late], 'late');
    expect(late.frames.map((fr) => JSON.parse(fr))).toEqual([frameOf('late-0', 2, 'a')]);
    expect(f.counts.resolve).toBe(2); // served from the group, not executed again

    f.channel('a').push({ n: 3, topic: 'a' });
    await vi.waitFor(() => expect(late.frames).toHaveLength(2));
    expect(ticksOf(late)).toEqual([2, 3]);
  });

  it('a stateful group with no result yet sends nothing on join', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const s = fakeSocket();
    await joinAll(mux, 'g', true, f.args('a'), [s]);
    await turns();
    expect(s.frames).toHaveLength(0);
  });

  it('an event group sends nothing old to a member who joins later', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const early = fakeSocket();
    await joinAll(mux, 'g', false, f.args('a'), [early], 'early');
    f.channel('a').push({ n: 1, topic: 'a' });
    await vi.waitFor(() => expect(early.frames).toHaveLength(1));

    const late = fakeSocket();
    await joinAll(mux, 'g', false, f.args('a'), [late], 'late');
    await turns();
    expect(late.frames).toHaveLength(0);
    f.channel('a').push({ n: 2, topic: 'a' });
    await vi.waitFor(() => expect(late.frames).toHaveLength(1));
    expect(ticksOf(late)).toEqual([2]);
  });
});

describe('slow consumers', () => {
  it('an event group: a socket above the high-water mark gets nothing, keeps the newest MAX_QUEUED, and gets them in order once drained', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const fast = fakeSocket();
    const slow = fakeSocket();
    slow.bufferedAmount = HIGH_WATER_BYTES + 1;
    await joinAll(mux, 'g', false, f.args('a'), [fast, slow]);
    const events = MAX_QUEUED + 36;
    for (let n = 1; n <= events; n++) f.channel('a').push({ n, topic: 'a' });
    await vi.waitFor(() => expect(fast.frames).toHaveLength(events));
    await sleep(120); // drain checks run, but the socket is still full

    expect(slow.frames).toHaveLength(0);
    expect(mux.stats()).toMatchObject({ slow: 1, queuedMessages: MAX_QUEUED, droppedMessages: events - MAX_QUEUED });

    slow.bufferedAmount = 0;
    await vi.waitFor(() => expect(slow.frames).toHaveLength(MAX_QUEUED), { timeout: 2_000, interval: 10 });
    expect(ticksOf(slow)).toEqual(Array.from({ length: MAX_QUEUED }, (_, i) => events - MAX_QUEUED + 1 + i));
    expect(JSON.parse(slow.frames[0])).toEqual(frameOf('op-1', events - MAX_QUEUED + 1, 'a'));
    expect(mux.stats()).toMatchObject({ slow: 0, queuedMessages: 0 });

    // Drained: it gets new events directly again.
    f.channel('a').push({ n: events + 1, topic: 'a' });
    await vi.waitFor(() => expect(slow.frames).toHaveLength(MAX_QUEUED + 1));
    expect(ticksOf(slow).at(-1)).toBe(events + 1);
  });

  it('a stateful group: a slow socket keeps only the latest message, whatever the number of events', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const fast = fakeSocket();
    const slow = fakeSocket();
    slow.bufferedAmount = HIGH_WATER_BYTES; // at the mark counts as full
    await joinAll(mux, 'g', true, f.args('a'), [fast, slow]);
    for (let n = 1; n <= 30; n++) f.channel('a').push({ n, topic: 'a' });
    await vi.waitFor(() => expect(fast.frames).toHaveLength(30));
    await sleep(80);

    expect(slow.frames).toHaveLength(0);
    expect(mux.stats()).toMatchObject({ slow: 1, queuedMessages: 1, droppedMessages: 29 });

    slow.bufferedAmount = HIGH_WATER_BYTES - 1;
    await vi.waitFor(() => expect(slow.frames).toHaveLength(1), { timeout: 2_000, interval: 10 });
    await sleep(80);
    expect(slow.frames.map((fr) => JSON.parse(fr))).toEqual([frameOf('op-1', 30, 'a')]);
    expect(mux.stats()).toMatchObject({ slow: 0, queuedMessages: 0 });
  });

  it('messages that arrive while older ones wait stay behind them', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const s = fakeSocket();
    s.bufferedAmount = HIGH_WATER_BYTES + 1;
    await joinAll(mux, 'g', false, f.args('a'), [s]);
    f.channel('a').push({ n: 1, topic: 'a' });
    f.channel('a').push({ n: 2, topic: 'a' });
    await vi.waitFor(() => expect(mux.stats().queuedMessages).toBe(2));
    // The socket drains, but before the drain check runs a new event comes: it must not jump the queue.
    s.bufferedAmount = 0;
    f.channel('a').push({ n: 3, topic: 'a' });
    await vi.waitFor(() => expect(s.frames).toHaveLength(3), { timeout: 2_000, interval: 10 });
    expect(ticksOf(s)).toEqual([1, 2, 3]);
  });

  it('a socket that is not open gets nothing and queues nothing', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const open = fakeSocket();
    const closing = fakeSocket();
    closing.readyState = 2;
    await joinAll(mux, 'g', false, f.args('a'), [open, closing]);
    f.channel('a').push({ n: 1, topic: 'a' });
    await vi.waitFor(() => expect(open.frames).toHaveLength(1));
    await turns();
    expect(closing.frames).toHaveLength(0);
    expect(mux.stats()).toMatchObject({ slow: 0, queuedMessages: 0, deliveries: 1 });
  });
});

describe('leaving and ending', () => {
  it('return() on a membership removes the member, ends its stream, and it gets no more frames', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const [s1, s2] = [fakeSocket(), fakeSocket()];
    const [m1] = await joinAll(mux, 'g', false, f.args('a'), [s1, s2]);
    const ended = m1.next();
    expect(await m1.return(undefined as never)).toEqual({ value: undefined, done: true });
    expect(await ended).toEqual({ value: undefined, done: true });
    expect(mux.stats()).toMatchObject({ groups: 1, subscribers: 1 });
    expect(f.channel('a').returnCalls).toBe(0); // others are still there

    f.channel('a').push({ n: 1, topic: 'a' });
    await vi.waitFor(() => expect(s2.frames).toHaveLength(1));
    await turns();
    expect(s1.frames).toHaveLength(0);
  });

  it('the last member leaving ends the group: the source is returned and a new join starts afresh', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const members = await joinAll(mux, 'g', true, f.args('a'), [fakeSocket(), fakeSocket()]);
    const first = f.channel('a');
    await members[0].return(undefined as never);
    expect(first.returnCalls).toBe(0);
    await members[1].return(undefined as never);
    await turns();
    expect(first.returnCalls).toBe(1);
    expect(mux.stats()).toMatchObject({ groups: 0, subscribers: 0 });

    // Leaving twice is harmless.
    await members[1].return(undefined as never);
    expect(first.returnCalls).toBe(1);

    const s = fakeSocket();
    await joinAll(mux, 'g', true, f.args('a'), [s]);
    expect(f.counts.subscribe).toBe(2);
    expect(f.channel('a')).not.toBe(first);
    expect(s.frames).toHaveLength(0); // the ended group's latest state is not reused
    f.channel('a').push({ n: 5, topic: 'a' });
    await vi.waitFor(() => expect(ticksOf(s)).toEqual([5]));
  });

  it('throw() on a membership leaves the group and rethrows', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const [m] = await joinAll(mux, 'g', false, f.args('a'), [fakeSocket()]);
    const boom = new Error('boom');
    await expect(m.throw(boom)).rejects.toBe(boom);
    await turns();
    expect(mux.stats().groups).toBe(0);
    expect(f.channel('a').returnCalls).toBe(1);
  });

  it('when the source ends, every member’s stream ends and the group is gone', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const members = await joinAll(mux, 'g', false, f.args('a'), [fakeSocket(), fakeSocket(), fakeSocket()]);
    const nexts = members.map((m) => m.next());
    f.channel('a').end();
    expect(await Promise.all(nexts)).toEqual(members.map(() => ({ value: undefined, done: true })));
    expect(mux.stats()).toMatchObject({ groups: 0, subscribers: 0 });
  });

  it('when the source fails, onError is told and the members are completed', async () => {
    const f = fixture();
    const onError = vi.fn();
    const mux = newMultiplexer(onError);
    const [m] = await joinAll(mux, 'g', false, f.args('a'), [fakeSocket()]);
    const next = m.next();
    f.channel('a').fail(new Error('source broke'));
    expect(await next).toEqual({ value: undefined, done: true });
    expect(onError).toHaveBeenCalledTimes(1);
    expect((onError.mock.calls[0][1] as Error).message).toBe('source broke');
    expect(mux.stats().groups).toBe(0);
  });

  it('close() completes every member of every group and returns the sources', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const a = await joinAll(mux, 'ga', false, f.args('a'), [fakeSocket(), fakeSocket()]);
    const b = await joinAll(mux, 'gb', true, f.args('b'), [fakeSocket()]);
    const nexts = [...a, ...b].map((m) => m.next());
    await mux.close();
    expect(await Promise.all(nexts)).toEqual([{ done: true, value: undefined }, { done: true, value: undefined }, { done: true, value: undefined }]);
    expect(f.channel('a').returnCalls).toBe(1);
    expect(f.channel('b').returnCalls).toBe(1);
    expect(mux.stats()).toMatchObject({ groups: 0, subscribers: 0 });
  });
});

describe('subscriptions that cannot start', () => {
  it('join() returns the ExecutionResult with errors as subscribe() gives it, and starts no group', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const r = await mux.join({ key: 'g', stateful: false }, f.args('forbidden'), asWs(fakeSocket()), 'op');
    expect(isMembership(r)).toBe(false);
    const direct = (await subscribe(f.args('forbidden'))) as ExecutionResult;
    expect(r).toEqual(direct);
    expect((r as ExecutionResult).errors).toHaveLength(1);
    expect((r as ExecutionResult).errors![0].message).toBe('not for you');
    expect((r as ExecutionResult).errors![0].extensions.code).toBe('FORBIDDEN');
    expect(mux.stats()).toMatchObject({ groups: 0, subscribers: 0 });

    // The failure is not remembered: the next join tries again.
    const before = f.counts.subscribe;
    await mux.join({ key: 'g', stateful: false }, f.args('forbidden'), asWs(fakeSocket()), 'op2');
    expect(f.counts.subscribe).toBe(before + 1);
  });

  it('an invalid document gives its errors without calling the resolver', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const args: ExecutionArgs = { schema: f.schema, document: parse('subscription { tick(topic: "a") { n } } subscription Other { tick(topic: "b") { n } }'), contextValue: {} };
    const r = await mux.join({ key: 'g', stateful: false }, args, asWs(fakeSocket()), 'op');
    expect(isMembership(r)).toBe(false);
    expect((r as ExecutionResult).errors!.length).toBeGreaterThan(0);
    expect(f.counts.subscribe).toBe(0);
    expect(mux.stats().groups).toBe(0);
  });
});

describe('fan-out to many sockets', () => {
  it(`sends to 5,000 members in slices of ${SLICE_SIZE}, yielding to the event loop between them`, async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const log: string[] = [];
    const sockets = Array.from({ length: 5_000 }, () => fakeSocket(log));
    const members = await joinAll(mux, 'g', false, f.args('a'), sockets);

    let sentWhenTheLoopRan = -1;
    f.channel('a').push({ n: 1, topic: 'a' });
    setImmediate(() => {
      sentWhenTheLoopRan = log.length;
      void members[4_999].return(undefined as never); // leaves while the fan-out is under way
    });
    await vi.waitFor(() => expect(log.length).toBeGreaterThanOrEqual(4_999), { timeout: 5_000, interval: 5 });
    await turns(40);

    expect(sentWhenTheLoopRan).toBeGreaterThanOrEqual(0);
    expect(sentWhenTheLoopRan).toBeLessThan(5_000);
    expect(log).toHaveLength(4_999); // the member that left during the fan-out was skipped
    expect(sockets[4_999].frames).toHaveLength(0);
    expect(f.counts.resolve).toBe(1);
  });
});

describe('ending during a fan-out', () => {
  // The group may end while fanOut awaits between slices (close() at shutdown, or every member
  // leaving): the pump must then stop quietly, not report a failed group.
  it('close() while a sliced fan-out is under way is not reported as a failed group', async () => {
    const f = fixture();
    const onError = vi.fn();
    const mux = newMultiplexer(onError);
    const sockets = Array.from({ length: 3 * SLICE_SIZE }, () => fakeSocket());
    await joinAll(mux, 'g', false, f.args('a'), sockets);
    f.channel('a').push({ n: 1, topic: 'a' });
    const closed = new Promise<void>((resolve) => setImmediate(() => void mux.close().then(resolve)));
    await closed;
    await turns(10);
    expect(sockets[0].frames).toHaveLength(1); // the fan-out had started
    expect(sockets.at(-1)!.frames).toHaveLength(0); // and was cut short by close()
    expect(onError).not.toHaveBeenCalled();
  });

  it('every member leaving while a sliced fan-out is under way ends the group and skips the rest', async () => {
    const f = fixture();
    const mux = newMultiplexer();
    const sockets = Array.from({ length: 3 * SLICE_SIZE }, () => fakeSocket());
    const members = await joinAll(mux, 'g', false, f.args('a'), sockets);
    f.channel('a').push({ n: 1, topic: 'a' });
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        for (const m of members) void m.return(undefined as never);
        resolve();
      }),
    );
    await turns(10);
    expect(sockets.filter((s) => s.frames.length === 1)).toHaveLength(SLICE_SIZE);
    expect(mux.stats()).toMatchObject({ groups: 0, subscribers: 0 });
    expect(f.channel('a').returnCalls).toBe(1);
  });
});
