// Query.node: any object by its global id, scoped to the viewer's tenant.
import type { NodeResolvers, QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { customerIdOf, fromGlobalId } from '../../graphql/ids.js';
import { mayWorkCases } from '../recovery/access.js';

export const nodeQuery: QueryResolvers['node'] = async (_p, { id }, ctx) => {
  const g = fromGlobalId(id);
  if (!g) return null;
  switch (g.type) {
    case 'Customer': {
      const cid = customerIdOf(id);
      const c = cid === null ? null : await ctx.loaders.customer.load(cid);
      return c ? ({ __typename: 'Customer', ...c } as never) : null;
    }
    case 'Product': {
      const p = ctx.services.catalog.productForTenant(ctx.viewer.tenantId, g.localId);
      return p ? ({ __typename: 'Product', ...p } as never) : null;
    }
    case 'Tenant': {
      // A viewer sees only its own tenant.
      if (g.localId !== ctx.viewer.tenantId) return null;
      const t = ctx.services.catalog.current.tenants.get(g.localId);
      return t ? ({ __typename: 'Tenant', ...t } as never) : null;
    }
    case 'LoanApplication': {
      // Credit decisions are not a partner's to read (as Customer.applications, security/partner-access.ts).
      if (ctx.viewer.role === 'PARTNER') return null;
      if (!/^\d{1,15}$/.test(g.localId)) return null;
      const a = await ctx.loaders.application.load(Number(g.localId));
      return a ? ({ __typename: 'LoanApplication', ...a } as never) : null;
    }
    case 'OutreachMessage': {
      // Collection detail: collectors and admins only, as RecoveryCase.messages.
      if (!mayWorkCases(ctx)) return null;
      const m = await ctx.services.recovery.outreach.find(ctx.viewer, id);
      return m ? ({ __typename: 'OutreachMessage', ...m } as never) : null;
    }
    case 'RecoveryExperiment': {
      if (!['COLLECTOR', 'ANALYST', 'ADMIN'].includes(ctx.viewer.role)) return null;
      const e = await ctx.services.recovery.experiments.find(ctx.viewer.tenantId, id);
      return e ? ({ __typename: 'RecoveryExperiment', ...e } as never) : null;
    }
    default:
      return null;
  }
};

export const Node: NodeResolvers = {
  __resolveType: (obj) => (obj as unknown as { __typename: 'Customer' | 'Product' | 'Tenant' | 'LoanApplication' | 'OutreachMessage' | 'RecoveryExperiment' }).__typename,
};
