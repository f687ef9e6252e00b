// The consent history of the demo: one row per customer per purpose (source SEED), agreeing with
// the customer row's flags, written in the same bulk batches as the customers.
import type { TableSpec } from './bulk-insert.js';
import { SEED_AS_OF, type CustomerSeed } from './generator.js';

export interface ConsentSeed {
  tenantId: string;
  customerId: number;
  purpose: 'RECOMMENDATION' | 'CREDIT_CHECK' | 'MARKETING_CONTACT';
  granted: boolean;
}

/** Who recorded a seeded consent: no user, the seed itself. */
export const SEED_RECORDER = 'seed';

export function seededConsents(c: Pick<CustomerSeed, 'id' | 'tenantId' | 'consentRecommendation' | 'consentBureau' | 'consentMarketing'>): ConsentSeed[] {
  return [
    { tenantId: c.tenantId, customerId: c.id, purpose: 'RECOMMENDATION', granted: c.consentRecommendation },
    { tenantId: c.tenantId, customerId: c.id, purpose: 'CREDIT_CHECK', granted: c.consentBureau },
    { tenantId: c.tenantId, customerId: c.id, purpose: 'MARKETING_CONTACT', granted: c.consentMarketing },
  ];
}

export const CUSTOMER_CONSENTS: TableSpec<ConsentSeed> = {
  table: 'customer_consents',
  columns: [
    { name: 'tenant_id', type: 'text', value: (r) => r.tenantId },
    { name: 'customer_id', type: 'int4', value: (r) => r.customerId },
    { name: 'purpose', type: 'text', value: (r) => r.purpose },
    { name: 'granted', type: 'bool', value: (r) => r.granted },
    { name: 'recorded_by', type: 'text', value: () => SEED_RECORDER },
    { name: 'source', type: 'text', value: () => 'SEED' },
    // As of the demo's "now": the consents on record when its data was taken.
    { name: 'recorded_at', type: 'timestamptz', value: () => SEED_AS_OF },
  ],
};
