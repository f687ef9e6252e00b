// The question a decision or a recommendation asks of the policy documents, to find the passages it
// rests on. Pure. One query text per decision or recommendation, so it is embedded once and cached.
//
// The text is the outcome (or the product's kind) in policy words, a topic phrase for each policy
// reason code (the reason texts carry figures such as "62%" that no policy repeats), and the reason
// texts themselves, strongest first.

export const LENDING_POLICY = 'lending-policy';
export const FAIR_LENDING_POLICY = 'fair-lending-policy';
export const PRODUCT_SUITABILITY_GUIDE = 'product-suitability-guide';

export interface CitationQuery {
  text: string;
  /** Documents the citations may come from. */
  documents: readonly string[];
}

const OUTCOME_WORDS: Record<string, string> = {
  APPROVE: 'Approving a credit application within the risk appetite and affordability rules',
  DECLINE: 'Declining a credit application and telling the applicant the principal reasons',
  REFER: 'Referring an application to a credit officer for review by a person',
  COUNTER_OFFER: 'Counter-offer of other terms: a smaller amount, a longer term or a seasonal schedule',
};

/** Decision reason codes written by the policy rules, and the policy topic each one applies. */
const REASON_TOPICS: Record<string, string> = {
  POL_MIN_AGE: 'knock-out rule: minimum age of 18',
  POL_WILFUL_DEFAULT: 'knock-out rule: bureau reports a wilful defaulter',
  POL_WILFUL_SIGNAL: 'bounced payments although the balance covered them: unwillingness to pay, review by a credit officer',
  POL_FINANCIAL_DISTRESS: 'financial distress: no new credit, restructuring of existing debt',
  POL_PRODUCT_ELIGIBILITY: "the product's own eligibility rules",
  POL_RISK_THRESHOLD: 'risk appetite: probability of default above the approval threshold',
  POL_AFFORDABILITY: 'affordability: debt-to-income ratio above the maximum',
  POL_NO_BUREAU_CAP: 'no bureau score: amount capped for applicants new to credit, alternative data',
  POL_CARD_LIMIT: 'credit card limit from income and grade',
  POL_SEASONAL_SCHEDULE: 'seasonal repayment in the harvest months',
  FRD_RING: 'fraud ring: shared phone, device, address or payout account, referral to a credit officer',
  FRD_ANOMALY: 'fraud signals: anomaly score, referral to a credit officer',
};

/** Reasons a query reads: the decision shows at most 4, and the strongest carry the outcome. */
const MAX_REASONS = 4;

export interface DecisionFacts {
  outcome: string;
  reasons: readonly { code?: string; text?: string }[];
  counterOffer?: { kind?: string } | null;
}

export function decisionCitationQuery(d: DecisionFacts): CitationQuery {
  const parts: string[] = [OUTCOME_WORDS[d.outcome] ?? d.outcome];
  if (d.counterOffer?.kind === 'RESTRUCTURING') parts.push(REASON_TOPICS.POL_FINANCIAL_DISTRESS!);
  for (const r of d.reasons.slice(0, MAX_REASONS)) {
    const topic = r.code ? REASON_TOPICS[r.code] : undefined;
    if (topic) parts.push(topic);
    if (r.text) parts.push(r.text);
  }
  return { text: unique(parts).join('. '), documents: [LENDING_POLICY, FAIR_LENDING_POLICY] };
}

const CATEGORY_WORDS: Record<string, string> = {
  CREDIT_CARD: 'a credit card',
  PERSONAL_LOAN: 'a personal loan',
  BUSINESS_LOAN: 'business or MSME credit',
  MORTGAGE: 'a home loan',
  INSURANCE: 'insurance and protection cover',
  SAVINGS: 'a savings account or deposit',
  INVESTMENT: 'an investment product',
};

export interface RecommendationFacts {
  product: { name: string; category: string; tags: readonly string[] };
  reasons: readonly { code?: string; text?: string }[];
}

export function recommendationCitationQuery(r: RecommendationFacts): CitationQuery {
  const { product } = r;
  const parts = [
    `When is ${CATEGORY_WORDS[product.category] ?? 'this product'} such as ${product.name} suitable`,
    product.tags.map((t) => t.replace(/-/g, ' ')).join(', '),
    ...r.reasons.slice(0, MAX_REASONS).flatMap((x) => (x.text ? [x.text] : [])),
  ];
  return { text: unique(parts.filter((p) => p.length > 0)).join('. '), documents: [PRODUCT_SUITABILITY_GUIDE] };
}

function unique(parts: string[]): string[] {
  return [...new Set(parts)];
}
