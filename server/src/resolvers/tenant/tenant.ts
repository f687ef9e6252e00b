import type {
  MutationResolvers,
  QueryResolvers,
  TenantResolvers,
  ThemeResolvers,
  ViewerResolvers,
} from '../../graphql/generated/resolvers-types.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/ids.js';
import { GraphQLError } from 'graphql';
import { DEMO_USERS } from '../../../../seeds/users.js';
import { firstUserOfRole, listUsers } from '../../repositories/users.js';
import { LoginRefused } from '../../security/login.js';
import { DEFAULT_TENANT_ID, type Role, type Viewer as ViewerModel } from '../../security/viewer.js';
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

/** Acts as the tenant's first seeded user of that role (so an RM owns customers), else a bare dev-<role> id. */
export const devLogin: MutationResolvers['devLogin'] = async (_p, { role, tenantId }, ctx) => {
  if (ctx.services.config.NODE_ENV === 'production') throw forbidden('devLogin is not available in production');
  let tenant = DEFAULT_TENANT_ID;
  if (tenantId) {
    const g = fromGlobalId(tenantId);
    tenant = g?.type === 'Tenant' ? g.localId : tenantId;
    if (!ctx.services.catalog.current.tenants.has(tenant)) throw badUserInput('tenantId', `unknown tenant "${tenantId}"`);
  }
  const user = await firstUserOfRole(ctx.services.database.db, tenant, role);
  const v: ViewerModel = user ? { userId: user.id, role, tenantId: tenant, displayName: user.displayName } : { userId: `dev-${role.toLowerCase()}`, role, tenantId: tenant };
  return { token: await ctx.services.tokens.sign(v), viewer: v };
};

export const login: MutationResolvers['login'] = async (_p, { username, password }, ctx) => {
  try {
    return await ctx.services.logins.login(username, password);
  } catch (e) {
    if (e instanceof LoginRefused) {
      if (e.message.startsWith('username:')) throw badUserInput('username', e.message.slice(10));
      if (e.message.startsWith('password:')) throw badUserInput('password', e.message.slice(10));
      throw new GraphQLError(e.message, { extensions: { code: 'UNAUTHENTICATED', ...(e.retryAfterSeconds ? { retryAfterSeconds: e.retryAfterSeconds } : {}) } });
    }
    throw e;
  }
};

/** The seeded demo users, for the sign-in page; empty in production. */
export const demoUsers: QueryResolvers['demoUsers'] = async (_p, _a, ctx) => {
  if (ctx.services.config.NODE_ENV === 'production') return [];
  const known = new Set(DEMO_USERS.map((u) => u.id));
  return (await listUsers(ctx.services.database.db))
    .filter((u) => known.has(u.id) && u.active && ctx.services.catalog.current.tenants.has(u.tenantId))
    .map((u) => ({ username: u.username, displayName: u.displayName, role: u.role as Role, tenant: tenantRow(ctx, u.tenantId) }));
};

export const demoPassword: QueryResolvers['demoPassword'] = (_p, _a, ctx) => (ctx.services.config.NODE_ENV === 'production' ? null : ctx.services.config.demoPassword);

export const Viewer: ViewerResolvers = {
  tenant: (v, _a, ctx) => tenantRow(ctx, v.tenantId),
  displayName: (v) => v.displayName ?? v.userId,
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
