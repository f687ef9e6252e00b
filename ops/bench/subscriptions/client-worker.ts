// A client worker process: holds many graphql-ws subscribers (the graphql-transport-ws protocol
// over `ws`, written out here because a full graphql-ws client per socket costs more CPU than the
// measurement can spare), records the receipt time and totals.views of every message, and
// reports to the orchestrator over IPC. Receipt times are performance.timeOrigin +
// performance.now(), comparable with the orchestrator's publish times on the same machine.
import WebSocket from 'ws';
import { LeanWebSocket } from './lean-websocket.js';
import { viewsIn } from './document.js';
import type { Collect, FromWorker, StartWorker, ToWorker } from './protocol.js';

const send = (m: FromWorker) => process.send!(m);
const now = () => performance.timeOrigin + performance.now();
const MAX_ERRORS = 5;

class Subscriber {
  readonly views: number[] = [];
  readonly times: number[] = [];
  closeCode = 0;
  /** Never subscribed: refused, closed or answered with an error before its first message. */
  failed = false;
  private acked = false;

  constructor(
    readonly ws: WebSocket | LeanWebSocket,
    private readonly fleet: Fleet,
  ) {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: fleet.config.connectionParams })));
    ws.on('message', (data: Buffer) => this.onMessage(data));
    ws.on('error', (e) => fleet.error(`socket: ${e.message}`));
    ws.on('close', (code) => {
      this.closeCode = code;
      fleet.onClose(this);
    });
  }

  private onMessage(data: Buffer) {
    const at = now();
    // A `next` of the dashboard: read totals.views from the bytes; anything else is parsed.
    if (this.acked && data.subarray(0, 64).indexOf('"type":"next"') >= 0) {
      const views = viewsIn(data);
      if (views < 0) {
        this.fleet.error(`a message without totals.views: ${data.toString('utf8', 0, 300)}`);
        if (this.views.length === 0) this.fleet.onFailed(this);
        return;
      }
      if (this.views.length === 0) this.checkSnapshot(data, views);
      this.views.push(views);
      this.times.push(at);
      this.fleet.onViews(this, views);
      return;
    }
    const m = JSON.parse(data.toString('utf8')) as { type: string; payload?: unknown };
    if (m.type === 'connection_ack') {
      this.acked = true;
      this.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: this.fleet.config.query } }));
    } else if (m.type === 'ping') {
      this.ws.send('{"type":"pong"}');
    } else if (m.type !== 'pong') {
      this.fleet.error(`unexpected ${m.type}: ${data.toString('utf8', 0, 300)}`);
      if (this.views.length === 0) this.fleet.onFailed(this);
    }
  }

  /** The first message is parsed in full once, to check that the byte scan reads totals.views. */
  private checkSnapshot(data: Buffer, views: number) {
    const m = JSON.parse(data.toString('utf8')) as { payload: { data?: { dashboard?: { totals?: { views?: number } } } } };
    const parsed = m.payload.data?.dashboard?.totals?.views;
    if (parsed !== views) this.fleet.error(`totals.views is ${parsed} but the scan read ${views}`);
    this.fleet.messageBytes = data.length;
    this.fleet.sample = data.toString('utf8');
  }
}

class Fleet {
  readonly subscribers: Subscriber[] = [];
  readonly errors: string[] = [];
  errorCount = 0;
  messageBytes = 0;
  sample = '';
  private subscribed = 0;
  private failed = 0;
  /** The offset awaited (Infinity: none), and how many sockets have reached it. */
  private target = Infinity;
  private reached = 0;
  private closed = 0;
  private readonly closeCodes: Record<string, number> = {};
  private opened = 0;
  private readySent = false;

  constructor(readonly config: StartWorker) {}

  /** Opens `sockets` connections, `concurrency` handshakes at a time. */
  connect() {
    for (let i = 0; i < Math.min(this.config.concurrency, this.config.sockets); i++) this.openNext();
  }

  private openNext() {
    if (this.opened >= this.config.sockets) return;
    this.opened += 1;
    const ws =
      this.config.client === 'ws'
        ? new WebSocket(this.config.url, 'graphql-transport-ws', { perMessageDeflate: false, handshakeTimeout: 120_000 })
        : new LeanWebSocket(this.config.url, 'graphql-transport-ws');
    this.subscribers.push(new Subscriber(ws, this));
  }

  error(message: string) {
    this.errorCount += 1;
    if (this.errors.length < MAX_ERRORS) this.errors.push(message);
  }

  onViews(s: Subscriber, views: number) {
    if (s.views.length === 1) {
      this.subscribed += 1;
      this.openNext();
      this.maybeReady();
    }
    const target = s.views[0] + this.target;
    if (views >= target && s.views.length > 1 && s.views[s.views.length - 2] < target) {
      this.reached += 1;
      this.checkReached();
    }
  }

  awaitOffset(offset: number) {
    this.target = offset;
    this.reached = this.subscribers.filter((s) => s.views.length > 0 && s.views[s.views.length - 1] >= s.views[0] + offset).length;
    this.checkReached();
  }

  private checkReached() {
    if (this.target === Infinity || this.reached < this.subscribed) return;
    send({ type: 'reached', offset: this.target });
    this.target = Infinity;
  }

  onFailed(s: Subscriber) {
    if (s.failed) return;
    s.failed = true;
    this.failed += 1;
    this.openNext();
    this.maybeReady();
  }

  onClose(s: Subscriber) {
    this.closed += 1;
    this.closeCodes[s.closeCode] = (this.closeCodes[s.closeCode] ?? 0) + 1;
    if (s.views.length === 0) this.onFailed(s);
  }

  private maybeReady() {
    if (this.readySent || this.subscribed + this.failed < this.config.sockets) return;
    this.readySent = true;
    const first = this.subscribers.filter((s) => s.views.length > 0).map((s) => s.views[0]);
    send({
      type: 'ready',
      subscribed: this.subscribed,
      failed: this.failed,
      firstViews: [Math.min(...first), Math.max(...first)],
      messageBytes: this.messageBytes,
      sample: this.sample,
      errors: this.errors,
    });
  }

  /** Latency of each (socket, event): to the first message whose views reach the snapshot's + k. */
  result(c: Collect): FromWorker {
    const all = c.publishedAt.length;
    const events = all - c.warmup;
    const latencies = new Float64Array(this.subscribed * events).fill(NaN);
    let n = 0;
    let lost = 0;
    let socketsLosing = 0;
    let coalesced = 0;
    let stale = 0;
    let deliveries = 0;
    for (const s of this.subscribers) {
      if (s.views.length === 0) continue;
      const base = s.views[0];
      // Messages of the measured events: from the first one's publication on.
      for (let j = 1; j < s.times.length; j++) if (s.times[j] >= c.publishedAt[c.warmup]) deliveries += 1;
      let i = 1;
      let losing = false;
      for (let k = 1; k <= all; k++) {
        while (i < s.views.length && s.views[i] < base + k) i++;
        if (k <= c.warmup) continue;
        if (i === s.views.length) {
          lost += 1;
          losing = true;
          continue;
        }
        if (s.views[i] !== base + k) coalesced += 1;
        latencies[n * events + k - c.warmup - 1] = s.times[i] - c.publishedAt[k - 1];
      }
      n += 1;
      if (losing) socketsLosing += 1;
      if (s.views[s.views.length - 1] !== base + all) stale += 1;
    }
    return {
      type: 'result',
      latencies,
      lost,
      socketsLosing,
      coalesced,
      stale,
      deliveries,
      closed: this.closed,
      closeCodes: this.closeCodes,
      errors: this.errorCount > this.errors.length ? [...this.errors, `… ${this.errorCount} errors in all`] : this.errors,
    };
  }

  close() {
    for (const s of this.subscribers) s.ws.terminate();
  }
}

let fleet: Fleet | undefined;
process.on('message', (m: ToWorker) => {
  if (m.type === 'start') {
    fleet = new Fleet(m);
    fleet.connect();
  } else if (m.type === 'await') {
    fleet!.awaitOffset(m.offset);
  } else if (m.type === 'collect') {
    send(fleet!.result(m));
  } else if (m.type === 'close') {
    fleet?.close();
    process.disconnect();
    setTimeout(() => process.exit(0), 200).unref();
  }
});
process.on('disconnect', () => process.exit(0));
