// Reference vocabularies shared by the graph, the domain, the seeds and validation.
// One list each, so that a region or category is spelled the same everywhere.

export const REGIONS = [
  'Maharashtra',
  'Karnataka',
  'Tamil Nadu',
  'Delhi',
  'Gujarat',
  'West Bengal',
  'Punjab',
  'Uttar Pradesh',
  'Kerala',
  'Telangana',
] as const;
export type Region = (typeof REGIONS)[number];

/** Case-insensitive lookup of a region name; undefined when unknown. */
export function canonicalRegion(name: string): Region | undefined {
  const wanted = name.trim().toLowerCase();
  return REGIONS.find((r) => r.toLowerCase() === wanted);
}

export const CUSTOMER_KINDS = ['INDIVIDUAL', 'BUSINESS'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const SEGMENTS = [
  'YOUNG_PROFESSIONAL',
  'AFFLUENT',
  'RETIREMENT_PLANNER',
  'CREDIT_BUILDER',
  'SMALL_BUSINESS',
  'FARMER',
] as const;
export type Segment = (typeof SEGMENTS)[number];

export const SEGMENT_LABELS: Record<Segment, string> = {
  YOUNG_PROFESSIONAL: 'Young professional',
  AFFLUENT: 'Affluent',
  RETIREMENT_PLANNER: 'Retirement planner',
  CREDIT_BUILDER: 'Credit builder',
  SMALL_BUSINESS: 'Small business',
  FARMER: 'Farmer (seasonal income)',
};

export const PRODUCT_CATEGORIES = [
  'CREDIT_CARD',
  'PERSONAL_LOAN',
  'BUSINESS_LOAN',
  'MORTGAGE',
  'INSURANCE',
  'SAVINGS',
  'INVESTMENT',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** Which customer kinds a product is offered to. */
export const PRODUCT_AUDIENCES = ['INDIVIDUAL', 'BUSINESS', 'ANY'] as const;
export type ProductAudience = (typeof PRODUCT_AUDIENCES)[number];

export const TRANSACTION_CHANNELS = ['UPI', 'CARD', 'ACH', 'CASH', 'NEFT'] as const;
export type TransactionChannel = (typeof TRANSACTION_CHANNELS)[number];

export const CREDIT_SCORE_MIN = 300;
export const CREDIT_SCORE_MAX = 850;
