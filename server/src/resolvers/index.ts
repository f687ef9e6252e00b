// The resolver map: thin functions that map the graph to domain and repository calls.
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { Node, nodeQuery } from './base/node.js';
import { DateTime } from './base/scalars.js';
import { Customer, Holding, SpendingProfile } from './customer/customer.js';
import { customer, customers, regions, segments } from './customer/query.js';
import { Eligibility, Product, ProductMatch } from './product/product.js';
import { product, products, searchProducts } from './product/query.js';
import { recommendationsForProfile } from './recommendation/query.js';
import { Recommendation } from './recommendation/recommendation.js';
import { Decision, LoanApplication, LoanApplicationResult, ScoreContribution } from './risk/application.js';
import { CreditPolicy, CreditPolicyResult, creditPolicy, creditPolicyHistory, updateCreditPolicy } from './risk/policy.js';
import { CreditLimit, bureauStatus, customerCreditFields, productCreditFields, riskModel, submitLoanApplication } from './risk/query.js';
import { applicationDecided } from './live/application-decided.js';
import { customerScoreUpdated } from './live/customer-score-updated.js';
import { dashboard } from './live/dashboard.js';
import { CustomerScore, ProductKpis } from './analytics/dashboard.js';
import { Interaction, InteractionResult, recordInteraction } from './analytics/interaction.js';
import { Repayment, RepaymentResult, applicationRepayments, recordRepayment } from './risk/repayment.js';
import { Tenant, Theme, Viewer, devLogin, devTenants, viewer } from './tenant/tenant.js';

export const resolvers: Resolvers = {
  DateTime,
  Node,
  Query: {
    node: nodeQuery,
    customers,
    customer,
    segments,
    regions,
    products,
    product,
    searchProducts,
    recommendationsForProfile,
    viewer,
    devTenants,
    creditPolicy,
    creditPolicyHistory,
    riskModel,
    bureauStatus,
  },
  Mutation: { devLogin, submitLoanApplication, updateCreditPolicy, recordRepayment, recordInteraction },
  Subscription: { dashboard, applicationDecided, customerScoreUpdated },
  ProductKpis,
  CustomerScore,
  Interaction,
  InteractionResult,
  Customer: { ...Customer, ...customerCreditFields },
  Holding,
  SpendingProfile,
  Product: { ...Product, ...productCreditFields },
  Eligibility,
  ProductMatch,
  Recommendation,
  LoanApplicationResult,
  LoanApplication: { ...LoanApplication, ...applicationRepayments },
  Decision,
  RepaymentResult,
  Repayment,
  ScoreContribution,
  CreditPolicyResult,
  CreditPolicy,
  CreditLimit,
  Tenant,
  Theme,
  Viewer,
};
