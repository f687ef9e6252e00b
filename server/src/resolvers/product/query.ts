import type { QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/ids.js';
import { decodeCursor, encodeCursor, pageSize } from '../base/pagination.js';

const MAX_SEARCH_TEXT = 500;
const MAX_SEARCH_RESULTS = 50;

export const products: QueryResolvers['products'] = (_p, args, ctx) => {
  const first = pageSize(args.first);
  const afterId = decodeCursor(args.after);
  const f = args.filter ?? {};
  const search = f.search?.trim().toLowerCase();
  const provider = f.provider?.trim().toLowerCase();
  // The catalog is in memory and small: filter and page it there.
  const all = ctx.services.catalog.offeredProducts(ctx.viewer.tenantId).filter(
    (p) =>
      (!f.category || p.category === f.category) &&
      (!provider || p.provider.toLowerCase() === provider) &&
      (!search || p.name.toLowerCase().includes(search)) &&
      (!f.customerKind || p.customerKind === 'ANY' || p.customerKind === f.customerKind),
  );
  let start = 0;
  if (afterId !== null) {
    const at = all.findIndex((p) => p.id === afterId);
    if (at < 0) throw badUserInput('after', 'is not a cursor returned by this connection');
    start = at + 1;
  }
  const page = all.slice(start, start + first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount: all.length,
    pageInfo: {
      hasNextPage: start + first < all.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
};

export const product: QueryResolvers['product'] = (_p, { id }, ctx) => {
  const local = localIdOf(id, 'Product');
  return local === null ? null : ctx.services.catalog.productForTenant(ctx.viewer.tenantId, local);
};

export const searchProducts: QueryResolvers['searchProducts'] = async (_p, { text, first }, ctx) => {
  const query = text.trim();
  if (!query) throw badUserInput('text', 'must not be empty');
  if (query.length > MAX_SEARCH_TEXT) throw badUserInput('text', `must be at most ${MAX_SEARCH_TEXT} characters`);
  const n = first ?? 10;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SEARCH_RESULTS) {
    throw badUserInput('first', `must be between 1 and ${MAX_SEARCH_RESULTS}, got ${n}`);
  }
  const { catalog, embedder } = ctx.services;
  const snapshot = catalog.current;
  if (snapshot.embeddingModel !== embedder.modelId) {
    throw new Error(
      `product embeddings come from ${snapshot.embeddingModel ?? 'no model'} but the server runs ${embedder.modelId}; re-embed the catalog`,
    );
  }
  const offered = snapshot.offeredByTenant.get(ctx.viewer.tenantId);
  const [vector] = await embedder.embed([query]);
  return snapshot.index.search(vector, n, (id) => offered?.has(id) ?? false).map((m) => ({ productId: m.id, score: m.score }));
};
