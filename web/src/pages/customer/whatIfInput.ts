// The what-if form's state, prefilled from the customer's record, and the variables of
// Query.scenario it becomes. Only the values that differ from the record are sent as changes; the
// server judges them (a negative income, a score outside 300-850…) and names the field at fault.
import type { CustomerDetailQuery, ScenarioChanges } from '../../gql/graphql';
import { describeError } from '../../errors';

type Customer = NonNullable<CustomerDetailQuery['customer']>;

/** The customer facts a scenario can change, as on record. */
export type WhatIfRecord = Pick<Customer, 'kind' | 'annualIncome' | 'creditScore' | 'newToCredit' | 'region' | 'goals' | 'age'>;

export interface WhatIfDraft {
  annualIncome: string;
  creditScore: string;
  newToCredit: boolean;
  region: string;
  goals: string;
  age: string;
  /** Optional credit decision: a product and an amount (and a term) compare the decision too. */
  productId: string;
  amount: string;
  termMonths: string;
  k: number;
}

export const WHAT_IF_K_CHOICES = [3, 5, 10] as const;

export function draftOf(c: WhatIfRecord): WhatIfDraft {
  return {
    annualIncome: String(c.annualIncome),
    creditScore: c.creditScore == null ? '' : String(c.creditScore),
    newToCredit: c.creditScore == null,
    region: c.region,
    goals: c.goals ?? '',
    age: c.age == null ? '' : String(c.age),
    productId: '',
    amount: '',
    termMonths: '',
    k: 5,
  };
}

export interface ScenarioVariables {
  customerId: string;
  changes: ScenarioChanges;
  productId?: string;
  amount?: number;
  termMonths?: number;
  k: number;
}

/** A number as typed; left to the server to judge, except that an empty box means "as on record". */
const typed = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/** The variables of Query.scenario: the values that differ from the record, and the decision inputs. */
export function toVariables(d: WhatIfDraft, c: WhatIfRecord, customerId: string): ScenarioVariables {
  const changes: ScenarioChanges = {};
  const income = typed(d.annualIncome);
  if (income !== null && income !== c.annualIncome) changes.annualIncome = income;
  if (d.newToCredit) {
    if (c.creditScore != null) changes.newToCredit = true;
  } else {
    const score = typed(d.creditScore);
    if (score !== null && score !== c.creditScore) changes.creditScore = score;
  }
  if (d.region && d.region !== c.region) changes.region = d.region;
  if (d.goals.trim() !== (c.goals ?? '').trim()) changes.goals = d.goals.trim();
  if (c.kind === 'INDIVIDUAL') {
    const age = typed(d.age);
    if (age !== null && age !== c.age) changes.age = age;
  }
  const vars: ScenarioVariables = { customerId, changes, k: d.k };
  if (d.productId) {
    vars.productId = d.productId;
    const amount = typed(d.amount);
    if (amount !== null) vars.amount = amount;
    const term = typed(d.termMonths);
    if (term !== null) vars.termMonths = term;
  }
  return vars;
}

/** The form fields, by the server's name for them (BAD_USER_INPUT's extensions.field). */
export const WHAT_IF_FIELDS = [
  'changes.annualIncome',
  'changes.creditScore',
  'changes.region',
  'changes.goals',
  'changes.age',
  'productId',
  'amount',
  'termMonths',
  'k',
] as const;
export type WhatIfField = (typeof WHAT_IF_FIELDS)[number];

export interface WhatIfFailure {
  /** The form field the server named, when the form has it. */
  field: WhatIfField | null;
  /** The server's message as sent: it starts with the field's path, e.g. "changes.annualIncome: …". */
  message: string;
  code?: string;
  /** What the query threw, for the error box. */
  error: unknown;
}

const isField = (s: string | undefined): s is WhatIfField => !!s && (WHAT_IF_FIELDS as readonly string[]).includes(s);

/**
 * Where an error belongs: the field in extensions.field (the resolver's checks), or the one a
 * variable coercion error names ('Variable "$changes" got invalid value 1.5 at "changes.creditScore"').
 */
export function failureOf(error: unknown): WhatIfFailure {
  const info = describeError(error);
  const at = /at "([\w.]+)"/.exec(info.message)?.[1];
  const variable = /Variable "\$(\w+)"/.exec(info.message)?.[1];
  const field = [info.field, at, variable].find(isField) ?? null;
  return { field, message: info.message, code: info.code, error };
}
