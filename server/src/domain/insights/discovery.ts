// PRODUCT_DISCOVERY: the product to bring up next. Candidates are the peer gaps (cluster gaps
// first, then segment gaps); a product carrying a tag the customer disliked is never suggested,
// nor one the customer holds. The first rule whose facts hold wins:
//   1. a gap whose product carries a liked tag or matches an interest: lead with it;
//   2. the first cluster gap: most of the cluster holds the category, the customer does not;
//   3. the first segment gap: that share of the segment holds the product;
//   4. no gap left: ask about the customer's interest (or needs) before offering anything.
import { categoryNoun, fact, pct } from './facts.js';
import type { Insight, InsightFact, InsightGap, InsightInput } from './types.js';

const words = (s: string) => s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** The liked tag or interest the product matches, if any (an interest: every word in its tags, category or name). */
function matchOf(gap: InsightGap, input: InsightInput): string | null {
  const liked = gap.product.tags.find((t) => input.feedback.likedTags.includes(t));
  if (liked) return liked;
  const vocabulary = new Set([...gap.product.tags.flatMap(words), ...words(gap.product.category), ...words(gap.product.name)]);
  return input.feedback.interests.find((i) => words(i).length > 0 && words(i).every((w) => vocabulary.has(w))) ?? null;
}

/** The gaps the customer may be offered: not held, no disliked tag. */
export function candidateGaps(input: InsightInput): InsightGap[] {
  const held = new Set(input.holdings.map((h) => h.id));
  const disliked = new Set(input.feedback.dislikedTags);
  return input.gaps.filter((g) => !held.has(g.product.id) && !g.product.tags.some((t) => disliked.has(t)));
}

function gapFacts(g: InsightGap): InsightFact[] {
  return [
    fact('Suggested product', g.product.name, 'GAPS'),
    g.basis === 'CLUSTER'
      ? fact(`Share of ${g.group} holding ${categoryNoun(g.product.category)}`, pct(g.share), 'CLUSTER')
      : fact(`Share of ${g.group} holding ${g.product.name}`, pct(g.share), 'GAPS'),
  ];
}

function shareSentence(g: InsightGap): string {
  return g.basis === 'CLUSTER'
    ? `${pct(g.share)} of ${g.group} hold ${categoryNoun(g.product.category)} and this customer does not`
    : `${pct(g.share)} of ${g.group} hold ${g.product.name} and this customer does not`;
}

export function discoveryInsight(input: InsightInput): Insight {
  const kind = 'PRODUCT_DISCOVERY' as const;
  const candidates = candidateGaps(input);
  const declined = input.feedback.dislikedTags;
  const skipped = input.gaps.length > candidates.length && declined.length > 0;
  const declinedFacts = skipped ? [fact('Declined tags', declined.join(', '), 'FEEDBACK')] : [];
  const declinedNote = skipped ? ` Products tagged ${declined.join(', ')} are left out, as the customer asked.` : '';

  for (const g of candidates) {
    const match = matchOf(g, input);
    if (!match) continue;
    return {
      kind,
      title: `Bring up ${g.product.name}`,
      text: `${g.product.name} matches what the customer told us (${match}), and ${shareSentence(g)}.${declinedNote}`,
      facts: [...gapFacts(g), fact('Customer interest', match, 'FEEDBACK'), ...declinedFacts],
    };
  }

  const g = candidates[0];
  if (g) {
    return {
      kind,
      title: `Bring up ${g.product.name}`,
      text: `${shareSentence(g)}: ${g.product.name} is the one to introduce next.${declinedNote}`.replace(/^./, (c) => c.toUpperCase()),
      facts: [...gapFacts(g), ...declinedFacts],
    };
  }

  const interest = input.feedback.interests[0];
  return {
    kind,
    title: 'Ask before offering',
    text: interest
      ? `No peer product fits that the customer lacks. Ask about their interest in ${interest} and look for a product that matches it.${declinedNote}`
      : `No peer product fits that the customer lacks. Ask about their plans before suggesting anything new.${declinedNote}`,
    facts: [
      fact('Products held', String(input.holdings.length), 'HOLDINGS'),
      ...(interest ? [fact('Customer interest', interest, 'FEEDBACK')] : []),
      ...declinedFacts,
    ],
  };
}
