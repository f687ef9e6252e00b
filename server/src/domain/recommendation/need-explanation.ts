// Names what a need match came from, for the NEED_MATCH reason.
//
// The need-match score itself is the cosine similarity of two embeddings, which says how close
// the texts are but not which part matched. To name it, the stated goals are split into clauses
// and the clause sharing the most words with the product (name, tags and the words of its
// category count double, description words once) is quoted; failing that, a top spending category
// that the product speaks to; failing that, the similarity itself against that of a typical
// product. Only called for the few products being returned.
import { formatPercent } from './format.js';
import { spendCategoryWords } from './texts.js';
import type { CatalogProduct, CustomerProfile } from './types.js';
import type { EngineConfig } from './weights.js';

const STOPWORDS = new Set(
  (
    'the and for with from that this your you our are was were will would want wants need needs like ' +
    'get got have has had into onto over under more most some any all can could should about also then ' +
    'than them they their there here what when where which who how why not but its it\'s my me mine ' +
    'we us a an to of in on at by or as is be so do does did am i able make making plan plans planning ' +
    'next year years month months soon one two new good better best buy buying purchase take taking ' +
    'pay paying start starting keep before after during while within until'
  ).split(/\s+/),
);

/** Words of each category a person may use for the same need. */
const CATEGORY_SYNONYMS: Record<string, string[]> = {
  CREDIT_CARD: ['card', 'credit', 'rewards', 'reward', 'cashback', 'spend', 'spending', 'shopping', 'travel', 'lounge', 'miles'],
  PERSONAL_LOAN: ['loan', 'borrow', 'personal', 'wedding', 'marriage', 'medical', 'emergency', 'renovation', 'consolidate'],
  BUSINESS_LOAN: ['business', 'loan', 'working', 'capital', 'inventory', 'stock', 'machinery', 'equipment', 'expand', 'expansion', 'shop', 'supplier', 'payroll', 'msme'],
  MORTGAGE: ['home', 'house', 'housing', 'flat', 'apartment', 'property', 'mortgage', 'plot'],
  INSURANCE: ['insurance', 'insure', 'cover', 'health', 'life', 'protect', 'protection', 'family', 'hospital', 'accident', 'term'],
  SAVINGS: ['save', 'saving', 'deposit', 'emergency', 'fund', 'rainy', 'interest', 'safe'],
  INVESTMENT: ['invest', 'investment', 'investing', 'retire', 'retirement', 'pension', 'wealth', 'sip', 'mutual', 'grow', 'growth', 'education', 'child', 'children', 'daughter', 'son'],
};

/** Words by which a product speaks to a spending category. */
const SPEND_HINTS: Record<string, string[]> = {
  travel: ['travel', 'flight', 'airline', 'miles', 'lounge', 'forex'],
  dining: ['dining', 'restaurant', 'food'],
  groceries: ['grocery', 'groceries', 'supermarket'],
  fuel: ['fuel', 'petrol', 'diesel'],
  rent: ['rent', 'home', 'house'],
  education: ['education', 'child', 'children', 'school', 'college'],
  healthcare: ['health', 'medical', 'hospital'],
  shopping: ['shopping', 'online', 'ecommerce'],
  utilities: ['utility', 'utilities', 'bill'],
  emi: ['balance', 'transfer', 'consolidate', 'consolidation', 'emi'],
  insurance_premium: ['insurance', 'cover', 'premium'],
  investments: ['invest', 'investment', 'sip', 'mutual', 'wealth'],
  farm_inputs: ['farm', 'farmer', 'crop', 'kisan', 'agri', 'agriculture', 'tractor', 'seed', 'fertiliser'],
  inventory: ['inventory', 'working', 'capital', 'supplier', 'stock'],
  payroll: ['payroll', 'working', 'capital'],
  entertainment: ['entertainment', 'movie', 'movies', 'ott', 'streaming'],
};

const SEASONAL_HINTS = ['seasonal', 'harvest', 'crop', 'kisan'];

/** Lower-cased content words, with a plural "s" removed ("homes" -> "home", but "business" stays). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().replace(/['’]s\b/g, '').split(/[^a-z0-9]+/)) {
    if (raw.length < 3 || STOPWORDS.has(raw)) continue;
    out.push(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}

/** The stated goals split into clauses, as typed ("buy a first home, save for my daughter's education"). */
export function goalClauses(goals: string): string[] {
  return goals
    .split(/[\n.;!?]+|,|\band\b|\balso\b|\bthen\b/i)
    .map((c) => c.trim().replace(/^[-–•*\s]+/, ''))
    .filter((c) => contentWords(c).length > 0);
}

interface ProductWords {
  /** Name, tags and the words of the category: what the product is. */
  core: ReadonlySet<string>;
  /** Description words that are not core words. */
  description: ReadonlySet<string>;
}

// Per product object: catalog snapshots are long-lived, so the words are computed once.
const productWordsCache = new WeakMap<CatalogProduct, ProductWords>();

function productWords(p: CatalogProduct): ProductWords {
  let words = productWordsCache.get(p);
  if (!words) {
    const core = productCoreWords(p);
    const description = new Set<string>();
    if (p.description) for (const w of contentWords(p.description)) if (!core.has(w)) description.add(w);
    words = { core, description };
    productWordsCache.set(p, words);
  }
  return words;
}

/** Words that say what a product is: its name, tags and the words of its category. */
export function productCoreWords(p: CatalogProduct): Set<string> {
  const words = new Set<string>();
  for (const w of contentWords(p.name)) words.add(w);
  for (const t of p.tags) for (const w of contentWords(t)) words.add(w);
  for (const w of CATEGORY_SYNONYMS[p.category] ?? []) words.add(w);
  return words;
}

interface GoalClause {
  text: string;
  words: string[];
}

// Parsed goals by text; bounded, cleared when full (goals repeat across the requests of a customer).
const goalCache = new Map<string, GoalClause[]>();
const GOAL_CACHE_MAX = 1000;

function parsedGoals(goals: string): GoalClause[] {
  let parsed = goalCache.get(goals);
  if (!parsed) {
    parsed = goalClauses(goals).map((text) => ({ text, words: [...new Set(contentWords(text))] }));
    if (goalCache.size >= GOAL_CACHE_MAX) goalCache.clear();
    goalCache.set(goals, parsed);
  }
  return parsed;
}

/**
 * The goal clause that best names what the product is for, or null. A clause scores 2 for each
 * word it shares with the product's name, tags or category, and 1 for each word shared only with
 * the description; it needs a score of 2 (so a single incidental description word, such as
 * "harvest" in a rural housing loan's repayment terms, is not enough). First clause wins a tie.
 */
export function matchingGoal(goals: string, core: ReadonlySet<string>, description: ReadonlySet<string> = new Set()): string | null {
  let best: string | null = null;
  let bestScore = 1;
  for (const clause of parsedGoals(goals)) {
    let score = 0;
    for (const w of clause.words) score += core.has(w) ? 2 : description.has(w) ? 1 : 0;
    if (score > bestScore) {
      best = clause.text;
      bestScore = score;
    }
  }
  return best;
}

/** The reason text of a need match: normalised value, raw cosine, and the need's mean cosine over the catalog. */
export function needMatchText(
  profile: Pick<CustomerProfile, 'goals' | 'spendProfile'>,
  product: CatalogProduct,
  value: number,
  cosine: number,
  typicalCosine: number,
  c: EngineConfig['needMatch'],
): string {
  const strong = value >= c.strongMatch;
  const { core, description } = productWords(product);

  const goal = profile.goals ? matchingGoal(profile.goals, core, description) : null;
  if (goal) return `${strong ? 'Matches' : 'Partly matches'} the stated goal: ${quoteGoal(goal)}`;

  const sp = profile.spendProfile;
  if (sp) {
    const top = Object.entries(sp.categoryShare)
      .filter(([, share]) => share >= 0.1)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3);
    for (const [category, share] of top) {
      const hints = SPEND_HINTS[category] ?? contentWords(category);
      if (hints.some((h) => core.has(h) || description.has(h))) {
        return `${strong ? 'Fits' : 'Partly fits'} the spending pattern: ${spendCategoryWords(category)}, ${formatPercent(share)} of outgoings`;
      }
    }
    if (sp.inflowVariability > 0.6 && SEASONAL_HINTS.some((h) => core.has(h) || description.has(h))) {
      return `${strong ? 'Suits' : 'Partly suits'} a seasonal income pattern`;
    }
  }

  const about = profile.goals.trim() ? 'the profile and goals' : 'the profile';
  return `${strong ? 'Closely matches' : 'Partly matches'} ${about} (similarity ${cosine.toFixed(2)}; ${typicalCosine.toFixed(2)} for a typical product)`;
}

function quoteGoal(clause: string): string {
  const t = clause.replace(/[\s,;:]+$/, '');
  return t.length > 80 ? `${t.slice(0, 79).trimEnd()}…` : t;
}
