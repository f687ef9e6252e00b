// The payment gateway a disbursement pays out through, and a simulated one for development and
// tests. A payout is identified by the caller's reference: paying the same reference twice pays
// once, so a saga that is not sure whether its payout went through may simply ask again (or ask
// for the status first, which is what services/disbursements.ts does after a restart).
//
// The simulator keeps its own ledger in gateway_payouts (on the application's database, standing
// in for the gateway's side of the wire). It can fail a share of payouts, transiently and before
// anything is written, as a real gateway's timeouts and 5xx replies would, and it can be slow.
import { and, eq } from 'drizzle-orm';
import { gatewayPayouts } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { mulberry32 } from '../ml/scorecard/random.js';

export type PayoutStatus = 'PAID' | 'REVERSED';

export interface PaymentGateway {
  /**
   * Pays `amount` under `reference`, once: a second call with the same reference pays nothing and
   * answers as the first did. Throws GatewayError; when `transient`, asking again may succeed.
   */
  payout(reference: string, tenantId: string, amount: number): Promise<{ reference: string; status: 'PAID' }>;
  /** Reverses the payout; nothing happens when it is already reversed or was never made. */
  reverse(reference: string): Promise<void>;
  /** What became of a payout; null when none was made under the reference. */
  status(reference: string): Promise<PayoutStatus | null>;
}

/** A failure of the gateway. Transient ones (unavailable, timed out) may be retried. */
export class GatewayError extends Error {
  readonly transient: boolean;
  constructor(message: string, opts: { transient: boolean }) {
    super(message);
    this.name = 'GatewayError';
    this.transient = opts.transient;
  }
}

export interface SimulatedGatewayOptions {
  /** Share of payouts (0..1) that fail with a transient GatewayError before anything is paid. */
  failureRate?: number;
  /** The random source failures are drawn from (0 <= x < 1); defaults to a PRNG seeded by `seed`. */
  random?: () => number;
  /** Seed of the default random source, so that a run can be repeated exactly. */
  seed?: number;
  /** Delay of every call, in ms. */
  latencyMs?: number;
}

/**
 * A gateway over the gateway_payouts table. Only payouts fail at random: reversals and status
 * reads always answer (a real gateway's can fail too; the saga retries them all the same).
 */
export class SimulatedGateway implements PaymentGateway {
  private readonly random: () => number;
  private readonly failureRate: number;
  private readonly latencyMs: number;

  constructor(
    private readonly db: AppDb,
    opts: SimulatedGatewayOptions = {},
  ) {
    const rate = opts.failureRate ?? 0;
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`failureRate must be between 0 and 1, not ${rate}`);
    this.failureRate = rate;
    this.random = opts.random ?? mulberry32(opts.seed ?? 1);
    this.latencyMs = Math.max(0, opts.latencyMs ?? 0);
  }

  async payout(reference: string, tenantId: string, amount: number): Promise<{ reference: string; status: 'PAID' }> {
    await this.delay();
    // Drawn on every call, even for a reference already paid, so that a run's sequence of
    // failures depends only on the number of calls.
    if (this.failureRate > 0 && this.random() < this.failureRate) {
      throw new GatewayError(`payment gateway unavailable (simulated) for ${reference}`, { transient: true });
    }
    if (!(Number.isFinite(amount) && amount > 0)) throw new GatewayError(`payout ${reference}: amount must be more than 0`, { transient: false });
    await this.db.insert(gatewayPayouts).values({ reference, tenantId, amount, status: 'PAID' }).onConflictDoNothing({ target: gatewayPayouts.reference });
    const [row] = await this.db.select().from(gatewayPayouts).where(eq(gatewayPayouts.reference, reference)).limit(1);
    if (!row) throw new GatewayError(`payout ${reference} was written but cannot be read back`, { transient: true });
    if (row.tenantId !== tenantId || row.amount !== amount) {
      throw new GatewayError(`reference ${reference} was already used for a different payout`, { transient: false });
    }
    if (row.status !== 'PAID') throw new GatewayError(`payout ${reference} was reversed; a reversed reference is not paid again`, { transient: false });
    return { reference, status: 'PAID' };
  }

  async reverse(reference: string): Promise<void> {
    await this.delay();
    await this.db
      .update(gatewayPayouts)
      .set({ status: 'REVERSED', reversedAt: new Date() })
      // Only a paid one: a second reversal keeps the time of the first.
      .where(and(eq(gatewayPayouts.reference, reference), eq(gatewayPayouts.status, 'PAID')));
  }

  async status(reference: string): Promise<PayoutStatus | null> {
    await this.delay();
    const [row] = await this.db.select({ status: gatewayPayouts.status }).from(gatewayPayouts).where(eq(gatewayPayouts.reference, reference)).limit(1);
    return (row?.status as PayoutStatus | undefined) ?? null;
  }

  private delay(): Promise<void> {
    return this.latencyMs > 0 ? new Promise((r) => setTimeout(r, this.latencyMs)) : Promise.resolve();
  }
}
