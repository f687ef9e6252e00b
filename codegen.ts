// graphql-codegen: resolver types for server/ and typed documents for web/, both from schema/.
// Generated output is committed; CI regenerates it and fails when it differs.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  ignoreNoDocuments: true,
  generates: {
    'server/src/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#GraphQLContext',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'Date | string' },
        mappers: {
          Customer: '../mappers.js#CustomerModel',
          Product: '../mappers.js#ProductModel',
          Holding: '../mappers.js#HoldingModel',
          Recommendation: '../mappers.js#RecommendationModel',
          Tenant: '../mappers.js#TenantModel',
          Viewer: '../mappers.js#ViewerModel',
          ProductMatch: '../mappers.js#ProductMatchModel',
          SpendingProfile: '../mappers.js#SpendProfileModel',
          Eligibility: '../mappers.js#ProductModel',
          Theme: '../mappers.js#ThemeModel',
          DevLogin: '../mappers.js#DevLoginModel',
          LoanApplication: '../mappers.js#LoanApplicationModel',
          Decision: '../mappers.js#DecisionModel',
          ScoreContribution: '../mappers.js#ScoreContributionModel',
          CreditPolicy: '../mappers.js#CreditPolicyModel',
          RiskModel: '../mappers.js#RiskModelModel',
          CreditLimit: '../mappers.js#CreditLimitModel',
          CreditLimitChange: '../mappers.js#CreditLimitChangeModel',
          Repayment: '../mappers.js#RepaymentModel',
          Interaction: '../mappers.js#InteractionModel',
          Dashboard: '../mappers.js#DashboardModel',
          ProductKpis: '../mappers.js#ProductKpisModel',
          CustomerScore: '../mappers.js#CustomerScoreModel',
          Loan: '../mappers.js#LoanModel',
          Disbursement: '../mappers.js#DisbursementModel',
          RecoveryCase: '../mappers.js#RecoveryCaseModel',
          RepaymentPlan: '../mappers.js#RepaymentPlanModel',
          PaymentPromise: '../mappers.js#PaymentPromiseModel',
          CaseEvent: '../mappers.js#CaseEventModel',
          EscalationRules: '../mappers.js#EscalationRulesModel',
          CounterOfferOutcome: '../mappers.js#CounterOfferOutcomeModel',
          OutreachMessage: '../mappers.js#OutreachMessageModel',
          RecoveryExperiment: '../mappers.js#RecoveryExperimentModel',
          ExperimentArm: '../mappers.js#ExperimentArmModel',
          CaseExperimentArm: '../mappers.js#CaseExperimentArmModel',
          Feedback: '../mappers.js#FeedbackModel',
          CustomerFeedback: '../mappers.js#CustomerFeedbackModel',
          CampaignAudienceMember: '../mappers.js#CampaignAudienceMemberModel',
          RecommendationChange: '../mappers.js#RecommendationChangeModel',
          RecommendationExperiment: '../mappers.js#RecommendationExperimentModel',
          RecommendationArm: '../mappers.js#RecommendationArmModel',
          RankingModel: '../mappers.js#RankingModelModel',
        },
      },
    },
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
      // Trusted documents: web/src/gql/persisted-documents.json (sha256 of each document) is what
      // the server accepts with TRUSTED_DOCUMENTS=only. __typename is added as Apollo Client adds
      // it, so that a document run from its hash answers what the client's cache expects.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
    },
  },
};

export default config;
