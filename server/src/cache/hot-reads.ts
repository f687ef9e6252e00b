// Hot reads: customer rows, their holdings, their rankings and the statement facts credit
// decisions read (features and transaction hours), kept in process for a short TTL so
// that a relationship manager's repeated views, and busy customers, neither go to the database
// nor re-run the engine each time. A ranking is also tied to the catalog snapshot it came from.
// Bounded staleness is the contract: another replica's write is seen within the TTL, and this
// replica's own writes call invalidate().
import { LRUCache } from 'lru-cache';
import type { CustomerRow, HoldingRow } from '../repositories/customers.js';
import type { ScoredProduct } from '../domain/recommendation/types.js';
import type { AltDataFeatures } from '../domain/credit/features.js';

/** What a credit decision reads from a customer's statement: the features and when they transact. */
export interface StatementFacts {
  alt: AltDataFeatures | null;
  /** IST hour of each transaction, for the time-of-day anomaly check. */
  hours: number[];
}

/** A customer's ranked lists by k, valid only for the catalog snapshot they were computed on. */
interface RankedLists {
  basis: object;
  byK: Map<number, ScoredProduct[]>;
}

export interface HotReadOptions {
  /** 0 turns the cache off. */
  ttlMs: number;
  maxCustomers: number;
}

export class HotReadCache {
  private readonly customers: LRUCache<string, CustomerRow> | null;
  private readonly holdings: LRUCache<string, HoldingRow[]> | null;
  private readonly ranked: LRUCache<string, RankedLists> | null;
  private readonly statements: LRUCache<string, StatementFacts> | null;

  constructor(opts: HotReadOptions) {
    const enabled = opts.ttlMs > 0 && opts.maxCustomers > 0;
    this.customers = enabled ? new LRUCache({ max: opts.maxCustomers, ttl: opts.ttlMs }) : null;
    this.holdings = enabled ? new LRUCache({ max: opts.maxCustomers, ttl: opts.ttlMs }) : null;
    this.ranked = enabled ? new LRUCache({ max: opts.maxCustomers, ttl: opts.ttlMs }) : null;
    this.statements = enabled ? new LRUCache({ max: opts.maxCustomers, ttl: opts.ttlMs }) : null;
  }

  get enabled(): boolean {
    return this.customers !== null;
  }

  getCustomer(tenantId: string, id: number): CustomerRow | undefined {
    return this.customers?.get(`${tenantId}:${id}`);
  }

  setCustomer(tenantId: string, row: CustomerRow): void {
    this.customers?.set(`${tenantId}:${row.id}`, row);
  }

  getHoldings(tenantId: string, customerId: number): HoldingRow[] | undefined {
    return this.holdings?.get(`${tenantId}:${customerId}`);
  }

  setHoldings(tenantId: string, customerId: number, rows: HoldingRow[]): void {
    this.holdings?.set(`${tenantId}:${customerId}`, rows);
  }

  /** The ranking computed for this customer and k on `basis` (the catalog snapshot), if any. */
  getRanking(tenantId: string, customerId: number, k: number, basis: object): ScoredProduct[] | undefined {
    const entry = this.ranked?.get(`${tenantId}:${customerId}`);
    return entry && entry.basis === basis ? entry.byK.get(k) : undefined;
  }

  setRanking(tenantId: string, customerId: number, k: number, basis: object, ranking: ScoredProduct[]): void {
    if (!this.ranked) return;
    const key = `${tenantId}:${customerId}`;
    let entry = this.ranked.get(key);
    if (!entry || entry.basis !== basis) this.ranked.set(key, (entry = { basis, byK: new Map() }));
    entry.byK.set(k, ranking);
  }

  getStatement(tenantId: string, customerId: number): StatementFacts | undefined {
    return this.statements?.get(`${tenantId}:${customerId}`);
  }

  setStatement(tenantId: string, customerId: number, facts: StatementFacts): void {
    this.statements?.set(`${tenantId}:${customerId}`, facts);
  }

  invalidate(tenantId: string, customerId: number): void {
    const key = `${tenantId}:${customerId}`;
    this.customers?.delete(key);
    this.holdings?.delete(key);
    this.ranked?.delete(key);
    this.statements?.delete(key);
  }

  clear(): void {
    this.customers?.clear();
    this.holdings?.clear();
    this.ranked?.clear();
    this.statements?.clear();
  }
}
