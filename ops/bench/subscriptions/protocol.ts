// Messages between the orchestrator and its client worker processes (IPC, advanced serialisation).

export interface StartWorker {
  type: 'start';
  /** ws://host:port/graphql */
  url: string;
  sockets: number;
  /** connection_init payload, e.g. { authorization: 'Bearer …' }. */
  connectionParams: Record<string, unknown>;
  query: string;
  /** Handshakes in flight at once. */
  concurrency: number;
  /** lean: lean-websocket.ts (the default: cheapest to measure with); ws: the ws package's client. */
  client: 'lean' | 'ws';
}

/** Orchestrator -> worker: say `reached` once every socket has seen totals.views of its snapshot + offset. */
export interface Await {
  type: 'await';
  offset: number;
}

/**
 * Orchestrator -> worker, after the publish phase: the publish time of event k (1-based, warm-up
 * events included) at [k - 1]; the first `warmup` events are left out of the figures.
 */
export interface Collect {
  type: 'collect';
  publishedAt: number[];
  warmup: number;
}

export type ToWorker = StartWorker | Await | Collect | { type: 'close' };

export interface Ready {
  type: 'ready';
  subscribed: number;
  failed: number;
  /** Smallest and largest totals.views of the first messages (the snapshots). */
  firstViews: [number, number];
  /** Size of one snapshot message in bytes, and the message. */
  messageBytes: number;
  sample: string;
  errors: string[];
}

export interface WorkerResult {
  type: 'result';
  /**
   * ms from an event's publication to a socket's first message reflecting it, at
   * [socket * events + (event - 1)] for the sockets that subscribed, warm-up events left out;
   * NaN where it never came.
   */
  latencies: Float64Array;
  /** (socket, event) pairs with no message reflecting the event. */
  lost: number;
  /** Sockets with at least one lost event. */
  socketsLosing: number;
  /** (socket, event) pairs reflected only by a later event's message (coalesced), not lost. */
  coalesced: number;
  /** Sockets whose last state is not the final state. */
  stale: number;
  /** Messages received from the first measured event's publication on. */
  deliveries: number;
  /** Sockets the server closed, and the close codes seen. */
  closed: number;
  closeCodes: Record<string, number>;
  errors: string[];
}

export interface Reached {
  type: 'reached';
  offset: number;
}

export type FromWorker = Ready | WorkerResult | Reached;
