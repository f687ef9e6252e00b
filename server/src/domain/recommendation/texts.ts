// The texts that get embedded. Product and need-profile texts live side by side so that
// both sides of the cosine similarity are phrased the same way.
import { SEGMENT_LABELS, type Segment } from '../reference.js';
import type { SpendProfile } from './types.js';

const CATEGORY_WORDS: Record<string, string> = {
  CREDIT_CARD: 'credit card',
  PERSONAL_LOAN: 'personal loan',
  BUSINESS_LOAN: 'business loan',
  MORTGAGE: 'home loan mortgage',
  INSURANCE: 'insurance cover',
  SAVINGS: 'savings account deposit',
  INVESTMENT: 'investment fund',
};

const AUDIENCE_WORDS: Record<string, string> = {
  INDIVIDUAL: 'For individuals.',
  BUSINESS: 'For businesses.',
};

/** A tag as words: "working-capital" -> "working capital". */
function tagWords(tag: string): string {
  return tag.replace(/[-_]+/g, ' ').trim();
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  const t = text.trim();
  return t && !/[.!?]$/.test(t) ? `${t}.` : t;
}

/**
 * The text a product is embedded from: name, category in plain words, description, audience and
 * tags (hyphens read as spaces, so "first-home" embeds like "first home").
 */
export function productText(p: { name: string; category: string; description: string; tags: string[]; customerKind?: string }): string {
  const parts = [sentence(p.name), sentence(CATEGORY_WORDS[p.category] ?? p.category.toLowerCase().replace(/_/g, ' ')), sentence(p.description)];
  const audience = p.customerKind ? AUDIENCE_WORDS[p.customerKind] : undefined;
  if (audience) parts.push(audience);
  const tags = p.tags.map(tagWords).filter(Boolean);
  if (tags.length) parts.push(sentence(tags.join(', ')));
  return parts.filter(Boolean).join(' ');
}

/** Spending categories as a person would say them, for the need profile. */
const SPEND_WORDS: Record<string, string> = {
  travel: 'travel and flights',
  dining: 'dining out',
  groceries: 'groceries',
  fuel: 'fuel',
  rent: 'rent',
  education: 'education fees',
  healthcare: 'healthcare and medicine',
  shopping: 'online shopping',
  utilities: 'utility bills',
  emi: 'loan repayments',
  insurance_premium: 'insurance premiums',
  investments: 'investments and SIPs',
  farm_inputs: 'seeds, fertiliser and farm inputs',
  inventory: 'inventory and suppliers',
  payroll: 'staff payroll',
  entertainment: 'entertainment',
};

/** A spending category as a person would say it: "travel" -> "travel and flights". */
export function spendCategoryWords(category: string): string {
  return SPEND_WORDS[category] ?? category.replace(/_/g, ' ');
}

export interface NeedProfileInput {
  kind: string;
  segment: Segment;
  age: number | null;
  yearsInBusiness: number | null;
  creditScore: number | null;
  goals: string;
  spendProfile: SpendProfile | null;
}

/**
 * What the customer needs, as separate facets: who they are, their stated goals, and their
 * transaction patterns. Each facet is embedded on its own and the need vector is the normalised
 * sum of the facet vectors (ml/mean-direction). Facets repeat across customers far more than
 * whole descriptions do (a few hundred distinct facets for a million customers, against tens of
 * thousands of distinct descriptions), so seeding and re-embedding stay fast. Embedded when the
 * profile, goals or transactions change, never per request for a customer on record.
 */
export function needProfileFacets(c: NeedProfileInput): string[] {
  const parts: string[] = [];
  parts.push(`${c.kind === 'BUSINESS' ? 'A business' : 'A person'}: ${SEGMENT_LABELS[c.segment].toLowerCase()}`);
  // Ages and years in business are banded: the exact number adds nothing to what the customer needs.
  if (c.age != null) parts.push(`in their ${Math.floor(Math.min(Math.max(c.age, 18), 99) / 10) * 10}s`);
  if (c.yearsInBusiness != null) parts.push(c.yearsInBusiness < 3 ? 'in business for under 3 years' : c.yearsInBusiness <= 10 ? 'in business for 3 to 10 years' : 'in business for over 10 years');
  parts.push(c.creditScore == null ? 'new to credit with no bureau history' : c.creditScore >= 750 ? 'with an excellent credit record' : c.creditScore >= 650 ? 'with a fair credit record' : 'rebuilding a weak credit record');
  const facets = [parts.join(' ') + '.'];
  if (c.goals.trim()) facets.push(`Goals: ${sentence(c.goals)}`);
  const sp = c.spendProfile;
  if (sp) {
    const top = Object.entries(sp.categoryShare)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .filter(([, share]) => share > 0)
      .map(([k]) => k)
      .sort() // the top three in a fixed order: the same three categories give the same facet
      .map((k) => spendCategoryWords(k));
    // Only seasonal income is worth saying: "a steady monthly salary" pulled every need towards
    // salary accounts (measured with USE-lite on the seeded catalog), whatever the goals were.
    const seasonal = sp.inflowVariability > 0.6 ? ' Income is seasonal and irregular.' : '';
    if (top.length || seasonal) facets.push(`${top.length ? `Spends mostly on ${top.join(', ')}.` : ''}${seasonal}`.trim());
  }
  return facets;
}

/** The facets as one readable description (for people and logs; vectors come from the facets). */
export function needProfileText(c: NeedProfileInput): string {
  return needProfileFacets(c).join(' ');
}
