// Field-level authorisation, declared in the schema and enforced here for the whole graph:
// - @auth(roles, denied): only those roles read the field (or run the operation); any other gets
//   FORBIDDEN before the resolver runs (so a refused mutation writes nothing), or, with
//   denied: EMPTY, null / an empty list. On a type, it covers every field of the type.
// - @pii: a customer's personal data, in full only for the viewer entitled to the record
//   (entitledToPii below) and masked (security/pii-masking.ts) for everyone else. Full reads by
//   staff are collected per request and written to the audit log as one PII_READ row.
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNullableType,
  isListType,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { and, eq } from 'drizzle-orm';
import { recoveryCases } from '../../../drizzle/schema.js';
import type { GraphQLContext } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';
import { auditLog, recordPiiReads } from './audit-log.js';
import { maskPii } from './pii-masking.js';
import type { Role, Viewer } from './viewer.js';
import type { AppDb } from '../db/index.js';

type FieldConfig = GraphQLFieldConfig<unknown, GraphQLContext>;

interface AuthRule {
  roles: readonly Role[];
  denied: 'FORBIDDEN' | 'EMPTY';
}

/** A field's (or else its type's) @auth rule; exported for the role-matrix test. */
export function authRuleOf(schema: GraphQLSchema, typeName: string, config: FieldConfig): AuthRule | null {
  const own = getDirective(schema, config, 'auth')?.[0];
  const type = schema.getType(typeName);
  const ofType = type ? getDirective(schema, type, 'auth')?.[0] : undefined;
  const rule = own ?? ofType;
  return rule ? { roles: rule.roles as Role[], denied: (rule.denied ?? 'FORBIDDEN') as AuthRule['denied'] } : null;
}

export function isPiiField(schema: GraphQLSchema, config: FieldConfig): boolean {
  return (getDirective(schema, config, 'pii')?.length ?? 0) > 0;
}

/** The schema with @auth and @pii enforced around its resolvers. */
export function withFieldAccess(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => {
      let out = config as FieldConfig;
      if (isPiiField(schema, out)) out = piiField(out, typeName, fieldName);
      const rule = authRuleOf(schema, typeName, out);
      if (rule) out = authField(out, typeName, fieldName, rule);
      return out;
    },
  });
}

function authField(config: FieldConfig, typeName: string, fieldName: string, rule: AuthRule): FieldConfig {
  const allowed = (ctx: GraphQLContext) => rule.roles.includes(ctx.viewer.role);
  const refuse = (ctx: GraphQLContext) =>
    forbidden(`${typeName}.${fieldName} is for ${rule.roles.join(', ')}; you are signed in as ${ctx.viewer.role}`);
  const empty = isListType(getNullableType(config.type)) ? [] : null;
  const resolve = config.resolve ?? defaultFieldResolver;
  const wrapped: FieldConfig = {
    ...config,
    resolve: (source, args, ctx, info) => {
      if (allowed(ctx)) return resolve(source, args, ctx, info);
      if (rule.denied === 'EMPTY') return empty;
      throw refuse(ctx);
    },
  };
  if (config.subscribe) {
    const subscribe = config.subscribe;
    wrapped.subscribe = (source, args, ctx, info) => {
      if (!allowed(ctx)) throw refuse(ctx);
      return subscribe(source, args, ctx, info);
    };
  }
  return wrapped;
}

// ------------------------------------------------------------------ personal data

/** What deciding entitlement needs of a record: whose customer it is. */
export interface PiiSubject {
  customerId: number;
  relationshipManagerId: string | null;
}

/**
 * May this viewer see this customer's personal data in full? An ADMIN and the partner's own staff
 * (tenancy is enforced everywhere else) may; a relationship manager for their own customers; a
 * collector for customers with a case assigned to them; an analyst never (aggregates and masks).
 * Reports outside the graph (CSV, PDF) ask the same question through piiEntitlement.
 */
export function entitledToPii(ctx: GraphQLContext, subject: PiiSubject): boolean | Promise<boolean> {
  return piiEntitlement(ctx.viewer, subject, () => collectorCustomers(ctx));
}

export function piiEntitlement(viewer: Viewer, subject: PiiSubject, assignedCustomers: () => Promise<Set<number>>): boolean | Promise<boolean> {
  switch (viewer.role) {
    case 'ADMIN':
    case 'PARTNER':
      return true;
    case 'RELATIONSHIP_MANAGER':
      return subject.relationshipManagerId === viewer.userId;
    case 'COLLECTOR':
      return assignedCustomers().then((ids) => ids.has(subject.customerId));
    default:
      return false;
  }
}

/** The customers with a recovery case assigned to this collector. */
export function customersAssignedTo(db: AppDb, viewer: Viewer): Promise<Set<number>> {
  return db
    .selectDistinct({ customerId: recoveryCases.customerId })
    .from(recoveryCases)
    .where(and(eq(recoveryCases.tenantId, viewer.tenantId), eq(recoveryCases.assignedTo, viewer.userId)))
    .then((rows) => new Set(rows.map((r) => r.customerId)));
}

const assignedCustomersByContext = new WeakMap<GraphQLContext, Promise<Set<number>>>();

/** A collector's assigned customers, read once per request. */
function collectorCustomers(ctx: GraphQLContext): Promise<Set<number>> {
  let found = assignedCustomersByContext.get(ctx);
  if (!found) {
    found = customersAssignedTo(ctx.services.database.db, ctx.viewer);
    assignedCustomersByContext.set(ctx, found);
  }
  return found;
}

/** The customer a @pii field's parent belongs to: a Customer row itself, or any row with a customerId. */
async function subjectOf(typeName: string, source: unknown, ctx: GraphQLContext): Promise<PiiSubject | null> {
  const s = source as { id?: unknown; customerId?: unknown; relationshipManagerId?: unknown };
  if (typeName === 'Customer' && typeof s.id === 'number') {
    return { customerId: s.id, relationshipManagerId: (s.relationshipManagerId as string | null | undefined) ?? null };
  }
  if (typeof s.customerId === 'number') {
    const customer = await ctx.loaders.customer.load(s.customerId);
    return customer ? { customerId: customer.id, relationshipManagerId: customer.relationshipManagerId ?? null } : null;
  }
  return null;
}

function piiField(config: FieldConfig, typeName: string, fieldName: string): FieldConfig {
  const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = config.resolve ?? defaultFieldResolver;
  return {
    ...config,
    resolve: async (source, args, ctx, info) => {
      const value = await resolve(source, args, ctx, info);
      if (value === null || value === undefined) return value;
      const subject = await subjectOf(typeName, source, ctx);
      // A value whose owner cannot be told is treated as not the viewer's.
      if (!subject || !(await entitledToPii(ctx, subject))) return maskPii(fieldName, value);
      piiReads(ctx).note(subject.customerId, `${typeName}.${fieldName}`);
      return value;
    },
  };
}

// ------------------------------------------------------------------ the audit of full reads

/** One audit row per request: reads are collected and written shortly after the first one. */
const FLUSH_AFTER_MS = 50;

class PiiReadCollector {
  private readonly reads = new Map<number, Set<string>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: GraphQLContext) {}

  note(customerId: number, field: string): void {
    let fields = this.reads.get(customerId);
    if (!fields) this.reads.set(customerId, (fields = new Set()));
    fields.add(field);
    this.timer ??= setTimeout(() => this.flush(), FLUSH_AFTER_MS);
  }

  private flush(): void {
    this.timer = null;
    const reads = [...this.reads].map(([customerId, fields]) => ({ customerId, fields: [...fields].sort() }));
    this.reads.clear();
    const { viewer, requestId, services } = this.ctx;
    // recordPiiReads never throws: a failure is logged, and the reads have been served.
    if (reads.length > 0) void recordPiiReads((services as { audit?: typeof auditLog }).audit ?? auditLog, services.database.db, viewer, requestId, reads);
  }
}

const collectors = new WeakMap<GraphQLContext, PiiReadCollector>();

function piiReads(ctx: GraphQLContext): PiiReadCollector {
  let c = collectors.get(ctx);
  if (!c) collectors.set(ctx, (c = new PiiReadCollector(ctx)));
  return c;
}
