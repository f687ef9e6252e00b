// The resolver map: thin functions that map the graph to domain and repository calls.
import type { Resolvers } from '../graphql/generated/resolvers-types.js';
import { Node, nodeQuery } from './base/node.js';
import { DateTime } from './base/scalars.js';
import { Customer, Holding, SpendingProfile } from './customer/customer.js';
import { customer, customers, regions, segments } from './customer/query.js';
import { Eligibility, Product, ProductMatch } from './product/product.js';
import { product, products, searchProducts } from './product/query.js';
import { importProducts } from './product/import-products.js';
import { recommendationsForProfile } from './recommendation/query.js';
import { Recommendation } from './recommendation/recommendation.js';
import {
  RankingModel,
  RecommendationExperiment,
  RecommendationExperimentResult,
  rankingModel,
  recommendationExperimentArm,
  recommendationExperiments,
  startRecommendationExperiment,
  stopRecommendationExperiment,
} from './recommendation/experiments.js';
import { Decision, LoanApplication, LoanApplicationResult, ScoreContribution } from './risk/application.js';
import { CreditPolicy, CreditPolicyResult, creditPolicy, creditPolicyHistory, updateCreditPolicy } from './risk/policy.js';
import { CreditLimit, bureauStatus, customerCreditFields, productCreditFields, riskModel, submitLoanApplication } from './risk/query.js';
import { applicationDecided } from './live/application-decided.js';
import { customerScoreUpdated } from './live/customer-score-updated.js';
import { dashboard } from './live/dashboard.js';
import { CustomerScore, ProductKpis } from './analytics/dashboard.js';
import { Interaction, InteractionResult, recordInteraction } from './analytics/interaction.js';
import { CustomerFeedback, Feedback, FeedbackResult, customerFeedbackField, giveFeedback } from './recommendation/feedback.js';
import { Repayment, RepaymentResult, applicationRepayments, recordRepayment } from './risk/repayment.js';
import { Tenant, Theme, Viewer, demoPassword, demoUsers, devLogin, devTenants, login, viewer } from './tenant/tenant.js';
import { assignRecoveryCase, escalateCase, flagCase, handOverCase, recordPromise, runRecoverySweep, setEscalationRules } from './recovery/case-actions.js';
import { Disbursement, DisbursementResult, Loan, applicationLoan, customerRecoveryFields, disburseLoan } from './recovery/loan.js';
import { counterOffer, decideEscalatedPlan, proposeRepaymentPlan } from './recovery/plans.js';
import { escalationRuleHistory, escalationRules, recoveryCase, recoveryCases } from './recovery/query.js';
import { CaseEvent, CaseResult, CounterOfferResult, EscalationRules, EscalationRulesResult, PaymentPromise, PlanResult, PromiseResult, RecoveryCase, RepaymentPlan } from './recovery/recovery-case.js';
import { recoveryCaseUpdated } from './live/recovery-case-updated.js';
import { CaseExperimentArm, ExperimentArm, ExperimentResult, RecoveryExperiment, caseExperimentArm, recoveryExperiment, recoveryExperiments, startRecoveryExperiment, stopRecoveryExperiment } from './recovery/experiments.js';
import { OutreachMessage, OutreachResult, PreferredLanguageResult, setPreferredLanguage, caseMessages, outreachDeadLetters, replayDeadLetter, sendOutreach } from './recovery/outreach.js';
import { searchPolicies } from './knowledge/query.js';
import { customerClusters, customerSegmentFields } from './segments/segments.js';
import { customerInsightFields } from './customer/insights.js';
import { decisionCitations, recommendationCitations } from './knowledge/citations.js';
import { CampaignAudienceMember, campaignAudience } from './campaigns/campaign-audience.js';
import { RecommendationChange, scenario } from './scenario/scenario.js';
import { RecommendationAnalytics, recommendationAnalytics } from './analytics/recommendation-analytics.js';
import { modelDrift } from './drift/model-drift.js';
import { auditLog } from './audit/audit-log.js';
import { verifyAuditLog } from './audit/verify-audit-log.js';
import { customerConsentFields, recordConsent } from './customer/consents.js';

export const resolvers: Resolvers = {
  DateTime,
  Node,
  Query: {
    node: nodeQuery,
    recommendationExperiments,
    rankingModel,
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
    demoUsers,
    demoPassword,
    creditPolicy,
    creditPolicyHistory,
    riskModel,
    bureauStatus,
    recoveryCases,
    recoveryCase,
    escalationRules,
    escalationRuleHistory,
    outreachDeadLetters,
    recoveryExperiments,
    recoveryExperiment,
    searchPolicies,
    customerClusters,
    campaignAudience,
    scenario,
    recommendationAnalytics,
    modelDrift,
    auditLog,
    verifyAuditLog,
  },
  Mutation: {
    startRecommendationExperiment,
    stopRecommendationExperiment,
    devLogin,
    login,
    submitLoanApplication,
    updateCreditPolicy,
    recordRepayment,
    recordInteraction,
    giveFeedback,
    recordConsent,
    disburseLoan,
    proposeRepaymentPlan,
    counterOffer,
    decideEscalatedPlan,
    recordPromise,
    escalateCase,
    handOverCase,
    assignRecoveryCase,
    flagCase,
    setEscalationRules,
    runRecoverySweep,
    sendOutreach,
    replayDeadLetter,
    startRecoveryExperiment,
    stopRecoveryExperiment,
    setPreferredLanguage,
    importProducts,
  },
  Subscription: { dashboard, applicationDecided, customerScoreUpdated, recoveryCaseUpdated },
  Loan,
  Disbursement,
  DisbursementResult,
  RecoveryCase: { ...RecoveryCase, ...caseMessages, ...caseExperimentArm },
  RecoveryExperiment,
  ExperimentArm,
  CaseExperimentArm,
  ExperimentResult,
  RepaymentPlan,
  PaymentPromise,
  CaseEvent,
  EscalationRules,
  CaseResult,
  PlanResult,
  PromiseResult,
  EscalationRulesResult,
  CounterOfferResult,
  OutreachMessage,
  OutreachResult,
  PreferredLanguageResult,
  ProductKpis,
  CustomerScore,
  Interaction,
  InteractionResult,
  Feedback,
  FeedbackResult,
  CustomerFeedback,
  CampaignAudienceMember,
  RecommendationChange,
  RecommendationAnalytics,
  Customer: { ...Customer, ...customerCreditFields, ...customerRecoveryFields, ...customerFeedbackField, ...customerSegmentFields, ...customerInsightFields, ...customerConsentFields },
  Holding,
  SpendingProfile,
  Product: { ...Product, ...productCreditFields },
  Eligibility,
  ProductMatch,
  Recommendation: { ...Recommendation, ...recommendationCitations, ...recommendationExperimentArm },
  RecommendationExperiment,
  RecommendationExperimentResult,
  RankingModel,
  LoanApplicationResult,
  LoanApplication: { ...LoanApplication, ...applicationRepayments, ...applicationLoan },
  Decision: { ...Decision, ...decisionCitations },
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
