// Prometheus metrics of one running app, on its own Registry: tests start many apps in one
// process, and the global default registry would mix (and refuse to re-register) their series.
// Gauges of state held elsewhere (subscriptions, the bureau breaker, the outreach backlog, the
// models in service) are read when Prometheus scrapes, from sources the app attaches once started.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BreakerStateName } from '../bureau/client.js';
import { BoundedLabel } from './bounded-label.js';
import type { OutreachBacklog } from './outreach-backlog.js';

/** Distinct operation names (and error codes) that get their own series; later ones are "other". */
export const MAX_OPERATION_NAMES = 200;
const MAX_ERROR_CODES = 50;

/** 0 closed, 1 half-open, 2 open (or held open by an operator). */
const BREAKER_STATE_VALUE: Record<BreakerStateName, number> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2, ISOLATED: 2 };

export interface MetricSources {
  activeSubscriptions(): number;
  breakerState(): BreakerStateName;
  outreachBacklog(): Promise<OutreachBacklog>;
  modelVersions(): { model: string; version: string }[];
}

export interface OperationOutcome {
  operationName: string | null | undefined;
  /** query, mutation, subscription; "unknown" when the document did not parse or validate. */
  type: string;
  seconds: number;
  errorCodes: string[];
}

export class AppMetrics {
  readonly registry = new Registry();
  private sources: Partial<MetricSources> = {};
  private readonly operationNames = new BoundedLabel(MAX_OPERATION_NAMES);
  private readonly errorCodes = new BoundedLabel(MAX_ERROR_CODES);
  private readonly requests: Counter<'operation' | 'type'>;
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'code'>;
  private readonly decisions: Counter<'outcome'>;
  private readonly served: Counter;

  constructor(private readonly onSourceError: (what: string, e: unknown) => void = () => {}) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({ name: 'graphql_requests_total', help: 'GraphQL operations served over HTTP', labelNames: ['operation', 'type'], registers });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its response',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors sent, by extensions.code', labelNames: ['code'], registers });
    this.decisions = new Counter({ name: 'credit_decisions_total', help: 'Credit decisions made (replays not counted)', labelNames: ['outcome'], registers });
    this.served = new Counter({ name: 'recommendations_served_total', help: 'Recommended products served and logged', registers });

    const sources = () => this.sources;
    const read = <T>(what: string, f: (() => T) | undefined): T | undefined => {
      try {
        return f?.();
      } catch (e) {
        this.onSourceError(what, e);
        return undefined;
      }
    };
    const subscriptions: Gauge = new Gauge({
      name: 'graphql_active_subscriptions',
      help: 'Subscribers on the WebSocket side',
      registers,
      collect: () => {
        const n = read('subscriptions', sources().activeSubscriptions);
        if (n !== undefined) subscriptions.set(n);
      },
    });
    const breaker: Gauge = new Gauge({
      name: 'bureau_circuit_breaker_state',
      help: 'Credit bureau circuit breaker: 0 closed, 1 half-open, 2 open',
      registers,
      collect: () => {
        const state = read('bureau breaker', sources().breakerState);
        if (state) breaker.set(BREAKER_STATE_VALUE[state]);
      },
    });
    const queued: Gauge = new Gauge({ name: 'outreach_queue_depth', help: 'Outreach messages queued for sending', registers });
    new Gauge({
      name: 'outreach_dead_letters',
      help: 'Outreach messages that failed for good (dead-letter queue)',
      registers,
      // Sets both gauges: one (cached) count answers both.
      async collect() {
        const backlog = sources().outreachBacklog;
        if (!backlog) return;
        try {
          const b = await backlog();
          queued.set(b.queued);
          this.set(b.dead);
        } catch (e) {
          onSourceError('outreach backlog', e);
        }
      },
    });
    const models: Gauge<'model' | 'version'> = new Gauge({
      name: 'model_info',
      help: 'Models in service (value 1), by model and version',
      labelNames: ['model', 'version'],
      registers,
      collect: () => {
        const list = read('model versions', sources().modelVersions);
        if (!list) return;
        models.reset();
        for (const m of list) models.set({ model: m.model, version: m.version }, 1);
      },
    });
  }

  /** Attaches the app's state once it exists (the registry is created before it, to serve /metrics early). */
  watch(sources: Partial<MetricSources>): void {
    Object.assign(this.sources, sources);
  }

  /** The operation's label: its name while the bounded set has room, "anonymous" without one. */
  operationLabel(name: string | null | undefined): string {
    return name ? this.operationNames.of(name) : 'anonymous';
  }

  recordOperation(o: OperationOutcome): void {
    const labels = { operation: this.operationLabel(o.operationName), type: o.type };
    this.requests.inc(labels);
    this.duration.observe(labels, o.seconds);
    for (const code of o.errorCodes) this.errors.inc({ code: this.errorCodes.of(code) });
  }

  recordDecision(outcome: string): void {
    this.decisions.inc({ outcome });
  }

  recordRecommendationsServed(n: number): void {
    if (n > 0) this.served.inc(n);
  }

  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
