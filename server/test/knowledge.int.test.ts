// Policy search and citations through the graph, on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/ids.js';
import { insertScenarioCustomer, seasonalFarmer } from '../../seeds/testing/credit-scenarios.js';
import { startTestApp, type TestApp } from './harness.js';

const SEARCH = /* GraphQL */ `
  query Search($question: String!, $first: Int) {
    searchPolicies(question: $question, first: $first) {
      id score text
      document { id title }
      section { number heading }
    }
  }
`;

const DECIDE = /* GraphQL */ `
  mutation Decide($input: LoanApplicationInput!, $key: String!) {
    submitLoanApplication(input: $input, idempotencyKey: $key) {
      __typename
      ... on LoanApplication {
        decision {
          outcome
          reasons { code }
          policyCitations { id score document { id } section { number heading } }
        }
      }
    }
  }
`;

let t: TestApp;
let rm: string;

beforeAll(async () => {
  t = await startTestApp();
  rm = (await t.gql(`mutation { devLogin(role: RELATIONSHIP_MANAGER) { token } }`)).data.devLogin.token;
});
afterAll(async () => {
  await t?.close();
});

describe('searchPolicies', () => {
  it('answers a question about quiet hours with the collections code section first', async () => {
    const r = await t.gql(SEARCH, { question: 'Are there quiet hours when collectors must not contact customers?', first: 3 }, rm);
    expect(r.errors).toBeUndefined();
    const passages = r.data.searchPolicies;
    expect(passages).toHaveLength(3);
    expect(passages[0]).toMatchObject({
      id: 'collections-code-of-conduct#4',
      document: { id: 'collections-code-of-conduct', title: 'Collections Code of Conduct' },
      section: { number: 4, heading: 'Quiet hours' },
    });
    expect(passages[0].text).toContain('19:00 and 08:00');
    expect(passages[0].score).toBeGreaterThanOrEqual(passages[1].score);
  });

  it('is open to every signed-in role', async () => {
    for (const role of ['COLLECTOR', 'ANALYST', 'ADMIN']) {
      const token = (await t.gql(`mutation { devLogin(role: ${role}) { token } }`)).data.devLogin.token;
      const r = await t.gql(SEARCH, { question: 'maximum settlement discount', first: 1 }, token);
      expect(r.errors, role).toBeUndefined();
      expect(r.data.searchPolicies).toHaveLength(1);
    }
  });

  it.each([
    ['a blank question', { question: '   ' }, 'question'],
    ['a question over 500 characters', { question: 'why '.repeat(130) + '?' }, 'question'],
    ['first of 0', { question: 'quiet hours', first: 0 }, 'first'],
    ['first over 20', { question: 'quiet hours', first: 21 }, 'first'],
  ])('rejects %s naming the argument', async (_what, variables, field) => {
    const r = await t.gql(SEARCH, variables, rm);
    expect(r.data).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(r.errors?.[0].message).toMatch(new RegExp(`^${field}: `));
  });
});

describe('citations', () => {
  it("cite the lending policies behind a decided application's outcome and reasons", async () => {
    const id = 910_001;
    await insertScenarioCustomer(t.app.services.database, 'demo', id, seasonalFarmer({ asOf: new Date() }));
    const r = await t.gql(
      DECIDE,
      {
        input: {
          customerId: toGlobalId('Customer', id),
          productId: 'bl-kisan-crop-loan',
          amount: 150_000,
          termMonths: 12,
          purpose: 'seed and fertiliser for the rabi season',
          consent: { creditAssessment: true, bureauCheck: true },
        },
        key: `knowledge-${id}-${Date.now()}`,
      },
      rm,
    );
    expect(r.errors).toBeUndefined();
    const { decision } = r.data.submitLoanApplication;
    expect(decision.policyCitations.length).toBeGreaterThan(0);
    expect(decision.policyCitations.length).toBeLessThanOrEqual(3);
    for (const c of decision.policyCitations) {
      expect(['lending-policy', 'fair-lending-policy']).toContain(c.document.id);
      expect(c.section.heading).not.toBe('');
    }
    // The farmer's crop loan is approved on a harvest schedule or counter-offered for affordability
    // (credit-scenarios.int.test.ts); either way the policy section behind that reason is cited.
    const sectionOf: Record<string, string> = { POL_SEASONAL_SCHEDULE: 'lending-policy#7', POL_AFFORDABILITY: 'lending-policy#5' };
    const policyReason = decision.reasons.map((x: { code: string }) => x.code).find((code: string) => code in sectionOf);
    expect(policyReason, JSON.stringify(decision.reasons)).toBeDefined();
    expect(decision.policyCitations.map((c: { id: string }) => c.id)).toContain(sectionOf[policyReason]);
  });

  it('cite the product-suitability guide behind recommendations', async () => {
    const r = await t.gql(
      /* GraphQL */ `
        query {
          recommendationsForProfile(profile: { kind: INDIVIDUAL, age: 31, income: 1800000, creditScore: 760, region: "Karnataka", goals: "buy a first home" }, k: 3) {
            product { category }
            policyCitations { id document { id } section { number heading } }
          }
        }
      `,
      {},
      rm,
    );
    expect(r.errors).toBeUndefined();
    const recommendations = r.data.recommendationsForProfile;
    expect(recommendations.length).toBeGreaterThan(0);
    for (const rec of recommendations) {
      expect(rec.policyCitations.length).toBeGreaterThan(0);
      for (const c of rec.policyCitations) expect(c.document.id).toBe('product-suitability-guide');
    }
  });
});
