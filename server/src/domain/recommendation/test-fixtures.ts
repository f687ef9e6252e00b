// Builders of small synthetic catalogs, profiles and peer statistics, for the unit tests and the
// micro-benchmark. Not used by production code.
import { PRODUCT_CATEGORIES, REGIONS, SEGMENTS, type ProductCategory } from '../reference.js';
import type { CatalogProduct, CustomerProfile, PeerStats, SegmentStats } from './types.js';
import { mulberry32 } from '../../ml/scorecard/random.js';

export function product(over: Partial<CatalogProduct> & { id: string }): CatalogProduct {
  return {
    name: over.id,
    category: 'SAVINGS',
    provider: 'Test Bank',
    aprMin: null,
    aprMax: null,
    annualFee: 0,
    minIncome: 0,
    minScore: null,
    minAge: null,
    maxAge: null,
    regions: [],
    customerKind: 'ANY',
    tags: [],
    embedding: null,
    ...over,
  };
}

export function profile(over: Partial<CustomerProfile> = {}): CustomerProfile {
  return {
    customerId: 1,
    kind: 'INDIVIDUAL',
    segment: 'YOUNG_PROFESSIONAL',
    age: 30,
    yearsInBusiness: null,
    annualIncome: 1_200_000,
    creditScore: 760,
    region: 'Karnataka',
    heldProductIds: [],
    goals: '',
    spendProfile: null,
    needEmbedding: null,
    ...over,
  };
}

/** An L2-normalised vector of `dim` with the given components set (the rest 0). */
export function vec(dim: number, components: Record<number, number>): Float32Array {
  const v = new Float32Array(dim);
  for (const [i, x] of Object.entries(components)) v[Number(i)] = x;
  let n = 0;
  for (let i = 0; i < dim; i++) n += v[i] * v[i];
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < dim; i++) v[i] /= n;
  return v;
}

export function emptyPeers(): PeerStats {
  return { segments: new Map(), cooccurrence: new Map(), holders: new Map() };
}

/** Peer statistics from explicit counts. */
export function peers(spec: {
  segments?: Record<string, { size: number; holders: Record<string, number>; categoryHolders?: Record<string, number> }>;
  holders?: Record<string, number>;
  cooccurrence?: Record<string, Record<string, number>>;
}): PeerStats {
  const segments = new Map<string, SegmentStats>();
  for (const [name, s] of Object.entries(spec.segments ?? {})) {
    segments.set(name, {
      size: s.size,
      holders: new Map(Object.entries(s.holders)),
      ...(s.categoryHolders ? { categoryHolders: new Map(Object.entries(s.categoryHolders)) } : {}),
    });
  }
  const cooccurrence = new Map<string, Map<string, number>>();
  for (const [a, row] of Object.entries(spec.cooccurrence ?? {})) {
    cooccurrence.set(a, new Map(Object.entries(row)));
    // Symmetric, as the table is.
    for (const [b, n] of Object.entries(row)) {
      let back = cooccurrence.get(b);
      if (!back) cooccurrence.set(b, (back = new Map()));
      if (!back.has(a)) back.set(a, n);
    }
  }
  return { segments, cooccurrence, holders: new Map(Object.entries(spec.holders ?? {})) };
}

/** A deterministic pseudo-random generator (mulberry32, shared with the scorecard trainer). */
export const rng = mulberry32;

/**
 * A realistic-sized synthetic market: `nProducts` products with random unit embeddings of `dim`,
 * six segments of a few thousand customers, uptake and co-occurrence counts.
 */
export function syntheticMarket(seed: number, nProducts: number, dim: number) {
  const rand = rng(seed);
  const unit = () => {
    const v = new Float32Array(dim);
    let n = 0;
    for (let i = 0; i < dim; i++) {
      v[i] = rand() * 2 - 1;
      n += v[i] * v[i];
    }
    n = Math.sqrt(n);
    for (let i = 0; i < dim; i++) v[i] /= n;
    return v;
  };
  const catalog: CatalogProduct[] = [];
  for (let i = 0; i < nProducts; i++) {
    const category: ProductCategory = PRODUCT_CATEGORIES[i % PRODUCT_CATEGORIES.length];
    catalog.push(
      product({
        id: `p-${String(i).padStart(3, '0')}`,
        name: `Product ${i}`,
        category,
        minIncome: Math.round(rand() * 8) * 100_000,
        minScore: category === 'SAVINGS' || category === 'INSURANCE' || rand() < 0.2 ? null : 600 + Math.round(rand() * 150),
        minAge: rand() < 0.5 ? 18 : null,
        maxAge: rand() < 0.1 ? 65 : null,
        regions: rand() < 0.2 ? [REGIONS[Math.floor(rand() * REGIONS.length)]] : [],
        customerKind: i % 5 === 0 ? 'BUSINESS' : i % 7 === 0 ? 'ANY' : 'INDIVIDUAL',
        tags: ['tag-a', 'tag-b'],
        embedding: unit(),
      }),
    );
  }
  const segments: PeerStats['segments'] = new Map();
  for (const s of SEGMENTS) {
    const size = 2000 + Math.floor(rand() * 3000);
    const holders = new Map<string, number>();
    for (const p of catalog) if (rand() < 0.6) holders.set(p.id, Math.floor(rand() * size * 0.5));
    segments.set(s, { size, holders });
  }
  const holders = new Map<string, number>();
  const cooccurrence = new Map<string, Map<string, number>>();
  for (const p of catalog) {
    const n = 100 + Math.floor(rand() * 3000);
    holders.set(p.id, n);
    const row = new Map<string, number>();
    for (const q of catalog) if (q.id !== p.id && rand() < 0.4) row.set(q.id, Math.floor(rand() * n * 0.4));
    cooccurrence.set(p.id, row);
  }
  return { catalog, peers: { segments, cooccurrence, holders } satisfies PeerStats, unit };
}
