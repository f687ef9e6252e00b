// The demo's staff and partner users, one password for all (DEMO_PASSWORD), printed at start so a
// newcomer can sign in as each role. Customers are shared out among a tenant's relationship
// managers and recovery cases among its collectors, so that "my customers" and "my cases" mean
// something (security/field-access.ts shows full PII only to the customer's own RM).
import type { AppDb } from '../server/src/db/index.js';
import { assignUnassigned, countUsers, insertUsers } from '../server/src/repositories/users.js';
import { hashPassword } from '../server/src/security/passwords.js';
import type { Role } from '../server/src/security/viewer.js';
import { DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID } from './tenants.js';

export interface DemoUserSeed {
  id: string;
  tenantId: string;
  username: string;
  displayName: string;
  role: Role;
}

export { DEFAULT_DEMO_PASSWORD } from '../server/src/security/viewer.js';

export const DEMO_USERS: readonly DemoUserSeed[] = [
  { id: 'u-asha', tenantId: DEFAULT_TENANT_ID, username: 'asha', displayName: 'Asha Rao', role: 'RELATIONSHIP_MANAGER' },
  { id: 'u-vikram', tenantId: DEFAULT_TENANT_ID, username: 'vikram', displayName: 'Vikram Mehta', role: 'RELATIONSHIP_MANAGER' },
  { id: 'u-neha', tenantId: DEFAULT_TENANT_ID, username: 'neha', displayName: 'Neha Kapoor', role: 'RELATIONSHIP_MANAGER' },
  { id: 'u-ravi', tenantId: DEFAULT_TENANT_ID, username: 'ravi', displayName: 'Ravi Shankar', role: 'ANALYST' },
  { id: 'u-kiran', tenantId: DEFAULT_TENANT_ID, username: 'kiran', displayName: 'Kiran Das', role: 'COLLECTOR' },
  { id: 'u-meera', tenantId: DEFAULT_TENANT_ID, username: 'meera', displayName: 'Meera Pillai', role: 'COLLECTOR' },
  { id: 'u-anita', tenantId: DEFAULT_TENANT_ID, username: 'anita', displayName: 'Anita Desai', role: 'ADMIN' },
  { id: 'u-nora', tenantId: NORTHWIND_TENANT_ID, username: 'nora', displayName: 'Nora Field', role: 'RELATIONSHIP_MANAGER' },
  { id: 'u-northwind', tenantId: NORTHWIND_TENANT_ID, username: 'northwind', displayName: 'Northwind Partner Desk', role: 'PARTNER' },
  { id: 'u-nadia', tenantId: NORTHWIND_TENANT_ID, username: 'nadia', displayName: 'Nadia Brooks', role: 'ADMIN' },
];

/**
 * Creates the demo users when the database has no users yet (a fresh seed, or a database seeded
 * before users existed), then shares out unassigned customers and cases. Idempotent.
 */
export async function ensureDemoUsers(db: AppDb, password: string): Promise<{ users: number; customers: number; cases: number }> {
  let created = 0;
  if ((await countUsers(db)) === 0) {
    const rows = await Promise.all(DEMO_USERS.map(async (u) => ({ ...u, passwordHash: await hashPassword(password) })));
    created = await insertUsers(db, rows);
  }
  const assigned = await assignUnassigned(db);
  return { users: created, ...assigned };
}
