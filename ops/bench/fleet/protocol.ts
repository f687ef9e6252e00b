// Messages between fleet/index.ts and its load-generator processes (fleet/worker.ts).

export interface FleetRequest {
  /** Operation name, for per-operation figures. */
  op: string;
  /** JSON body; every `__UUID__` is replaced by a fresh UUID per request (idempotency keys). */
  body: string;
  /** Share of the requests (default 1). */
  weight?: number;
}

export interface WorkerJob {
  mode: 'closed' | 'paced';
  url: string;
  headers: Record<string, string>;
  requests: FleetRequest[];
  /** closed: connections of this worker; paced: the most sockets it may open. */
  connections: number;
  /** paced: this worker's requests per second. */
  rate: number;
  seconds: number;
  timeoutSeconds: number;
  index: number;
  of: number;
}

export interface WorkerResult {
  type: 'result';
  /** Per answer: completion time (ms since the worker started), latency (ms), operation index, 1 if ok. */
  t: number[];
  lat: number[];
  op: number[];
  ok: number[];
  sent: number;
  errors: number;
  connectionErrors: number;
  timeouts: number;
  firstError: string | null;
  seconds: number;
}

export interface WorkerFailed {
  type: 'failed';
  message: string;
}
