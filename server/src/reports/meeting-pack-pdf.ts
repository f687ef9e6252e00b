// GET /reports/meeting-pack.pdf?customerId=<global Customer id>&k=5: a customer's meeting pack as
// a PDF, for relationship managers and admins: name, segment, region and cluster; the top-k
// recommendations with rank, confidence and reasons; and the three insights with their facts.
// The same services as Customer.recommendations and Customer.insights, through a per-request
// GraphQL context; the ranking is RecommendationService.rank, so printing a pack does not log
// recommendations as served. Token, role and failures as for every report (report-route.ts).
// The PDF is written uncompressed (it is a few pages) so that its text can be searched.
import { entitledToPii } from '../security/field-access.js';
import { maskPii } from '../security/pii-masking.js';
import type { ServerResponse } from 'node:http';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { GraphQLContext, Services } from '../graphql/context.js';
import { customerIdOf } from '../graphql/ids.js';
import { validateK } from '../domain/profile-input.js';
import { SEGMENT_LABELS, type Segment } from '../domain/reference.js';
import { createLoaders } from '../loaders/index.js';
import type { Logger } from '../logger.js';
import { insightsOf } from '../resolvers/customer/insights.js';
import { clusterOf } from '../resolvers/segments/segments.js';
import { recordExport } from '../security/audit-log.js';
import type { Role, Viewer } from '../security/viewer.js';
import { pdfText } from './compliance-pdf.js';
import { fail, reportRoute, type ReportHandler } from './report-route.js';
import { CONSENT_REQUIRED, consentRequiredMessage } from '../services/consents.js';

export const MEETING_PACK_PATH = '/reports/meeting-pack.pdf';
export const MEETING_PACK_ROLES: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ADMIN'];
const DEFAULT_K = 5;
/** At most this many recommendations in a pack (Customer.recommendations allows more). */
export const MEETING_PACK_K_MAX = 10;

export function meetingPackPdfHandler(services: Services, log: Logger): ReportHandler {
  return reportRoute(services, log, {
    roles: MEETING_PACK_ROLES,
    forbidden: (role) => `meeting packs are for relationship managers and admins, not a ${role}`,
    serve: (viewer, url, res, requestId) => serve(services, viewer, url, res, requestId),
  });
}

async function serve(services: Services, viewer: Viewer, url: URL, res: ServerResponse, requestId: string): Promise<void> {
  const q = url.searchParams;
  const rawK = q.get('k');
  const checkedK = validateK(rawK === null || rawK.trim() === '' ? DEFAULT_K : Number(rawK), 'k');
  if (!checkedK.ok || checkedK.value > MEETING_PACK_K_MAX) {
    return fail(res, 400, 'BAD_USER_INPUT', `k: must be an integer between 1 and ${MEETING_PACK_K_MAX}`, { parameter: 'k' });
  }
  const rawId = q.get('customerId') ?? '';
  if (rawId.trim() === '') return fail(res, 400, 'BAD_USER_INPUT', 'customerId: a Customer id is required', { parameter: 'customerId' });

  const ctx: GraphQLContext = { viewer, requestId, services, loaders: createLoaders(services.database.db, viewer.tenantId, services.hotReads) };
  const cid = customerIdOf(rawId);
  // A customer of another tenant is not found, as through Query.customer.
  const customer = cid === null ? null : await ctx.loaders.customer.load(cid);
  if (!customer) return fail(res, 404, 'NOT_FOUND', `no customer ${rawId}`, { parameter: 'customerId' });
  // A pack is a ranking for the customer: without their consent to it, nothing is ranked or printed.
  if (!customer.consentRecommendation) {
    return fail(res, 403, CONSENT_REQUIRED, `meeting pack: ${consentRequiredMessage(customer.id, 'RECOMMENDATION')}`, { purpose: 'RECOMMENDATION', parameter: 'customerId' });
  }

  const [held, cluster, insights] = await Promise.all([ctx.loaders.holdings.load(customer.id), clusterOf(customer, ctx), insightsOf(customer, ctx)]);
  const profile = services.recommendations.profileOfCustomer(customer, held);
  const recs = services.recommendations.rank(viewer.tenantId, profile, checkedK.value);
  const products = services.catalog.current.productById;
  // The name as the graph would show it to this viewer: another RM's customer is masked.
  const fullName = await entitledToPii(ctx, { customerId: customer.id, relationshipManagerId: customer.relationshipManagerId ?? null });
  const customerName = fullName ? customer.name : (maskPii('name', customer.name) as string);
  await recordExport(services.audit, services.database.db, viewer, requestId, {
    report: MEETING_PACK_PATH,
    parameters: { ...Object.fromEntries(q), customerId: String(customer.id), k: String(checkedK.value) },
    rows: recs.length,
  });

  const doc = new PDFDocument({
    size: 'A4',
    compress: false,
    margins: { top: 48, bottom: 48, left: 48, right: 48 },
    info: { Title: pdfText(`Meeting pack: ${customerName}`), Author: 'creditgraph', CreationDate: new Date() },
  });
  res.statusCode = 200;
  res.setHeader('content-type', 'application/pdf');
  res.setHeader('content-disposition', `attachment; filename="meeting-pack-${customer.id}.pdf"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  doc.pipe(res);
  const done = finished(res);
  done.catch(() => {}); // awaited below

  try {
    const width = doc.page.width - 96;
    doc.font('Helvetica-Bold').fontSize(20).fillColor('black').text(pdfText(`Meeting pack: ${customerName}`), { width });
    doc.moveDown(0.5).font('Helvetica').fontSize(11).fillColor('#333333');
    doc.text(pdfText(`Segment: ${SEGMENT_LABELS[customer.segment as Segment] ?? customer.segment}`), { width });
    doc.text(pdfText(`Region: ${customer.region}`), { width });
    doc.text(pdfText(`Cluster: ${cluster ? cluster.cluster.name : 'not assigned'}`), { width });
    doc.fontSize(9).fillColor('#555555').text(pdfText(`Generated ${new Date().toISOString()} for ${viewer.userId}`), { width });

    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor('black').text(`Top ${checkedK.value} recommendations`, { width });
    if (recs.length === 0) doc.font('Helvetica').fontSize(10).text('No recommendations for this customer.', { width });
    for (const r of recs) {
      const name = products.get(r.productId)?.name ?? r.productId;
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).fillColor('black').text(pdfText(`${r.rank}. ${name} (confidence ${r.confidence.toFixed(0)}%)`), { width });
      doc.font('Helvetica').fontSize(9).fillColor('#333333');
      for (const reason of r.reasons) doc.text(pdfText(`- ${reason.text}`), { width, indent: 12 });
    }

    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor('black').text('Insights', { width });
    for (const i of insights) {
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).fillColor('black').text(pdfText(i.title), { width });
      doc.font('Helvetica').fontSize(9).fillColor('#333333').text(pdfText(i.text), { width });
      for (const f of i.facts) doc.text(pdfText(`- ${f.label}: ${f.value}`), { width, indent: 12 });
    }
    doc.end();
    await done;
  } catch (e) {
    doc.unpipe(res);
    doc.destroy();
    throw e;
  }
}
