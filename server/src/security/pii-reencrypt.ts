// Brings stored PII to the current keys: encrypts plaintext names left by databases from before
// encryption, re-encrypts values under an older key with the active one, and recomputes blind
// indexes (so a new PII_INDEX_KEY takes effect: the old one is not needed, every value is
// decrypted anyway). Batches in id order, each committed on its own: an interrupted run leaves
// done rows done, and a second run changes nothing (idempotent).
import { and, asc, count, eq, gt, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { customers, holdings } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { accountNumberPlace, customerPlace, type CustomerPiiColumn } from '../repositories/customer-pii.js';
import { PiiCipher } from './pii-crypto.js';

export const DEFAULT_REENCRYPT_BATCH = 500;

/** Stored values per key id; "plaintext" counts names not yet encrypted. */
export type KeyCounts = Record<string, number>;

export interface ReencryptResult {
  customersChanged: number;
  holdingsChanged: number;
}

export interface ReencryptOptions {
  batchSize?: number;
  /** Only customers whose name is still plaintext (the start-up pass): cheap when there are none. */
  plaintextOnly?: boolean;
  onBatch?: (table: 'customers' | 'holdings', scanned: number, changed: number) => void;
}

const ENC_COLUMNS: readonly [CustomerPiiColumn, 'nameEnc' | 'emailEnc' | 'phoneEnc' | 'dateOfBirthEnc' | 'addressEnc'][] = [
  ['name', 'nameEnc'],
  ['email', 'emailEnc'],
  ['phone', 'phoneEnc'],
  ['date_of_birth', 'dateOfBirthEnc'],
  ['address', 'addressEnc'],
];

const sameArray = (a: readonly string[] | null, b: readonly string[] | null) => (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);

type CustomerPiiRecord = Pick<typeof customers.$inferSelect, 'id' | 'name' | 'nameEnc' | 'nameBidx' | 'emailEnc' | 'emailBidx' | 'phoneEnc' | 'phoneBidx' | 'dateOfBirthEnc' | 'addressEnc'>;

/** The columns to change so that `r` is under the active key with current indexes; null: none. */
function customerChanges(cipher: PiiCipher, r: CustomerPiiRecord): Partial<typeof customers.$inferInsert> | null {
  const set: Partial<typeof customers.$inferInsert> = {};
  const plain: Partial<Record<CustomerPiiColumn, string | null>> = {};
  for (const [column, field] of ENC_COLUMNS) {
    const envelope = r[field];
    if (envelope === null) {
      plain[column] = null;
      continue;
    }
    plain[column] = cipher.decrypt(envelope, customerPlace(r.id, column));
    if (PiiCipher.keyIdOf(envelope) !== cipher.activeKeyId) set[field] = cipher.encrypt(plain[column], customerPlace(r.id, column));
  }
  if (r.nameEnc === null && r.name !== null) {
    plain.name = r.name;
    set.nameEnc = cipher.encrypt(r.name, customerPlace(r.id, 'name'));
  }
  if (r.name !== null) set.name = null; // plaintext never stays once its ciphertext exists
  const nameBidx = plain.name == null ? null : cipher.index.nameWords(plain.name);
  if (!sameArray(nameBidx, r.nameBidx)) set.nameBidx = nameBidx;
  const emailBidx = plain.email == null ? null : cipher.index.email(plain.email);
  if (emailBidx !== r.emailBidx) set.emailBidx = emailBidx;
  const phoneBidx = plain.phone == null ? null : cipher.index.phone(plain.phone);
  if (phoneBidx !== r.phoneBidx) set.phoneBidx = phoneBidx;
  return Object.keys(set).length > 0 ? set : null;
}

async function reencryptCustomers(db: AppDb, cipher: PiiCipher, o: ReencryptOptions): Promise<number> {
  const batchSize = o.batchSize ?? DEFAULT_REENCRYPT_BATCH;
  let after = 0;
  let changed = 0;
  for (;;) {
    const where: SQL[] = [gt(customers.id, after)];
    if (o.plaintextOnly) where.push(isNull(customers.nameEnc), isNotNull(customers.name));
    const rows = await db
      .select({
        id: customers.id,
        name: customers.name,
        nameEnc: customers.nameEnc,
        nameBidx: customers.nameBidx,
        emailEnc: customers.emailEnc,
        emailBidx: customers.emailBidx,
        phoneEnc: customers.phoneEnc,
        phoneBidx: customers.phoneBidx,
        dateOfBirthEnc: customers.dateOfBirthEnc,
        addressEnc: customers.addressEnc,
      })
      .from(customers)
      .where(and(...where))
      .orderBy(asc(customers.id))
      .limit(batchSize);
    if (rows.length === 0) return changed;
    const updates = rows.map((r) => [r, customerChanges(cipher, r)] as const).filter(([, set]) => set !== null);
    if (updates.length > 0) {
      await db.transaction(async (tx) => {
        // Only where the row still holds what was read: a concurrent writer's value is left for the next run.
        for (const [r, set] of updates) {
          await tx
            .update(customers)
            .set(set!)
            .where(and(eq(customers.id, r.id), r.nameEnc === null ? isNull(customers.nameEnc) : eq(customers.nameEnc, r.nameEnc)));
        }
      });
    }
    changed += updates.length;
    o.onBatch?.('customers', rows.length, updates.length);
    after = rows[rows.length - 1].id;
  }
}

async function reencryptHoldings(db: AppDb, cipher: PiiCipher, o: ReencryptOptions): Promise<number> {
  const batchSize = o.batchSize ?? DEFAULT_REENCRYPT_BATCH;
  let after = 0;
  let changed = 0;
  for (;;) {
    const rows = await db
      .select({ id: holdings.id, customerId: holdings.customerId, productId: holdings.productId, accountNumberEnc: holdings.accountNumberEnc })
      .from(holdings)
      .where(and(gt(holdings.id, after), isNotNull(holdings.accountNumberEnc)))
      .orderBy(asc(holdings.id))
      .limit(batchSize);
    if (rows.length === 0) return changed;
    const stale = rows.filter((h) => PiiCipher.keyIdOf(h.accountNumberEnc!) !== cipher.activeKeyId);
    if (stale.length > 0) {
      await db.transaction(async (tx) => {
        for (const h of stale) {
          const place = accountNumberPlace(h.customerId, h.productId);
          const next = cipher.encrypt(cipher.decrypt(h.accountNumberEnc!, place), place);
          await tx.update(holdings).set({ accountNumberEnc: next }).where(and(eq(holdings.id, h.id), eq(holdings.accountNumberEnc, h.accountNumberEnc!)));
        }
      });
    }
    changed += stale.length;
    o.onBatch?.('holdings', rows.length, stale.length);
    after = rows[rows.length - 1].id;
  }
}

/**
 * Every PII value under the active key, every blind index recomputed. Throws on a value that
 * does not decrypt (its key is not in PII_KEYS, or it was altered), naming its row and column.
 */
export async function reencryptPii(db: AppDb, cipher: PiiCipher, o: ReencryptOptions = {}): Promise<ReencryptResult> {
  const customersChanged = await reencryptCustomers(db, cipher, o);
  const holdingsChanged = o.plaintextOnly ? 0 : await reencryptHoldings(db, cipher, o);
  return { customersChanged, holdingsChanged };
}

/** The start-up pass: encrypts names still in plaintext (databases from before encryption). */
export async function encryptPlaintextNames(db: AppDb, cipher: PiiCipher, batchSize = DEFAULT_REENCRYPT_BATCH): Promise<number> {
  return (await reencryptPii(db, cipher, { batchSize, plaintextOnly: true })).customersChanged;
}

/** How many stored values each key id encrypts, over every PII column. */
export async function piiKeyCounts(db: AppDb): Promise<KeyCounts> {
  const out: KeyCounts = {};
  const add = (rows: { key: string; n: number }[]) => {
    for (const r of rows) out[r.key] = (out[r.key] ?? 0) + Number(r.n);
  };
  const envelopeColumns = [...ENC_COLUMNS.map(([, f]) => customers[f]), holdings.accountNumberEnc];
  for (const column of envelopeColumns) {
    const table = column === holdings.accountNumberEnc ? holdings : customers;
    const key = sql<string>`split_part(${column}, ':', 2)`;
    add(await db.select({ key, n: count() }).from(table).where(isNotNull(column)).groupBy(key));
  }
  const [plain] = await db
    .select({ n: count() })
    .from(customers)
    .where(and(isNull(customers.nameEnc), isNotNull(customers.name)));
  if (Number(plain?.n ?? 0) > 0) out.plaintext = Number(plain.n);
  return out;
}
