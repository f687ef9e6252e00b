// Validation of a loan application (GraphQL LoanApplicationInput) before anything is read or
// written. Pure: the resolver turns an error into ApplicationRejected naming `field`.
import { fail, type Validated } from '../profile-input.js';
import { CUSTOMER_KINDS, REGIONS, canonicalRegion, type CustomerKind, type Region } from '../reference.js';
import { creditTerms, type CreditTerms, type TermsProduct } from './credit-terms.js';

export const APPLICATION_LIMITS = {
  maxIdempotencyKeyLength: 200,
  maxPurposeLength: 300,
  maxNameLength: 200,
  maxIdentifierLength: 300,
  minAge: 18,
  maxAge: 120,
} as const;

export interface ApplicationInputLike {
  customerId?: string | null;
  applicant?: {
    name: string;
    kind: string;
    age?: number | null;
    yearsInBusiness?: number | null;
    income: number;
    region: string;
    employment?: string | null;
  } | null;
  productId: string;
  amount: number;
  termMonths: number;
  purpose: string;
  consent: { creditAssessment: boolean; bureauCheck: boolean };
  device?: { deviceId?: string | null; phone?: string | null; address?: string | null; payoutAccount?: string | null } | null;
}

export interface ValidApplicant {
  name: string;
  kind: CustomerKind;
  age: number | null;
  yearsInBusiness: number | null;
  income: number;
  region: Region;
  employment: string;
}

/** P: the caller's product type, kept as found (the service works with catalog rows). */
export interface ValidApplication<P extends TermsProduct = TermsProduct> {
  idempotencyKey: string;
  /** The customer's global id as given; the service resolves it within the tenant. */
  customerId: string | null;
  applicant: ValidApplicant | null;
  product: P;
  terms: CreditTerms;
  amount: number;
  termMonths: number;
  purpose: string;
  consent: { creditAssessment: boolean; bureauCheck: boolean };
  device: { deviceId: string | null; phone: string | null; address: string | null; payoutAccount: string | null };
}

/**
 * Checks an application; returns the cleaned value or the first error. `findProduct` resolves a
 * product id or code within the viewer's tenant (null when it is unknown there).
 */
export function validateApplicationInput<P extends TermsProduct & { name: string }>(
  input: ApplicationInputLike,
  idempotencyKey: string,
  findProduct: (ref: string) => P | null,
): Validated<ValidApplication<P>> {
  const L = APPLICATION_LIMITS;
  const key = typeof idempotencyKey === 'string' ? idempotencyKey.trim() : '';
  if (key.length === 0) return fail('idempotencyKey', 'must not be empty');
  if (key.length > L.maxIdempotencyKeyLength) return fail('idempotencyKey', `must be at most ${L.maxIdempotencyKeyLength} characters`);

  const hasCustomer = input.customerId != null && input.customerId !== '';
  const hasApplicant = input.applicant != null;
  if (hasCustomer === hasApplicant) return fail('customerId', 'give either customerId (an existing customer) or applicant (a profile), not both or neither');

  let applicant: ValidApplicant | null = null;
  if (input.applicant) {
    const a = input.applicant;
    const name = (a.name ?? '').trim();
    if (name.length === 0 || name.length > L.maxNameLength) return fail('applicant.name', `must be 1 to ${L.maxNameLength} characters`);
    if (!(CUSTOMER_KINDS as readonly string[]).includes(a.kind)) return fail('applicant.kind', `must be one of ${CUSTOMER_KINDS.join(', ')}`);
    const age = a.age ?? null;
    if (age != null && (!Number.isInteger(age) || age < L.minAge || age > L.maxAge)) {
      return fail('applicant.age', `must be a whole number from ${L.minAge} to ${L.maxAge}`);
    }
    if (a.kind === 'INDIVIDUAL' && age == null) return fail('applicant.age', 'is required for an individual');
    const years = a.yearsInBusiness ?? null;
    if (years != null && (!Number.isInteger(years) || years < 0 || years > 200)) return fail('applicant.yearsInBusiness', 'must be a whole number from 0 to 200');
    if (typeof a.income !== 'number' || !Number.isFinite(a.income) || a.income <= 0) return fail('applicant.income', 'must be more than 0');
    const region = canonicalRegion(a.region ?? '');
    if (!region) return fail('applicant.region', `unknown region "${a.region}"; one of ${REGIONS.join(', ')}`);
    const employment = (a.employment ?? '').trim();
    if (employment.length > L.maxNameLength) return fail('applicant.employment', `must be at most ${L.maxNameLength} characters`);
    applicant = { name, kind: a.kind as CustomerKind, age, yearsInBusiness: years, income: a.income, region, employment };
  }

  const product = findProduct(input.productId);
  if (!product) return fail('productId', `unknown product "${input.productId}"`);
  const terms = creditTerms(product);
  if (!terms) return fail('productId', `${product.name} is not a credit product`);

  if (typeof input.amount !== 'number' || !Number.isFinite(input.amount) || input.amount <= 0) return fail('amount', 'must be more than 0');
  if (input.amount < terms.minAmount || input.amount > terms.maxAmount) {
    return fail('amount', `must be from ${terms.minAmount} to ${terms.maxAmount} for ${product.name}`);
  }
  if (!Number.isInteger(input.termMonths) || input.termMonths < terms.minTermMonths || input.termMonths > terms.maxTermMonths) {
    return fail('termMonths', `must be a whole number of months from ${terms.minTermMonths} to ${terms.maxTermMonths} for ${product.name}`);
  }
  const purpose = (input.purpose ?? '').trim();
  if (purpose.length === 0 || purpose.length > L.maxPurposeLength) return fail('purpose', `must be 1 to ${L.maxPurposeLength} characters`);

  if (input.consent?.creditAssessment !== true) {
    return fail('consent.creditAssessment', 'the applicant has not consented to a credit assessment; nothing can be decided without it');
  }

  const device = { deviceId: null, phone: null, address: null, payoutAccount: null } as ValidApplication['device'];
  for (const k of ['deviceId', 'phone', 'address', 'payoutAccount'] as const) {
    const v = input.device?.[k];
    if (v == null) continue;
    const t = v.trim();
    if (t.length > L.maxIdentifierLength) return fail(`device.${k}`, `must be at most ${L.maxIdentifierLength} characters`);
    device[k] = t.length > 0 ? t : null;
  }
  if (device.phone != null && device.phone.replace(/\D/g, '').length < 10) return fail('device.phone', 'must have at least 10 digits');

  return {
    ok: true,
    value: {
      idempotencyKey: key,
      customerId: hasCustomer ? input.customerId! : null,
      applicant,
      product,
      terms,
      amount: input.amount,
      termMonths: input.termMonths,
      purpose,
      consent: { creditAssessment: true, bureauCheck: input.consent.bureauCheck === true },
      device,
    },
  };
}
