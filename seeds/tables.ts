// How generated rows map to table columns for the bulk writer (bulk-insert.ts): one spec per
// table, shared by the seed and by test fixtures that insert single customers.
import type { BureauReport } from '../server/src/bureau/report.js';
import type { TableSpec } from './bulk-insert.js';
import { accountNumberPlace, encryptCustomerPii, type CustomerPiiColumns } from '../server/src/repositories/customer-pii.js';
import { piiCipher } from '../server/src/security/pii-crypto.js';
import type { CustomerSeed, HoldingSeed, OutcomeSeed, TransactionSeed } from './generator.js';

export type CustomerRow = CustomerSeed & { needEmbedding: string | null; needModel: string | null };

// PII is written encrypted, under the process's active key (pii-crypto.ts), with its blind
// indexes; the plaintext name column stays null. Computed once per row, for all its columns.
const sealed = new WeakMap<CustomerRow, Required<CustomerPiiColumns>>();
function pii(c: CustomerRow): Required<CustomerPiiColumns> {
  let p = sealed.get(c);
  if (!p) {
    const contact = c.contact;
    p = encryptCustomerPii(piiCipher(), c.id, { name: c.name, email: contact?.email, phone: contact?.phone, dateOfBirth: contact?.dateOfBirth, address: contact?.address });
    sealed.set(c, p);
  }
  return p;
}

export const CUSTOMERS: TableSpec<CustomerRow> = {
  table: 'customers',
  columns: [
    { name: 'id', type: 'int4', value: (c) => c.id },
    { name: 'tenant_id', type: 'text', value: (c) => c.tenantId },
    { name: 'name_enc', type: 'text', value: (c) => pii(c).nameEnc },
    { name: 'name_bidx', type: 'text[]', value: (c) => pii(c).nameBidx },
    { name: 'email_enc', type: 'text', value: (c) => pii(c).emailEnc },
    { name: 'email_bidx', type: 'text', value: (c) => pii(c).emailBidx },
    { name: 'phone_enc', type: 'text', value: (c) => pii(c).phoneEnc },
    { name: 'phone_bidx', type: 'text', value: (c) => pii(c).phoneBidx },
    { name: 'date_of_birth_enc', type: 'text', value: (c) => pii(c).dateOfBirthEnc },
    { name: 'address_enc', type: 'text', value: (c) => pii(c).addressEnc },
    { name: 'kind', type: 'text', value: (c) => c.kind },
    { name: 'segment', type: 'text', value: (c) => c.segment },
    { name: 'region', type: 'text', value: (c) => c.region },
    { name: 'age', type: 'int4', value: (c) => c.age },
    { name: 'years_in_business', type: 'int4', value: (c) => c.yearsInBusiness },
    { name: 'annual_income', type: 'float8', value: (c) => c.annualIncome },
    { name: 'employment', type: 'text', value: (c) => c.employment },
    { name: 'credit_score', type: 'int4', value: (c) => c.creditScore },
    { name: 'goals', type: 'text', value: (c) => c.goals },
    { name: 'consent_marketing', type: 'bool', value: (c) => c.consentMarketing },
    { name: 'consent_bureau', type: 'bool', value: (c) => c.consentBureau },
    { name: 'consent_recommendation', type: 'bool', value: (c) => c.consentRecommendation },
    { name: 'spend_profile', type: 'jsonb', value: (c) => c.spendProfile },
    { name: 'need_embedding', type: 'vector', value: (c) => c.needEmbedding },
    { name: 'need_model', type: 'text', value: (c) => c.needModel },
  ],
};

export const HOLDINGS: TableSpec<HoldingSeed> = {
  table: 'holdings',
  columns: [
    { name: 'customer_id', type: 'int4', value: (h) => h.customerId },
    { name: 'product_id', type: 'text', value: (h) => h.productId },
    { name: 'opened_at', type: 'timestamptz', value: (h) => h.openedAt },
    { name: 'balance', type: 'float8', value: (h) => h.balance },
    { name: 'status', type: 'text', value: (h) => h.status },
    { name: 'account_number_enc', type: 'text', value: (h) => (h.accountNumber ? piiCipher().encrypt(h.accountNumber, accountNumberPlace(h.customerId, h.productId)) : null) },
  ],
};

/** Rows are written in the order given: per customer, in time order (ids follow time). */
export const TRANSACTIONS: TableSpec<TransactionSeed> = {
  table: 'transactions',
  columns: [
    { name: 'customer_id', type: 'int4', value: (t) => t.customerId },
    { name: 'occurred_at', type: 'timestamptz', value: (t) => t.occurredAt },
    { name: 'amount', type: 'float8', value: (t) => t.amount },
    { name: 'category', type: 'text', value: (t) => t.category },
    { name: 'channel', type: 'text', value: (t) => t.channel },
    { name: 'description', type: 'text', value: (t) => t.description },
    { name: 'balance_after', type: 'float8', value: (t) => t.balanceAfter },
  ],
};

export const BUREAU_RECORDS: TableSpec<BureauReport> = {
  table: 'bureau_records',
  columns: [
    { name: 'subject_ref', type: 'text', value: (r) => r.subjectRef },
    { name: 'report', type: 'jsonb', value: (r) => r },
  ],
};

export const CREDIT_OUTCOMES: TableSpec<OutcomeSeed> = {
  table: 'credit_outcomes',
  columns: [
    { name: 'tenant_id', type: 'text', value: (o) => o.tenantId },
    { name: 'customer_id', type: 'int4', value: (o) => o.customerId },
    { name: 'product_category', type: 'text', value: (o) => o.productCategory },
    { name: 'amount', type: 'float8', value: (o) => o.amount },
    { name: 'term_months', type: 'int4', value: (o) => o.termMonths },
    { name: 'granted_at', type: 'timestamptz', value: (o) => o.grantedAt },
    { name: 'features', type: 'jsonb', value: (o) => o.features },
    { name: 'defaulted', type: 'bool', value: (o) => o.defaulted },
    { name: 'source', type: 'text', value: (o) => o.source },
  ],
};
