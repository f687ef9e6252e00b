// The customer PII columns, both ways: plaintext -> envelopes and blind indexes (writes: seeds,
// the start-up backfill, re-encryption), envelopes -> plaintext (reads). Every value is bound to
// customers.<id>.<column> (or holdings.<customer>.<product>.account_number).
import type { customers } from '../../../drizzle/schema.js';
import { piiPlace, type PiiCipher } from '../security/pii-crypto.js';

export interface PostalAddress {
  line1: string;
  city: string;
  state: string;
  postalCode: string;
}

export interface CustomerPii {
  name: string;
  email?: string | null;
  phone?: string | null;
  /** YYYY-MM-DD */
  dateOfBirth?: string | null;
  address?: PostalAddress | null;
}

export type CustomerPiiColumns = Pick<typeof customers.$inferInsert, 'name' | 'nameEnc' | 'nameBidx' | 'emailEnc' | 'emailBidx' | 'phoneEnc' | 'phoneBidx' | 'dateOfBirthEnc' | 'addressEnc'>;

export const CUSTOMER_PII_COLUMNS = ['name', 'email', 'phone', 'date_of_birth', 'address'] as const;
export type CustomerPiiColumn = (typeof CUSTOMER_PII_COLUMNS)[number];

export const customerPlace = (id: number, column: CustomerPiiColumn) => piiPlace('customers', id, column);
export const accountNumberPlace = (customerId: number, productId: string) => piiPlace('holdings', `${customerId}.${productId}`, 'account_number');

/** The columns to write for a customer's PII; the plaintext `name` column is always cleared. */
export function encryptCustomerPii(cipher: PiiCipher, id: number, pii: CustomerPii): Required<CustomerPiiColumns> {
  const email = pii.email ?? null;
  const phone = pii.phone ?? null;
  return {
    name: null,
    nameEnc: cipher.encrypt(pii.name, customerPlace(id, 'name')),
    nameBidx: cipher.index.nameWords(pii.name),
    emailEnc: cipher.encryptNullable(email, customerPlace(id, 'email')),
    emailBidx: email === null ? null : cipher.index.email(email),
    phoneEnc: cipher.encryptNullable(phone, customerPlace(id, 'phone')),
    phoneBidx: phone === null ? null : cipher.index.phone(phone),
    dateOfBirthEnc: cipher.encryptNullable(pii.dateOfBirth ?? null, customerPlace(id, 'date_of_birth')),
    addressEnc: pii.address ? cipher.encrypt(JSON.stringify(pii.address), customerPlace(id, 'address')) : null,
  };
}

/** A customer's name; a row whose name was never encrypted is an error, not a fallback to plaintext. */
export function decryptCustomerName(cipher: PiiCipher, row: { id: number; nameEnc: string | null }): string {
  if (row.nameEnc === null) throw new Error(`customers.${row.id}.name: not encrypted yet (the server encrypts plaintext names at start; or run npm run pii:reencrypt)`);
  return cipher.decrypt(row.nameEnc, customerPlace(row.id, 'name'));
}

export function decryptAddress(cipher: PiiCipher, id: number, envelope: string | null): PostalAddress | null {
  const text = cipher.decryptNullable(envelope, customerPlace(id, 'address'));
  return text === null ? null : (JSON.parse(text) as PostalAddress);
}
