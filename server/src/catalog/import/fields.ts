// Column and key names as feeds spell them -> the canonical product field. Headers are compared
// without case, spaces, hyphens or underscores, so "APR Min", "apr_min" and "aprMin" are one.
import type { ProductField, RangeField } from './types.js';

const ALIASES: Record<ProductField | RangeField, readonly string[]> = {
  id: ['id', 'code', 'productid', 'productcode', 'sku', 'slug'],
  name: ['name', 'productname', 'title'],
  category: ['category', 'productcategory', 'type', 'producttype'],
  provider: ['provider', 'brand', 'issuer', 'lender', 'bank'],
  description: ['description', 'desc', 'summary'],
  aprMin: ['aprmin', 'minapr', 'aprfrom'],
  aprMax: ['aprmax', 'maxapr', 'aprto'],
  apr: ['apr', 'annualpercentagerate'],
  interestRate: ['interestrate', 'interest', 'rate'],
  annualFee: ['annualfee', 'fee', 'yearlyfee'],
  fees: ['fees', 'feedetails', 'charges', 'feesandcommissionsspecification'],
  minIncome: ['minincome', 'minimumincome', 'minrevenue', 'minimumrevenue'],
  minScore: ['minscore', 'mincreditscore', 'minimumcreditscore', 'creditscoremin'],
  minAge: ['minage', 'minimumage', 'agemin'],
  maxAge: ['maxage', 'maximumage', 'agemax'],
  age: ['age', 'ageband', 'agerange'],
  regions: ['regions', 'region', 'states', 'areaserved'],
  customerKind: ['customerkind', 'kind', 'audience', 'customertype'],
  tags: ['tags', 'tag', 'keywords', 'labels'],
  tenants: ['tenants', 'tenant', 'tenantid', 'tenantids', 'offeredby'],
};

const BY_KEY = new Map<string, ProductField | RangeField>();
for (const [field, keys] of Object.entries(ALIASES)) for (const k of keys) BY_KEY.set(k, field as ProductField | RangeField);

/** The canonical field a header or key names; undefined when it is none of them. */
export function fieldOf(header: string): ProductField | RangeField | undefined {
  return BY_KEY.get(header.toLowerCase().replace(/[^a-z0-9]/g, ''));
}
