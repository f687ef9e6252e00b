// DataLoaders, created per request so that nothing is cached across viewers or requests beyond
// the explicit, TTL-bounded hot-read cache they consult first.
import DataLoader from 'dataloader';
import type { HotReadCache } from '../cache/hot-reads.js';
import type { AppDb } from '../db/index.js';
import {
  activeHoldingsByCustomerIds,
  customersByIds,
  type CustomerRow,
  type HoldingRow,
} from '../repositories/customers.js';
import { applicationsByIds, type ApplicationRecord } from '../repositories/credit.js';
import { repaymentsOfApplications, type RepaymentRecord } from '../repositories/repayments.js';
import { createRecoveryLoaders, type RecoveryLoaders } from './recovery.js';

export interface Loaders {
  customer: DataLoader<number, CustomerRow | null>;
  holdings: DataLoader<number, HoldingRow[]>;
  /** Applications with their decisions, by id (the viewer's tenant only). */
  application: DataLoader<number, ApplicationRecord | null>;
  /** By application id; never cached across requests, since payments arrive all the time. */
  repayments: DataLoader<number, RepaymentRecord[]>;
  recovery: RecoveryLoaders;
}

/** Answers a batch from the cache where it can and reads only the misses, in one statement. */
async function throughCache<V>(
  ids: readonly number[],
  cached: (id: number) => V | undefined,
  readMisses: (ids: number[]) => Promise<Map<number, V>>,
  remember: (id: number, value: V) => void,
): Promise<Map<number, V>> {
  const found = new Map<number, V>();
  const missing: number[] = [];
  for (const id of ids) {
    const hit = cached(id);
    if (hit !== undefined) found.set(id, hit);
    else missing.push(id);
  }
  if (missing.length > 0) {
    for (const [id, value] of await readMisses(missing)) {
      found.set(id, value);
      remember(id, value);
    }
  }
  return found;
}

export function createLoaders(db: AppDb, tenantId: string, hot: HotReadCache): Loaders {
  return {
    customer: new DataLoader(async (ids) => {
      const found = await throughCache(
        ids,
        (id) => hot.getCustomer(tenantId, id),
        async (missing) => new Map((await customersByIds(db, tenantId, missing)).map((r) => [r.id, r])),
        (_id, row) => hot.setCustomer(tenantId, row),
      );
      return ids.map((id) => found.get(id) ?? null);
    }),
    holdings: new DataLoader(async (ids) => {
      const found = await throughCache(
        ids,
        (id) => hot.getHoldings(tenantId, id),
        async (missing) => {
          // Every asked-for customer gets an entry, so that "holds nothing" is cached too.
          const byCustomer = new Map<number, HoldingRow[]>(missing.map((id) => [id, []]));
          for (const r of await activeHoldingsByCustomerIds(db, missing)) byCustomer.get(r.customerId)!.push(r);
          return byCustomer;
        },
        (id, rows) => hot.setHoldings(tenantId, id, rows),
      );
      return ids.map((id) => found.get(id) ?? []);
    }),
    application: new DataLoader(async (ids) => {
      const byId = new Map((await applicationsByIds(db, tenantId, ids)).map((a) => [a.id, a]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    repayments: new DataLoader(async (ids) => {
      const byApplication = await repaymentsOfApplications(db, tenantId, ids);
      return ids.map((id) => byApplication.get(id) ?? []);
    }),
    recovery: createRecoveryLoaders(db, tenantId),
  };
}
