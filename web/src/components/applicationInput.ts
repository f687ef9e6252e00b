// The application form's state, its checks before anything is sent, and the GraphQL input it becomes.
// Field names are the server's field paths (ApplicationRejected.field), so a rejection lands on its input.
import type { LoanApplicationInput } from '../gql/graphql';
import { formatINR } from '../format';
import type { CreditProduct } from './useCreditProducts';

export interface ApplicationDraft {
  productId: string;
  amount: string;
  termMonths: string;
  purpose: string;
  creditAssessment: boolean;
  bureauCheck: boolean;
  deviceId: string;
  phone: string;
  address: string;
  payoutAccount: string;
}

export const EMPTY_DRAFT: ApplicationDraft = {
  productId: '',
  amount: '',
  termMonths: '',
  purpose: '',
  creditAssessment: false,
  bureauCheck: false,
  deviceId: '',
  phone: '',
  address: '',
  payoutAccount: '',
};

/** Field path -> message, e.g. { amount: 'At least ₹5,000 for …' }. */
export type FieldErrors = Partial<Record<string, string>>;

export const DEVICE_FIELDS = ['deviceId', 'phone', 'address', 'payoutAccount'] as const;

export function toInput(d: ApplicationDraft, customerId: string): LoanApplicationInput {
  const device = Object.fromEntries(DEVICE_FIELDS.map((k) => [k, d[k].trim() || null]));
  const hasDevice = Object.values(device).some((v) => v !== null);
  return {
    customerId,
    productId: d.productId,
    amount: Number(d.amount),
    termMonths: Number(d.termMonths),
    purpose: d.purpose.trim(),
    consent: { creditAssessment: d.creditAssessment, bureauCheck: d.bureauCheck },
    device: hasDevice ? device : null,
  };
}

/** A term to start from when a product is chosen: a year, within the product's bounds. */
export function defaultTerm(p: CreditProduct): string {
  return String(Math.min(p.creditTerms.maxTermMonths, Math.max(p.creditTerms.minTermMonths, 12)));
}

/** Our words for what the browser's constraint validation found wrong with one control. */
export function validityMessage(name: string, v: ValidityState, product: CreditProduct | undefined, fallback: string): string {
  const t = product?.creditTerms;
  const forProduct = product ? ` for ${product.name}` : '';
  switch (name) {
    case 'productId':
      return 'Choose a credit product';
    case 'amount':
      if (v.valueMissing) return 'Enter the amount';
      if (v.badInput) return 'Enter an amount in rupees';
      if (t && v.rangeUnderflow) return `At least ${formatINR(t.minAmount)}${forProduct}`;
      if (t && v.rangeOverflow) return `At most ${formatINR(t.maxAmount)}${forProduct}`;
      if (v.stepMismatch) return 'Whole rupees only';
      break;
    case 'termMonths':
      if (v.valueMissing) return 'Enter the term in months';
      if (t && (v.rangeUnderflow || v.rangeOverflow)) return `From ${t.minTermMonths} to ${t.maxTermMonths} months${forProduct}`;
      if (v.badInput || v.stepMismatch) return 'Whole months only';
      break;
    case 'purpose':
      return 'Say what the credit is for';
    case 'consent.creditAssessment':
      return 'Required: nothing can be assessed without the applicant’s consent';
  }
  return fallback;
}

/** The problems the form's own constraints (required, min, max, step, pattern) find; empty when none. */
export function constraintProblems(form: HTMLFormElement, product: CreditProduct | undefined): FieldErrors {
  const problems: FieldErrors = {};
  for (const el of Array.from(form.elements)) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    if (!el.name || el.validity.valid || problems[el.name]) continue;
    problems[el.name] = validityMessage(el.name, el.validity, product, el.validationMessage);
  }
  return problems;
}

/** "must be more than 0" -> "Must be more than 0". */
export const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
