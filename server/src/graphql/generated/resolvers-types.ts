import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerModel, ProductModel, HoldingModel, RecommendationModel, TenantModel, ViewerModel, ProductMatchModel, SpendProfileModel, ThemeModel, DevLoginModel, LoanApplicationModel, DecisionModel, ScoreContributionModel, CreditPolicyModel, RiskModelModel, CreditLimitModel, CreditLimitChangeModel, RepaymentModel, InteractionModel, DashboardModel, ProductKpisModel, CustomerScoreModel, LoanModel, DisbursementModel, RecoveryCaseModel, RepaymentPlanModel, PaymentPromiseModel, CaseEventModel, EscalationRulesModel, CounterOfferOutcomeModel, OutreachMessageModel, RecoveryExperimentModel, ExperimentArmModel, CaseExperimentArmModel, FeedbackModel, CustomerFeedbackModel, CampaignAudienceMemberModel, RecommendationChangeModel, RecommendationExperimentModel, RecommendationArmModel, RankingModelModel } from '../mappers.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time with offset, e.g. 2026-11-21T05:00:00.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
};

/** The width of one point of an analytics series. */
export type AnalyticsGrouping =
  /** One point per calendar day (UTC). */
  | 'DAY'
  /** One point per ISO week (Monday to Sunday, UTC), clipped to the range. */
  | 'WEEK';

export type ApplicantInput = {
  /** 18 or over (individuals). */
  age?: InputMaybe<Scalars['Int']['input']>;
  employment?: InputMaybe<Scalars['String']['input']>;
  /** Annual income, or revenue for a business. */
  income: Scalars['Float']['input'];
  kind: CustomerKind;
  name: Scalars['String']['input'];
  /** One of Query.regions. */
  region: Scalars['String']['input'];
  /** Businesses. */
  yearsInBusiness?: InputMaybe<Scalars['Int']['input']>;
};

export type ApplicationDeviceInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  deviceId?: InputMaybe<Scalars['String']['input']>;
  payoutAccount?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The application was not accepted: nothing was stored. */
export type ApplicationRejected = {
  __typename?: 'ApplicationRejected';
  /** The input field at fault, e.g. amount, termMonths, consent.creditAssessment. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Where an application stands. Decisions are made when the application is submitted. */
export type ApplicationStatus =
  | 'APPROVED'
  | 'COUNTER_OFFERED'
  | 'DECLINED'
  /** Approved and paid out: see LoanApplication.loan. */
  | 'DISBURSED'
  /** Approved, and the disbursement saga is paying it out. */
  | 'DISBURSING'
  | 'REFERRED';

/** One arm against the control on one metric. Null figures: not enough data to compare yet. */
export type ArmComparison = {
  __typename?: 'ArmComparison';
  arm: Scalars['String']['output'];
  ciHigh?: Maybe<Scalars['Float']['output']>;
  /** 95% interval of a rate difference (Newcombe); null for amounts. */
  ciLow?: Maybe<Scalars['Float']['output']>;
  control: Scalars['String']['output'];
  /** arm minus control: a difference of rates, or rupees per case. */
  difference?: Maybe<Scalars['Float']['output']>;
  metric: ExperimentMetric;
  /** Two-proportion z-test for rates, Welch's t-test for amounts. */
  pValue?: Maybe<Scalars['Float']['output']>;
  /** p < 0.05. */
  significant: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

/** An arm's enrolled cases and what they came to since enrolment. */
export type ArmOutcome = {
  __typename?: 'ArmOutcome';
  /** Rupees paid since enrolment. */
  amountRecovered: Scalars['Float']['output'];
  arm: Scalars['String']['output'];
  cases: Scalars['Int']['output'];
  /** Wilson score interval of the cure rate. */
  cureInterval?: Maybe<Interval>;
  cureRate?: Maybe<Scalars['Float']['output']>;
  meanRecoveredPerCase?: Maybe<Scalars['Float']['output']>;
  promiseKeptInterval?: Maybe<Interval>;
  promiseKeptRate?: Maybe<Scalars['Float']['output']>;
  promisesKept: Scalars['Int']['output'];
  /** Promises kept or broken (pending ones are not counted yet). */
  promisesSettled: Scalars['Int']['output'];
  /** Recovered over what was overdue at enrolment. */
  recoveryRate?: Maybe<Scalars['Float']['output']>;
  /** Closed as cured or settled. */
  resolved: Scalars['Int']['output'];
};

/** A rate with its 95% Wilson interval; null value and interval when nothing was counted yet. */
export type ArmRate = {
  __typename?: 'ArmRate';
  interval?: Maybe<Interval>;
  successes: Scalars['Int']['output'];
  trials: Scalars['Int']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** The first entry where the chain breaks. */
  firstBrokenId?: Maybe<Scalars['Int']['output']>;
  /** The hash at the end of the chain; kept elsewhere, it shows later that no entry was cut off the end. */
  lastHash?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  /** Why, in words: e.g. "row 1234: its hash does not match its contents (edited?)". */
  reason?: Maybe<Scalars['String']['output']>;
  /** Entries walked. */
  rows: Scalars['Int']['output'];
  tenantId: Scalars['ID']['output'];
};

/**
 * One entry of the tamper-evident audit log: decisions, configuration changes, exports and reads of
 * personal data, each with who did it. Entries are never changed or removed; each tenant's entries
 * form a hash chain (hash over the entry and the previous entry's hash) that verifyAuditLog checks.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, e.g. CREDIT_DECIDED, CREDIT_POLICY_CHANGED, EXPORT, PII_READ. */
  action: Scalars['String']['output'];
  /** The user who acted, or "system" for automated steps. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The event's details as JSON text: what changed (before and after), parameters, counts. */
  details: Scalars['String']['output'];
  /** Which one, in its own numbering (or a report's path). */
  entityId: Scalars['String']['output'];
  /** The kind of thing it happened to, e.g. LoanApplication, CreditPolicy, Report, Customer. */
  entityType: Scalars['String']['output'];
  /** sha256 over this entry's contents and prevHash; null only for an entry not chained yet. */
  hash?: Maybe<Scalars['String']['output']>;
  /** The entry's number in the log (ids grow with every entry; verifyAuditLog names entries by it). */
  id: Scalars['ID']['output'];
  /** The previous entry's hash (null for the first entry of the tenant's chain). */
  prevHash?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** Every given field must match; from is inclusive, to exclusive. */
export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The outcome of walking a tenant's chain, recomputing every hash. */
export type AuditVerification = {
  __typename?: 'AuditVerification';
  ok: Scalars['Boolean']['output'];
  tenants: Array<AuditChainVerification>;
};

/** How @auth refuses a viewer of another role. */
export type AuthDenial =
  /** Null, or an empty list: for fields on pages every role sees, so the rest of the page renders. */
  | 'EMPTY'
  /** A FORBIDDEN error for the field; for a mutation, nothing is done. */
  | 'FORBIDDEN';

/** When and how this customer is most likely to answer. */
export type BestContact = {
  __typename?: 'BestContact';
  /** MORNING (08-11), MIDDAY (11-14), AFTERNOON (14-17) or EVENING (17-19), local time. */
  band: Scalars['String']['output'];
  /** The customer's own attempts behind the estimate (0: the population's best). */
  basedOnAttempts: Scalars['Int']['output'];
  channel: ContactChannel;
  reachRate: Scalars['Float']['output'];
  reason: Scalars['String']['output'];
};

export type BreakerState =
  | 'CLOSED'
  | 'HALF_OPEN'
  | 'ISOLATED'
  | 'OPEN';

/** The moves of loans out of one delinquency bucket. */
export type BucketRollRate = {
  __typename?: 'BucketRollRate';
  /** Moves out of the bucket. */
  count: Scalars['Int']['output'];
  /** cured per move; null when nothing left the bucket. */
  cureRate?: Maybe<Scalars['Float']['output']>;
  /** Moves back to CURRENT. */
  cured: Scalars['Int']['output'];
  from: DelinquencyBucket;
  /** rolledForward per move; null when nothing left the bucket. */
  rollForwardRate?: Maybe<Scalars['Float']['output']>;
  /** Moves to a worse bucket. */
  rolledForward: Scalars['Int']['output'];
};

/** The credit bureau connector: circuit breaker state and counters since start-up. */
export type BureauStatus = {
  __typename?: 'BureauStatus';
  cacheHits: Scalars['Int']['output'];
  calls: Scalars['Int']['output'];
  failures: Scalars['Int']['output'];
  lastFailureAt?: Maybe<Scalars['DateTime']['output']>;
  lastFailureReason?: Maybe<Scalars['String']['output']>;
  rateLimited: Scalars['Int']['output'];
  state: BreakerState;
};

export type CampaignAudienceConnection = {
  __typename?: 'CampaignAudienceConnection';
  edges: Array<CampaignAudienceEdge>;
  pageInfo: PageInfo;
  /** Customers in the whole audience, not only this page. */
  totalCount: Scalars['Int']['output'];
  /**
   * Customers of the tenant left out of the audience unscored: they have not consented to
   * MARKETING_CONTACT (or to RECOMMENDATION, which ranking them for it is).
   */
  withoutConsent: Scalars['Int']['output'];
};

export type CampaignAudienceEdge = {
  __typename?: 'CampaignAudienceEdge';
  cursor: Scalars['String']['output'];
  node: CampaignAudienceMember;
};

/**
 * A customer of a campaign audience: the product is in the customer's top-K recommendations, at this
 * rank and confidence (the same numbers Customer.recommendations gives).
 */
export type CampaignAudienceMember = {
  __typename?: 'CampaignAudienceMember';
  /** 0 to 100. */
  confidence: Scalars['Float']['output'];
  customer: Customer;
  /** 1 is the best, at most topK. */
  rank: Scalars['Int']['output'];
  /** The product's reasons for this customer, strongest first. */
  reasons: Array<Reason>;
};

export type CaseCloseReason =
  | 'CHARGED_OFF'
  | 'CURED'
  | 'SETTLED';

/** One entry of a case's audit trail. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** The user id, or "system" for the automated steps. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The event's details as JSON text. */
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** OPENED, ASSESSED, PLAN_PROPOSED, COUNTER_OFFER, PLAN_DECIDED, PROMISE_RECORDED, PROMISE_KEPT, PROMISE_BROKEN, PAYMENT, ESCALATED, HANDED_OVER, FLAGGED, ASSIGNED, CLOSED… */
  kind: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

/** A case's place in the running experiment. */
export type CaseExperimentArm = {
  __typename?: 'CaseExperimentArm';
  arm: ExperimentArm;
  experiment: RecoveryExperiment;
};

export type CaseFlagsInput = {
  ceaseRequested?: InputMaybe<Scalars['Boolean']['input']>;
  dispute?: InputMaybe<Scalars['Boolean']['input']>;
  /** Why: kept in the audit trail. */
  note: Scalars['String']['input'];
  vulnerability?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CaseResult = RecoveryCase | RecoveryRejected;

/** Escalation stages, lowest first. */
export type CaseStage =
  | 'ACTIVE_COLLECTION'
  | 'FIELD'
  | 'LEGAL'
  | 'REMINDER'
  | 'SENIOR_COLLECTOR';

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

/** A customer's consent to one purpose, as recorded. */
export type Consent = {
  __typename?: 'Consent';
  granted: Scalars['Boolean']['output'];
  purpose: ConsentPurpose;
  /** When it was recorded; null for a consent on record from before the history was kept. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user who recorded it; null as for recordedAt. */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** Where the customer gave it, e.g. BRANCH, APP, CALL_CENTRE, PARTNER; null as for recordedAt. */
  source?: Maybe<Scalars['String']['output']>;
};

export type ConsentInput = {
  /** Consent to ask the credit bureau. Without it, only alternative data decides. */
  bureauCheck: Scalars['Boolean']['input'];
  /** Consent to assess the application with the applicant's data, including bank transactions. Required. */
  creditAssessment: Scalars['Boolean']['input'];
};

/**
 * What a customer consents to, each on its own. Processing a customer for a purpose they have not
 * consented to is refused with extensions.code CONSENT_REQUIRED and extensions.purpose.
 */
export type ConsentPurpose =
  /** Assessing the customer's credit, with the bureau: loan and card applications. */
  | 'CREDIT_CHECK'
  /** Contacting the customer about products: campaign audiences. */
  | 'MARKETING_CONTACT'
  /**
   * Ranking products for the customer and deriving suggestions from their data:
   * Customer.recommendations, productGaps, gapAnalysis and insights, the meeting pack, what-if
   * scenarios, and recording their interactions with recommendations and feedback on them. What
   * was already recorded (Customer.feedback, consentHistory) stays readable after a withdrawal.
   */
  | 'RECOMMENDATION';

export type ContactChannel =
  | 'EMAIL'
  | 'SMS'
  | 'VOICE'
  | 'WHATSAPP';

/** One contact rule as evaluated for a message. */
export type ContactCheck = {
  __typename?: 'ContactCheck';
  detail: Scalars['String']['output'];
  passed: Scalars['Boolean']['output'];
  /** ATTEMPT_LIMIT, QUIET_HOURS, DISPUTE, CEASE_REQUEST (every message), CASE_OPEN (when the case closed while it waited). */
  rule: Scalars['String']['output'];
};

export type CounterOffer = {
  __typename?: 'CounterOffer';
  amount: Scalars['Float']['output'];
  kind: CounterOfferKind;
  monthlyInstalment: Scalars['Float']['output'];
  termMonths: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/** What the customer asks for instead of the proposed plan; omitted fields keep the proposal's. */
export type CounterOfferInput = {
  /** YYYY-MM-DD. */
  firstPaymentDate?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PlanKind>;
  monthlyAmount?: InputMaybe<Scalars['Float']['input']>;
  settlementAmount?: InputMaybe<Scalars['Float']['input']>;
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type CounterOfferKind =
  | 'LONGER_TERM'
  | 'RESTRUCTURING'
  | 'SEASONAL_SCHEDULE'
  | 'SMALLER_AMOUNT';

/** What a counter-offer came to: accepted automatically, or escalated to a person. */
export type CounterOfferOutcome = {
  __typename?: 'CounterOfferOutcome';
  plan: RepaymentPlan;
  /** Why it was accepted, or which bound it broke. */
  reasons: Array<RecoveryReason>;
};

export type CounterOfferResult = CounterOfferOutcome | RecoveryRejected;

export type CreditLimit = {
  __typename?: 'CreditLimit';
  amount: Scalars['Float']['output'];
  changes: Array<CreditLimitChange>;
  updatedAt: Scalars['DateTime']['output'];
};

export type CreditLimitChange = {
  __typename?: 'CreditLimitChange';
  changedAt: Scalars['DateTime']['output'];
  newLimit: Scalars['Float']['output'];
  previousLimit?: Maybe<Scalars['Float']['output']>;
  reason: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

/** Thresholds, cut-offs and knock-out rules of a tenant's credit decisions. Versions are immutable. */
export type CreditPolicy = {
  __typename?: 'CreditPolicy';
  /** Approve when the probability of default is at most this. */
  approveMaxPd: Scalars['Float']['output'];
  /** Card limits as a share of annual income, by grade. */
  cardLimitIncomeShare: Scalars['Float']['output'];
  changedBy: Scalars['String']['output'];
  /** What this version changed against the one before it. */
  changes: Array<PolicyChange>;
  createdAt: Scalars['DateTime']['output'];
  /** Decline applicants the bureau flags as wilful defaulters. */
  declineWilfulDefaulters: Scalars['Boolean']['output'];
  /** Grade bands by minimum score, best first. */
  gradeBands: Array<GradeBand>;
  /** A payment this many days late or more lowers the limit at once. */
  limitCutDaysLate: Scalars['Int']['output'];
  /** This many late or short payments within the review window lower the limit. */
  limitCutMissedPayments: Scalars['Int']['output'];
  /** A cut takes this share off the limit, never below the statement balance. */
  limitCutShare: Scalars['Float']['output'];
  /** A raise adds this share of the limit, up to annual income x cardLimitIncomeShare. */
  limitRaiseShare: Scalars['Float']['output'];
  /** Card limits after repayments: raised after this many on-time payments in a row; also the window for counting missed ones. */
  limitReviewPayments: Scalars['Int']['output'];
  /** Debt payments, new instalment included, as a share of monthly income; above it the amount is cut or declined. */
  maxDebtToIncome: Scalars['Float']['output'];
  minAge: Scalars['Int']['output'];
  /** Without a bureau reply, approve at most this amount (counter-offer above it). */
  noBureauMaxAmount: Scalars['Float']['output'];
  reason: Scalars['String']['output'];
  /** Refer applications whose anomaly score is at least this. */
  referAnomalyScore: Scalars['Float']['output'];
  /** Refer applications that are part of a flagged fraud ring. */
  referFraudRings: Scalars['Boolean']['output'];
  /** Refer (or counter-offer) up to this probability of default; decline above it. */
  referMaxPd: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

/** Fields left out keep their current value. */
export type CreditPolicyInput = {
  approveMaxPd?: InputMaybe<Scalars['Float']['input']>;
  cardLimitIncomeShare?: InputMaybe<Scalars['Float']['input']>;
  declineWilfulDefaulters?: InputMaybe<Scalars['Boolean']['input']>;
  gradeBands?: InputMaybe<Array<GradeBandInput>>;
  limitCutDaysLate?: InputMaybe<Scalars['Int']['input']>;
  limitCutMissedPayments?: InputMaybe<Scalars['Int']['input']>;
  limitCutShare?: InputMaybe<Scalars['Float']['input']>;
  limitRaiseShare?: InputMaybe<Scalars['Float']['input']>;
  limitReviewPayments?: InputMaybe<Scalars['Int']['input']>;
  maxDebtToIncome?: InputMaybe<Scalars['Float']['input']>;
  minAge?: InputMaybe<Scalars['Int']['input']>;
  noBureauMaxAmount?: InputMaybe<Scalars['Float']['input']>;
  referAnomalyScore?: InputMaybe<Scalars['Float']['input']>;
  referFraudRings?: InputMaybe<Scalars['Boolean']['input']>;
  referMaxPd?: InputMaybe<Scalars['Float']['input']>;
};

export type CreditPolicyResult = CreditPolicy | PolicyRejected;

/** What an application for a credit product may ask for. */
export type CreditTerms = {
  __typename?: 'CreditTerms';
  maxAmount: Scalars['Float']['output'];
  maxTermMonths: Scalars['Int']['output'];
  minAmount: Scalars['Float']['output'];
  minTermMonths: Scalars['Int']['output'];
  /** A card or overdraft: the amount is a limit. */
  revolving: Scalars['Boolean']['output'];
  /** Repaid in the months income arrives (harvests) rather than monthly. */
  seasonal: Scalars['Boolean']['output'];
};

export type Customer = Node & {
  __typename?: 'Customer';
  /** Postal address; for a business, its registered office. */
  address?: Maybe<PostalAddress>;
  /** Individuals only. */
  age?: Maybe<Scalars['Int']['output']>;
  /** Annual income, or annual revenue for a business. */
  annualIncome: Scalars['Float']['output'];
  /** Latest applications first. */
  applications: Array<LoanApplication>;
  /** The customer's segment in the tenant's active model; null when no model is trained. */
  cluster?: Maybe<CustomerCluster>;
  /** Consents recorded for this customer, newest first. first is 1-100 (default 20). */
  consentHistory: Array<Consent>;
  /** The current consent to each purpose, one per purpose in the order of ConsentPurpose. */
  consents: Array<Consent>;
  /** The current revolving credit limit and how it changed; null when the customer has none. */
  creditLimit?: Maybe<CreditLimit>;
  /** Bureau score 300-850; null for a customer who is new to credit. */
  creditScore?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD; individuals only. */
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  /** Stored encrypted, like every field marked @pii. */
  email?: Maybe<Scalars['String']['output']>;
  employment: Scalars['String']['output'];
  /**
   * The customer's feedback now (liked and disliked tags, interests): what was recorded, readable
   * also after the customer withdrew RECOMMENDATION consent.
   */
  feedback: CustomerFeedback;
  /**
   * Product gaps with their reasons: from the customer's cluster first, then from its segment.
   * RECOMMENDATION processing: null when the customer has not consented to it, with a
   * CONSENT_REQUIRED error at this path naming the purpose.
   */
  gapAnalysis?: Maybe<Array<ProductGap>>;
  goals: Scalars['String']['output'];
  holdings: Array<Holding>;
  id: Scalars['ID']['output'];
  /**
   * Three insights: ENGAGEMENT_STRATEGY, PRODUCT_DISCOVERY, SERVICE_OPTIMISATION, in that order.
   * RECOMMENDATION processing: null when the customer has not consented to it, with a
   * CONSENT_REQUIRED error at this path naming the purpose.
   */
  insights?: Maybe<Array<Insight>>;
  kind: CustomerKind;
  loans: Array<Loan>;
  name: Scalars['String']['output'];
  newToCredit: Scalars['Boolean']['output'];
  /** A ten-digit Indian mobile number as +91 98765 43210. */
  phone?: Maybe<Scalars['String']['output']>;
  /** The language the customer asked to be written to in (en, hi); null: the region's usual one. */
  preferredLanguage?: Maybe<Scalars['String']['output']>;
  /**
   * Products that peers in the same segment commonly hold and this customer does not. RECOMMENDATION
   * processing: null when the customer has not consented to it, with a CONSENT_REQUIRED error at
   * this path naming the purpose (so that a page of customers keeps the others' data).
   */
  productGaps?: Maybe<Array<Product>>;
  /**
   * The top-k products for this customer, ranked, each with a confidence and reasons. k is 1-50.
   * Null when the customer has not consented to RECOMMENDATION, with a CONSENT_REQUIRED error at
   * this path naming the purpose (so that a page of customers keeps the others' data).
   */
  recommendations?: Maybe<Array<Recommendation>>;
  /** Open cases first, then the latest closed ones. */
  recoveryCases: Array<RecoveryCase>;
  region: Scalars['String']['output'];
  /** Segment code, e.g. YOUNG_PROFESSIONAL; see Query.segments for labels. */
  segment: Scalars['String']['output'];
  segmentLabel: Scalars['String']['output'];
  /** Twelve months of transactions, summarised. */
  spendingProfile?: Maybe<SpendingProfile>;
  /** Businesses only. */
  yearsInBusiness?: Maybe<Scalars['Int']['output']>;
};


export type CustomerApplicationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CustomerConsentHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CustomerGapAnalysisArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type CustomerRecommendationsArgs = {
  k?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A customer segment learned by k-means clustering over behavioural and financial features
 * (income, age or years in business, credit score, income variability, savings rate, payment
 * channels, spending mix, holdings), named from its centroid.
 */
export type CustomerCluster = {
  __typename?: 'CustomerCluster';
  /** True when the customer was assigned now from the stored centroids (trained after the model). */
  assignedOnRead?: Maybe<Scalars['Boolean']['output']>;
  description: Scalars['String']['output'];
  /** Distance of this customer to the centroid in standardised units; null outside Customer.cluster. */
  distance?: Maybe<Scalars['Float']['output']>;
  /** What the name was read from, e.g. "median income ₹18 L", "savings rate 32%". */
  facts: Array<Scalars['String']['output']>;
  /** Model version and cluster index, e.g. "seg-demo-20260101T120000-ab12cd34#2". */
  id: Scalars['ID']['output'];
  modelVersion: Scalars['String']['output'];
  /** Unique within the model, e.g. "affluent savers", "credit builders". */
  name: Scalars['String']['output'];
  /** Customers assigned to it when the model was trained. */
  size: Scalars['Int']['output'];
  /** Descriptive tags from the centroid's standout features, e.g. "high income", "new to credit". */
  tags: Array<Scalars['String']['output']>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** A customer's feedback now: the latest word on every tag, and the interests, most recent first. */
export type CustomerFeedback = {
  __typename?: 'CustomerFeedback';
  dislikedTags: Array<Scalars['String']['output']>;
  interests: Array<Scalars['String']['output']>;
  likedTags: Array<Scalars['String']['output']>;
  /** When the latest feedback was given; null when none was. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CustomerFilter = {
  /** A CustomerCluster id of the active model: only its customers. */
  cluster?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<CustomerKind>;
  region?: InputMaybe<Scalars['String']['input']>;
  /**
   * Whole name words, an exact email or an exact phone number. PII is stored encrypted and matched
   * by keyed hashes of normalised values (blind indexes), so there is no partial match: every word
   * of the text must be a whole word of the name (any case, accents ignored: "asha verma" finds
   * "Asha Verma", "ash" finds nothing); a text with an @ must be the whole email; digits (with
   * spaces, +, - or brackets; at least 7) must be the whole phone number, with or without +91.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerKind =
  | 'BUSINESS'
  | 'INDIVIDUAL';

/** A customer's credit standing now: the newest decision's score and the current credit limit. */
export type CustomerScore = {
  __typename?: 'CustomerScore';
  cause: ScoreChangeCause;
  changedAt: Scalars['DateTime']['output'];
  /** The current revolving credit limit; null when the customer has none. */
  creditLimit?: Maybe<Scalars['Float']['output']>;
  customer: Customer;
  /** A (best) to E, of the newest decision. */
  grade?: Maybe<Scalars['String']['output']>;
  /** The newest decided application. */
  latestApplication?: Maybe<LoanApplication>;
  probabilityOfDefault?: Maybe<Scalars['Float']['output']>;
  /** Scorecard points of the newest decision; null before any. */
  score?: Maybe<Scalars['Int']['output']>;
};

/**
 * The KPIs of the viewer's tenant over a window. Kept incrementally as events arrive (rebuilt from
 * the database when the server starts, and after an outage of the event bus), and sent to
 * subscribers at most about four times a second, each message carrying the latest state.
 */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** The moment this state describes. */
  asOf: Scalars['DateTime']['output'];
  /** Every product with activity in the window, most recommendations first. */
  byProduct: Array<ProductKpis>;
  /** Every region with activity in the window, most applications first. */
  byRegion: Array<RegionKpis>;
  /** Start of the oldest point of the window. */
  from: Scalars['DateTime']['output'];
  /**
   * Recovery performance over the same window, and the open cases now. Read from the recovery
   * records (not counted per event): again within a few seconds of each recovery change, and each
   * minute while watched. Null only until the server has first read it.
   */
  recovery?: Maybe<RecoveryKpis>;
  /** One point per bucket, oldest first, covering the whole window (empty buckets included). */
  series: Array<KpiPoint>;
  /** The most successful products: most approvals, then most applications; up to 5. */
  topProducts: Array<ProductKpis>;
  totals: Kpis;
  /** Rises with every change this server has applied; updates are coalesced, so gaps are normal. */
  version: Scalars['Int']['output'];
  window: KpiWindow;
};

/** An explained credit decision. Everything here is stored with the decision and never recomputed. */
export type Decision = {
  __typename?: 'Decision';
  /** The amount approved or offered; null when declined or referred. */
  approvedAmount?: Maybe<Scalars['Float']['output']>;
  /** Why the bureau was not used, e.g. BREAKER_OPEN or TIMEOUT; null when it was. */
  bureauUnavailableReason?: Maybe<Scalars['String']['output']>;
  /** False when the bureau was not asked (no consent) or did not answer in time: then only alternative data decided. */
  bureauUsed: Scalars['Boolean']['output'];
  /** One entry per scorecard feature: the points it gave and the most it could give. Their sum is the score. */
  contributions: Array<ScoreContribution>;
  /** The other terms offered, for COUNTER_OFFER. */
  counterOffer?: Maybe<CounterOffer>;
  /** What would change the outcome, e.g. "a loan of 4,000 instead of 9,000 would be approved". */
  counterfactuals: Array<Scalars['String']['output']>;
  /** For cards and credit lines: the limit granted. */
  creditLimit?: Maybe<Scalars['Float']['output']>;
  decidedAt: Scalars['DateTime']['output'];
  fraud: FraudAssessment;
  fraudFlags: Array<Scalars['String']['output']>;
  /** A (best) to E, from the score bands of the credit policy. */
  grade: Scalars['String']['output'];
  /** Time from receiving the application to the decision, in milliseconds. */
  latencyMs: Scalars['Float']['output'];
  modelVersion: Scalars['String']['output'];
  /** Monthly instalment of the approved or offered credit; null when nothing is offered. */
  monthlyInstalment?: Maybe<Scalars['Float']['output']>;
  outcome: DecisionOutcome;
  /**
   * The passages of the lending and fair-lending policies this decision rests on, found from its
   * outcome and reasons, best first. first is 1-10.
   */
  policyCitations: Array<PolicyPassage>;
  policyVersion: Scalars['Int']['output'];
  /** Probability of default (90+ days past due within 12 months), 0 to 1, from the scorecard. */
  probabilityOfDefault: Scalars['Float']['output'];
  /** At most 4, strongest first: policy and fraud reasons first when they decided, then the features that cost the most points. */
  reasons: Array<ReasonCode>;
  /** Due dates and amounts of the approved or offered credit (seasonal schedules follow the harvest). */
  repaymentSchedule: Array<Installment>;
  /** Scorecard points: higher is better; 20 points double the odds of repaying. */
  score: Scalars['Int']['output'];
};


/** An explained credit decision. Everything here is stored with the decision and never recomputed. */
export type DecisionPolicyCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How the credit decision moved. */
export type DecisionChange = {
  __typename?: 'DecisionChange';
  approvedAmountAfter?: Maybe<Scalars['Float']['output']>;
  approvedAmountBefore?: Maybe<Scalars['Float']['output']>;
  creditLimitAfter?: Maybe<Scalars['Float']['output']>;
  creditLimitBefore?: Maybe<Scalars['Float']['output']>;
  outcomeAfter: DecisionOutcome;
  outcomeBefore: DecisionOutcome;
  probabilityOfDefaultAfter: Scalars['Float']['output'];
  probabilityOfDefaultBefore: Scalars['Float']['output'];
  /** Reasons of the after decision that the before decision did not have. */
  reasonsAppeared: Array<ReasonCode>;
  /** Reasons of the before decision that the after decision no longer has. */
  reasonsDisappeared: Array<ReasonCode>;
  scoreAfter: Scalars['Int']['output'];
  scoreBefore: Scalars['Int']['output'];
};

/** What was decided on an application. */
export type DecisionOutcome =
  | 'APPROVE'
  /** Not as asked, but on other terms: a smaller amount, a longer term, a seasonal schedule or a restructuring. */
  | 'COUNTER_OFFER'
  | 'DECLINE'
  /** A person must look at it (fraud signals, a policy rule, or a score in the review band). */
  | 'REFER';

/** Days past due, bucketed. */
export type DelinquencyBucket =
  | 'CURRENT'
  | 'DPD_1_30'
  | 'DPD_31_60'
  | 'DPD_61_90'
  | 'DPD_90_PLUS';

/** A seeded demo user, listed on the sign-in page outside production so a newcomer can try each role. */
export type DemoUser = {
  __typename?: 'DemoUser';
  displayName: Scalars['String']['output'];
  role: Role;
  tenant: Tenant;
  username: Scalars['String']['output'];
};

export type DevLogin = {
  __typename?: 'DevLogin';
  token: Scalars['String']['output'];
  viewer: Viewer;
};

/** The saga that turns an approved application into a paid-out loan. */
export type Disbursement = Node & {
  __typename?: 'Disbursement';
  amount: Scalars['Float']['output'];
  application: LoanApplication;
  attempts: Scalars['Int']['output'];
  history: Array<DisbursementStep>;
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  loan?: Maybe<Loan>;
  payoutReference?: Maybe<Scalars['String']['output']>;
  status: DisbursementStatus;
  /** The step last completed: STARTED, LIMIT_RESERVED, LOAN_CREATED, PAID_OUT or CONFIRMED. */
  step: Scalars['String']['output'];
};

/** Nothing was disbursed; `field` names the input at fault. */
export type DisbursementRejected = {
  __typename?: 'DisbursementRejected';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type DisbursementResult = Disbursement | DisbursementRejected;

export type DisbursementStatus =
  /** A step failed for good and every earlier step was undone. */
  | 'COMPENSATED'
  | 'COMPENSATING'
  | 'COMPLETED'
  | 'RUNNING';

export type DisbursementStep = {
  __typename?: 'DisbursementStep';
  at: Scalars['DateTime']['output'];
  detail: Scalars['String']['output'];
  step: Scalars['String']['output'];
};

/** One bin of a drift row: the training share and the window's share of its values. */
export type DriftBin = {
  __typename?: 'DriftBin';
  actualShare: Scalars['Float']['output'];
  /** (actual - expected) ln(actual / expected), shares floored at 0.0001. */
  contribution: Scalars['Float']['output'];
  expectedShare: Scalars['Float']['output'];
  /** "[620, 655)" for a numeric bin, the category, "(other)" for categories training never saw, or "(missing)". */
  label: Scalars['String']['output'];
  /** Numeric bins: the lower edge (included); null for the first bin and other kinds. */
  lower?: Maybe<Scalars['Float']['output']>;
  /** Numeric bins: the upper edge (excluded); null for the last bin and other kinds. */
  upper?: Maybe<Scalars['Float']['output']>;
};

/** What a drift row describes. */
export type DriftKind =
  /** One of the model's input features. */
  | 'FEATURE'
  /** The model's output score. */
  | 'SCORE';

export type DriftRow = {
  __typename?: 'DriftRow';
  /** The bins the PSI sums over (empty without a PSI). */
  bins: Array<DriftBin>;
  kind: DriftKind;
  level: DriftStatus;
  /** The feature's name as the model sees it, or "score". */
  name: Scalars['String']['output'];
  /** Population stability index against the training data; null when status is NOT_ENOUGH_DATA. */
  psi?: Maybe<Scalars['Float']['output']>;
};

/** How far a value has moved from the model's training data (population stability index, PSI). */
export type DriftStatus =
  /** PSI above 0.25: a significant shift. */
  | 'ALERT'
  /** Too few scored events in the window to say (no PSI is given). */
  | 'NOT_ENOUGH_DATA'
  /** PSI at most 0.1: stable. */
  | 'OK'
  /** PSI above 0.1: some shift. */
  | 'WARNING';

/** An amount due (or planned) on a date. */
export type Due = {
  __typename?: 'Due';
  amount: Scalars['Float']['output'];
  /** YYYY-MM-DD, the customer's local calendar. */
  dueDate: Scalars['String']['output'];
};

export type Eligibility = {
  __typename?: 'Eligibility';
  customerKind: ProductAudience;
  maxAge?: Maybe<Scalars['Int']['output']>;
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Null: open to customers who are new to credit. */
  minCreditScore?: Maybe<Scalars['Int']['output']>;
  /** Annual income, or revenue for businesses. */
  minIncome: Scalars['Float']['output'];
  /** Empty: offered in every region. */
  regions: Array<Scalars['String']['output']>;
};

/** The escalation rules in force for the tenant (a new version on every change). */
export type EscalationRules = {
  __typename?: 'EscalationRules';
  /** Move a case up one stage after this many broken promises at its stage. */
  brokenPromisesToEscalate: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** Move a case up one stage after this many days at the same stage. */
  daysAtStageToEscalate: Scalars['Int']['output'];
  /** Hand a case to a person after this many failed contact attempts in a row. */
  failedAttemptsToHandOver: Scalars['Int']['output'];
  handOverOnDispute: Scalars['Boolean']['output'];
  handOverOnVulnerability: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type EscalationRulesInput = {
  brokenPromisesToEscalate: Scalars['Int']['input'];
  daysAtStageToEscalate: Scalars['Int']['input'];
  failedAttemptsToHandOver: Scalars['Int']['input'];
  handOverOnDispute: Scalars['Boolean']['input'];
  handOverOnVulnerability: Scalars['Boolean']['input'];
  /** Why the rules changed: kept with the version. */
  note: Scalars['String']['input'];
};

export type EscalationRulesResult = EscalationRules | RecoveryRejected;

/** One strategy under test. The first arm of an experiment is its control. */
export type ExperimentArm = {
  __typename?: 'ExperimentArm';
  /** What the arm does, in words. */
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The plan proposed when the collector does not ask for a kind; null keeps the recommended one. */
  planKind?: Maybe<PlanKind>;
  /** The tone of every message to the arm's cases; null keeps the tone chosen from the case. A vulnerable customer, or one unable to pay, is written to empathetically whatever the arm says. */
  tone?: Maybe<MessageTone>;
  /** Relative share of the cases. */
  weight: Scalars['Float']['output'];
};

export type ExperimentArmInput = {
  /** 1 to 32 lower-case letters, digits or hyphens. */
  name: Scalars['String']['input'];
  planKind?: InputMaybe<PlanKind>;
  tone?: InputMaybe<MessageTone>;
  weight?: Scalars['Float']['input'];
};

/** What an experiment is judged on; every metric is reported, the primary one names the winner. */
export type ExperimentMetric =
  /** Rupees paid on the loan since enrolment, per case. */
  | 'AMOUNT_RECOVERED'
  /** Enrolled cases closed as cured or settled. */
  | 'CURE_RATE'
  /** Promises made since enrolment that were kept, of those kept or broken. */
  | 'PROMISE_KEPT_RATE';

export type ExperimentResult = RecoveryExperiment | RecoveryRejected;

export type ExperimentResults = {
  __typename?: 'ExperimentResults';
  arms: Array<ArmOutcome>;
  comparisons: Array<ArmComparison>;
  summary: Scalars['String']['output'];
  /** The arm that beats the control on the primary metric at the 5% level, if any. */
  winner?: Maybe<Scalars['String']['output']>;
};

export type ExperimentStatus =
  | 'RUNNING'
  | 'STOPPED';

/** One stored feedback event, and the customer's feedback after it. */
export type Feedback = {
  __typename?: 'Feedback';
  createdAt: Scalars['DateTime']['output'];
  /** The customer's feedback now, all events folded. */
  current: CustomerFeedback;
  customer: Customer;
  dislikedTags: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  interests: Array<Scalars['String']['output']>;
  likedTags: Array<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

/**
 * Feedback a customer gave on recommendations. Tags are product tags (see Product.tags); interests
 * are short free text. Everything given is stored; the effect on recommendations is in the README
 * (Recommendations, Feedback).
 */
export type FeedbackInput = {
  customerId: Scalars['ID']['input'];
  /** Product tags the customer does not want (at most 20): products carrying one are no longer recommended. */
  dislikedTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New interests, e.g. "airport lounge" (at most 10, 1-60 characters each): matching products are boosted. */
  interests?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Product tags the customer likes (at most 20): products carrying one are boosted a little. */
  likedTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What the customer said, up to 1000 characters; stored, not used for ranking. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type FeedbackRejected = {
  __typename?: 'FeedbackRejected';
  /** The input field at fault, e.g. customerId, dislikedTags, text, eventId. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type FeedbackResult = Feedback | FeedbackRejected;

export type FraudAssessment = {
  __typename?: 'FraudAssessment';
  /** 0 (ordinary) to 1 (highly unusual for this customer): amount, velocity and time of day. */
  anomalyScore: Scalars['Float']['output'];
  explanations: Array<Scalars['String']['output']>;
  flags: Array<Scalars['String']['output']>;
  ring?: Maybe<FraudRing>;
};

/** Applications linked by a shared phone, device, address or payout account. */
export type FraudRing = {
  __typename?: 'FraudRing';
  applicants: Scalars['Int']['output'];
  applications: Scalars['Int']['output'];
  flagged: Scalars['Boolean']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  sharedKinds: Array<Scalars['String']['output']>;
};

export type GradeBand = {
  __typename?: 'GradeBand';
  grade: Scalars['String']['output'];
  minScore: Scalars['Int']['output'];
};

export type GradeBandInput = {
  grade: Scalars['String']['input'];
  minScore: Scalars['Int']['input'];
};

export type Holding = {
  __typename?: 'Holding';
  /** The account or card number; null for holdings opened before account numbers were recorded. */
  accountNumber?: Maybe<Scalars['String']['output']>;
  balance: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  product: Product;
  status: Scalars['String']['output'];
};

export type ImportProductsInput = {
  /** The feed file's text: at most 500,000 bytes of UTF-8. Larger feeds: npm run import:products. */
  content: Scalars['String']['input'];
  format: ProductFeedFormat;
  /** The tenant whose shelf the products go on: the viewer's tenant (the default), and no other. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

/** A short, specific strategic insight for a relationship manager, from rules over the customer's facts. */
export type Insight = {
  __typename?: 'Insight';
  facts: Array<InsightFact>;
  kind: InsightKind;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A fact an insight rests on; every number in the insight's text is the value of one of its facts. */
export type InsightFact = {
  __typename?: 'InsightFact';
  /** E.g. "Income variability", "Dismissals (last 90 days)". */
  label: Scalars['String']['output'];
  source: InsightFactSource;
  /** E.g. "0.62", "29%", "₹45,000", "Oct, Nov". */
  value: Scalars['String']['output'];
};

/** Where a fact comes from. */
export type InsightFactSource =
  | 'CLUSTER'
  | 'CREDIT'
  | 'FEEDBACK'
  | 'GAPS'
  | 'HOLDINGS'
  | 'INTERACTIONS'
  | 'SPENDING';

export type InsightKind =
  /** When and how to reach the customer. */
  | 'ENGAGEMENT_STRATEGY'
  /** The product to bring up next (never one carrying a tag the customer disliked). */
  | 'PRODUCT_DISCOVERY'
  /** How to serve the customer with less cost and friction. */
  | 'SERVICE_OPTIMISATION';

export type Installment = {
  __typename?: 'Installment';
  amount: Scalars['Float']['output'];
  /** Due date, YYYY-MM-DD. */
  dueDate: Scalars['String']['output'];
};

/** One recorded interaction, linked to the newest recommendation of that product served to the customer. */
export type Interaction = {
  __typename?: 'Interaction';
  customer: Customer;
  id: Scalars['ID']['output'];
  kind: InteractionKind;
  /** Model version of that served list. */
  modelVersion?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  product: Product;
  /** Rank of the product in the served list it was linked to; null when it was never recommended. */
  servedRank?: Maybe<Scalars['Int']['output']>;
};

export type InteractionInput = {
  customerId: Scalars['ID']['input'];
  kind: InteractionKind;
  /** When it happened; now when left out. Not in the future, nor more than 7 days ago. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A product id or code. */
  productId: Scalars['ID']['input'];
};

/** What a customer did with a recommended product. */
export type InteractionKind =
  /**
   * The customer applied for the product (as reported by the front end). Linked to the served
   * recommendation for attribution; the dashboard's applications count decided applications, not these.
   */
  | 'APPLY'
  /** The product was approved for the customer (as reported); the dashboard counts approvals from decisions. */
  | 'APPROVE'
  | 'CLICK'
  /** Demotes the product in the customer's recommendations for 30 days. */
  | 'DISMISS'
  | 'VIEW';

export type InteractionRejected = {
  __typename?: 'InteractionRejected';
  /** The input field at fault, e.g. customerId, productId, occurredAt, eventId. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type InteractionResult = Interaction | InteractionRejected;

/** A 95% interval. */
export type Interval = {
  __typename?: 'Interval';
  high: Scalars['Float']['output'];
  low: Scalars['Float']['output'];
};

export type KpiPoint = {
  __typename?: 'KpiPoint';
  /** Start of the bucket. */
  at: Scalars['DateTime']['output'];
  kpis: Kpis;
};

/** The span a dashboard covers, ending now, and the width of its time-series points. */
export type KpiWindow =
  /** 96 points of fifteen minutes. */
  | 'LAST_DAY'
  /** 60 points of one minute. */
  | 'LAST_HOUR'
  /** 168 points of one hour. */
  | 'LAST_WEEK';

/**
 * Counts are events inside the span. Rates and latencies are null when there is nothing to divide
 * by or measure.
 */
export type Kpis = {
  __typename?: 'Kpis';
  /** Loan and card applications decided. */
  applications: Scalars['Int']['output'];
  /** Approvals per application. */
  approvalRate?: Maybe<Scalars['Float']['output']>;
  approvals: Scalars['Int']['output'];
  /** Mean probability of default over the decided applications, 0 to 1. */
  averageProbabilityOfDefault?: Maybe<Scalars['Float']['output']>;
  /** Clicks per view. */
  clickThroughRate?: Maybe<Scalars['Float']['output']>;
  /** Recommendations a customer opened (recordInteraction CLICK). */
  clicks: Scalars['Int']['output'];
  /** Applications per click. */
  conversionRate?: Maybe<Scalars['Float']['output']>;
  /** Time to decide an application, from the decision records; within 2% (histogram buckets). */
  decisionLatencyP50Ms?: Maybe<Scalars['Float']['output']>;
  decisionLatencyP99Ms?: Maybe<Scalars['Float']['output']>;
  /** Expected defaults among the approvals: the sum of their probabilities of default. */
  predictedDefaults: Scalars['Float']['output'];
  /** Products shown in served recommendation lists. */
  recommendations: Scalars['Int']['output'];
  /** Recommendations a customer saw (recordInteraction VIEW). */
  views: Scalars['Int']['output'];
};

export type Level =
  | 'HIGH'
  | 'LOW';

/** An approved application paid out. Delinquency is computed from its schedule and its repayments. */
export type Loan = Node & {
  __typename?: 'Loan';
  application: LoanApplication;
  aprPercent: Scalars['Float']['output'];
  bucket: DelinquencyBucket;
  chargedOffAt?: Maybe<Scalars['DateTime']['output']>;
  customer: Customer;
  daysPastDue: Scalars['Int']['output'];
  /** When delinquency was last computed. */
  delinquencyAsOf?: Maybe<Scalars['DateTime']['output']>;
  disbursedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The schedule the customer owes. */
  dues: Array<Due>;
  id: Scalars['ID']['output'];
  kind: LoanKind;
  monthlyInstalment: Scalars['Float']['output'];
  /** Scheduled total less what was paid. */
  outstanding: Scalars['Float']['output'];
  /** Due on or before today and not paid. */
  overdueAmount: Scalars['Float']['output'];
  principal: Scalars['Float']['output'];
  product: Product;
  /** The open recovery case, else the latest one; null when the loan was never delinquent. */
  recoveryCase?: Maybe<RecoveryCase>;
  status: LoanStatus;
  termMonths: Scalars['Int']['output'];
  totalPaid: Scalars['Float']['output'];
};

/** A loan or card application and its decision. */
export type LoanApplication = Node & {
  __typename?: 'LoanApplication';
  amount: Scalars['Float']['output'];
  /** The applicant's name when the application carried a profile instead of a customer. */
  applicantName?: Maybe<Scalars['String']['output']>;
  /** Null when the applicant is not a customer (the application carried a profile). */
  customer?: Maybe<Customer>;
  decision?: Maybe<Decision>;
  id: Scalars['ID']['output'];
  idempotencyKey: Scalars['String']['output'];
  /** The loan this application became, once disbursed. */
  loan?: Maybe<Loan>;
  product: Product;
  purpose: Scalars['String']['output'];
  /** Repayments on this application's loan or card, latest due date first. */
  repayments: Array<Repayment>;
  status: ApplicationStatus;
  submittedAt: Scalars['DateTime']['output'];
  termMonths: Scalars['Int']['output'];
};


/** A loan or card application and its decision. */
export type LoanApplicationRepaymentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LoanApplicationInput = {
  /** In INR; more than 0. */
  amount: Scalars['Float']['input'];
  applicant?: InputMaybe<ApplicantInput>;
  consent: ConsentInput;
  /** An existing customer. Leave out and give `applicant` for someone who is not a customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Identifiers used by the fraud checks. */
  device?: InputMaybe<ApplicationDeviceInput>;
  /** A product id or code; the product must be a credit product the tenant offers. */
  productId: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
  /** Within the product's term bounds. */
  termMonths: Scalars['Int']['input'];
};

export type LoanApplicationResult = ApplicationRejected | LoanApplication;

/** A loan's kind: instalments on a schedule, or a revolving card line with a monthly minimum due. */
export type LoanKind =
  | 'INSTALLMENT'
  | 'REVOLVING';

export type LoanStatus =
  | 'ACTIVE'
  /** The disbursement failed and was compensated: no money moved. */
  | 'CANCELLED'
  | 'CHARGED_OFF'
  | 'CLOSED'
  /** The disbursement saga is running. */
  | 'PENDING';

/** A signed token (send it as `Authorization: Bearer <token>`) and who it is for. */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** When the token expires; sign in again after it. */
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  viewer: Viewer;
};

export type MessageTone =
  | 'EMPATHETIC'
  /** Facts and next steps, never threats: for customers able to pay who have shown they will not. */
  | 'FIRM'
  | 'NEUTRAL';

/** The drift of one model version's inputs and output score over a window of the viewer's tenant. */
export type ModelDrift = {
  __typename?: 'ModelDrift';
  /** RISK (the credit scorecard); other models (the ranker) as they are registered. */
  model: Scalars['String']['output'];
  /** The score first, then the features from most to least drifted. */
  rows: Array<DriftRow>;
  /** Scored events by this version in the window (credit decisions for RISK). */
  sampleSize: Scalars['Int']['output'];
  /** The worst level of the rows (ALERT > WARNING > NOT_ENOUGH_DATA > OK); NOT_ENOUGH_DATA under 50 events. */
  status: DriftStatus;
  version: Scalars['String']['output'];
  windowEnd: Scalars['DateTime']['output'];
  windowStart: Scalars['DateTime']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * ADMIN: gives the case to a collector of the tenant (an active user with the COLLECTOR role, by
   * user id, e.g. "u-meera"). A collector sees and works only the cases assigned to them. Writes an
   * ASSIGNED case event; assigning a case to its current collector is refused.
   */
  assignRecoveryCase: CaseResult;
  /**
   * COLLECTOR or ADMIN, for the customer. Inside the configured bounds the counter-offer is accepted
   * automatically; outside them it is escalated to a person.
   */
  counterOffer: CounterOfferResult;
  /** ADMIN (a senior collector's call): approve or decline an escalated plan. */
  decideEscalatedPlan: PlanResult;
  /**
   * Development only (NODE_ENV other than production): a signed token for the chosen role and tenant.
   * Send it as `Authorization: Bearer <token>`.
   */
  devLogin: DevLogin;
  /** RM or ADMIN. Runs the disbursement saga for an approved application; the same key replays it. */
  disburseLoan: DisbursementResult;
  /** COLLECTOR or ADMIN: move the case up one stage. */
  escalateCase: CaseResult;
  /** COLLECTOR or ADMIN: record a vulnerability signal, a dispute or a cease request (or clear one). */
  flagCase: CaseResult;
  /**
   * Record a customer's feedback; it takes effect on the next recommendation. Idempotent per
   * eventId: a retry returns the first record; an eventId reused for different feedback is rejected.
   * RECOMMENDATION processing: refused with CONSENT_REQUIRED (extensions.purpose RECOMMENDATION)
   * when the customer has not consented to it, and nothing is stored.
   */
  giveFeedback: FeedbackResult;
  /** COLLECTOR or ADMIN: a person takes the case over. */
  handOverCase: CaseResult;
  /**
   * ADMIN only. Imports a product feed into the catalog and onto the tenant's shelf: each valid row
   * is written whole with its embedding, or not at all; invalid rows are reported and skipped. A
   * product already in the catalog is updated, unless another tenant offers it too. The products
   * are in products, product and searchProducts as soon as this returns.
   */
  importProducts: ProductImportReport;
  /**
   * Signs in with a username and password (users are per tenant; usernames are unique across tenants).
   * A wrong username or password gives UNAUTHENTICATED with the same message for both, and repeated
   * failures for one username are slowed down.
   */
  login: LoginResult;
  /** COLLECTOR or ADMIN. The system proposes a plan (of the kind given, else the recommended kind). */
  proposeRepaymentPlan: PlanResult;
  /**
   * Records that the customer gave or withdrew consent to a purpose, and returns the customer's
   * consents. For relationship managers, admins and partners (their own tenant's customers). The
   * eventId (1-200 characters, chosen by the client) makes retries safe: the same eventId again
   * records nothing more and answers as the first time; reused for a different consent it is refused.
   */
  recordConsent: Array<Consent>;
  /**
   * Record a view, click, dismissal, application or approval of a recommended product. Idempotent
   * per eventId: a retry returns the first record; an eventId reused for a different interaction is
   * rejected. RECOMMENDATION processing: refused with CONSENT_REQUIRED (extensions.purpose
   * RECOMMENDATION) when the customer has not consented to it, and nothing is stored.
   */
  recordInteraction: InteractionResult;
  /** COLLECTOR or ADMIN. The same key always returns the same promise. */
  recordPromise: PromiseResult;
  /**
   * COLLECTOR or ADMIN. Records a repayment and, for cards, reviews the credit limit by the policy's
   * rule (raise after a run of on-time payments, cut after a very late payment or repeated missed
   * ones). The same idempotency key always returns the same repayment, so a payment retried by a
   * gateway is counted once; a key reused for a different payment is rejected.
   */
  recordRepayment: RepaymentResult;
  /** ADMIN: a dead message back on the delivery queue. */
  replayDeadLetter: OutreachResult;
  /** ADMIN: recompute delinquency of every active loan now (it also runs on a schedule). */
  runRecoverySweep: RecoverySweep;
  /**
   * COLLECTOR or ADMIN. Composes the message and checks the contact limits: a message that would
   * break one is stored BLOCKED (with every check) and never sent; otherwise it is queued for
   * delivery. The same sendKey returns the same message.
   */
  sendOutreach: OutreachResult;
  /** ADMIN: a new version of the escalation rules. */
  setEscalationRules: EscalationRulesResult;
  /**
   * RELATIONSHIP_MANAGER, COLLECTOR or ADMIN, saying where the customer asked: the language messages
   * are written in. The customer's open cases move to it (a LANGUAGE_SET event each).
   */
  setPreferredLanguage: PreferredLanguageResult;
  /** ADMIN only. Refused while another recommendation experiment runs in the tenant. */
  startRecommendationExperiment: RecommendationExperimentResult;
  /** ADMIN. Refused while another experiment runs. */
  startRecoveryExperiment: ExperimentResult;
  /** ADMIN only. */
  stopRecommendationExperiment: RecommendationExperimentResult;
  /** ADMIN, saying why. */
  stopRecoveryExperiment: ExperimentResult;
  /**
   * Submit a loan or card application and get its decision. The same idempotency key always returns
   * the same application, also when retries arrive at the same time; a key reused for a different
   * application is rejected.
   */
  submitLoanApplication: LoanApplicationResult;
  /** ADMIN only. Writes a new policy version; the change is audited. */
  updateCreditPolicy: CreditPolicyResult;
};


export type MutationAssignRecoveryCaseArgs = {
  caseId: Scalars['ID']['input'];
  collectorId: Scalars['String']['input'];
};


export type MutationCounterOfferArgs = {
  input: CounterOfferInput;
  planId: Scalars['ID']['input'];
};


export type MutationDecideEscalatedPlanArgs = {
  approve: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
};


export type MutationDevLoginArgs = {
  role: Role;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationDisburseLoanArgs = {
  applicationId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationEscalateCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationFlagCaseArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseFlagsInput;
};


export type MutationGiveFeedbackArgs = {
  eventId: Scalars['String']['input'];
  input: FeedbackInput;
};


export type MutationHandOverCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationImportProductsArgs = {
  input: ImportProductsInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationProposeRepaymentPlanArgs = {
  caseId: Scalars['ID']['input'];
  kind?: InputMaybe<PlanKind>;
};


export type MutationRecordConsentArgs = {
  eventId: Scalars['String']['input'];
  input: RecordConsentInput;
};


export type MutationRecordInteractionArgs = {
  eventId: Scalars['String']['input'];
  input: InteractionInput;
};


export type MutationRecordPromiseArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
  input: PromiseInput;
};


export type MutationRecordRepaymentArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RepaymentInput;
};


export type MutationReplayDeadLetterArgs = {
  messageId: Scalars['ID']['input'];
};


export type MutationSendOutreachArgs = {
  caseId: Scalars['ID']['input'];
  input: OutreachInput;
};


export type MutationSetEscalationRulesArgs = {
  input: EscalationRulesInput;
};


export type MutationSetPreferredLanguageArgs = {
  customerId: Scalars['ID']['input'];
  language: Scalars['String']['input'];
  note: Scalars['String']['input'];
};


export type MutationStartRecommendationExperimentArgs = {
  input: StartRecommendationExperimentInput;
};


export type MutationStartRecoveryExperimentArgs = {
  input: StartExperimentInput;
};


export type MutationStopRecommendationExperimentArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationStopRecoveryExperimentArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationSubmitLoanApplicationArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: LoanApplicationInput;
};


export type MutationUpdateCreditPolicyArgs = {
  input: CreditPolicyInput;
  reason: Scalars['String']['input'];
};

/** An object with a globally unique id, fetchable with Query.node. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type OutreachInput = {
  /** Default: the case's best contact channel. */
  channel?: InputMaybe<ContactChannel>;
  purpose?: InputMaybe<OutreachPurpose>;
  /** The caller's idempotency key: the same key always returns the same message. */
  sendKey: Scalars['String']['input'];
};

/** A message to a case's customer, composed from reviewed templates. */
export type OutreachMessage = Node & {
  __typename?: 'OutreachMessage';
  /** Provider calls made so far. */
  attempts: Scalars['Int']['output'];
  /** The first rule that failed, when BLOCKED. */
  blockReason?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  case: RecoveryCase;
  channel: ContactChannel;
  /** Every contact rule, passed or not, as last checked (when requested, then when sent). */
  checks: Array<ContactCheck>;
  createdAt: Scalars['DateTime']['output'];
  /** When it went to the dead-letter queue. */
  deadAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** en or hi: the case's language. */
  language: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  purpose: OutreachPurpose;
  /** Whether the customer answered or replied; null until sent. */
  reached?: Maybe<Scalars['Boolean']['output']>;
  /** The phone number or email address, masked. */
  recipient: Scalars['String']['output'];
  requestedBy: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: OutreachStatus;
  /** Email only. */
  subject?: Maybe<Scalars['String']['output']>;
  /** purpose.tone.language of the template used, e.g. REMINDER.NEUTRAL.hi. */
  templateId: Scalars['String']['output'];
  tone: MessageTone;
};

/** What an outreach message is for; each purpose has reviewed templates in every tone and language. */
export type OutreachPurpose =
  /** Offers the active plan, else the latest proposed one. */
  | 'PLAN_OFFER'
  /** Follows up the latest broken promise. */
  | 'PROMISE_BROKEN'
  /** Confirms the latest pending promise to pay. */
  | 'PROMISE_CONFIRMATION'
  /** Names what is due, the plan being followed (if any) and how to pay. */
  | 'REMINDER'
  /** Offers the case's settlement plan. */
  | 'SETTLEMENT_OFFER';

export type OutreachResult = OutreachMessage | RecoveryRejected;

export type OutreachStatus =
  /** A contact limit stopped it: never sent. `checks` and `blockReason` say which. */
  | 'BLOCKED'
  /** Every retry failed: in the dead-letter queue until an admin replays it. */
  | 'DEAD'
  /** Waiting on the delivery queue (also while retries back off). */
  | 'QUEUED'
  | 'SENT';

/** Relay cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PaymentPromise = Node & {
  __typename?: 'PaymentPromise';
  amount: Scalars['Float']['output'];
  channel?: Maybe<ContactChannel>;
  /** YYYY-MM-DD, local. */
  dueDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  madeAt: Scalars['DateTime']['output'];
  /** Payments counted towards it so far. */
  paidTowards: Scalars['Float']['output'];
  recordedBy: Scalars['String']['output'];
  /** The local date it was kept or broken. */
  settledOn?: Maybe<Scalars['String']['output']>;
  status: PromiseStatus;
};

export type PlanKind =
  | 'SEASONAL'
  | 'SETTLEMENT'
  | 'STANDARD'
  | 'STEP_DOWN';

export type PlanResult = RecoveryRejected | RepaymentPlan;

export type PlanStatus =
  /** A counter-offer inside the configured bounds, accepted automatically. */
  | 'ACCEPTED'
  | 'APPROVED'
  | 'DECLINED'
  /** A counter-offer outside the bounds: waiting for a person. */
  | 'ESCALATED'
  | 'PROPOSED'
  | 'SUPERSEDED';

export type PolicyChange = {
  __typename?: 'PolicyChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  to: Scalars['String']['output'];
};

/** A policy document the lender publishes (seeds/policies), e.g. the Collections Code of Conduct. */
export type PolicyDocument = {
  __typename?: 'PolicyDocument';
  /** Stable id, the document's file name, e.g. "collections-code-of-conduct". */
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** A section of a policy document found for a question, a decision or a recommendation. */
export type PolicyPassage = {
  __typename?: 'PolicyPassage';
  document: PolicyDocument;
  /** Stable id, "<document id>#<section number>", e.g. "collections-code-of-conduct#4". */
  id: Scalars['ID']['output'];
  /**
   * Relevance, higher is better (about 0 to 1): 0.7 x the cosine similarity of the embeddings plus
   * 0.3 x the word match (BM25) relative to the best-matching section. Comparable within one answer only.
   */
  score: Scalars['Float']['output'];
  section: PolicySection;
  /** The section's text: paragraphs separated by a blank line. */
  text: Scalars['String']['output'];
};

export type PolicyRejected = {
  __typename?: 'PolicyRejected';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A numbered section of a policy document. */
export type PolicySection = {
  __typename?: 'PolicySection';
  heading: Scalars['String']['output'];
  /** The section's number in its document, e.g. 4 for "## 4. Quiet hours". */
  number: Scalars['Int']['output'];
};

export type PostalAddress = {
  __typename?: 'PostalAddress';
  city: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  /** Six-digit PIN code. */
  postalCode: Scalars['String']['output'];
  /** The Indian state (the customer's region). */
  state: Scalars['String']['output'];
};

export type PreferredLanguageResult = Customer | RecoveryRejected;

export type Product = Node & {
  __typename?: 'Product';
  annualFee: Scalars['Float']['output'];
  aprMax?: Maybe<Scalars['Float']['output']>;
  /** Annual percentage rate range for credit products. */
  aprMin?: Maybe<Scalars['Float']['output']>;
  category: ProductCategory;
  /** Stable readable code, e.g. cc-aurora-travel-elite. */
  code: Scalars['String']['output'];
  /** Bounds of an application; null for a product that is not credit. */
  creditTerms?: Maybe<CreditTerms>;
  description: Scalars['String']['output'];
  eligibility: Eligibility;
  fees: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Annual interest paid to the customer, for savings products. */
  interestRate?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  provider: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
};

export type ProductAudience =
  | 'ANY'
  | 'BUSINESS'
  | 'INDIVIDUAL';

export type ProductCategory =
  | 'BUSINESS_LOAN'
  | 'CREDIT_CARD'
  | 'INSURANCE'
  | 'INVESTMENT'
  | 'MORTGAGE'
  | 'PERSONAL_LOAN'
  | 'SAVINGS';

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

/** The formats of a product feed. */
export type ProductFeedFormat =
  /** A header row naming the columns (id, name, category, provider, description, apr, ...), one product a row. */
  | 'CSV'
  /**
   * An HTML product page: schema.org Product / FinancialProduct JSON-LD (script type="application/ld+json"),
   * schema.org microdata (itemscope itemtype="https://schema.org/Product"), or elements with
   * data-product="<id>" whose descendants carry data-field="<field>". A row's line is where its element starts.
   */
  | 'HTML'
  /** An array of products, or an object with a "products" array; flat objects or schema.org Product / FinancialProduct objects. */
  | 'JSON';

export type ProductFilter = {
  category?: InputMaybe<ProductCategory>;
  customerKind?: InputMaybe<CustomerKind>;
  provider?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProductGap = {
  __typename?: 'ProductGap';
  basis: ProductGapBasis;
  product: Product;
  /** E.g. "62% of affluent savers hold a credit card; Aurora Travel Elite is the one most of them hold (40%)". */
  reason: Scalars['String']['output'];
  /** Share of the cluster (category) or segment (product) holding it, 0 to 1. */
  share: Scalars['Float']['output'];
};

export type ProductGapBasis =
  /** Most customers of the same k-means cluster hold the category. */
  | 'CLUSTER'
  /** Customers of the same segment commonly hold the product. */
  | 'SEGMENT';

/** Why a row of the feed was skipped. A row with several problems has one entry for each. */
export type ProductImportProblem = {
  __typename?: 'ProductImportProblem';
  /** The row's product code (id), when it has a readable one. */
  code?: Maybe<Scalars['String']['output']>;
  /** The field at fault (id, name, category, apr, aprMin, minScore, regions, tenants, ...); null when the row as a whole is. */
  field?: Maybe<Scalars['String']['output']>;
  /** 1-based line of the feed where the row starts. */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type ProductImportReport = {
  __typename?: 'ProductImportReport';
  /** Columns or keys of the feed that are not product fields, and were ignored. */
  ignoredFields: Array<Scalars['String']['output']>;
  inserted: Scalars['Int']['output'];
  problems: Array<ProductImportProblem>;
  /** The products written, as the tenant's catalog now has them. */
  products: Array<Product>;
  /** Rows found in the feed. */
  rowsRead: Scalars['Int']['output'];
  /** Rows not written, each with at least one problem. */
  skipped: Scalars['Int']['output'];
  /** Products the catalog had already: every field replaced by the feed's, and the embedding computed again. */
  updated: Scalars['Int']['output'];
};

export type ProductKpis = {
  __typename?: 'ProductKpis';
  kpis: Kpis;
  product: Product;
};

export type ProductMatch = {
  __typename?: 'ProductMatch';
  product: Product;
  /** Cosine similarity between the text and the product, -1 to 1. */
  score: Scalars['Float']['output'];
};

export type ProductRecommendationFunnel = {
  __typename?: 'ProductRecommendationFunnel';
  funnel: RecommendationFunnel;
  /** The product, or null when the tenant no longer offers it. */
  product?: Maybe<Product>;
  /** The product code. */
  productId: Scalars['ID']['output'];
};

/** A prospect with no record. Invalid values are rejected with BAD_USER_INPUT naming the field. */
export type ProfileInput = {
  /** 18 or over. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** 300-850; leave out for someone new to credit. */
  creditScore?: InputMaybe<Scalars['Int']['input']>;
  /** Product codes or ids the prospect already holds. */
  existingProducts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Free text, e.g. "save for my daughter's education". */
  goals?: InputMaybe<Scalars['String']['input']>;
  /** Annual income, or revenue for a business; not negative. */
  income: Scalars['Float']['input'];
  kind: CustomerKind;
  /** One of Query.regions. */
  region: Scalars['String']['input'];
};

export type PromiseInput = {
  amount: Scalars['Float']['input'];
  /** Where the promise was made. */
  channel?: InputMaybe<ContactChannel>;
  /** YYYY-MM-DD, today or later (the customer's calendar). */
  dueDate: Scalars['String']['input'];
};

export type PromiseResult = PaymentPromise | RecoveryRejected;

export type PromiseStatus =
  | 'BROKEN'
  | 'KEPT'
  | 'PENDING';

/** What moved the propensity-to-pay score, largest effect first. */
export type PropensityFactor = {
  __typename?: 'PropensityFactor';
  /** Contribution to the log-odds. */
  effect: Scalars['Float']['output'];
  feature: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** ADMIN only. The viewer's tenant's audit log, newest first. first is 1-100 (default 20). */
  auditLog: AuditEventConnection;
  bureauStatus: BureauStatus;
  /**
   * The tenant's customers for whom the product is a top recommendation: its rank is at most topK
   * (1-10) and its confidence at least minConfidence (0-100); ordered by confidence (highest first),
   * then customer id. For analysts, admins and relationship managers. productId is a product code
   * or a Product id. Also exported as CSV: GET /reports/campaign-audience.csv?productId=…&minConfidence=…&topK=…
   */
  campaignAudience: CampaignAudienceConnection;
  /** The credit policy in force for the viewer's tenant. */
  creditPolicy: CreditPolicy;
  /** Every version, newest first. */
  creditPolicyHistory: Array<CreditPolicy>;
  customer?: Maybe<Customer>;
  /** The clusters of the tenant's active segmentation model, largest first (ANALYST, ADMIN, RELATIONSHIP_MANAGER). */
  customerClusters: Array<CustomerCluster>;
  /** The viewer's customers, newest id first. first is 1-100 (default 20). */
  customers: CustomerConnection;
  /** Outside production only: the password of every seeded demo user (DEMO_PASSWORD); null in production. */
  demoPassword?: Maybe<Scalars['String']['output']>;
  /**
   * Outside production only: the seeded demo users and the demo password, for the sign-in page.
   * Empty in production.
   */
  demoUsers: Array<DemoUser>;
  /** Tenants a development login may choose; outside production only. */
  devTenants: Array<Tenant>;
  /** ADMIN: every version, newest first. */
  escalationRuleHistory: Array<EscalationRules>;
  /** COLLECTOR or ADMIN: the rules in force. */
  escalationRules: EscalationRules;
  /**
   * Drift of each active model over the tenant's last `windowDays` days (1-90) against its training
   * data: PSI above 0.1 is a WARNING, above 0.25 an ALERT. ANALYST and ADMIN.
   */
  modelDrift: Array<ModelDrift>;
  /** Any object by its global id; null when the id is unknown or not visible to the viewer. */
  node?: Maybe<Node>;
  /** ADMIN: the dead-letter queue, most recently failed first. */
  outreachDeadLetters: Array<OutreachMessage>;
  product?: Maybe<Product>;
  /** Products offered by the viewer's tenant. first is 1-100 (default 20). */
  products: ProductConnection;
  /** The learned ranker in service; null until one is trained (npm run train:ranker). */
  rankingModel?: Maybe<RankingModel>;
  /**
   * Recommendation volume, conversion, regions and products from `from` to `to` (YYYY-MM-DD, both
   * included, UTC days, at most 366 days). ANALYST and ADMIN. As CSV:
   * GET /reports/recommendation-analytics.csv?from=…&to=…&section=series|regions|products[&groupBy=WEEK].
   */
  recommendationAnalytics: RecommendationAnalytics;
  /** ANALYST and ADMIN. Newest first. */
  recommendationExperiments: Array<RecommendationExperiment>;
  /** Top-k products for a prospect with no record. k is 1-50. */
  recommendationsForProfile: Array<Recommendation>;
  recoveryCase?: Maybe<RecoveryCase>;
  /** COLLECTOR or ADMIN: the case queue, highest priority first. */
  recoveryCases: RecoveryCaseConnection;
  recoveryExperiment?: Maybe<RecoveryExperiment>;
  /** COLLECTOR, ANALYST or ADMIN: the tenant's experiments, newest first. */
  recoveryExperiments: Array<RecoveryExperiment>;
  regions: Array<Scalars['String']['output']>;
  riskModel: RiskModel;
  /**
   * What if the customer's profile changed? Ranks k products (1-50) and, given productId and amount,
   * evaluates a credit decision (termMonths defaults to 12, kept within the product's term range) for the customer
   * as on record and with the changes. Nothing is written: no application, no served recommendation.
   * For relationship managers, analysts and admins.
   */
  scenario: Scenario;
  /**
   * Search the lending, fair-lending, collections, privacy and product-suitability policies. question
   * is 1-500 characters; first is 1-20. Any signed-in role may search.
   */
  searchPolicies: Array<PolicyPassage>;
  /** Semantic search over the catalog with the embedding model. first is 1-50. */
  searchProducts: Array<ProductMatch>;
  segments: Array<SegmentInfo>;
  /** ADMIN only. Walks the viewer's tenant's chain and says whether any entry was changed, removed or reordered. */
  verifyAuditLog: AuditVerification;
  viewer: Viewer;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignAudienceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  productId: Scalars['ID']['input'];
  topK?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCreditPolicyHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryModelDriftArgs = {
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutreachDeadLettersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecommendationAnalyticsArgs = {
  from: Scalars['String']['input'];
  groupBy?: InputMaybe<AnalyticsGrouping>;
  to: Scalars['String']['input'];
};


export type QueryRecommendationExperimentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecommendationsForProfileArgs = {
  k?: InputMaybe<Scalars['Int']['input']>;
  profile: ProfileInput;
};


export type QueryRecoveryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecoveryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecoveryCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecoveryExperimentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScenarioArgs = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  changes: ScenarioChanges;
  customerId: Scalars['ID']['input'];
  k?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  termMonths?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchPoliciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  question: Scalars['String']['input'];
};


export type QuerySearchProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

/** The learned ranker being served, with its hold-out figures. */
export type RankingModel = {
  __typename?: 'RankingModel';
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was promoted, as recorded by training. */
  decision: Scalars['String']['output'];
  /** NDCG@10 on exploration traffic of the hold-out window, and of the popularity and rules baselines. */
  ndcgAt10?: Maybe<Scalars['Float']['output']>;
  popularityNdcgAt10?: Maybe<Scalars['Float']['output']>;
  /** The training report, in Markdown. */
  report: Scalars['String']['output'];
  rulesNdcgAt10?: Maybe<Scalars['Float']['output']>;
  trainedAt: Scalars['DateTime']['output'];
  trainingRows: Scalars['Int']['output'];
  version: Scalars['String']['output'];
};

/** How an arm orders a customer's recommendations. */
export type RankingStrategy =
  /** The learned ranker (Query.rankingModel) re-ordering the rules engine's candidates; the rules order when no ranker is trained. */
  | 'LEARNED'
  /** The rules engine (v1): a weighted sum of need match, peer uptake, gaps, co-holdings, margins and approval. */
  | 'RULES';

/** One arm against the control on one rate. Null figures: not enough data to compare yet. */
export type RateComparison = {
  __typename?: 'RateComparison';
  arm: Scalars['String']['output'];
  ciHigh?: Maybe<Scalars['Float']['output']>;
  /** 95% interval of the difference (Newcombe). */
  ciLow?: Maybe<Scalars['Float']['output']>;
  control: Scalars['String']['output'];
  /** arm minus control. */
  difference?: Maybe<Scalars['Float']['output']>;
  /** CTR or CONVERSION. */
  metric: Scalars['String']['output'];
  /** Two-proportion z-test. */
  pValue?: Maybe<Scalars['Float']['output']>;
  /** p < 0.05. */
  significant: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type Reason = {
  __typename?: 'Reason';
  /** Stable machine code, e.g. NEED_MATCH, PEER_UPTAKE, PRODUCT_GAP, ELIGIBILITY_MARGIN, APPROVAL_LIKELIHOOD. */
  code: Scalars['String']['output'];
  text: Scalars['String']['output'];
  /** This reason's share of the score, 0 to 1. */
  weight: Scalars['Float']['output'];
};

/** A reason for a decision. */
export type ReasonCode = {
  __typename?: 'ReasonCode';
  /** Stable code: scorecard features (e.g. ALT03), policy rules (POL_...) or fraud checks (FRD_...). */
  code: Scalars['String']['output'];
  /** Points this feature cost against the best attainable (negative); 0 for policy and fraud reasons. */
  contribution: Scalars['Float']['output'];
  /** Which feature or rule. */
  feature: Scalars['String']['output'];
  source: ReasonSource;
  text: Scalars['String']['output'];
  /** The applicant's value, formatted; null for a missing value. */
  value?: Maybe<Scalars['String']['output']>;
};

export type ReasonSource =
  | 'FRAUD'
  | 'POLICY'
  | 'SCORE';

export type Recommendation = {
  __typename?: 'Recommendation';
  /** 0 to 100. */
  confidence: Scalars['Float']['output'];
  /** The experiment arm the customer is in, when an experiment runs. */
  experimentArm?: Maybe<Scalars['String']['output']>;
  modelVersion: Scalars['String']['output'];
  /** The passages of the product-suitability guide behind this recommendation, best first. first is 1-10. */
  policyCitations: Array<PolicyPassage>;
  product: Product;
  /** 1 is the best. */
  rank: Scalars['Int']['output'];
  /** Two to four plain-language reasons, strongest first. */
  reasons: Array<Reason>;
  /** The combined score behind the rank and the confidence. */
  score: Scalars['Float']['output'];
};


export type RecommendationPolicyCitationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The tenant's recommendation funnel over a range of whole UTC days, aggregated from the stored
 * recommendation log, interactions and credit decisions.
 */
export type RecommendationAnalytics = {
  __typename?: 'RecommendationAnalytics';
  /** Every region with activity, most served first; the regions' counts sum to the totals. */
  byRegion: Array<RegionRecommendationFunnel>;
  /** First day, YYYY-MM-DD. */
  from: Scalars['String']['output'];
  groupBy: AnalyticsGrouping;
  /** Every day (or week) of the range, oldest first, empty ones included. */
  series: Array<RecommendationFunnelPoint>;
  /** Last day, included. */
  to: Scalars['String']['output'];
  /** Products with activity, most applications first, then most approvals, then most served; first 1-100. */
  topProducts: Array<ProductRecommendationFunnel>;
  totals: RecommendationFunnel;
};


/**
 * The tenant's recommendation funnel over a range of whole UTC days, aggregated from the stored
 * recommendation log, interactions and credit decisions.
 */
export type RecommendationAnalyticsTopProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One strategy under test. The first arm of an experiment is its control. */
export type RecommendationArm = {
  __typename?: 'RecommendationArm';
  name: Scalars['String']['output'];
  strategy: RankingStrategy;
  /** Relative share of the customers. */
  weight: Scalars['Float']['output'];
};

export type RecommendationArmInput = {
  /** 1 to 32 lower-case letters, digits or hyphens. */
  name: Scalars['String']['input'];
  strategy: RankingStrategy;
  weight?: Scalars['Float']['input'];
};

/** What an arm's customers saw and did since the experiment started. */
export type RecommendationArmResult = {
  __typename?: 'RecommendationArmResult';
  /** Applications that were approved. */
  approvals: Scalars['Int']['output'];
  arm: Scalars['String']['output'];
  /** Exposed customers who applied for a recommended product, over exposed customers. */
  conversion: ArmRate;
  /** Clicked impressions over impressions. */
  ctr: ArmRate;
  /** Customers served at least one list in this arm. */
  exposedCustomers: Scalars['Int']['output'];
  /** Recommendations served (one per product per list). */
  impressions: Scalars['Int']['output'];
  strategy: RankingStrategy;
};

/** How one product's place in the recommendations moved. */
export type RecommendationChange = {
  __typename?: 'RecommendationChange';
  confidenceAfter?: Maybe<Scalars['Float']['output']>;
  confidenceBefore?: Maybe<Scalars['Float']['output']>;
  product: Product;
  rankAfter?: Maybe<Scalars['Int']['output']>;
  /** Null when the product was not recommended on that side. */
  rankBefore?: Maybe<Scalars['Int']['output']>;
  /** Plain-language reasons for the move: eligibility rules now met or failed, reasons that gained or lost weight. */
  why: Array<Scalars['String']['output']>;
};

/**
 * An A/B test of recommendation strategies, defined by an ADMIN. Every customer served while it runs
 * falls in an arm by a hash of the experiment and customer ids: sticky, and the same on every
 * replica. Each served recommendation records its arm. One runs per tenant.
 */
export type RecommendationExperiment = Node & {
  __typename?: 'RecommendationExperiment';
  arms: Array<RecommendationArm>;
  hypothesis: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Computed on request from the served log and the interactions linked to it. */
  results: RecommendationExperimentResults;
  startedAt: Scalars['DateTime']['output'];
  startedBy: Scalars['String']['output'];
  status: ExperimentStatus;
  stopNote?: Maybe<Scalars['String']['output']>;
  stoppedAt?: Maybe<Scalars['DateTime']['output']>;
  stoppedBy?: Maybe<Scalars['String']['output']>;
};

/** An experiment that could not be started or stopped, and why. */
export type RecommendationExperimentRejected = {
  __typename?: 'RecommendationExperimentRejected';
  /** The input field at fault, e.g. "arms" or "name". */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RecommendationExperimentResult = RecommendationExperiment | RecommendationExperimentRejected;

export type RecommendationExperimentResults = {
  __typename?: 'RecommendationExperimentResults';
  arms: Array<RecommendationArmResult>;
  comparisons: Array<RateComparison>;
  computedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  /** The arm that beats the control on conversion at the 5% level, if any. */
  winner?: Maybe<Scalars['String']['output']>;
};

/**
 * Counts of the recommendation funnel over a span. Rates are null when their denominator is 0; an
 * application rate may exceed 1, since applications made without clicking a recommendation count too.
 */
export type RecommendationFunnel = {
  __typename?: 'RecommendationFunnel';
  /** applications / clicks. */
  applicationRate?: Maybe<Scalars['Float']['output']>;
  /** Applications decided (as on the live dashboard: a decision per application). */
  applications: Scalars['Int']['output'];
  /** approvals / applications. */
  approvalRate?: Maybe<Scalars['Float']['output']>;
  /** Decisions that approved. */
  approvals: Scalars['Int']['output'];
  /** clicks / served. */
  clickThroughRate?: Maybe<Scalars['Float']['output']>;
  /** recordInteraction CLICK events. */
  clicks: Scalars['Int']['output'];
  /** Distinct customers shown at least one recommendation (prospects are not counted). */
  customersReached: Scalars['Int']['output'];
  /** Products shown in served recommendation lists (every row of the recommendation log). */
  served: Scalars['Int']['output'];
  /** recordInteraction VIEW events. */
  views: Scalars['Int']['output'];
};

/** One point of the series: the days from `from` to `to` (both included, YYYY-MM-DD). */
export type RecommendationFunnelPoint = {
  __typename?: 'RecommendationFunnelPoint';
  from: Scalars['String']['output'];
  funnel: RecommendationFunnel;
  to: Scalars['String']['output'];
};

export type RecordConsentInput = {
  customerId: Scalars['ID']['input'];
  granted: Scalars['Boolean']['input'];
  purpose: ConsentPurpose;
  /** Where the customer gave or withdrew it: 1-40 letters, digits, spaces, _ or -; stored in upper case. */
  source: Scalars['String']['input'];
};

/** A delinquent loan being worked. */
export type RecoveryCase = Node & {
  __typename?: 'RecoveryCase';
  ability: Level;
  abilityScore: Scalars['Float']['output'];
  /** The accepted (or approved) plan being followed, if any. */
  activePlan?: Maybe<RepaymentPlan>;
  assignedTo?: Maybe<Scalars['String']['output']>;
  bestContact?: Maybe<BestContact>;
  bucket: DelinquencyBucket;
  ceaseRequested: Scalars['Boolean']['output'];
  closeReason?: Maybe<CaseCloseReason>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  customer: Customer;
  daysPastDue: Scalars['Int']['output'];
  dispute: Scalars['Boolean']['output'];
  /** The arm of the running experiment this case is in, if any. */
  experimentArm?: Maybe<CaseExperimentArm>;
  /** A person has taken the case over from the automated strategy. */
  handedOver: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The language messages are written in: en or hi. */
  language: Scalars['String']['output'];
  loan: Loan;
  /** Outreach messages, newest first. */
  messages: Array<OutreachMessage>;
  openedAt: Scalars['DateTime']['output'];
  outstanding: Scalars['Float']['output'];
  overdueAmount: Scalars['Float']['output'];
  plans: Array<RepaymentPlan>;
  /** Higher first in the collectors' queue. */
  priority: Scalars['Float']['output'];
  promises: Array<PaymentPromise>;
  propensityFactors: Array<PropensityFactor>;
  propensityModelVersion: Scalars['String']['output'];
  /** Probability of a payment in the next 30 days, from the propensity model. */
  propensityToPay: Scalars['Float']['output'];
  /** Why this segment and strategy, citing the figures. */
  reasons: Array<RecoveryReason>;
  segment: RecoverySegment;
  stage: CaseStage;
  stageSince: Scalars['DateTime']['output'];
  status: CaseStatus;
  strategy: RecoveryStrategy;
  /** The customer's time zone (IANA), whose clock quiet hours follow. */
  timeZone: Scalars['String']['output'];
  /** Every case event, newest first: the audit trail. */
  timeline: Array<CaseEvent>;
  /** Bumped on every change. */
  version: Scalars['Int']['output'];
  vulnerability: Scalars['Boolean']['output'];
  willingness: Level;
  willingnessScore: Scalars['Float']['output'];
};


/** A delinquent loan being worked. */
export type RecoveryCaseTimelineArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecoveryCaseConnection = {
  __typename?: 'RecoveryCaseConnection';
  edges: Array<RecoveryCaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RecoveryCaseEdge = {
  __typename?: 'RecoveryCaseEdge';
  cursor: Scalars['String']['output'];
  node: RecoveryCase;
};

export type RecoveryCaseFilter = {
  /** A collector's user id; "me" for the viewer. */
  assignedTo?: InputMaybe<Scalars['String']['input']>;
  bucket?: InputMaybe<DelinquencyBucket>;
  handedOver?: InputMaybe<Scalars['Boolean']['input']>;
  stage?: InputMaybe<CaseStage>;
  status?: InputMaybe<CaseStatus>;
  strategy?: InputMaybe<RecoveryStrategy>;
};

/**
 * An A/B test of collection strategies. Cases opened while it runs are split among its arms by a
 * hash of the experiment and case ids: sticky, and the same on every replica. One runs per tenant.
 */
export type RecoveryExperiment = Node & {
  __typename?: 'RecoveryExperiment';
  arms: Array<ExperimentArm>;
  hypothesis: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  primaryMetric: ExperimentMetric;
  /** Computed on request from the enrolled cases' promises, payments and closures. */
  results: ExperimentResults;
  startedAt: Scalars['DateTime']['output'];
  startedBy: Scalars['String']['output'];
  status: ExperimentStatus;
  stopNote?: Maybe<Scalars['String']['output']>;
  stoppedAt?: Maybe<Scalars['DateTime']['output']>;
  stoppedBy?: Maybe<Scalars['String']['output']>;
};

/**
 * Recovery performance of the tenant. Windowed figures count what happened inside the dashboard's
 * window; rates are null when there is nothing to divide by.
 */
export type RecoveryKpis = {
  __typename?: 'RecoveryKpis';
  /** Repaid on those cases' loans while each case was open. */
  amountRecovered: Scalars['Float']['output'];
  /** Open cases now by escalation stage, every stage listed, lowest first. */
  casesByStage: Array<StageCount>;
  casesClosed: Scalars['Int']['output'];
  casesCured: Scalars['Int']['output'];
  casesOpened: Scalars['Int']['output'];
  /** Cases closed CURED per case closed (cured, settled or charged off). */
  cureRate?: Maybe<Scalars['Float']['output']>;
  messagesSent: Scalars['Int']['output'];
  /** Open cases now (not windowed). */
  openCases: Scalars['Int']['output'];
  /** Overdue amount of the cases opened in the window, each as it was when the case opened. */
  overdueAtOpening: Scalars['Float']['output'];
  /** Promises to pay kept per promise settled (kept or broken) in the window. */
  promiseKeptRate?: Maybe<Scalars['Float']['output']>;
  promisesBroken: Scalars['Int']['output'];
  promisesKept: Scalars['Int']['output'];
  /**
   * Of the cases opened in the window: what was repaid on their loans from the opening until the
   * case closed (or now), per rupee overdue when they opened. Above 1 when the customer also paid
   * what fell due while the case was open.
   */
  recoveryRate?: Maybe<Scalars['Float']['output']>;
  /** Outreach messages sent that reached the customer (answered or replied) per message sent. */
  rightPartyContactRate?: Maybe<Scalars['Float']['output']>;
  rightPartyContacts: Scalars['Int']['output'];
  /**
   * Loans leaving each delinquency bucket in the window, one entry per bucket in bucket order
   * (CURRENT first): a loan that changed bucket twice counts twice.
   */
  rollRates: Array<BucketRollRate>;
};

/** A stable code and the words a collector reads. */
export type RecoveryReason = {
  __typename?: 'RecoveryReason';
  code: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** Nothing was changed; `field` names the input at fault. */
export type RecoveryRejected = {
  __typename?: 'RecoveryRejected';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Ability to pay x willingness to pay. */
export type RecoverySegment =
  | 'ABLE_UNWILLING'
  | 'ABLE_WILLING'
  | 'UNABLE_UNWILLING'
  | 'UNABLE_WILLING';

export type RecoveryStrategy =
  | 'FIELD_ESCALATION'
  | 'GENTLE_REMINDER'
  | 'HARDSHIP_PLAN'
  | 'LEGAL'
  | 'SETTLEMENT_OFFER';

/** What a delinquency sweep did. */
export type RecoverySweep = {
  __typename?: 'RecoverySweep';
  casesClosed: Scalars['Int']['output'];
  casesOpened: Scalars['Int']['output'];
  casesUpdated: Scalars['Int']['output'];
  chargedOff: Scalars['Int']['output'];
  escalated: Scalars['Int']['output'];
  handedOver: Scalars['Int']['output'];
  loansChecked: Scalars['Int']['output'];
  promisesSettled: Scalars['Int']['output'];
};

export type RegionKpis = {
  __typename?: 'RegionKpis';
  kpis: Kpis;
  region: Scalars['String']['output'];
};

export type RegionRecommendationFunnel = {
  __typename?: 'RegionRecommendationFunnel';
  funnel: RecommendationFunnel;
  /** The customer's region; null for activity without a customer region (prospects). */
  region?: Maybe<Scalars['String']['output']>;
};

/** A payment received on an approved loan or card, as reported by the servicing system or a collector. */
export type Repayment = {
  __typename?: 'Repayment';
  amount: Scalars['Float']['output'];
  /** What was due: the instalment, or the card statement's minimum due. */
  amountDue: Scalars['Float']['output'];
  application: LoanApplication;
  /** Whole days after the due date; 0 when paid on or before it. */
  daysLate: Scalars['Int']['output'];
  /** YYYY-MM-DD. */
  dueDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The credit limit change this payment caused, if any. */
  limitChange?: Maybe<CreditLimitChange>;
  /**
   * What the limit review after this payment decided, in words (cards and other revolving credit
   * only; null for loans). A raise or cut is also in limitChange.
   */
  limitReview?: Maybe<Scalars['String']['output']>;
  paidAt: Scalars['DateTime']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  /** How much less than was due was paid; 0 when paid in full. */
  shortfall: Scalars['Float']['output'];
  /** The card statement balance the payment was made against, when known. */
  statementBalance?: Maybe<Scalars['Float']['output']>;
  status: RepaymentStatus;
};

export type RepaymentInput = {
  /** In INR; more than 0. */
  amount: Scalars['Float']['input'];
  /** What was due on dueDate, in INR; more than 0. */
  amountDue: Scalars['Float']['input'];
  /** An approved application (its loan or card). */
  applicationId: Scalars['ID']['input'];
  /** YYYY-MM-DD: the instalment's or the statement's due date. */
  dueDate: Scalars['String']['input'];
  /** When the money arrived; not in the future. */
  paidAt: Scalars['DateTime']['input'];
  /** For cards: the statement balance, at least amountDue. A limit is never cut below it. */
  statementBalance?: InputMaybe<Scalars['Float']['input']>;
};

export type RepaymentPlan = Node & {
  __typename?: 'RepaymentPlan';
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** What the plan forgives (settlements). */
  discount: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  kind: PlanKind;
  payments: Array<Due>;
  proposedBy: Scalars['String']['output'];
  reasons: Array<RecoveryReason>;
  status: PlanStatus;
  termMonths: Scalars['Int']['output'];
  total: Scalars['Float']['output'];
};

/** The repayment was not recorded: nothing was stored. */
export type RepaymentRejected = {
  __typename?: 'RepaymentRejected';
  /** The input field at fault, e.g. amount, dueDate, applicationId, idempotencyKey. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RepaymentResult = Repayment | RepaymentRejected;

/** How a repayment compares with what was due. */
export type RepaymentStatus =
  /** All that was due, after the due date. */
  | 'LATE'
  /** All that was due, by the due date. */
  | 'ON_TIME'
  /** Less than was due (on time or not). */
  | 'SHORT';

/** The risk model that scores applications. */
export type RiskModel = {
  __typename?: 'RiskModel';
  /** Hold-out figures from training. */
  auc?: Maybe<Scalars['Float']['output']>;
  brier?: Maybe<Scalars['Float']['output']>;
  features: Array<Scalars['String']['output']>;
  gini?: Maybe<Scalars['Float']['output']>;
  kind: Scalars['String']['output'];
  ks?: Maybe<Scalars['Float']['output']>;
  trainedAt: Scalars['DateTime']['output'];
  trainingRows: Scalars['Int']['output'];
  version: Scalars['String']['output'];
};

/** What a viewer may do. Every query is scoped to the viewer's tenant. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'COLLECTOR'
  /**
   * A white-label partner's staff or API client: reads its tenant's customers, shelf products,
   * recommendations, insights and policy passages, and records interactions and feedback; nothing else.
   */
  | 'PARTNER'
  | 'RELATIONSHIP_MANAGER';

/** The recommendations and the credit decision before and after the changes, side by side. */
export type Scenario = {
  __typename?: 'Scenario';
  after: ScenarioSide;
  before: ScenarioSide;
  changes: Array<ScenarioChange>;
  /** Only when a decision was evaluated (productId and amount given). */
  decisionChange?: Maybe<DecisionChange>;
  /** Products whose rank or confidence moved, or that entered or left the list; best after-rank first. */
  recommendationChanges: Array<RecommendationChange>;
};

/** One changed profile field, values formatted for display ("none" for an empty value). */
export type ScenarioChange = {
  __typename?: 'ScenarioChange';
  /** annualIncome, creditScore, goals, region or age. */
  field: Scalars['String']['output'];
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/**
 * What-if changes to a customer's profile. Every field is optional, but at least one must be given;
 * invalid values are rejected with BAD_USER_INPUT naming the field (e.g. "changes.annualIncome").
 */
export type ScenarioChanges = {
  /** 18 to 120; individuals only. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** Annual income, or revenue for a business; not negative. */
  annualIncome?: InputMaybe<Scalars['Float']['input']>;
  /** 300-850. Give newToCredit instead for a customer with no bureau score. */
  creditScore?: InputMaybe<Scalars['Int']['input']>;
  /** Free text, e.g. "buy a home in two years"; replaces the customer's goals. */
  goals?: InputMaybe<Scalars['String']['input']>;
  /** True: as if the customer had no bureau score (new to credit). Not together with creditScore. */
  newToCredit?: InputMaybe<Scalars['Boolean']['input']>;
  /** One of Query.regions. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A credit decision evaluated for a what-if: nothing is stored. */
export type ScenarioDecision = {
  __typename?: 'ScenarioDecision';
  approvedAmount?: Maybe<Scalars['Float']['output']>;
  bureauUsed: Scalars['Boolean']['output'];
  counterfactuals: Array<Scalars['String']['output']>;
  creditLimit?: Maybe<Scalars['Float']['output']>;
  grade: Scalars['String']['output'];
  monthlyInstalment?: Maybe<Scalars['Float']['output']>;
  outcome: DecisionOutcome;
  probabilityOfDefault: Scalars['Float']['output'];
  reasons: Array<ReasonCode>;
  score: Scalars['Int']['output'];
};

/** One side of a scenario: the customer as on record (before) or with the changes (after). */
export type ScenarioSide = {
  __typename?: 'ScenarioSide';
  /** Only when Query.scenario was given a productId and an amount. */
  decision?: Maybe<ScenarioDecision>;
  recommendations: Array<Recommendation>;
};

/** What moved a customer's score. */
export type ScoreChangeCause =
  /** A repayment changed the credit limit. */
  | 'CREDIT_LIMIT'
  /** A new credit decision. */
  | 'DECISION';

export type ScoreContribution = {
  __typename?: 'ScoreContribution';
  /** The bin the value fell in, e.g. "< 0.35" or "missing". */
  bin: Scalars['String']['output'];
  feature: Scalars['String']['output'];
  label: Scalars['String']['output'];
  maxPoints: Scalars['Float']['output'];
  points: Scalars['Float']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type SegmentInfo = {
  __typename?: 'SegmentInfo';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type Share = {
  __typename?: 'Share';
  name: Scalars['String']['output'];
  /** 0 to 1. */
  share: Scalars['Float']['output'];
};

export type SpendingProfile = {
  __typename?: 'SpendingProfile';
  channels: Array<Share>;
  /** Coefficient of variation of monthly inflows: near 0 for a salary, high for seasonal income. */
  incomeVariability: Scalars['Float']['output'];
  monthlyInflow: Scalars['Float']['output'];
  monthlyOutflow: Scalars['Float']['output'];
  /** Months (1-12) with the highest inflows. */
  peakIncomeMonths: Array<Scalars['Int']['output']>;
  topCategories: Array<Share>;
};

export type StageCount = {
  __typename?: 'StageCount';
  count: Scalars['Int']['output'];
  stage: CaseStage;
};

export type StartExperimentInput = {
  /** 2 to 4 arms, the first the control; no two may treat cases the same way. */
  arms: Array<ExperimentArmInput>;
  /** Enrol the cases open now as well as those opened from now on. */
  enrolOpenCases?: Scalars['Boolean']['input'];
  hypothesis: Scalars['String']['input'];
  name: Scalars['String']['input'];
  primaryMetric?: ExperimentMetric;
};

export type StartRecommendationExperimentInput = {
  /** 2 to 4 arms, the first the control. */
  arms: Array<RecommendationArmInput>;
  hypothesis: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/**
 * Over graphql-ws on /graphql. The token goes in connection_init ({ authorization: "Bearer …" }):
 * a bad or missing one closes the socket with 4401, an operation outside the viewer's role or
 * tenant with 4403. Subscriptions only ever see the viewer's tenant.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each new decision in the viewer's tenant, or only those of one customer, as it is stored (on
   * any replica when REDIS_URL is set). A retry that replays an earlier application is not a new
   * decision. Events missed while disconnected are not replayed: re-read applications on reconnect.
   */
  applicationDecided: LoanApplication;
  /**
   * Each change of the customer's score: a new decision, or a repayment that moved the credit limit.
   * A customer outside the viewer's tenant closes the socket with 4403.
   */
  customerScoreUpdated: CustomerScore;
  /**
   * ANALYST and ADMIN. The current state at once, then the latest state whenever it changes, at
   * most about four messages a second. After a reconnect the first message is again a full,
   * fresh state: never patch a gap from earlier messages.
   */
  dashboard: Dashboard;
  /** COLLECTOR or ADMIN: case changes of the viewer's tenant, or of one case. */
  recoveryCaseUpdated: RecoveryCase;
};


/**
 * Over graphql-ws on /graphql. The token goes in connection_init ({ authorization: "Bearer …" }):
 * a bad or missing one closes the socket with 4401, an operation outside the viewer's role or
 * tenant with 4403. Subscriptions only ever see the viewer's tenant.
 */
export type SubscriptionApplicationDecidedArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Over graphql-ws on /graphql. The token goes in connection_init ({ authorization: "Bearer …" }):
 * a bad or missing one closes the socket with 4401, an operation outside the viewer's role or
 * tenant with 4403. Subscriptions only ever see the viewer's tenant.
 */
export type SubscriptionCustomerScoreUpdatedArgs = {
  customerId: Scalars['ID']['input'];
};


/**
 * Over graphql-ws on /graphql. The token goes in connection_init ({ authorization: "Bearer …" }):
 * a bad or missing one closes the socket with 4401, an operation outside the viewer's role or
 * tenant with 4403. Subscriptions only ever see the viewer's tenant.
 */
export type SubscriptionDashboardArgs = {
  window?: InputMaybe<KpiWindow>;
};


/**
 * Over graphql-ws on /graphql. The token goes in connection_init ({ authorization: "Bearer …" }):
 * a bad or missing one closes the socket with 4401, an operation outside the viewer's role or
 * tenant with 4403. Subscriptions only ever see the viewer's tenant.
 */
export type SubscriptionRecoveryCaseUpdatedArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
};

/** A white-label partner with its own customers, catalog and look. */
export type Tenant = Node & {
  __typename?: 'Tenant';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  theme: Theme;
};

export type Theme = {
  __typename?: 'Theme';
  accentColor: Scalars['String']['output'];
  fontFamily: Scalars['String']['output'];
  logoText: Scalars['String']['output'];
  primaryColor: Scalars['String']['output'];
};

/** Who is asking: from the signed token, or the demo relationship manager outside production. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The signed-in user's name as staff know it; the user id for a token without a user record. */
  displayName: Scalars['String']['output'];
  role: Role;
  tenant: Tenant;
  userId: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CaseResult:
    | ( RecoveryCaseModel )
    | ( RecoveryRejected )
  ;
  CounterOfferResult:
    | ( CounterOfferOutcomeModel )
    | ( RecoveryRejected )
  ;
  CreditPolicyResult:
    | ( CreditPolicyModel )
    | ( PolicyRejected )
  ;
  DisbursementResult:
    | ( DisbursementModel )
    | ( DisbursementRejected )
  ;
  EscalationRulesResult:
    | ( EscalationRulesModel )
    | ( RecoveryRejected )
  ;
  ExperimentResult:
    | ( RecoveryExperimentModel )
    | ( RecoveryRejected )
  ;
  FeedbackResult:
    | ( FeedbackModel )
    | ( FeedbackRejected )
  ;
  InteractionResult:
    | ( InteractionModel )
    | ( InteractionRejected )
  ;
  LoanApplicationResult:
    | ( ApplicationRejected )
    | ( LoanApplicationModel )
  ;
  OutreachResult:
    | ( OutreachMessageModel )
    | ( RecoveryRejected )
  ;
  PlanResult:
    | ( RecoveryRejected )
    | ( RepaymentPlanModel )
  ;
  PreferredLanguageResult:
    | ( CustomerModel )
    | ( RecoveryRejected )
  ;
  PromiseResult:
    | ( PaymentPromiseModel )
    | ( RecoveryRejected )
  ;
  RecommendationExperimentResult:
    | ( RecommendationExperimentModel )
    | ( RecommendationExperimentRejected )
  ;
  RepaymentResult:
    | ( RepaymentModel )
    | ( RepaymentRejected )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( CustomerModel )
    | ( DisbursementModel )
    | ( LoanModel )
    | ( LoanApplicationModel )
    | ( OutreachMessageModel )
    | ( PaymentPromiseModel )
    | ( ProductModel )
    | ( RecommendationExperimentModel )
    | ( RecoveryCaseModel )
    | ( RecoveryExperimentModel )
    | ( RepaymentPlanModel )
    | ( TenantModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnalyticsGrouping: AnalyticsGrouping;
  ApplicantInput: ApplicantInput;
  ApplicationDeviceInput: ApplicationDeviceInput;
  ApplicationRejected: ResolverTypeWrapper<ApplicationRejected>;
  ApplicationStatus: ApplicationStatus;
  ArmComparison: ResolverTypeWrapper<ArmComparison>;
  ArmOutcome: ResolverTypeWrapper<ArmOutcome>;
  ArmRate: ResolverTypeWrapper<ArmRate>;
  AuditChainVerification: ResolverTypeWrapper<AuditChainVerification>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  AuditLogFilter: AuditLogFilter;
  AuditVerification: ResolverTypeWrapper<AuditVerification>;
  AuthDenial: AuthDenial;
  BestContact: ResolverTypeWrapper<BestContact>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BreakerState: BreakerState;
  BucketRollRate: ResolverTypeWrapper<BucketRollRate>;
  BureauStatus: ResolverTypeWrapper<BureauStatus>;
  CampaignAudienceConnection: ResolverTypeWrapper<Omit<CampaignAudienceConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignAudienceEdge']> }>;
  CampaignAudienceEdge: ResolverTypeWrapper<Omit<CampaignAudienceEdge, 'node'> & { node: ResolversTypes['CampaignAudienceMember'] }>;
  CampaignAudienceMember: ResolverTypeWrapper<CampaignAudienceMemberModel>;
  CaseCloseReason: CaseCloseReason;
  CaseEvent: ResolverTypeWrapper<CaseEventModel>;
  CaseExperimentArm: ResolverTypeWrapper<CaseExperimentArmModel>;
  CaseFlagsInput: CaseFlagsInput;
  CaseResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CaseResult']>;
  CaseStage: CaseStage;
  CaseStatus: CaseStatus;
  Consent: ResolverTypeWrapper<Consent>;
  ConsentInput: ConsentInput;
  ConsentPurpose: ConsentPurpose;
  ContactChannel: ContactChannel;
  ContactCheck: ResolverTypeWrapper<ContactCheck>;
  CounterOffer: ResolverTypeWrapper<CounterOffer>;
  CounterOfferInput: CounterOfferInput;
  CounterOfferKind: CounterOfferKind;
  CounterOfferOutcome: ResolverTypeWrapper<CounterOfferOutcomeModel>;
  CounterOfferResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CounterOfferResult']>;
  CreditLimit: ResolverTypeWrapper<CreditLimitModel>;
  CreditLimitChange: ResolverTypeWrapper<CreditLimitChangeModel>;
  CreditPolicy: ResolverTypeWrapper<CreditPolicyModel>;
  CreditPolicyInput: CreditPolicyInput;
  CreditPolicyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreditPolicyResult']>;
  CreditTerms: ResolverTypeWrapper<CreditTerms>;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerCluster: ResolverTypeWrapper<CustomerCluster>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFeedback: ResolverTypeWrapper<CustomerFeedbackModel>;
  CustomerFilter: CustomerFilter;
  CustomerKind: CustomerKind;
  CustomerScore: ResolverTypeWrapper<CustomerScoreModel>;
  Dashboard: ResolverTypeWrapper<DashboardModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decision: ResolverTypeWrapper<DecisionModel>;
  DecisionChange: ResolverTypeWrapper<DecisionChange>;
  DecisionOutcome: DecisionOutcome;
  DelinquencyBucket: DelinquencyBucket;
  DemoUser: ResolverTypeWrapper<Omit<DemoUser, 'tenant'> & { tenant: ResolversTypes['Tenant'] }>;
  DevLogin: ResolverTypeWrapper<DevLoginModel>;
  Disbursement: ResolverTypeWrapper<DisbursementModel>;
  DisbursementRejected: ResolverTypeWrapper<DisbursementRejected>;
  DisbursementResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['DisbursementResult']>;
  DisbursementStatus: DisbursementStatus;
  DisbursementStep: ResolverTypeWrapper<DisbursementStep>;
  DriftBin: ResolverTypeWrapper<DriftBin>;
  DriftKind: DriftKind;
  DriftRow: ResolverTypeWrapper<DriftRow>;
  DriftStatus: DriftStatus;
  Due: ResolverTypeWrapper<Due>;
  Eligibility: ResolverTypeWrapper<ProductModel>;
  EscalationRules: ResolverTypeWrapper<EscalationRulesModel>;
  EscalationRulesInput: EscalationRulesInput;
  EscalationRulesResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['EscalationRulesResult']>;
  ExperimentArm: ResolverTypeWrapper<ExperimentArmModel>;
  ExperimentArmInput: ExperimentArmInput;
  ExperimentMetric: ExperimentMetric;
  ExperimentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ExperimentResult']>;
  ExperimentResults: ResolverTypeWrapper<ExperimentResults>;
  ExperimentStatus: ExperimentStatus;
  Feedback: ResolverTypeWrapper<FeedbackModel>;
  FeedbackInput: FeedbackInput;
  FeedbackRejected: ResolverTypeWrapper<FeedbackRejected>;
  FeedbackResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FeedbackResult']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FraudAssessment: ResolverTypeWrapper<FraudAssessment>;
  FraudRing: ResolverTypeWrapper<FraudRing>;
  GradeBand: ResolverTypeWrapper<GradeBand>;
  GradeBandInput: GradeBandInput;
  Holding: ResolverTypeWrapper<HoldingModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportProductsInput: ImportProductsInput;
  Insight: ResolverTypeWrapper<Insight>;
  InsightFact: ResolverTypeWrapper<InsightFact>;
  InsightFactSource: InsightFactSource;
  InsightKind: InsightKind;
  Installment: ResolverTypeWrapper<Installment>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interaction: ResolverTypeWrapper<InteractionModel>;
  InteractionInput: InteractionInput;
  InteractionKind: InteractionKind;
  InteractionRejected: ResolverTypeWrapper<InteractionRejected>;
  InteractionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InteractionResult']>;
  Interval: ResolverTypeWrapper<Interval>;
  KpiPoint: ResolverTypeWrapper<KpiPoint>;
  KpiWindow: KpiWindow;
  Kpis: ResolverTypeWrapper<Kpis>;
  Level: Level;
  Loan: ResolverTypeWrapper<LoanModel>;
  LoanApplication: ResolverTypeWrapper<LoanApplicationModel>;
  LoanApplicationInput: LoanApplicationInput;
  LoanApplicationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LoanApplicationResult']>;
  LoanKind: LoanKind;
  LoanStatus: LoanStatus;
  LoginResult: ResolverTypeWrapper<Omit<LoginResult, 'viewer'> & { viewer: ResolversTypes['Viewer'] }>;
  MessageTone: MessageTone;
  ModelDrift: ResolverTypeWrapper<ModelDrift>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OutreachInput: OutreachInput;
  OutreachMessage: ResolverTypeWrapper<OutreachMessageModel>;
  OutreachPurpose: OutreachPurpose;
  OutreachResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OutreachResult']>;
  OutreachStatus: OutreachStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentPromise: ResolverTypeWrapper<PaymentPromiseModel>;
  PlanKind: PlanKind;
  PlanResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlanResult']>;
  PlanStatus: PlanStatus;
  PolicyChange: ResolverTypeWrapper<PolicyChange>;
  PolicyDocument: ResolverTypeWrapper<PolicyDocument>;
  PolicyPassage: ResolverTypeWrapper<PolicyPassage>;
  PolicyRejected: ResolverTypeWrapper<PolicyRejected>;
  PolicySection: ResolverTypeWrapper<PolicySection>;
  PostalAddress: ResolverTypeWrapper<PostalAddress>;
  PreferredLanguageResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PreferredLanguageResult']>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductAudience: ProductAudience;
  ProductCategory: ProductCategory;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFeedFormat: ProductFeedFormat;
  ProductFilter: ProductFilter;
  ProductGap: ResolverTypeWrapper<Omit<ProductGap, 'product'> & { product: ResolversTypes['Product'] }>;
  ProductGapBasis: ProductGapBasis;
  ProductImportProblem: ResolverTypeWrapper<ProductImportProblem>;
  ProductImportReport: ResolverTypeWrapper<Omit<ProductImportReport, 'products'> & { products: Array<ResolversTypes['Product']> }>;
  ProductKpis: ResolverTypeWrapper<ProductKpisModel>;
  ProductMatch: ResolverTypeWrapper<ProductMatchModel>;
  ProductRecommendationFunnel: ResolverTypeWrapper<Omit<ProductRecommendationFunnel, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  ProfileInput: ProfileInput;
  PromiseInput: PromiseInput;
  PromiseResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PromiseResult']>;
  PromiseStatus: PromiseStatus;
  PropensityFactor: ResolverTypeWrapper<PropensityFactor>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankingModel: ResolverTypeWrapper<RankingModelModel>;
  RankingStrategy: RankingStrategy;
  RateComparison: ResolverTypeWrapper<RateComparison>;
  Reason: ResolverTypeWrapper<Reason>;
  ReasonCode: ResolverTypeWrapper<ReasonCode>;
  ReasonSource: ReasonSource;
  Recommendation: ResolverTypeWrapper<RecommendationModel>;
  RecommendationAnalytics: ResolverTypeWrapper<Omit<RecommendationAnalytics, 'topProducts'> & { topProducts: Array<ResolversTypes['ProductRecommendationFunnel']> }>;
  RecommendationArm: ResolverTypeWrapper<RecommendationArmModel>;
  RecommendationArmInput: RecommendationArmInput;
  RecommendationArmResult: ResolverTypeWrapper<RecommendationArmResult>;
  RecommendationChange: ResolverTypeWrapper<RecommendationChangeModel>;
  RecommendationExperiment: ResolverTypeWrapper<RecommendationExperimentModel>;
  RecommendationExperimentRejected: ResolverTypeWrapper<RecommendationExperimentRejected>;
  RecommendationExperimentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecommendationExperimentResult']>;
  RecommendationExperimentResults: ResolverTypeWrapper<RecommendationExperimentResults>;
  RecommendationFunnel: ResolverTypeWrapper<RecommendationFunnel>;
  RecommendationFunnelPoint: ResolverTypeWrapper<RecommendationFunnelPoint>;
  RecordConsentInput: RecordConsentInput;
  RecoveryCase: ResolverTypeWrapper<RecoveryCaseModel>;
  RecoveryCaseConnection: ResolverTypeWrapper<Omit<RecoveryCaseConnection, 'edges'> & { edges: Array<ResolversTypes['RecoveryCaseEdge']> }>;
  RecoveryCaseEdge: ResolverTypeWrapper<Omit<RecoveryCaseEdge, 'node'> & { node: ResolversTypes['RecoveryCase'] }>;
  RecoveryCaseFilter: RecoveryCaseFilter;
  RecoveryExperiment: ResolverTypeWrapper<RecoveryExperimentModel>;
  RecoveryKpis: ResolverTypeWrapper<RecoveryKpis>;
  RecoveryReason: ResolverTypeWrapper<RecoveryReason>;
  RecoveryRejected: ResolverTypeWrapper<RecoveryRejected>;
  RecoverySegment: RecoverySegment;
  RecoveryStrategy: RecoveryStrategy;
  RecoverySweep: ResolverTypeWrapper<RecoverySweep>;
  RegionKpis: ResolverTypeWrapper<RegionKpis>;
  RegionRecommendationFunnel: ResolverTypeWrapper<RegionRecommendationFunnel>;
  Repayment: ResolverTypeWrapper<RepaymentModel>;
  RepaymentInput: RepaymentInput;
  RepaymentPlan: ResolverTypeWrapper<RepaymentPlanModel>;
  RepaymentRejected: ResolverTypeWrapper<RepaymentRejected>;
  RepaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RepaymentResult']>;
  RepaymentStatus: RepaymentStatus;
  RiskModel: ResolverTypeWrapper<RiskModelModel>;
  Role: Role;
  Scenario: ResolverTypeWrapper<Omit<Scenario, 'after' | 'before' | 'recommendationChanges'> & { after: ResolversTypes['ScenarioSide'], before: ResolversTypes['ScenarioSide'], recommendationChanges: Array<ResolversTypes['RecommendationChange']> }>;
  ScenarioChange: ResolverTypeWrapper<ScenarioChange>;
  ScenarioChanges: ScenarioChanges;
  ScenarioDecision: ResolverTypeWrapper<ScenarioDecision>;
  ScenarioSide: ResolverTypeWrapper<Omit<ScenarioSide, 'recommendations'> & { recommendations: Array<ResolversTypes['Recommendation']> }>;
  ScoreChangeCause: ScoreChangeCause;
  ScoreContribution: ResolverTypeWrapper<ScoreContributionModel>;
  SegmentInfo: ResolverTypeWrapper<SegmentInfo>;
  Share: ResolverTypeWrapper<Share>;
  SpendingProfile: ResolverTypeWrapper<SpendProfileModel>;
  StageCount: ResolverTypeWrapper<StageCount>;
  StartExperimentInput: StartExperimentInput;
  StartRecommendationExperimentInput: StartRecommendationExperimentInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tenant: ResolverTypeWrapper<TenantModel>;
  Theme: ResolverTypeWrapper<ThemeModel>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApplicantInput: ApplicantInput;
  ApplicationDeviceInput: ApplicationDeviceInput;
  ApplicationRejected: ApplicationRejected;
  ArmComparison: ArmComparison;
  ArmOutcome: ArmOutcome;
  ArmRate: ArmRate;
  AuditChainVerification: AuditChainVerification;
  AuditEvent: AuditEvent;
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  AuditLogFilter: AuditLogFilter;
  AuditVerification: AuditVerification;
  BestContact: BestContact;
  Boolean: Scalars['Boolean']['output'];
  BucketRollRate: BucketRollRate;
  BureauStatus: BureauStatus;
  CampaignAudienceConnection: Omit<CampaignAudienceConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignAudienceEdge']> };
  CampaignAudienceEdge: Omit<CampaignAudienceEdge, 'node'> & { node: ResolversParentTypes['CampaignAudienceMember'] };
  CampaignAudienceMember: CampaignAudienceMemberModel;
  CaseEvent: CaseEventModel;
  CaseExperimentArm: CaseExperimentArmModel;
  CaseFlagsInput: CaseFlagsInput;
  CaseResult: ResolversUnionTypes<ResolversParentTypes>['CaseResult'];
  Consent: Consent;
  ConsentInput: ConsentInput;
  ContactCheck: ContactCheck;
  CounterOffer: CounterOffer;
  CounterOfferInput: CounterOfferInput;
  CounterOfferOutcome: CounterOfferOutcomeModel;
  CounterOfferResult: ResolversUnionTypes<ResolversParentTypes>['CounterOfferResult'];
  CreditLimit: CreditLimitModel;
  CreditLimitChange: CreditLimitChangeModel;
  CreditPolicy: CreditPolicyModel;
  CreditPolicyInput: CreditPolicyInput;
  CreditPolicyResult: ResolversUnionTypes<ResolversParentTypes>['CreditPolicyResult'];
  CreditTerms: CreditTerms;
  Customer: CustomerModel;
  CustomerCluster: CustomerCluster;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFeedback: CustomerFeedbackModel;
  CustomerFilter: CustomerFilter;
  CustomerScore: CustomerScoreModel;
  Dashboard: DashboardModel;
  DateTime: Scalars['DateTime']['output'];
  Decision: DecisionModel;
  DecisionChange: DecisionChange;
  DemoUser: Omit<DemoUser, 'tenant'> & { tenant: ResolversParentTypes['Tenant'] };
  DevLogin: DevLoginModel;
  Disbursement: DisbursementModel;
  DisbursementRejected: DisbursementRejected;
  DisbursementResult: ResolversUnionTypes<ResolversParentTypes>['DisbursementResult'];
  DisbursementStep: DisbursementStep;
  DriftBin: DriftBin;
  DriftRow: DriftRow;
  Due: Due;
  Eligibility: ProductModel;
  EscalationRules: EscalationRulesModel;
  EscalationRulesInput: EscalationRulesInput;
  EscalationRulesResult: ResolversUnionTypes<ResolversParentTypes>['EscalationRulesResult'];
  ExperimentArm: ExperimentArmModel;
  ExperimentArmInput: ExperimentArmInput;
  ExperimentResult: ResolversUnionTypes<ResolversParentTypes>['ExperimentResult'];
  ExperimentResults: ExperimentResults;
  Feedback: FeedbackModel;
  FeedbackInput: FeedbackInput;
  FeedbackRejected: FeedbackRejected;
  FeedbackResult: ResolversUnionTypes<ResolversParentTypes>['FeedbackResult'];
  Float: Scalars['Float']['output'];
  FraudAssessment: FraudAssessment;
  FraudRing: FraudRing;
  GradeBand: GradeBand;
  GradeBandInput: GradeBandInput;
  Holding: HoldingModel;
  ID: Scalars['ID']['output'];
  ImportProductsInput: ImportProductsInput;
  Insight: Insight;
  InsightFact: InsightFact;
  Installment: Installment;
  Int: Scalars['Int']['output'];
  Interaction: InteractionModel;
  InteractionInput: InteractionInput;
  InteractionRejected: InteractionRejected;
  InteractionResult: ResolversUnionTypes<ResolversParentTypes>['InteractionResult'];
  Interval: Interval;
  KpiPoint: KpiPoint;
  Kpis: Kpis;
  Loan: LoanModel;
  LoanApplication: LoanApplicationModel;
  LoanApplicationInput: LoanApplicationInput;
  LoanApplicationResult: ResolversUnionTypes<ResolversParentTypes>['LoanApplicationResult'];
  LoginResult: Omit<LoginResult, 'viewer'> & { viewer: ResolversParentTypes['Viewer'] };
  ModelDrift: ModelDrift;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  OutreachInput: OutreachInput;
  OutreachMessage: OutreachMessageModel;
  OutreachResult: ResolversUnionTypes<ResolversParentTypes>['OutreachResult'];
  PageInfo: PageInfo;
  PaymentPromise: PaymentPromiseModel;
  PlanResult: ResolversUnionTypes<ResolversParentTypes>['PlanResult'];
  PolicyChange: PolicyChange;
  PolicyDocument: PolicyDocument;
  PolicyPassage: PolicyPassage;
  PolicyRejected: PolicyRejected;
  PolicySection: PolicySection;
  PostalAddress: PostalAddress;
  PreferredLanguageResult: ResolversUnionTypes<ResolversParentTypes>['PreferredLanguageResult'];
  Product: ProductModel;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductGap: Omit<ProductGap, 'product'> & { product: ResolversParentTypes['Product'] };
  ProductImportProblem: ProductImportProblem;
  ProductImportReport: Omit<ProductImportReport, 'products'> & { products: Array<ResolversParentTypes['Product']> };
  ProductKpis: ProductKpisModel;
  ProductMatch: ProductMatchModel;
  ProductRecommendationFunnel: Omit<ProductRecommendationFunnel, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  ProfileInput: ProfileInput;
  PromiseInput: PromiseInput;
  PromiseResult: ResolversUnionTypes<ResolversParentTypes>['PromiseResult'];
  PropensityFactor: PropensityFactor;
  Query: Record<PropertyKey, never>;
  RankingModel: RankingModelModel;
  RateComparison: RateComparison;
  Reason: Reason;
  ReasonCode: ReasonCode;
  Recommendation: RecommendationModel;
  RecommendationAnalytics: Omit<RecommendationAnalytics, 'topProducts'> & { topProducts: Array<ResolversParentTypes['ProductRecommendationFunnel']> };
  RecommendationArm: RecommendationArmModel;
  RecommendationArmInput: RecommendationArmInput;
  RecommendationArmResult: RecommendationArmResult;
  RecommendationChange: RecommendationChangeModel;
  RecommendationExperiment: RecommendationExperimentModel;
  RecommendationExperimentRejected: RecommendationExperimentRejected;
  RecommendationExperimentResult: ResolversUnionTypes<ResolversParentTypes>['RecommendationExperimentResult'];
  RecommendationExperimentResults: RecommendationExperimentResults;
  RecommendationFunnel: RecommendationFunnel;
  RecommendationFunnelPoint: RecommendationFunnelPoint;
  RecordConsentInput: RecordConsentInput;
  RecoveryCase: RecoveryCaseModel;
  RecoveryCaseConnection: Omit<RecoveryCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['RecoveryCaseEdge']> };
  RecoveryCaseEdge: Omit<RecoveryCaseEdge, 'node'> & { node: ResolversParentTypes['RecoveryCase'] };
  RecoveryCaseFilter: RecoveryCaseFilter;
  RecoveryExperiment: RecoveryExperimentModel;
  RecoveryKpis: RecoveryKpis;
  RecoveryReason: RecoveryReason;
  RecoveryRejected: RecoveryRejected;
  RecoverySweep: RecoverySweep;
  RegionKpis: RegionKpis;
  RegionRecommendationFunnel: RegionRecommendationFunnel;
  Repayment: RepaymentModel;
  RepaymentInput: RepaymentInput;
  RepaymentPlan: RepaymentPlanModel;
  RepaymentRejected: RepaymentRejected;
  RepaymentResult: ResolversUnionTypes<ResolversParentTypes>['RepaymentResult'];
  RiskModel: RiskModelModel;
  Scenario: Omit<Scenario, 'after' | 'before' | 'recommendationChanges'> & { after: ResolversParentTypes['ScenarioSide'], before: ResolversParentTypes['ScenarioSide'], recommendationChanges: Array<ResolversParentTypes['RecommendationChange']> };
  ScenarioChange: ScenarioChange;
  ScenarioChanges: ScenarioChanges;
  ScenarioDecision: ScenarioDecision;
  ScenarioSide: Omit<ScenarioSide, 'recommendations'> & { recommendations: Array<ResolversParentTypes['Recommendation']> };
  ScoreContribution: ScoreContributionModel;
  SegmentInfo: SegmentInfo;
  Share: Share;
  SpendingProfile: SpendProfileModel;
  StageCount: StageCount;
  StartExperimentInput: StartExperimentInput;
  StartRecommendationExperimentInput: StartRecommendationExperimentInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tenant: TenantModel;
  Theme: ThemeModel;
  Viewer: ViewerModel;
}>;

export type AuthDirectiveArgs = {
  denied?: Maybe<AuthDenial>;
  roles: Array<Role>;
};

export type AuthDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = AuthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PiiDirectiveArgs = { };

export type PiiDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = PiiDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplicationRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationRejected'] = ResolversParentTypes['ApplicationRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArmComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmComparison'] = ResolversParentTypes['ArmComparison']> = ResolversObject<{
  arm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ciHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  control?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['ExperimentMetric'], ParentType, ContextType>;
  pValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  significant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ArmOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmOutcome'] = ResolversParentTypes['ArmOutcome']> = ResolversObject<{
  amountRecovered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  arm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cureInterval?: Resolver<Maybe<ResolversTypes['Interval']>, ParentType, ContextType>;
  cureRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanRecoveredPerCase?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promiseKeptInterval?: Resolver<Maybe<ResolversTypes['Interval']>, ParentType, ContextType>;
  promiseKeptRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promisesKept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisesSettled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recoveryRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArmRateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArmRate'] = ResolversParentTypes['ArmRate']> = ResolversObject<{
  interval?: Resolver<Maybe<ResolversTypes['Interval']>, ParentType, ContextType>;
  successes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  trials?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type AuditChainVerificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditChainVerification'] = ResolversParentTypes['AuditChainVerification']> = ResolversObject<{
  firstBrokenId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prevHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuditVerificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditVerification'] = ResolversParentTypes['AuditVerification']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tenants?: Resolver<Array<ResolversTypes['AuditChainVerification']>, ParentType, ContextType>;
}>;

export type BestContactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BestContact'] = ResolversParentTypes['BestContact']> = ResolversObject<{
  band?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basedOnAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  reachRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BucketRollRateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BucketRollRate'] = ResolversParentTypes['BucketRollRate']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cureRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DelinquencyBucket'], ParentType, ContextType>;
  rollForwardRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rolledForward?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BureauStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BureauStatus'] = ResolversParentTypes['BureauStatus']> = ResolversObject<{
  cacheHits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastFailureAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastFailureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rateLimited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['BreakerState'], ParentType, ContextType>;
}>;

export type CampaignAudienceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignAudienceConnection'] = ResolversParentTypes['CampaignAudienceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CampaignAudienceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withoutConsent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignAudienceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignAudienceEdge'] = ResolversParentTypes['CampaignAudienceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignAudienceMember'], ParentType, ContextType>;
}>;

export type CampaignAudienceMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CampaignAudienceMember'] = ResolversParentTypes['CampaignAudienceMember']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
}>;

export type CaseEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CaseExperimentArmResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseExperimentArm'] = ResolversParentTypes['CaseExperimentArm']> = ResolversObject<{
  arm?: Resolver<ResolversTypes['ExperimentArm'], ParentType, ContextType>;
  experiment?: Resolver<ResolversTypes['RecoveryExperiment'], ParentType, ContextType>;
}>;

export type CaseResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CaseResult'] = ResolversParentTypes['CaseResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecoveryCase' | 'RecoveryRejected', ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContactCheck'] = ResolversParentTypes['ContactCheck']> = ResolversObject<{
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CounterOfferResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CounterOffer'] = ResolversParentTypes['CounterOffer']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CounterOfferKind'], ParentType, ContextType>;
  monthlyInstalment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CounterOfferOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CounterOfferOutcome'] = ResolversParentTypes['CounterOfferOutcome']> = ResolversObject<{
  plan?: Resolver<ResolversTypes['RepaymentPlan'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RecoveryReason']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CounterOfferResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CounterOfferResult'] = ResolversParentTypes['CounterOfferResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CounterOfferOutcome' | 'RecoveryRejected', ParentType, ContextType>;
}>;

export type CreditLimitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditLimit'] = ResolversParentTypes['CreditLimit']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['CreditLimitChange']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CreditLimitChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditLimitChange'] = ResolversParentTypes['CreditLimitChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  newLimit?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  previousLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreditPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditPolicy'] = ResolversParentTypes['CreditPolicy']> = ResolversObject<{
  approveMaxPd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cardLimitIncomeShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  changedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['PolicyChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineWilfulDefaulters?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gradeBands?: Resolver<Array<ResolversTypes['GradeBand']>, ParentType, ContextType>;
  limitCutDaysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limitCutMissedPayments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limitCutShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  limitRaiseShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  limitReviewPayments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxDebtToIncome?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noBureauMaxAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referAnomalyScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  referFraudRings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  referMaxPd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreditPolicyResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditPolicyResult'] = ResolversParentTypes['CreditPolicyResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CreditPolicy' | 'PolicyRejected', ParentType, ContextType>;
}>;

export type CreditTermsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditTerms'] = ResolversParentTypes['CreditTerms']> = ResolversObject<{
  maxAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  maxTermMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minTermMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revolving?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seasonal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  annualIncome?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['LoanApplication']>, ParentType, ContextType, RequireFields<CustomerApplicationsArgs, 'first'>>;
  cluster?: Resolver<Maybe<ResolversTypes['CustomerCluster']>, ParentType, ContextType>;
  consentHistory?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<CustomerConsentHistoryArgs, 'first'>>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  creditLimit?: Resolver<Maybe<ResolversTypes['CreditLimit']>, ParentType, ContextType>;
  creditScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feedback?: Resolver<ResolversTypes['CustomerFeedback'], ParentType, ContextType>;
  gapAnalysis?: Resolver<Maybe<Array<ResolversTypes['ProductGap']>>, ParentType, ContextType, RequireFields<CustomerGapAnalysisArgs, 'limit'>>;
  goals?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insights?: Resolver<Maybe<Array<ResolversTypes['Insight']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CustomerKind'], ParentType, ContextType>;
  loans?: Resolver<Array<ResolversTypes['Loan']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newToCredit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  preferredLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  productGaps?: Resolver<Maybe<Array<ResolversTypes['Product']>>, ParentType, ContextType>;
  recommendations?: Resolver<Maybe<Array<ResolversTypes['Recommendation']>>, ParentType, ContextType, RequireFields<CustomerRecommendationsArgs, 'k'>>;
  recoveryCases?: Resolver<Array<ResolversTypes['RecoveryCase']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segmentLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spendingProfile?: Resolver<Maybe<ResolversTypes['SpendingProfile']>, ParentType, ContextType>;
  yearsInBusiness?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomerClusterResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerCluster'] = ResolversParentTypes['CustomerCluster']> = ResolversObject<{
  assignedOnRead?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerFeedbackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerFeedback'] = ResolversParentTypes['CustomerFeedback']> = ResolversObject<{
  dislikedTags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  interests?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  likedTags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type CustomerScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerScore'] = ResolversParentTypes['CustomerScore']> = ResolversObject<{
  cause?: Resolver<ResolversTypes['ScoreChangeCause'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latestApplication?: Resolver<Maybe<ResolversTypes['LoanApplication']>, ParentType, ContextType>;
  probabilityOfDefault?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type DashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byProduct?: Resolver<Array<ResolversTypes['ProductKpis']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['RegionKpis']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recovery?: Resolver<Maybe<ResolversTypes['RecoveryKpis']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['KpiPoint']>, ParentType, ContextType>;
  topProducts?: Resolver<Array<ResolversTypes['ProductKpis']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['Kpis'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['KpiWindow'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = ResolversObject<{
  approvedAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bureauUnavailableReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bureauUsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['ScoreContribution']>, ParentType, ContextType>;
  counterOffer?: Resolver<Maybe<ResolversTypes['CounterOffer']>, ParentType, ContextType>;
  counterfactuals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  creditLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fraud?: Resolver<ResolversTypes['FraudAssessment'], ParentType, ContextType>;
  fraudFlags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthlyInstalment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  policyCitations?: Resolver<Array<ResolversTypes['PolicyPassage']>, ParentType, ContextType, RequireFields<DecisionPolicyCitationsArgs, 'first'>>;
  policyVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probabilityOfDefault?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ReasonCode']>, ParentType, ContextType>;
  repaymentSchedule?: Resolver<Array<ResolversTypes['Installment']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DecisionChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionChange'] = ResolversParentTypes['DecisionChange']> = ResolversObject<{
  approvedAmountAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  approvedAmountBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  creditLimitAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  creditLimitBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcomeAfter?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  outcomeBefore?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  probabilityOfDefaultAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  probabilityOfDefaultBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasonsAppeared?: Resolver<Array<ResolversTypes['ReasonCode']>, ParentType, ContextType>;
  reasonsDisappeared?: Resolver<Array<ResolversTypes['ReasonCode']>, ParentType, ContextType>;
  scoreAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scoreBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DemoUserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DemoUser'] = ResolversParentTypes['DemoUser']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DevLoginResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DevLogin'] = ResolversParentTypes['DevLogin']> = ResolversObject<{
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type DisbursementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Disbursement'] = ResolversParentTypes['Disbursement']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  application?: Resolver<ResolversTypes['LoanApplication'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DisbursementStep']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
  payoutReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisbursementStatus'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisbursementRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisbursementRejected'] = ResolversParentTypes['DisbursementRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisbursementResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisbursementResult'] = ResolversParentTypes['DisbursementResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Disbursement' | 'DisbursementRejected', ParentType, ContextType>;
}>;

export type DisbursementStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DisbursementStep'] = ResolversParentTypes['DisbursementStep']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DriftBinResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DriftBin'] = ResolversParentTypes['DriftBin']> = ResolversObject<{
  actualShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type DriftRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DriftRow'] = ResolversParentTypes['DriftRow']> = ResolversObject<{
  bins?: Resolver<Array<ResolversTypes['DriftBin']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DriftKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DriftStatus'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  psi?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type DueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Due'] = ResolversParentTypes['Due']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = ResolversObject<{
  customerKind?: Resolver<ResolversTypes['ProductAudience'], ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minCreditScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minIncome?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EscalationRulesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EscalationRules'] = ResolversParentTypes['EscalationRules']> = ResolversObject<{
  brokenPromisesToEscalate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysAtStageToEscalate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedAttemptsToHandOver?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handOverOnDispute?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handOverOnVulnerability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EscalationRulesResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EscalationRulesResult'] = ResolversParentTypes['EscalationRulesResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'EscalationRules' | 'RecoveryRejected', ParentType, ContextType>;
}>;

export type ExperimentArmResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExperimentArm'] = ResolversParentTypes['ExperimentArm']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planKind?: Resolver<Maybe<ResolversTypes['PlanKind']>, ParentType, ContextType>;
  tone?: Resolver<Maybe<ResolversTypes['MessageTone']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ExperimentResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExperimentResult'] = ResolversParentTypes['ExperimentResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecoveryExperiment' | 'RecoveryRejected', ParentType, ContextType>;
}>;

export type ExperimentResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExperimentResults'] = ResolversParentTypes['ExperimentResults']> = ResolversObject<{
  arms?: Resolver<Array<ResolversTypes['ArmOutcome']>, ParentType, ContextType>;
  comparisons?: Resolver<Array<ResolversTypes['ArmComparison']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  winner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FeedbackResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['CustomerFeedback'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  dislikedTags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interests?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  likedTags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FeedbackRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackRejected'] = ResolversParentTypes['FeedbackRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FeedbackResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FeedbackResult'] = ResolversParentTypes['FeedbackResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Feedback' | 'FeedbackRejected', ParentType, ContextType>;
}>;

export type FraudAssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FraudAssessment'] = ResolversParentTypes['FraudAssessment']> = ResolversObject<{
  anomalyScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  flags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ring?: Resolver<Maybe<ResolversTypes['FraudRing']>, ParentType, ContextType>;
}>;

export type FraudRingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FraudRing'] = ResolversParentTypes['FraudRing']> = ResolversObject<{
  applicants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  applications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharedKinds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GradeBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GradeBand'] = ResolversParentTypes['GradeBand']> = ResolversObject<{
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HoldingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Holding'] = ResolversParentTypes['Holding']> = ResolversObject<{
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InsightResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Insight'] = ResolversParentTypes['Insight']> = ResolversObject<{
  facts?: Resolver<Array<ResolversTypes['InsightFact']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InsightKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InsightFactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InsightFact'] = ResolversParentTypes['InsightFact']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['InsightFactSource'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InstallmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Installment'] = ResolversParentTypes['Installment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InteractionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction']> = ResolversObject<{
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InteractionKind'], ParentType, ContextType>;
  modelVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  servedRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InteractionRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InteractionRejected'] = ResolversParentTypes['InteractionRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InteractionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InteractionResult'] = ResolversParentTypes['InteractionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Interaction' | 'InteractionRejected', ParentType, ContextType>;
}>;

export type IntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Interval'] = ResolversParentTypes['Interval']> = ResolversObject<{
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type KpiPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KpiPoint'] = ResolversParentTypes['KpiPoint']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kpis?: Resolver<ResolversTypes['Kpis'], ParentType, ContextType>;
}>;

export type KpisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Kpis'] = ResolversParentTypes['Kpis']> = ResolversObject<{
  applications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  approvals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageProbabilityOfDefault?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clickThroughRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conversionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decisionLatencyP50Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  decisionLatencyP99Ms?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  predictedDefaults?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  views?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LoanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Loan'] = ResolversParentTypes['Loan']> = ResolversObject<{
  application?: Resolver<ResolversTypes['LoanApplication'], ParentType, ContextType>;
  aprPercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['DelinquencyBucket'], ParentType, ContextType>;
  chargedOffAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  daysPastDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delinquencyAsOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disbursedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dues?: Resolver<Array<ResolversTypes['Due']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LoanKind'], ParentType, ContextType>;
  monthlyInstalment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overdueAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  recoveryCase?: Resolver<Maybe<ResolversTypes['RecoveryCase']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LoanStatus'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalPaid?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LoanApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoanApplication'] = ResolversParentTypes['LoanApplication']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  applicantName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loan?: Resolver<Maybe<ResolversTypes['Loan']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repayments?: Resolver<Array<ResolversTypes['Repayment']>, ParentType, ContextType, RequireFields<LoanApplicationRepaymentsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LoanApplicationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoanApplicationResult'] = ResolversParentTypes['LoanApplicationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ApplicationRejected' | 'LoanApplication', ParentType, ContextType>;
}>;

export type LoginResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type ModelDriftResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelDrift'] = ResolversParentTypes['ModelDrift']> = ResolversObject<{
  model?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['DriftRow']>, ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DriftStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  windowStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  assignRecoveryCase?: Resolver<ResolversTypes['CaseResult'], ParentType, ContextType, RequireFields<MutationAssignRecoveryCaseArgs, 'caseId' | 'collectorId'>>;
  counterOffer?: Resolver<ResolversTypes['CounterOfferResult'], ParentType, ContextType, RequireFields<MutationCounterOfferArgs, 'input' | 'planId'>>;
  decideEscalatedPlan?: Resolver<ResolversTypes['PlanResult'], ParentType, ContextType, RequireFields<MutationDecideEscalatedPlanArgs, 'approve' | 'note' | 'planId'>>;
  devLogin?: Resolver<ResolversTypes['DevLogin'], ParentType, ContextType, RequireFields<MutationDevLoginArgs, 'role'>>;
  disburseLoan?: Resolver<ResolversTypes['DisbursementResult'], ParentType, ContextType, RequireFields<MutationDisburseLoanArgs, 'applicationId' | 'idempotencyKey'>>;
  escalateCase?: Resolver<ResolversTypes['CaseResult'], ParentType, ContextType, RequireFields<MutationEscalateCaseArgs, 'caseId' | 'reason'>>;
  flagCase?: Resolver<ResolversTypes['CaseResult'], ParentType, ContextType, RequireFields<MutationFlagCaseArgs, 'caseId' | 'input'>>;
  giveFeedback?: Resolver<ResolversTypes['FeedbackResult'], ParentType, ContextType, RequireFields<MutationGiveFeedbackArgs, 'eventId' | 'input'>>;
  handOverCase?: Resolver<ResolversTypes['CaseResult'], ParentType, ContextType, RequireFields<MutationHandOverCaseArgs, 'caseId' | 'reason'>>;
  importProducts?: Resolver<ResolversTypes['ProductImportReport'], ParentType, ContextType, RequireFields<MutationImportProductsArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  proposeRepaymentPlan?: Resolver<ResolversTypes['PlanResult'], ParentType, ContextType, RequireFields<MutationProposeRepaymentPlanArgs, 'caseId'>>;
  recordConsent?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'eventId' | 'input'>>;
  recordInteraction?: Resolver<ResolversTypes['InteractionResult'], ParentType, ContextType, RequireFields<MutationRecordInteractionArgs, 'eventId' | 'input'>>;
  recordPromise?: Resolver<ResolversTypes['PromiseResult'], ParentType, ContextType, RequireFields<MutationRecordPromiseArgs, 'caseId' | 'idempotencyKey' | 'input'>>;
  recordRepayment?: Resolver<ResolversTypes['RepaymentResult'], ParentType, ContextType, RequireFields<MutationRecordRepaymentArgs, 'idempotencyKey' | 'input'>>;
  replayDeadLetter?: Resolver<ResolversTypes['OutreachResult'], ParentType, ContextType, RequireFields<MutationReplayDeadLetterArgs, 'messageId'>>;
  runRecoverySweep?: Resolver<ResolversTypes['RecoverySweep'], ParentType, ContextType>;
  sendOutreach?: Resolver<ResolversTypes['OutreachResult'], ParentType, ContextType, RequireFields<MutationSendOutreachArgs, 'caseId' | 'input'>>;
  setEscalationRules?: Resolver<ResolversTypes['EscalationRulesResult'], ParentType, ContextType, RequireFields<MutationSetEscalationRulesArgs, 'input'>>;
  setPreferredLanguage?: Resolver<ResolversTypes['PreferredLanguageResult'], ParentType, ContextType, RequireFields<MutationSetPreferredLanguageArgs, 'customerId' | 'language' | 'note'>>;
  startRecommendationExperiment?: Resolver<ResolversTypes['RecommendationExperimentResult'], ParentType, ContextType, RequireFields<MutationStartRecommendationExperimentArgs, 'input'>>;
  startRecoveryExperiment?: Resolver<ResolversTypes['ExperimentResult'], ParentType, ContextType, RequireFields<MutationStartRecoveryExperimentArgs, 'input'>>;
  stopRecommendationExperiment?: Resolver<ResolversTypes['RecommendationExperimentResult'], ParentType, ContextType, RequireFields<MutationStopRecommendationExperimentArgs, 'id' | 'note'>>;
  stopRecoveryExperiment?: Resolver<ResolversTypes['ExperimentResult'], ParentType, ContextType, RequireFields<MutationStopRecoveryExperimentArgs, 'id' | 'note'>>;
  submitLoanApplication?: Resolver<ResolversTypes['LoanApplicationResult'], ParentType, ContextType, RequireFields<MutationSubmitLoanApplicationArgs, 'idempotencyKey' | 'input'>>;
  updateCreditPolicy?: Resolver<ResolversTypes['CreditPolicyResult'], ParentType, ContextType, RequireFields<MutationUpdateCreditPolicyArgs, 'input' | 'reason'>>;
}>;

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer' | 'Disbursement' | 'Loan' | 'LoanApplication' | 'OutreachMessage' | 'PaymentPromise' | 'Product' | 'RecommendationExperiment' | 'RecoveryCase' | 'RecoveryExperiment' | 'RepaymentPlan' | 'Tenant', ParentType, ContextType>;
}>;

export type OutreachMessageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutreachMessage'] = ResolversParentTypes['OutreachMessage']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  blockReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['RecoveryCase'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['ContactCheck']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['OutreachPurpose'], ParentType, ContextType>;
  reached?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutreachStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  templateId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tone?: Resolver<ResolversTypes['MessageTone'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OutreachResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutreachResult'] = ResolversParentTypes['OutreachResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'OutreachMessage' | 'RecoveryRejected', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentPromiseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PaymentPromise'] = ResolversParentTypes['PaymentPromise']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  madeAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paidTowards?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  settledOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PromiseStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlanResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanResult'] = ResolversParentTypes['PlanResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecoveryRejected' | 'RepaymentPlan', ParentType, ContextType>;
}>;

export type PolicyChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyChange'] = ResolversParentTypes['PolicyChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyDocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyDocument'] = ResolversParentTypes['PolicyDocument']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyPassageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyPassage'] = ResolversParentTypes['PolicyPassage']> = ResolversObject<{
  document?: Resolver<ResolversTypes['PolicyDocument'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['PolicySection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyRejected'] = ResolversParentTypes['PolicyRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PolicySectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicySection'] = ResolversParentTypes['PolicySection']> = ResolversObject<{
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PostalAddressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PreferredLanguageResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PreferredLanguageResult'] = ResolversParentTypes['PreferredLanguageResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer' | 'RecoveryRejected', ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  annualFee?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  aprMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  aprMin?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ProductCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditTerms?: Resolver<Maybe<ResolversTypes['CreditTerms']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  fees?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interestRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductGapResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductGap'] = ResolversParentTypes['ProductGap']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['ProductGapBasis'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProductImportProblemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductImportProblem'] = ResolversParentTypes['ProductImportProblem']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductImportReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductImportReport'] = ResolversParentTypes['ProductImportReport']> = ResolversObject<{
  ignoredFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ProductImportProblem']>, ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  rowsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductKpisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductKpis'] = ResolversParentTypes['ProductKpis']> = ResolversObject<{
  kpis?: Resolver<ResolversTypes['Kpis'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductMatch'] = ResolversParentTypes['ProductMatch']> = ResolversObject<{
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ProductRecommendationFunnelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductRecommendationFunnel'] = ResolversParentTypes['ProductRecommendationFunnel']> = ResolversObject<{
  funnel?: Resolver<ResolversTypes['RecommendationFunnel'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PromiseResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PromiseResult'] = ResolversParentTypes['PromiseResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'PaymentPromise' | 'RecoveryRejected', ParentType, ContextType>;
}>;

export type PropensityFactorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PropensityFactor'] = ResolversParentTypes['PropensityFactor']> = ResolversObject<{
  effect?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  bureauStatus?: Resolver<ResolversTypes['BureauStatus'], ParentType, ContextType>;
  campaignAudience?: Resolver<ResolversTypes['CampaignAudienceConnection'], ParentType, ContextType, RequireFields<QueryCampaignAudienceArgs, 'first' | 'minConfidence' | 'productId' | 'topK'>>;
  creditPolicy?: Resolver<ResolversTypes['CreditPolicy'], ParentType, ContextType>;
  creditPolicyHistory?: Resolver<Array<ResolversTypes['CreditPolicy']>, ParentType, ContextType, RequireFields<QueryCreditPolicyHistoryArgs, 'first'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerClusters?: Resolver<Array<ResolversTypes['CustomerCluster']>, ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  demoPassword?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  demoUsers?: Resolver<Array<ResolversTypes['DemoUser']>, ParentType, ContextType>;
  devTenants?: Resolver<Array<ResolversTypes['Tenant']>, ParentType, ContextType>;
  escalationRuleHistory?: Resolver<Array<ResolversTypes['EscalationRules']>, ParentType, ContextType>;
  escalationRules?: Resolver<ResolversTypes['EscalationRules'], ParentType, ContextType>;
  modelDrift?: Resolver<Array<ResolversTypes['ModelDrift']>, ParentType, ContextType, RequireFields<QueryModelDriftArgs, 'windowDays'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  outreachDeadLetters?: Resolver<Array<ResolversTypes['OutreachMessage']>, ParentType, ContextType, RequireFields<QueryOutreachDeadLettersArgs, 'first'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  rankingModel?: Resolver<Maybe<ResolversTypes['RankingModel']>, ParentType, ContextType>;
  recommendationAnalytics?: Resolver<ResolversTypes['RecommendationAnalytics'], ParentType, ContextType, RequireFields<QueryRecommendationAnalyticsArgs, 'from' | 'groupBy' | 'to'>>;
  recommendationExperiments?: Resolver<Array<ResolversTypes['RecommendationExperiment']>, ParentType, ContextType, RequireFields<QueryRecommendationExperimentsArgs, 'first'>>;
  recommendationsForProfile?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendationsForProfileArgs, 'k' | 'profile'>>;
  recoveryCase?: Resolver<Maybe<ResolversTypes['RecoveryCase']>, ParentType, ContextType, RequireFields<QueryRecoveryCaseArgs, 'id'>>;
  recoveryCases?: Resolver<ResolversTypes['RecoveryCaseConnection'], ParentType, ContextType, RequireFields<QueryRecoveryCasesArgs, 'first'>>;
  recoveryExperiment?: Resolver<Maybe<ResolversTypes['RecoveryExperiment']>, ParentType, ContextType, RequireFields<QueryRecoveryExperimentArgs, 'id'>>;
  recoveryExperiments?: Resolver<Array<ResolversTypes['RecoveryExperiment']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  riskModel?: Resolver<ResolversTypes['RiskModel'], ParentType, ContextType>;
  scenario?: Resolver<ResolversTypes['Scenario'], ParentType, ContextType, RequireFields<QueryScenarioArgs, 'changes' | 'customerId' | 'k'>>;
  searchPolicies?: Resolver<Array<ResolversTypes['PolicyPassage']>, ParentType, ContextType, RequireFields<QuerySearchPoliciesArgs, 'first' | 'question'>>;
  searchProducts?: Resolver<Array<ResolversTypes['ProductMatch']>, ParentType, ContextType, RequireFields<QuerySearchProductsArgs, 'first' | 'text'>>;
  segments?: Resolver<Array<ResolversTypes['SegmentInfo']>, ParentType, ContextType>;
  verifyAuditLog?: Resolver<ResolversTypes['AuditVerification'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type RankingModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RankingModel'] = ResolversParentTypes['RankingModel']> = ResolversObject<{
  activatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ndcgAt10?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  popularityNdcgAt10?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  report?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rulesNdcgAt10?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trainedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trainingRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RateComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RateComparison'] = ResolversParentTypes['RateComparison']> = ResolversObject<{
  arm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ciHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ciLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  control?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  significant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ReasonCodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReasonCode'] = ResolversParentTypes['ReasonCode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ReasonSource'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  experimentArm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  policyCitations?: Resolver<Array<ResolversTypes['PolicyPassage']>, ParentType, ContextType, RequireFields<RecommendationPolicyCitationsArgs, 'first'>>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecommendationAnalyticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationAnalytics'] = ResolversParentTypes['RecommendationAnalytics']> = ResolversObject<{
  byRegion?: Resolver<Array<ResolversTypes['RegionRecommendationFunnel']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['AnalyticsGrouping'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['RecommendationFunnelPoint']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topProducts?: Resolver<Array<ResolversTypes['ProductRecommendationFunnel']>, ParentType, ContextType, RequireFields<RecommendationAnalyticsTopProductsArgs, 'first'>>;
  totals?: Resolver<ResolversTypes['RecommendationFunnel'], ParentType, ContextType>;
}>;

export type RecommendationArmResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationArm'] = ResolversParentTypes['RecommendationArm']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['RankingStrategy'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecommendationArmResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationArmResult'] = ResolversParentTypes['RecommendationArmResult']> = ResolversObject<{
  approvals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  arm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conversion?: Resolver<ResolversTypes['ArmRate'], ParentType, ContextType>;
  ctr?: Resolver<ResolversTypes['ArmRate'], ParentType, ContextType>;
  exposedCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  impressions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['RankingStrategy'], ParentType, ContextType>;
}>;

export type RecommendationChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationChange'] = ResolversParentTypes['RecommendationChange']> = ResolversObject<{
  confidenceAfter?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  confidenceBefore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  rankAfter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankBefore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  why?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RecommendationExperimentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationExperiment'] = ResolversParentTypes['RecommendationExperiment']> = ResolversObject<{
  arms?: Resolver<Array<ResolversTypes['RecommendationArm']>, ParentType, ContextType>;
  hypothesis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['RecommendationExperimentResults'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExperimentStatus'], ParentType, ContextType>;
  stopNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stoppedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stoppedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecommendationExperimentRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationExperimentRejected'] = ResolversParentTypes['RecommendationExperimentRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecommendationExperimentResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationExperimentResult'] = ResolversParentTypes['RecommendationExperimentResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecommendationExperiment' | 'RecommendationExperimentRejected', ParentType, ContextType>;
}>;

export type RecommendationExperimentResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationExperimentResults'] = ResolversParentTypes['RecommendationExperimentResults']> = ResolversObject<{
  arms?: Resolver<Array<ResolversTypes['RecommendationArmResult']>, ParentType, ContextType>;
  comparisons?: Resolver<Array<ResolversTypes['RateComparison']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  winner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RecommendationFunnelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationFunnel'] = ResolversParentTypes['RecommendationFunnel']> = ResolversObject<{
  applicationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  applications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  approvals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clickThroughRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  clicks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customersReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  served?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  views?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecommendationFunnelPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecommendationFunnelPoint'] = ResolversParentTypes['RecommendationFunnelPoint']> = ResolversObject<{
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  funnel?: Resolver<ResolversTypes['RecommendationFunnel'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecoveryCaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecoveryCase'] = ResolversParentTypes['RecoveryCase']> = ResolversObject<{
  ability?: Resolver<ResolversTypes['Level'], ParentType, ContextType>;
  abilityScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  activePlan?: Resolver<Maybe<ResolversTypes['RepaymentPlan']>, ParentType, ContextType>;
  assignedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bestContact?: Resolver<Maybe<ResolversTypes['BestContact']>, ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['DelinquencyBucket'], ParentType, ContextType>;
  ceaseRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['CaseCloseReason']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  daysPastDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dispute?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  experimentArm?: Resolver<Maybe<ResolversTypes['CaseExperimentArm']>, ParentType, ContextType>;
  handedOver?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loan?: Resolver<ResolversTypes['Loan'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['OutreachMessage']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overdueAmount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  plans?: Resolver<Array<ResolversTypes['RepaymentPlan']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  promises?: Resolver<Array<ResolversTypes['PaymentPromise']>, ParentType, ContextType>;
  propensityFactors?: Resolver<Array<ResolversTypes['PropensityFactor']>, ParentType, ContextType>;
  propensityModelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  propensityToPay?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RecoveryReason']>, ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['RecoverySegment'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CaseStage'], ParentType, ContextType>;
  stageSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['RecoveryStrategy'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType, RequireFields<RecoveryCaseTimelineArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vulnerability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  willingness?: Resolver<ResolversTypes['Level'], ParentType, ContextType>;
  willingnessScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecoveryCaseConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecoveryCaseConnection'] = ResolversParentTypes['RecoveryCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecoveryCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecoveryCaseEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecoveryCaseEdge'] = ResolversParentTypes['RecoveryCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecoveryCase'], ParentType, ContextType>;
}>;

export type RecoveryExperimentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecoveryExperiment'] = ResolversParentTypes['RecoveryExperiment']> = ResolversObject<{
  arms?: Resolver<Array<ResolversTypes['ExperimentArm']>, ParentType, ContextType>;
  hypothesis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryMetric?: Resolver<ResolversTypes['ExperimentMetric'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['ExperimentResults'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExperimentStatus'], ParentType, ContextType>;
  stopNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stoppedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  stoppedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecoveryKpisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecoveryKpis'] = ResolversParentTypes['RecoveryKpis']> = ResolversObject<{
  amountRecovered?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  casesByStage?: Resolver<Array<ResolversTypes['StageCount']>, ParentType, ContextType>;
  casesClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesCured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesOpened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cureRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  messagesSent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueAtOpening?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  promiseKeptRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promisesBroken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisesKept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recoveryRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rightPartyContactRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rightPartyContacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rollRates?: Resolver<Array<ResolversTypes['BucketRollRate']>, ParentType, ContextType>;
}>;

export type RecoveryReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecoveryReason'] = ResolversParentTypes['RecoveryReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecoveryRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecoveryRejected'] = ResolversParentTypes['RecoveryRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecoverySweepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecoverySweep'] = ResolversParentTypes['RecoverySweep']> = ResolversObject<{
  casesClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesOpened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chargedOff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handedOver?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loansChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisesSettled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegionKpisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionKpis'] = ResolversParentTypes['RegionKpis']> = ResolversObject<{
  kpis?: Resolver<ResolversTypes['Kpis'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RegionRecommendationFunnelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionRecommendationFunnel'] = ResolversParentTypes['RegionRecommendationFunnel']> = ResolversObject<{
  funnel?: Resolver<ResolversTypes['RecommendationFunnel'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RepaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Repayment'] = ResolversParentTypes['Repayment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  amountDue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  application?: Resolver<ResolversTypes['LoanApplication'], ParentType, ContextType>;
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  limitChange?: Resolver<Maybe<ResolversTypes['CreditLimitChange']>, ParentType, ContextType>;
  limitReview?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  statementBalance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RepaymentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RepaymentPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RepaymentPlan'] = ResolversParentTypes['RepaymentPlan']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlanKind'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Due']>, ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['RecoveryReason']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RepaymentRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RepaymentRejected'] = ResolversParentTypes['RepaymentRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RepaymentResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RepaymentResult'] = ResolversParentTypes['RepaymentResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Repayment' | 'RepaymentRejected', ParentType, ContextType>;
}>;

export type RiskModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RiskModel'] = ResolversParentTypes['RiskModel']> = ResolversObject<{
  auc?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  brier?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  gini?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ks?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trainedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  trainingRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Scenario'] = ResolversParentTypes['Scenario']> = ResolversObject<{
  after?: Resolver<ResolversTypes['ScenarioSide'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['ScenarioSide'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ScenarioChange']>, ParentType, ContextType>;
  decisionChange?: Resolver<Maybe<ResolversTypes['DecisionChange']>, ParentType, ContextType>;
  recommendationChanges?: Resolver<Array<ResolversTypes['RecommendationChange']>, ParentType, ContextType>;
}>;

export type ScenarioChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioChange'] = ResolversParentTypes['ScenarioChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioDecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioDecision'] = ResolversParentTypes['ScenarioDecision']> = ResolversObject<{
  approvedAmount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bureauUsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  counterfactuals?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  creditLimit?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthlyInstalment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  probabilityOfDefault?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ReasonCode']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScenarioSideResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioSide'] = ResolversParentTypes['ScenarioSide']> = ResolversObject<{
  decision?: Resolver<Maybe<ResolversTypes['ScenarioDecision']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
}>;

export type ScoreContributionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScoreContribution'] = ResolversParentTypes['ScoreContribution']> = ResolversObject<{
  bin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SegmentInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SegmentInfo'] = ResolversParentTypes['SegmentInfo']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Share'] = ResolversParentTypes['Share']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SpendingProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingProfile'] = ResolversParentTypes['SpendingProfile']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['Share']>, ParentType, ContextType>;
  incomeVariability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monthlyInflow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monthlyOutflow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  peakIncomeMonths?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  topCategories?: Resolver<Array<ResolversTypes['Share']>, ParentType, ContextType>;
}>;

export type StageCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StageCount'] = ResolversParentTypes['StageCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['CaseStage'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  applicationDecided?: SubscriptionResolver<ResolversTypes['LoanApplication'], "applicationDecided", ParentType, ContextType, Partial<SubscriptionApplicationDecidedArgs>>;
  customerScoreUpdated?: SubscriptionResolver<ResolversTypes['CustomerScore'], "customerScoreUpdated", ParentType, ContextType, RequireFields<SubscriptionCustomerScoreUpdatedArgs, 'customerId'>>;
  dashboard?: SubscriptionResolver<ResolversTypes['Dashboard'], "dashboard", ParentType, ContextType, RequireFields<SubscriptionDashboardArgs, 'window'>>;
  recoveryCaseUpdated?: SubscriptionResolver<ResolversTypes['RecoveryCase'], "recoveryCaseUpdated", ParentType, ContextType, Partial<SubscriptionRecoveryCaseUpdatedArgs>>;
}>;

export type TenantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = ResolversObject<{
  accentColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fontFamily?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logoText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  ApplicationRejected?: ApplicationRejectedResolvers<ContextType>;
  ArmComparison?: ArmComparisonResolvers<ContextType>;
  ArmOutcome?: ArmOutcomeResolvers<ContextType>;
  ArmRate?: ArmRateResolvers<ContextType>;
  AuditChainVerification?: AuditChainVerificationResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditVerification?: AuditVerificationResolvers<ContextType>;
  BestContact?: BestContactResolvers<ContextType>;
  BucketRollRate?: BucketRollRateResolvers<ContextType>;
  BureauStatus?: BureauStatusResolvers<ContextType>;
  CampaignAudienceConnection?: CampaignAudienceConnectionResolvers<ContextType>;
  CampaignAudienceEdge?: CampaignAudienceEdgeResolvers<ContextType>;
  CampaignAudienceMember?: CampaignAudienceMemberResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseExperimentArm?: CaseExperimentArmResolvers<ContextType>;
  CaseResult?: CaseResultResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ContactCheck?: ContactCheckResolvers<ContextType>;
  CounterOffer?: CounterOfferResolvers<ContextType>;
  CounterOfferOutcome?: CounterOfferOutcomeResolvers<ContextType>;
  CounterOfferResult?: CounterOfferResultResolvers<ContextType>;
  CreditLimit?: CreditLimitResolvers<ContextType>;
  CreditLimitChange?: CreditLimitChangeResolvers<ContextType>;
  CreditPolicy?: CreditPolicyResolvers<ContextType>;
  CreditPolicyResult?: CreditPolicyResultResolvers<ContextType>;
  CreditTerms?: CreditTermsResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerCluster?: CustomerClusterResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerFeedback?: CustomerFeedbackResolvers<ContextType>;
  CustomerScore?: CustomerScoreResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DecisionChange?: DecisionChangeResolvers<ContextType>;
  DemoUser?: DemoUserResolvers<ContextType>;
  DevLogin?: DevLoginResolvers<ContextType>;
  Disbursement?: DisbursementResolvers<ContextType>;
  DisbursementRejected?: DisbursementRejectedResolvers<ContextType>;
  DisbursementResult?: DisbursementResultResolvers<ContextType>;
  DisbursementStep?: DisbursementStepResolvers<ContextType>;
  DriftBin?: DriftBinResolvers<ContextType>;
  DriftRow?: DriftRowResolvers<ContextType>;
  Due?: DueResolvers<ContextType>;
  Eligibility?: EligibilityResolvers<ContextType>;
  EscalationRules?: EscalationRulesResolvers<ContextType>;
  EscalationRulesResult?: EscalationRulesResultResolvers<ContextType>;
  ExperimentArm?: ExperimentArmResolvers<ContextType>;
  ExperimentResult?: ExperimentResultResolvers<ContextType>;
  ExperimentResults?: ExperimentResultsResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  FeedbackRejected?: FeedbackRejectedResolvers<ContextType>;
  FeedbackResult?: FeedbackResultResolvers<ContextType>;
  FraudAssessment?: FraudAssessmentResolvers<ContextType>;
  FraudRing?: FraudRingResolvers<ContextType>;
  GradeBand?: GradeBandResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  Insight?: InsightResolvers<ContextType>;
  InsightFact?: InsightFactResolvers<ContextType>;
  Installment?: InstallmentResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionRejected?: InteractionRejectedResolvers<ContextType>;
  InteractionResult?: InteractionResultResolvers<ContextType>;
  Interval?: IntervalResolvers<ContextType>;
  KpiPoint?: KpiPointResolvers<ContextType>;
  Kpis?: KpisResolvers<ContextType>;
  Loan?: LoanResolvers<ContextType>;
  LoanApplication?: LoanApplicationResolvers<ContextType>;
  LoanApplicationResult?: LoanApplicationResultResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  ModelDrift?: ModelDriftResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OutreachMessage?: OutreachMessageResolvers<ContextType>;
  OutreachResult?: OutreachResultResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentPromise?: PaymentPromiseResolvers<ContextType>;
  PlanResult?: PlanResultResolvers<ContextType>;
  PolicyChange?: PolicyChangeResolvers<ContextType>;
  PolicyDocument?: PolicyDocumentResolvers<ContextType>;
  PolicyPassage?: PolicyPassageResolvers<ContextType>;
  PolicyRejected?: PolicyRejectedResolvers<ContextType>;
  PolicySection?: PolicySectionResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  PreferredLanguageResult?: PreferredLanguageResultResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductGap?: ProductGapResolvers<ContextType>;
  ProductImportProblem?: ProductImportProblemResolvers<ContextType>;
  ProductImportReport?: ProductImportReportResolvers<ContextType>;
  ProductKpis?: ProductKpisResolvers<ContextType>;
  ProductMatch?: ProductMatchResolvers<ContextType>;
  ProductRecommendationFunnel?: ProductRecommendationFunnelResolvers<ContextType>;
  PromiseResult?: PromiseResultResolvers<ContextType>;
  PropensityFactor?: PropensityFactorResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankingModel?: RankingModelResolvers<ContextType>;
  RateComparison?: RateComparisonResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  ReasonCode?: ReasonCodeResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationAnalytics?: RecommendationAnalyticsResolvers<ContextType>;
  RecommendationArm?: RecommendationArmResolvers<ContextType>;
  RecommendationArmResult?: RecommendationArmResultResolvers<ContextType>;
  RecommendationChange?: RecommendationChangeResolvers<ContextType>;
  RecommendationExperiment?: RecommendationExperimentResolvers<ContextType>;
  RecommendationExperimentRejected?: RecommendationExperimentRejectedResolvers<ContextType>;
  RecommendationExperimentResult?: RecommendationExperimentResultResolvers<ContextType>;
  RecommendationExperimentResults?: RecommendationExperimentResultsResolvers<ContextType>;
  RecommendationFunnel?: RecommendationFunnelResolvers<ContextType>;
  RecommendationFunnelPoint?: RecommendationFunnelPointResolvers<ContextType>;
  RecoveryCase?: RecoveryCaseResolvers<ContextType>;
  RecoveryCaseConnection?: RecoveryCaseConnectionResolvers<ContextType>;
  RecoveryCaseEdge?: RecoveryCaseEdgeResolvers<ContextType>;
  RecoveryExperiment?: RecoveryExperimentResolvers<ContextType>;
  RecoveryKpis?: RecoveryKpisResolvers<ContextType>;
  RecoveryReason?: RecoveryReasonResolvers<ContextType>;
  RecoveryRejected?: RecoveryRejectedResolvers<ContextType>;
  RecoverySweep?: RecoverySweepResolvers<ContextType>;
  RegionKpis?: RegionKpisResolvers<ContextType>;
  RegionRecommendationFunnel?: RegionRecommendationFunnelResolvers<ContextType>;
  Repayment?: RepaymentResolvers<ContextType>;
  RepaymentPlan?: RepaymentPlanResolvers<ContextType>;
  RepaymentRejected?: RepaymentRejectedResolvers<ContextType>;
  RepaymentResult?: RepaymentResultResolvers<ContextType>;
  RiskModel?: RiskModelResolvers<ContextType>;
  Scenario?: ScenarioResolvers<ContextType>;
  ScenarioChange?: ScenarioChangeResolvers<ContextType>;
  ScenarioDecision?: ScenarioDecisionResolvers<ContextType>;
  ScenarioSide?: ScenarioSideResolvers<ContextType>;
  ScoreContribution?: ScoreContributionResolvers<ContextType>;
  SegmentInfo?: SegmentInfoResolvers<ContextType>;
  Share?: ShareResolvers<ContextType>;
  SpendingProfile?: SpendingProfileResolvers<ContextType>;
  StageCount?: StageCountResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = GraphQLContext> = ResolversObject<{
  auth?: AuthDirectiveResolver<any, any, ContextType>;
  pii?: PiiDirectiveResolver<any, any, ContextType>;
}>;
