// What each GraphQL type is backed by on the server (codegen "mappers").
import type { ProductRow, TenantRow } from '../catalog/catalog-store.js';
import type { CustomerRow, HoldingRow } from '../repositories/customers.js';
import type { ServedRecommendation } from '../services/recommendations.js';
import type { SpendProfile } from '../../../drizzle/schema.js';
import type { Viewer } from '../security/viewer.js';
import type { ScoredContribution } from '../domain/credit/decision.js';
import type { ApplicationRecord, CreditLimitChangeRow, CreditLimitRow, DecisionRow } from '../repositories/credit.js';
import type { PolicyVersion } from '../services/credit-policies.js';
import type { RiskModelInfo } from '../services/risk-models.js';

export type CustomerModel = CustomerRow;
export type ProductModel = ProductRow;
export type HoldingModel = HoldingRow;
export type RecommendationModel = ServedRecommendation;
export type TenantModel = TenantRow;
export type ViewerModel = Viewer;
export type ProductMatchModel = { productId: string; score: number };
export type SpendProfileModel = SpendProfile;
export type ThemeModel = Record<string, string>;
export type DevLoginModel = { token: string; viewer: Viewer };
export type LoanApplicationModel = ApplicationRecord;
export type DecisionModel = DecisionRow;
export type ScoreContributionModel = ScoredContribution;
export type CreditPolicyModel = PolicyVersion;
export type RiskModelModel = RiskModelInfo;
export type CreditLimitModel = CreditLimitRow;
export type CreditLimitChangeModel = CreditLimitChangeRow;
