import type {
  MutationResolvers,
  QueryResolvers,
  TenantResolvers,
  ThemeResolvers,
  ViewerResolvers,
} from '../../graphql/generated/resolvers-types.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.js';
import { DEFAULT_TENANT_ID } from '../../security/viewer.js';
import type { GraphQLContext } from '../../graphql/context.js';

const DEFAULT_THEME = { primaryColor: '#1f3a5f', accentColor: '#2a9d8f', logoText: 'creditgraph', fontFamily: 'Inter, system-ui, sans-serif' };

function tenantRow(ctx: GraphQLContext, id: string) {
  const t = ctx.services.catalog.current.tenants.get(id);
  if (!t) throw new Error(`tenant ${id} does not exist`);
  return t;
}

export const viewer: QueryResolvers['viewer'] = (_p, _a, ctx) => ctx.viewer;

export const devTenants: QueryResolvers['devTenants'] = (_p, _a, ctx) => {
  if (ctx.services.config.NODE_ENV === 'production') throw forbidden('devTenants is not available in production');
  return [...ctx.services.catalog.current.tenants.values()];
};

export const devLogin: MutationResolvers['devLogin'] = async (_p, { role, tenantId }, ctx) => {
  if (ctx.services.config.NODE_ENV === 'production') throw forbidden('devLogin is not available in production');
  let tenant = DEFAULT_TENANT_ID;
  if (tenantId) {
    const g = fromGlobalId(tenantId);
    tenant = g?.type === 'Tenant' ? g.localId : tenantId;
    if (!ctx.services.catalog.current.tenants.has(tenant)) throw badUserInput('tenantId', `unknown tenant "${tenantId}"`);
  }
  const v = { userId: `dev-${role.toLowerCase()}`, role, tenantId: tenant };
  return { token: await ctx.services.tokens.sign(v), viewer: v };
};

export const Viewer: ViewerResolvers = {
  tenant: (v, _a, ctx) => tenantRow(ctx, v.tenantId),
};

export const Tenant: TenantResolvers = {
  id: (t) => toGlobalId('Tenant', t.id),
  theme: (t) => t.theme,
};

export const Theme: ThemeResolvers = {
  primaryColor: (t) => t.primaryColor ?? DEFAULT_THEME.primaryColor,
  accentColor: (t) => t.accentColor ?? DEFAULT_THEME.accentColor,
  logoText: (t) => t.logoText ?? DEFAULT_THEME.logoText,
  fontFamily: (t) => t.fontFamily ?? DEFAULT_THEME.fontFamily,
};
