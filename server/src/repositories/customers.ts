// Customer reads, and the few customer writes the graph makes. Every function takes the tenant:
// there is no way to read or write across tenants.
import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { customers, holdings } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { classifySearch } from '../security/blind-index.js';
import { piiCipher } from '../security/pii-crypto.js';
import { accountNumberPlace, customerPlace, decryptAddress, decryptCustomerName, type PostalAddress } from './customer-pii.js';

type CustomerRecord = typeof customers.$inferSelect;

/**
 * A customer as the rest of the code sees it: the name decrypted (lists show it), the other PII
 * still sealed until a resolver asks (customerEmail and friends below), no blind indexes.
 */
export type CustomerRow = Omit<CustomerRecord, 'name' | 'nameEnc' | 'nameBidx' | 'emailBidx' | 'phoneBidx'> & { name: string };
export type HoldingRow = typeof holdings.$inferSelect;

/** The one place customer rows are decrypted. */
export function toCustomerRow(r: CustomerRecord): CustomerRow {
  const { name: _plaintext, nameEnc, nameBidx: _n, emailBidx: _e, phoneBidx: _p, ...rest } = r;
  return { ...rest, name: decryptCustomerName(piiCipher(), { id: r.id, nameEnc }) };
}

export function customerEmail(c: Pick<CustomerRow, 'id' | 'emailEnc'>): string | null {
  return piiCipher().decryptNullable(c.emailEnc, customerPlace(c.id, 'email'));
}

export function customerPhone(c: Pick<CustomerRow, 'id' | 'phoneEnc'>): string | null {
  return piiCipher().decryptNullable(c.phoneEnc, customerPlace(c.id, 'phone'));
}

export function customerDateOfBirth(c: Pick<CustomerRow, 'id' | 'dateOfBirthEnc'>): string | null {
  return piiCipher().decryptNullable(c.dateOfBirthEnc, customerPlace(c.id, 'date_of_birth'));
}

export function customerAddress(c: Pick<CustomerRow, 'id' | 'addressEnc'>): PostalAddress | null {
  return decryptAddress(piiCipher(), c.id, c.addressEnc);
}

export function holdingAccountNumber(h: Pick<HoldingRow, 'customerId' | 'productId' | 'accountNumberEnc'>): string | null {
  return piiCipher().decryptNullable(h.accountNumberEnc, accountNumberPlace(h.customerId, h.productId));
}

export interface CustomerListFilter {
  search?: string;
  segment?: string;
  region?: string;
  kind?: string;
  /** Customers stored in this cluster of this segmentation model (customer_segments). */
  cluster?: { modelVersion: string; cluster: number };
}

function filterConditions(tenantId: string, f: CustomerListFilter): SQL[] {
  const conds: SQL[] = [eq(customers.tenantId, tenantId)];
  if (f.search) conds.push(searchCondition(f.search));
  if (f.segment) conds.push(eq(customers.segment, f.segment));
  if (f.region) conds.push(eq(customers.region, f.region));
  if (f.kind) conds.push(eq(customers.kind, f.kind));
  if (f.cluster) {
    conds.push(sql`exists (select 1 from customer_segments cs where cs.model_version = ${f.cluster.modelVersion} and cs.cluster = ${f.cluster.cluster} and cs.customer_id = ${customers.id})`);
  }
  return conds;
}

/**
 * Search by blind index: an exact email, an exact phone number, or every word a whole name word.
 * A text with no word in it (punctuation only) matches nothing.
 */
function searchCondition(text: string): SQL {
  const index = piiCipher().index;
  const q = classifySearch(text);
  if (q.kind === 'email') return eq(customers.emailBidx, index.hash('email', q.value));
  if (q.kind === 'phone') return eq(customers.phoneBidx, index.hash('phone', q.value));
  if (q.words.length === 0) return sql`false`;
  const hashes = q.words.map((w) => sql`${index.hash('name-word', w)}`);
  return sql`${customers.nameBidx} @> array[${sql.join(hashes, sql`, `)}]::text[]`;
}

/** One page in id order after the cursor id, plus one row to tell whether there is a next page. */
export async function listCustomers(
  db: AppDb,
  tenantId: string,
  filter: CustomerListFilter,
  page: { first: number; afterId: number | null },
): Promise<{ rows: CustomerRow[]; hasNextPage: boolean }> {
  const conds = filterConditions(tenantId, filter);
  if (page.afterId !== null) conds.push(gt(customers.id, page.afterId));
  const rows = await db
    .select()
    .from(customers)
    .where(and(...conds))
    .orderBy(asc(customers.id))
    .limit(page.first + 1);
  return { rows: rows.slice(0, page.first).map(toCustomerRow), hasNextPage: rows.length > page.first };
}

export async function countCustomers(db: AppDb, tenantId: string, filter: CustomerListFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(customers)
    .where(and(...filterConditions(tenantId, filter)));
  return Number(row?.n ?? 0);
}

export async function customersByIds(db: AppDb, tenantId: string, ids: readonly number[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), inArray(customers.id, ids as number[])));
  return rows.map(toCustomerRow);
}

/** The customer row after the change, or null when the tenant has no such customer. */
export async function setPreferredLanguage(db: AppDb, tenantId: string, id: number, language: string): Promise<CustomerRow | null> {
  const [row] = await db
    .update(customers)
    .set({ preferredLanguage: language, updatedAt: new Date() })
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, id)))
    .returning();
  return row ? toCustomerRow(row) : null;
}

/** Active holdings of customers; callers have already scoped the customers to the tenant. */
export async function activeHoldingsByCustomerIds(db: AppDb, ids: readonly number[]): Promise<HoldingRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(holdings)
    .where(and(inArray(holdings.customerId, ids as number[]), eq(holdings.status, 'ACTIVE')))
    .orderBy(asc(holdings.customerId), asc(holdings.openedAt));
}
