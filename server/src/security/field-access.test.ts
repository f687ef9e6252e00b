// The role matrix, generated from the schema itself: every field that declares @auth is tried as
// every role, and every role the field does not name must be refused before its resolver runs.
// A new field marked @auth is covered without touching this test.
import { GraphQLError, isObjectType, type GraphQLFieldConfig } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../graphql/schema.js';
import type { GraphQLContext } from '../graphql/context.js';
import { authRuleOf } from './field-access.js';
import { ROLES, type Role } from './viewer.js';

const schema = buildSchema();

const contextAs = (role: Role) => ({ viewer: { userId: `u-test-${role}`, role, tenantId: 'demo' }, requestId: 'test' }) as unknown as GraphQLContext;

const guarded = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((t) => !t.name.startsWith('__'))
  .flatMap((t) =>
    Object.values(t.getFields()).flatMap((f) => {
      const rule = authRuleOf(schema, t.name, f as unknown as GraphQLFieldConfig<unknown, GraphQLContext>);
      return rule ? [{ type: t.name, field: f, rule }] : [];
    }),
  );

describe('field-level authorisation (@auth)', () => {
  it('covers the configuration mutations and the staff-only reads', () => {
    const names = guarded.map((g) => `${g.type}.${g.field.name}`);
    for (const must of ['Mutation.updateCreditPolicy', 'Mutation.setEscalationRules', 'Mutation.startRecommendationExperiment', 'Mutation.importProducts', 'Query.modelDrift', 'Subscription.dashboard', 'Customer.recoveryCases']) {
      expect(names).toContain(must);
    }
    expect(guarded.length).toBeGreaterThan(30);
  });

  for (const { type, field, rule } of guarded) {
    const denied = ROLES.filter((r) => !rule.roles.includes(r));
    it(`${type}.${field.name}: refuses ${denied.join(', ') || 'no role'}`, async () => {
      for (const role of denied) {
        // The partner wrapper answers first for a PARTNER at the root; either way it must not reach the resolver.
        const run = async () => {
          const ctx = contextAs(role);
          const source = {};
          if (field.subscribe && type === schema.getSubscriptionType()?.name) return field.subscribe(source, {}, ctx, {} as never);
          return field.resolve!(source, {}, ctx, {} as never);
        };
        if (rule.denied === 'EMPTY') {
          const v = await run();
          expect(v === null || (Array.isArray(v) && v.length === 0), `${type}.${field.name} as ${role}`).toBe(true);
        } else {
          const e = await run().then(
            () => null,
            (err: unknown) => err,
          );
          expect(e, `${type}.${field.name} as ${role} was not refused`).toBeInstanceOf(GraphQLError);
          expect((e as GraphQLError).extensions.code).toBe('FORBIDDEN');
        }
      }
    });
  }
});
