// schema.org Product and FinancialProduct objects (as JSON-LD has them) -> product fields. A
// product page's JSON-LD, or a JSON feed of such objects, reads like this:
//   { "@type": "CreditCard", "sku": "cc-x", "name": "...", "brand": { "name": "Aurora Bank" },
//     "category": "Credit card", "annualPercentageRate": { "minValue": 36, "maxValue": 42 },
//     "offers": { "price": 499, "priceCurrency": "INR" }, "areaServed": ["Punjab"],
//     "keywords": "travel, lounge", "audience": { "audienceType": "Individuals" },
//     "additionalProperty": [{ "name": "minIncome", "value": "₹6,00,000" }] }
// Values are handed on as they are; normalise.ts and validate.ts judge them like any other feed's.
import { fieldOf } from './fields.js';
import type { RawRow, RawValue } from './types.js';

/** @type values read as products; the financial ones also imply a category when none is given. */
const PRODUCT_TYPES: Record<string, string | null> = {
  product: null,
  financialproduct: null,
  loanorcredit: null,
  creditcard: 'CREDIT_CARD',
  paymentcard: 'CREDIT_CARD',
  mortgageloan: 'MORTGAGE',
  bankaccount: 'SAVINGS',
  depositaccount: 'SAVINGS',
  investmentordeposit: 'INVESTMENT',
  investmentfund: 'INVESTMENT',
};

type Obj = { [key: string]: unknown };
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The @type names of an object, lower case, without a "https://schema.org/" prefix. */
function typesOf(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//i, '').toLowerCase());
}

/** Whether a JSON-LD object is a product this importer reads. */
export function isSchemaOrgProduct(v: unknown): v is Obj {
  return isObject(v) && typesOf(v).some((t) => t in PRODUCT_TYPES);
}

/** A name from a string or a { name } object (brand, provider, place). */
function nameOf(v: unknown): RawValue {
  if (typeof v === 'string') return v;
  if (isObject(v) && typeof v.name === 'string') return v.name;
  if (Array.isArray(v)) return v.map(nameOf) as RawValue;
  return undefined;
}

/** A number or a QuantitativeValue { value } / { minValue, maxValue }, as [low, high]. */
function quantity(v: unknown): { low: RawValue; high: RawValue } | undefined {
  if (typeof v === 'number' || typeof v === 'string') return { low: v, high: undefined };
  if (!isObject(v)) return undefined;
  if (v.value !== undefined) return { low: v.value as RawValue, high: undefined };
  if (v.minValue !== undefined || v.maxValue !== undefined) return { low: v.minValue as RawValue, high: v.maxValue as RawValue };
  return undefined;
}

/** Product fields from one schema.org object; unknown additionalProperty names go to `ignored`. */
export function schemaOrgValues(o: Obj): { values: RawRow['values']; ignored: string[] } {
  const values: RawRow['values'] = {};
  const ignored: string[] = [];
  const idOf = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : undefined);
  values.id = idOf(o.sku) ?? idOf(o.productID) ?? idOf(o.identifier) ?? idOf(o.mpn);
  values.name = o.name as RawValue;
  values.description = o.description as RawValue;
  values.provider = nameOf(o.brand) ?? nameOf(o.provider) ?? nameOf(o.manufacturer);
  const implied = typesOf(o)
    .map((t) => PRODUCT_TYPES[t])
    .find((c) => c);
  values.category = (nameOf(o.category) as RawValue) ?? implied ?? undefined;

  const apr = quantity(o.annualPercentageRate);
  if (apr) [values.aprMin, values.aprMax] = [apr.low, apr.high];
  const interest = quantity(o.interestRate);
  if (interest) {
    // A loan's interestRate is what it charges; a deposit's is what it pays.
    const charges = ['loanorcredit', 'creditcard', 'mortgageloan'].some((t) => typesOf(o).includes(t));
    if (charges && !apr) [values.aprMin, values.aprMax] = [interest.low, interest.high];
    else if (!charges) values.interestRate = interest.low;
  }
  if (typeof o.feesAndCommissionsSpecification === 'string') values.fees = o.feesAndCommissionsSpecification;
  const offer = Array.isArray(o.offers) ? o.offers[0] : o.offers;
  if (isObject(offer) && offer.price !== undefined) values.annualFee = offer.price as RawValue;
  if (o.areaServed !== undefined) values.regions = nameOf(o.areaServed);
  if (o.keywords !== undefined) values.tags = o.keywords as RawValue;
  if (isObject(o.audience)) values.customerKind = o.audience.audienceType as RawValue;

  const props = Array.isArray(o.additionalProperty) ? o.additionalProperty : o.additionalProperty ? [o.additionalProperty] : [];
  for (const p of props) {
    if (!isObject(p) || typeof p.name !== 'string') continue;
    const field = fieldOf(p.name);
    if (field) values[field] = p.value as RawValue;
    else ignored.push(`additionalProperty ${p.name}`);
  }
  for (const k of Object.keys(values) as (keyof RawRow['values'])[]) if (values[k] === undefined) delete values[k];
  return { values, ignored };
}
