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

export interface Loaders {
  customer: DataLoader<number, CustomerRow | null>;
  holdings: DataLoader<number, HoldingRow[]>;
}

export function createLoaders(db: AppDb, tenantId: string, hot: HotReadCache): Loaders {
  return {
    customer: new DataLoader(async (ids) => {
      const found = new Map<number, CustomerRow>();
      const missing: number[] = [];
      for (const id of ids) {
        const hit = hot.getCustomer(tenantId, id);
        if (hit) found.set(id, hit);
        else missing.push(id);
      }
      if (missing.length > 0) {
        for (const row of await customersByIds(db, tenantId, missing)) {
          found.set(row.id, row);
          hot.setCustomer(tenantId, row);
        }
      }
      return ids.map((id) => found.get(id) ?? null);
    }),
    holdings: new DataLoader(async (ids) => {
      const found = new Map<number, HoldingRow[]>();
      const missing: number[] = [];
      for (const id of ids) {
        const hit = hot.getHoldings(tenantId, id);
        if (hit) found.set(id, hit);
        else missing.push(id);
      }
      if (missing.length > 0) {
        for (const id of missing) found.set(id, []);
        for (const r of await activeHoldingsByCustomerIds(db, missing)) found.get(r.customerId)!.push(r);
        for (const id of missing) hot.setHoldings(tenantId, id, found.get(id)!);
      }
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}
