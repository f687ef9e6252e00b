// Mutation.importProducts: an ADMIN's product feed, given as text, into the catalog and onto the
// viewer's tenant's shelf (services/product-import.ts), then the catalog reloaded so that the
// products are served at once; other replicas hear of it through the database (catalog-changes.ts).
import type { MutationResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { FeedParseError } from '../../catalog/import/types.js';
import { importProductFeed, ImportRefusedError } from '../../services/product-import.js';
import { requireAdmin } from '../recovery/access.js';

/** Below the HTTP body limit (1,000,000 bytes, graphql/http.ts), so that a large feed gets this error rather than a 413. */
export const MAX_IMPORT_BYTES = 500_000;

export const importProducts: MutationResolvers['importProducts'] = async (_p, { input }, ctx) => {
  requireAdmin(ctx, 'import products');
  const bytes = Buffer.byteLength(input.content, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw badUserInput('input.content', `is ${bytes.toLocaleString('en-US')} bytes; at most ${MAX_IMPORT_BYTES.toLocaleString('en-US')} may be imported at once (split the feed, or use npm run import:products)`);
  }
  const { catalog, database, embedder } = ctx.services;
  const tenantId = input.tenantId?.trim() || ctx.viewer.tenantId;
  if (!catalog.current.tenants.has(tenantId)) throw badUserInput('input.tenantId', `unknown tenant "${tenantId}"`);
  if (tenantId !== ctx.viewer.tenantId) throw forbidden(`an ADMIN of "${ctx.viewer.tenantId}" may import products for "${ctx.viewer.tenantId}" only`);

  let report;
  try {
    report = await importProductFeed(database.db, embedder, {
      format: input.format,
      content: input.content,
      defaultTenant: tenantId,
      allowedTenants: new Set([tenantId]),
      origin: catalog.origin,
      actor: ctx.viewer.userId,
    });
  } catch (e) {
    if (e instanceof FeedParseError) throw badUserInput('input.content', e.message);
    if (e instanceof ImportRefusedError && e.field === 'tenantId') throw badUserInput('input.tenantId', e.message);
    throw e;
  }
  if (report.written.length > 0) await catalog.reload();
  return {
    rowsRead: report.rowsRead,
    inserted: report.inserted,
    updated: report.updated,
    skipped: report.skipped,
    problems: report.problems,
    ignoredFields: report.ignoredFields,
    products: report.written.map((id) => catalog.productForTenant(tenantId, id)).filter((p) => p !== null),
  };
};
