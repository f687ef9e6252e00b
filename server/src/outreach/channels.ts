// The outreach channels: SMS, WhatsApp, email and voice, each behind one adapter interface. In
// this build every channel writes to a simulated provider; a real provider (an SMS gateway, the
// WhatsApp Business API, an email service, a dialler) is one more class implementing
// ChannelAdapter, chosen per channel in `simulatedChannels`' place.
//
// The simulated providers keep their own ledger in provider_deliveries (on the application's
// database, standing in for the providers' side of the wire). Our message id is the provider's
// idempotency key: a key sent twice is delivered once, and the second call answers as the first
// did, which is what makes a retried queue job safe. A share of sends can be made to fail,
// transiently and before anything is delivered (a provider's timeouts and 5xx replies); the
// share can be changed while running (tests, chaos drills).
//
// Whether the customer was reached (answered the call, replied, opened) is, in the simulation,
// drawn once per message from `expectedReach`: the reach rate the case's contact-time estimate
// gives this channel at this hour (services/recovery/outreach.ts). A real provider reports it
// later (delivery receipts, replies, call outcomes); wiring those callbacks in is the adapter's job.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { providerDeliveries } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { CHANNELS, type Channel } from '../domain/recovery/types.js';
import { mulberry32 } from '../ml/scorecard/random.js';

export interface OutboundMessage {
  /** Our message id: the provider's idempotency key. */
  id: string;
  tenantId: string;
  /** The phone number or email address. */
  to: string;
  /** Email only. */
  subject?: string | null;
  body: string;
  /** Chance (0-1) that the customer answers; only simulated providers use it. */
  expectedReach?: number;
}

export interface SendReceipt {
  providerMessageId: string;
  /** The customer answered, replied or opened it. */
  reached: boolean;
}

export interface ChannelAdapter {
  readonly channel: Channel;
  /** Sends once per `msg.id`: a repeated id delivers nothing more and answers as the first call did. Throws ProviderError. */
  send(msg: OutboundMessage): Promise<SendReceipt>;
  /** What was delivered under this id; null when nothing was. A retry after a lost reply asks first. */
  lookup(id: string): Promise<SendReceipt | null>;
}

/** A provider's failure. Transient ones (unavailable, timed out) may succeed when tried again. */
export class ProviderError extends Error {
  readonly transient: boolean;
  constructor(message: string, opts: { transient: boolean }) {
    super(message);
    this.name = 'ProviderError';
    this.transient = opts.transient;
  }
}

/** Without an estimate, half of the customers answer. */
const DEFAULT_REACH = 0.5;

export interface SimulatedChannelOptions {
  /** Share of sends (0..1) that fail with a transient ProviderError before anything is delivered. */
  failureRate?: number;
  /** Seed of the random source (failures and reach), so that a run can be repeated. */
  seed?: number;
  /** The random source itself (0 <= x < 1); overrides `seed`. */
  random?: () => number;
  /** Delay of every send, in ms. */
  latencyMs?: number;
}

/** One simulated provider per channel, sharing a failure rate and a random source. */
export class SimulatedChannels {
  readonly adapters: ReadonlyMap<Channel, ChannelAdapter>;
  private rate = 0;

  constructor(db: AppDb, opts: SimulatedChannelOptions = {}) {
    this.setFailureRate(opts.failureRate ?? 0);
    const random = opts.random ?? mulberry32(opts.seed ?? 1);
    const latencyMs = Math.max(0, opts.latencyMs ?? 0);
    this.adapters = new Map(CHANNELS.map((channel) => [channel, new SimulatedProvider(db, channel, { failureRate: () => this.rate, random, latencyMs })]));
  }

  get failureRate(): number {
    return this.rate;
  }

  setFailureRate(rate: number): void {
    if (!(rate >= 0 && rate <= 1)) throw new RangeError(`failureRate must be between 0 and 1, not ${rate}`);
    this.rate = rate;
  }

  adapter(channel: Channel): ChannelAdapter {
    const a = this.adapters.get(channel);
    if (!a) throw new Error(`no adapter for channel ${channel}`);
    return a;
  }
}

export class SimulatedProvider implements ChannelAdapter {
  constructor(
    private readonly db: AppDb,
    readonly channel: Channel,
    private readonly opts: { failureRate: () => number; random: () => number; latencyMs: number },
  ) {}

  async send(msg: OutboundMessage): Promise<SendReceipt> {
    if (this.opts.latencyMs > 0) await new Promise((r) => setTimeout(r, this.opts.latencyMs));
    // Drawn on every call, even for a key already delivered, so that a run's sequence of
    // failures depends only on the number of calls.
    const rate = this.opts.failureRate();
    if (rate > 0 && this.opts.random() < rate) {
      throw new ProviderError(`${this.channel} provider unavailable (simulated) for message ${msg.id}`, { transient: true });
    }
    if (msg.body.trim() === '') throw new ProviderError(`message ${msg.id} has no body`, { transient: false });
    if (msg.to.trim() === '') throw new ProviderError(`message ${msg.id} has no recipient`, { transient: false });
    const bodyHash = sha256(`${msg.subject ?? ''}\n${msg.body}`);
    const reach = clamp01(msg.expectedReach ?? DEFAULT_REACH);
    await this.db
      .insert(providerDeliveries)
      .values({
        messageKey: msg.id,
        channel: this.channel,
        tenantId: msg.tenantId,
        recipient: msg.to,
        bodyHash,
        providerMessageId: `${this.channel.toLowerCase()}-sim-${sha256(`${this.channel}/${msg.id}`).slice(0, 16)}`,
        reached: this.opts.random() < reach,
      })
      .onConflictDoNothing({ target: providerDeliveries.messageKey });
    const [row] = await this.db.select().from(providerDeliveries).where(eq(providerDeliveries.messageKey, msg.id)).limit(1);
    if (!row) throw new ProviderError(`message ${msg.id} was accepted but cannot be read back`, { transient: true });
    if (row.channel !== this.channel || row.tenantId !== msg.tenantId || row.bodyHash !== bodyHash) {
      throw new ProviderError(`key ${msg.id} was already used for a different message`, { transient: false });
    }
    return { providerMessageId: row.providerMessageId, reached: row.reached };
  }

  async lookup(id: string): Promise<SendReceipt | null> {
    const [row] = await this.db.select().from(providerDeliveries).where(eq(providerDeliveries.messageKey, id)).limit(1);
    return row && row.channel === this.channel ? { providerMessageId: row.providerMessageId, reached: row.reached } : null;
  }
}

/**
 * Where a message to this customer goes, masked as a collector's screen shows it. The customer
 * table has no phone number or email address (the demo data has none), so a stable, plausible
 * one is derived from the customer id and name; a real build reads the contact details on file.
 */
export function recipientFor(channel: Channel, customer: { id: number; name: string }): string {
  const digits = String(parseInt(sha256(`phone/${customer.id}`).slice(0, 8), 16) % 10_000).padStart(4, '0');
  if (channel !== 'EMAIL') return `+91 9XXXXX${digits}`;
  const first = customer.name.trim().toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '').charAt(0) || 'c';
  return `${first}***${digits.slice(-2)}@mail.example`;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : DEFAULT_REACH);
