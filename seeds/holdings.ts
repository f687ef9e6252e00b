// Which products a synthetic customer holds. Holdings follow the persona's wants, are limited to
// what the customer's tenant offers and what the customer is eligible for, and include the
// usual companions (a crop loan brings crop insurance), so that peer uptake and co-occurrence
// carry a real signal.
import { failedRules } from '../server/src/domain/recommendation/eligibility.js';
import type { CustomerKind, ProductCategory, Segment } from '../server/src/domain/reference.js';
import { DAY_MS, IST_OFFSET_MS, LEDGER_END_MS, YEAR_MS } from './calendar.js';
import { CATALOG, catalogProduct, type CatalogEntry } from './catalog.js';
import type { Persona, Want } from './personas.js';
import { clamp, type Random } from './random.js';
import { TENANTS } from './tenants.js';

export const MAX_HOLDINGS = 5;

export interface HoldingSeed {
  customerId: number;
  productId: string;
  openedAt: Date;
  balance: number;
  status: 'ACTIVE' | 'CLOSED';
  /** Written encrypted (tables.ts); absent in some test fixtures. */
  accountNumber?: string;
}

/** What eligibility depends on. */
export interface EligibilityFacts {
  kind: CustomerKind;
  segment: Segment;
  region: string;
  age: number | null;
  yearsInBusiness: number | null;
  annualIncome: number;
  creditScore: number | null;
}

/** The seed's own eligibility rule: the product's published criteria, applied strictly. */
/** The engine's own hard eligibility (server/src/domain), so seeded holdings obey the same rules. */
export function isEligible(p: CatalogEntry, c: EligibilityFacts): boolean {
  return failedRules({ kind: c.kind, age: c.age, annualIncome: c.annualIncome, creditScore: c.creditScore, region: c.region, held: NOTHING_HELD }, p) === 0;
}

const NOTHING_HELD: ReadonlySet<string> = new Set();

/** A tenant's products by category, built once per tenant. */
type Offer = Map<ProductCategory, CatalogEntry[]>;
const offers = new Map<string, Offer>(
  TENANTS.map((t) => {
    const offered = new Set(t.productIds);
    const offer: Offer = new Map();
    for (const p of CATALOG) {
      if (!offered.has(p.id)) continue;
      const list = offer.get(p.category) ?? [];
      list.push(p);
      offer.set(p.category, list);
    }
    return [t.id, offer];
  }),
);
const offeredIds = new Map(TENANTS.map((t) => [t.id, new Set(t.productIds)]));

/** Companion products: holding the first makes the second likely. */
const COMPANIONS: readonly { when: (p: CatalogEntry) => boolean; productId: string; probability: number }[] = [
  { when: (p) => p.tags.includes('crop'), productId: 'in-harbor-crop-shield', probability: 0.7 },
  { when: (p) => p.tags.includes('dairy') && p.category !== 'INSURANCE', productId: 'in-harbor-livestock', probability: 0.6 },
  { when: (p) => p.category === 'MORTGAGE' && p.tags.includes('home'), productId: 'in-harbor-term-protect', probability: 0.45 },
  { when: (p) => p.tags.includes('working-capital') && p.customerKind === 'BUSINESS', productId: 'in-harbor-shop-secure', probability: 0.4 },
  { when: (p) => p.id === 'cc-northwind-secured-builder', productId: 'sv-northwind-goal-rd', probability: 0.35 },
  { when: (p) => p.tags.includes('tax-saving') && p.category === 'INVESTMENT', productId: 'in-harbor-term-protect', probability: 0.25 },
  { when: (p) => p.id === 'iv-lotus-wealth-pms', productId: 'pl-lotus-loan-against-securities', probability: 0.3 },
];

/** Preference for a product: mostly how many of the persona's tags it carries. */
function affinity(p: CatalogEntry, tags: readonly string[]): number {
  let matches = 0;
  for (const t of p.tags) if (tags.includes(t)) matches += 1;
  return matches === 0 ? 0.1 : matches * matches;
}

function pickFromWant(rng: Random, want: Want, offer: Offer, c: EligibilityFacts, held: Set<string>): CatalogEntry | null {
  const candidates = (offer.get(want.category) ?? []).filter((p) => !held.has(p.id) && isEligible(p, c));
  if (candidates.length === 0) return null;
  return rng.weighted(
    candidates,
    candidates.map((p) => affinity(p, want.tags)),
  );
}

export function chooseProducts(rng: Random, persona: Persona, tenantId: string, c: EligibilityFacts): CatalogEntry[] {
  const offer = offers.get(tenantId);
  const offered = offeredIds.get(tenantId);
  if (!offer || !offered) throw new Error(`unknown tenant ${tenantId}`);
  const chosen: CatalogEntry[] = [];
  const held = new Set<string>();
  const take = (p: CatalogEntry) => {
    chosen.push(p);
    held.add(p.id);
  };

  for (const want of persona.wants) {
    if (!rng.chance(want.probability)) continue;
    const count = want.max && want.max > 1 ? rng.int(1, want.max) : 1;
    for (let i = 0; i < count; i++) {
      const p = pickFromWant(rng, want, offer, c, held);
      if (p) take(p);
    }
  }
  for (const p of chosen.slice()) {
    for (const companion of COMPANIONS) {
      if (held.has(companion.productId) || !offered.has(companion.productId) || !companion.when(p)) continue;
      const product = catalogProduct(companion.productId);
      if (isEligible(product, c) && rng.chance(companion.probability)) take(product);
    }
  }
  // Everyone banks somewhere: fall back to the persona's first want, then to any eligible product.
  if (chosen.length === 0) {
    const p = pickFromWant(rng, persona.wants[0], offer, c, held);
    if (p) take(p);
  }
  if (chosen.length === 0) {
    const any = [...offer.values()].flat().filter((p) => isEligible(p, c));
    if (any.length > 0) take(rng.pick(any));
  }
  // Keep the persona's priorities (wants come in order of importance) when there are too many.
  return chosen.slice(0, MAX_HOLDINGS);
}

/** When the product was opened: within the customer's adult or business life, and at an eligible age. */
function openedAt(rng: Random, p: CatalogEntry, c: EligibilityFacts): Date {
  const horizon = p.category === 'MORTGAGE' ? 15 : p.category === 'SAVINGS' ? 12 : 8;
  let maxYears = horizon;
  if (c.age != null) maxYears = Math.min(maxYears, c.age - Math.max(18, p.minAge ?? 18));
  if (c.yearsInBusiness != null) maxYears = Math.min(maxYears, c.yearsInBusiness);
  const years = rng.range(0.1, Math.max(0.2, maxYears));
  const day = Math.floor((LEDGER_END_MS - years * YEAR_MS) / DAY_MS) * DAY_MS;
  return new Date(day + rng.int(9 * 60, 17 * 60) * 60_000 - IST_OFFSET_MS); // office hours, IST
}

/** An outstanding or invested amount in INR that fits the product and the customer's income. */
function balanceFor(rng: Random, p: CatalogEntry, c: EligibilityFacts): number {
  const income = c.annualIncome;
  let amount: number;
  switch (p.category) {
    case 'SAVINGS':
      amount = p.tags.includes('fixed-deposit') ? income * rng.range(0.3, 2.5) : (income / 12) * rng.range(0.3, 5);
      break;
    case 'INVESTMENT':
      amount = income * rng.range(0.05, c.segment === 'AFFLUENT' ? 2.5 : 0.8);
      break;
    case 'CREDIT_CARD':
      amount = (income / 12) * rng.range(0, 0.6);
      break;
    case 'PERSONAL_LOAN':
      amount = p.tags.includes('small-ticket') || p.tags.includes('credit-builder') ? rng.range(8_000, 80_000) : income * rng.range(0.15, 0.9);
      break;
    case 'BUSINESS_LOAN':
      amount = income * (c.kind === 'BUSINESS' ? rng.range(0.04, 0.3) : rng.range(0.2, 0.7));
      break;
    case 'MORTGAGE':
      amount = p.tags.includes('monthly-income') ? income * rng.range(0.5, 2) : income * rng.range(1.5, 5);
      break;
    case 'INSURANCE':
      amount = 0; // a policy has no balance; its premium shows in the transactions
      break;
  }
  return Math.round(clamp(amount, 0, 1e11));
}

/** Loans and cards are sometimes paid off and closed; deposits and policies stay open. */
function statusFor(rng: Random, p: CatalogEntry): 'ACTIVE' | 'CLOSED' {
  const closable = p.category === 'PERSONAL_LOAN' || p.category === 'CREDIT_CARD' || p.category === 'BUSINESS_LOAN';
  return closable && rng.chance(0.06) ? 'CLOSED' : 'ACTIVE';
}

export function generateHoldings(rng: Random, customerId: number, persona: Persona, tenantId: string, c: EligibilityFacts): HoldingSeed[] {
  return chooseProducts(rng, persona, tenantId, c).map((p) => {
    const status = statusFor(rng, p);
    return {
      customerId,
      productId: p.id,
      openedAt: openedAt(rng, p, c),
      balance: status === 'CLOSED' ? 0 : balanceFor(rng, p, c),
      status,
    };
  });
}
