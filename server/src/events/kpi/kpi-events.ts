// What moves the dashboard, as it travels between replicas: one stored row each (a served
// recommendation, an interaction, a decision), with its id so that a row counted by a rebuild
// from the database is never counted again when its event arrives late.
import type { CounterDelta } from './counters.js';
import { latencyBin } from './latency-histogram.js';

export type KpiSource = 'recommendation' | 'interaction' | 'decision';

export interface KpiEvent {
  tenantId: string;
  source: KpiSource;
  /** The row's id in its table. */
  id: number;
  /** Epoch ms: when it was served, happened, or was decided. */
  at: number;
  productId: string;
  region: string | null;
  delta: CounterDelta;
}

export const KPI_EVENTS_TOPIC = 'kpi-events';

export interface KpiEventBatch {
  events: KpiEvent[];
}

export function servedRecommendationEvent(tenantId: string, id: number, at: Date, productId: string): KpiEvent {
  return { tenantId, source: 'recommendation', id, at: at.getTime(), productId, region: null, delta: { kind: 'recommendations', count: 1 } };
}

/**
 * The counter a stored interaction kind moves, or null for none. APPLY and APPROVE move none on
 * purpose: the applications and approvals KPIs count decided applications (credit_decisions),
 * which a front end's APPLY or APPROVE report usually duplicates (the customer applied through
 * submitLoanApplication, and the decision is already counted) and otherwise cannot be checked
 * against a decision. Counting both would double the figures and conversion rate; the reports
 * are stored with their link to the served recommendation for attribution instead.
 */
export const interactionCounter = (kind: unknown): 'VIEW' | 'CLICK' | 'DISMISS' | null =>
  kind === 'VIEW' || kind === 'CLICK' || kind === 'DISMISS' ? kind : null;

/** Whether a stored interaction of this kind moves a KPI (see interactionCounter). */
export const countedInKpis = (kind: unknown): boolean => interactionCounter(kind) !== null;

/** The KPI event of a stored interaction of a counted kind (countedInKpis). */
export function interactionEvent(
  tenantId: string,
  row: { id: number; occurredAt: Date; productId: string; kind: string },
  region: string | null,
): KpiEvent {
  const counter = interactionCounter(row.kind);
  if (counter === null) throw new RangeError(`interactions of kind ${row.kind} are not counted in the KPIs`);
  const delta = { kind: 'interaction', interaction: counter, count: 1 } as const;
  return { tenantId, source: 'interaction', id: row.id, at: row.occurredAt.getTime(), productId: row.productId, region, delta };
}

export function decisionEvent(
  tenantId: string,
  d: { applicationId: number; decidedAt: Date; productId: string; outcome: string; probabilityOfDefault: number; latencyMs: number },
  region: string | null,
): KpiEvent {
  const approved = d.outcome === 'APPROVE';
  return {
    tenantId,
    source: 'decision',
    id: d.applicationId,
    at: d.decidedAt.getTime(),
    productId: d.productId,
    region,
    delta: {
      kind: 'decisions',
      count: 1,
      approvals: approved ? 1 : 0,
      pdSum: d.probabilityOfDefault,
      approvedPdSum: approved ? d.probabilityOfDefault : 0,
      latencyBin: latencyBin(d.latencyMs),
    },
  };
}

/** Decodes a batch from the bus, keeping only well-formed events: a bad message never breaks the feed. */
export function parseKpiBatch(payload: unknown): KpiEvent[] {
  const events = (payload as KpiEventBatch | null)?.events;
  if (!Array.isArray(events)) return [];
  return events.filter(
    (e): e is KpiEvent =>
      !!e && typeof e.tenantId === 'string' && typeof e.id === 'number' && typeof e.at === 'number' && typeof e.productId === 'string' && !!e.delta,
  );
}
