// A customer's feedback on recommendations, folded into one current state, and what that state
// does to a ranking. Pure: no GraphQL, no SQL.
//
// Folding (foldFeedback): events are applied in the order they were stored and the latest word on a tag wins: a
// like cancels an earlier dislike of the same tag and a dislike an earlier like. An interest is
// free text (e.g. "airport lounge"); it is kept until a later dislike of a tag it names exactly
// (its slug), and an interest whose slug is a disliked tag cancels that dislike.
//
// Ranking (feedbackAdjustments, applied by the engine):
//   - a product carrying a disliked tag is not recommended at all;
//   - a product matching an interest gets INTEREST_BOOST added to its score, a product carrying a
//     liked tag LIKED_TAG_BOOST (one boost per product: the larger), and the product's reasons
//     include INTEREST_MATCH saying which interest or tag it matched;
//   - a product the customer dismissed within DISMISS_DAYS has DISMISS_PENALTY taken off its score.
// An interest matches a product when every word of it is a word of the product's tags, of its
// category, or of its name ("lounge", "airport lounge", "insurance", "gold loan"). Matching is
// lexical on purpose: it is cheap, exact, and the reason can say precisely what matched.

/** Added to the score (0..1 scale, before the diversity penalty) of a product matching an interest. */
export const INTEREST_BOOST = 0.15;
/** Added to the score of a product carrying a tag the customer liked (when no interest matched). */
export const LIKED_TAG_BOOST = 0.08;
/** Taken off the score of a product the customer dismissed recently. */
export const DISMISS_PENALTY = 0.2;
/** How long a dismissal demotes its product. */
export const DISMISS_DAYS = 30;

export const FEEDBACK_LIMITS = {
  /** Tags per list (liked, disliked) in one feedback event. */
  maxTags: 20,
  /** A tag is a slug of at most this many characters. */
  maxTagLength: 40,
  maxInterests: 10,
  /** Characters of one interest. */
  maxInterestLength: 60,
  /** Characters of the free text. */
  maxText: 1000,
  /** Interests kept in the folded state (the most recent). */
  keptInterests: 20,
} as const;

/** The folded state, stored with the customer row (customers.feedback_state). */
export interface FeedbackState {
  likedTags: string[];
  dislikedTags: string[];
  /** Most recent first. */
  interests: string[];
  /** Product id -> ISO time of the customer's latest dismissal of it. */
  dismissed?: Record<string, string>;
  /** When the latest feedback event was given (ISO). */
  updatedAt?: string | null;
}

export interface FeedbackEvent {
  likedTags: readonly string[];
  dislikedTags: readonly string[];
  interests: readonly string[];
  createdAt: Date;
}

export const EMPTY_FEEDBACK: FeedbackState = Object.freeze({ likedTags: [], dislikedTags: [], interests: [] }) as FeedbackState;

/** "Airport  Lounge" -> "airport lounge": how interests are stored and compared. */
export function normaliseInterest(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** "Airport Lounge" -> "airport-lounge". */
export function slugOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The current state after `events`, given oldest first (in the order they were stored: the store
 * folds under a lock of the customer, so that order is also the order they took effect).
 */
export function foldFeedback(events: readonly FeedbackEvent[], dismissed?: Record<string, string>): FeedbackState {
  const tagState = new Map<string, 'LIKED' | 'DISLIKED'>();
  // Insertion order = recency: re-adding an interest moves it to the end.
  const interests = new Map<string, true>();
  let updatedAt: string | null = null;
  for (const e of events) {
    for (const t of e.likedTags) setLatest(tagState, t, 'LIKED');
    for (const t of e.dislikedTags) {
      setLatest(tagState, t, 'DISLIKED');
      for (const i of [...interests.keys()]) if (slugOf(i) === t) interests.delete(i);
    }
    for (const raw of e.interests) {
      const i = normaliseInterest(raw);
      if (!i) continue;
      interests.delete(i);
      interests.set(i, true);
      const slug = slugOf(i);
      if (tagState.get(slug) === 'DISLIKED') tagState.delete(slug);
    }
    updatedAt = e.createdAt.toISOString();
  }
  const tags = (want: 'LIKED' | 'DISLIKED') => [...tagState].filter(([, s]) => s === want).map(([t]) => t).sort();
  const state: FeedbackState = {
    likedTags: tags('LIKED'),
    dislikedTags: tags('DISLIKED'),
    interests: [...interests.keys()].reverse().slice(0, FEEDBACK_LIMITS.keptInterests),
    updatedAt,
  };
  if (dismissed && Object.keys(dismissed).length > 0) state.dismissed = dismissed;
  return state;
}

function setLatest(m: Map<string, 'LIKED' | 'DISLIKED'>, tag: string, s: 'LIKED' | 'DISLIKED') {
  m.delete(tag);
  m.set(tag, s);
}

/** What the engine needs of a product to apply feedback. */
export interface FeedbackProduct {
  id: string;
  name: string;
  category: string;
  tags: readonly string[];
}

/** Why a product was boosted: the text of its INTEREST_MATCH reason. */
export interface FeedbackBoost {
  boost: number;
  text: string;
}

/** Per-product effects of a feedback state, precomputed once per ranking. */
export interface FeedbackAdjustments {
  /** Products never to recommend. */
  excluded: Set<string>;
  /** Score added (boost) or taken (negative) per product, with the reason text for a boost. */
  boosts: Map<string, FeedbackBoost>;
  penalties: Map<string, number>;
}

/** True when the state changes nothing (the engine then skips the lookups). */
export function isNeutral(s: FeedbackState | null | undefined): boolean {
  return !s || (s.likedTags.length === 0 && s.dislikedTags.length === 0 && s.interests.length === 0 && !hasKeys(s.dismissed));
}

const hasKeys = (o: object | undefined) => !!o && Object.keys(o).length > 0;

/** Words a product can be matched on: its tags (split on "-"), its category and its name. */
function wordsOf(p: FeedbackProduct): Set<string> {
  const words = new Set<string>();
  for (const t of p.tags) for (const w of t.split('-')) if (w) words.add(w);
  for (const w of p.category.toLowerCase().split('_')) if (w) words.add(w);
  for (const w of p.name.toLowerCase().split(/[^a-z0-9]+/)) if (w) words.add(w);
  return words;
}

/** The interest words, singular and plural both tried ("loans" matches "loan"). */
function interestMatches(interest: string, words: Set<string>, tags: readonly string[]): boolean {
  const slug = slugOf(interest);
  if (!slug) return false;
  if (tags.includes(slug)) return true;
  return slug.split('-').every((w) => words.has(w) || (w.endsWith('s') && words.has(w.slice(0, -1))) || words.has(`${w}s`));
}

export function feedbackAdjustments(state: FeedbackState, products: readonly FeedbackProduct[], now: Date): FeedbackAdjustments {
  const excluded = new Set<string>();
  const boosts = new Map<string, FeedbackBoost>();
  const penalties = new Map<string, number>();
  const disliked = new Set(state.dislikedTags);
  const liked = new Set(state.likedTags);
  const dismissCutoff = now.getTime() - DISMISS_DAYS * 86_400_000;
  for (const p of products) {
    if (p.tags.some((t) => disliked.has(t))) {
      excluded.add(p.id);
      continue;
    }
    const words = state.interests.length > 0 ? wordsOf(p) : null;
    const interest = words ? state.interests.find((i) => interestMatches(i, words, p.tags)) : undefined;
    if (interest !== undefined) {
      boosts.set(p.id, { boost: INTEREST_BOOST, text: `The customer said they are interested in ${interest}` });
    } else {
      const tag = p.tags.find((t) => liked.has(t));
      if (tag !== undefined) boosts.set(p.id, { boost: LIKED_TAG_BOOST, text: `Carries a feature the customer said they like: ${tag.replace(/-/g, ' ')}` });
    }
    const at = state.dismissed?.[p.id];
    if (at !== undefined && Date.parse(at) >= dismissCutoff) penalties.set(p.id, DISMISS_PENALTY);
  }
  return { excluded, boosts, penalties };
}
