// DataLoaders, created per request so that nothing is cached across viewers or requests.
import DataLoader from 'dataloader';
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

export function createLoaders(db: AppDb, tenantId: string): Loaders {
  return {
    customer: new DataLoader(async (ids) => {
      const rows = await customersByIds(db, tenantId, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    holdings: new DataLoader(async (ids) => {
      const rows = await activeHoldingsByCustomerIds(db, ids);
      const byCustomer = new Map<number, HoldingRow[]>();
      for (const r of rows) {
        const list = byCustomer.get(r.customerId);
        if (list) list.push(r);
        else byCustomer.set(r.customerId, [r]);
      }
      return ids.map((id) => byCustomer.get(id) ?? []);
    }),
  };
}
