// The per-request context: the viewer, per-request loaders, and the app's services.
import type { HotReadCache } from '../cache/hot-reads.js';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { Config } from '../config/index.js';
import type { Database } from '../db/index.js';
import type { Loaders } from '../loaders/index.js';
import type { Embedder } from '../ml/embedder.js';
import type { RecommendationService } from '../services/recommendations.js';
import type { BureauClient } from '../bureau/client.js';
import type { CreditDecisionService } from '../services/credit-decisions.js';
import type { CreditPolicyService } from '../services/credit-policies.js';
import type { RiskModelService } from '../services/risk-models.js';
import type { RepaymentService } from '../services/repayments.js';
import type { EventBus } from '../events/event-bus.js';
import type { KpiFeed } from '../events/kpi/kpi-feed.js';
import type { InteractionService } from '../services/interactions.js';
import type { FeedbackService } from '../services/feedback.js';
import type { ConsentService } from '../services/consents.js';
import type { KnowledgeService } from '../services/knowledge.js';
import type { SegmentService } from '../services/segments.js';
import type { RankingModelService } from '../services/ranking-models.js';
import type { RecommendationExperimentService } from '../services/recommendation-experiments.js';
import type { CampaignService } from '../services/campaigns.js';
import type { ModelDriftService } from '../services/model-drift.js';
import type { RecoveryServices } from '../services/recovery/index.js';
import type { VerifiedTokenCache } from '../security/token-cache.js';
import type { AuditLog } from '../security/audit-log.js';
import type { TokenService, Viewer } from '../security/viewer.js';
import type { LoginService } from '../security/login.js';

export interface Services {
  config: Config;
  database: Database;
  catalog: CatalogStore;
  embedder: Embedder;
  recommendations: RecommendationService;
  tokens: TokenService;
  /** Mutation.login: passwords checked, failures slowed down per username. */
  logins: LoginService;
  verifiedTokens: VerifiedTokenCache;
  hotReads: HotReadCache;
  credit: CreditDecisionService;
  policies: CreditPolicyService;
  riskModels: RiskModelService;
  bureau: BureauClient;
  repayments: RepaymentService;
  events: EventBus;
  /** The live KPIs behind Subscription.dashboard. */
  kpis: KpiFeed;
  interactions: InteractionService;
  /** giveFeedback (schema/feedback.graphql). */
  feedback: FeedbackService;
  /** recordConsent (schema/consent.graphql). */
  consents: ConsentService;
  recovery: RecoveryServices;
  /** Policy search and citations (schema/knowledge.graphql). */
  knowledge: KnowledgeService;
  /** Customer segments (schema/segments.graphql): the active k-means models per tenant. */
  segments: SegmentService;
  /** Campaign audiences (schema/campaigns.graphql). */
  campaigns: CampaignService;
  /** The learned ranker in service (schema/recommendation-experiments.graphql). */
  rankingModels: RankingModelService;
  recommendationExperiments: RecommendationExperimentService;
  /** Model drift (schema/drift.graphql): PSI of each registered model's inputs and score. */
  modelDrift: ModelDriftService;
  /** The tamper-evident audit log (schema/audit.graphql, security/audit-log.ts). */
  audit: AuditLog;
}

export interface GraphQLContext {
  viewer: Viewer;
  /** This request's id (x-request-id), in its logs and error extensions; per operation on a WebSocket. */
  requestId: string;
  loaders: Loaders;
  services: Services;
}
