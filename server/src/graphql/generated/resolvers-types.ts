import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerModel, ProductModel, HoldingModel, RecommendationModel, TenantModel, ViewerModel, ProductMatchModel, SpendProfileModel, ThemeModel, DevLoginModel, LoanApplicationModel, DecisionModel, ScoreContributionModel, CreditPolicyModel, RiskModelModel, CreditLimitModel, CreditLimitChangeModel, RepaymentModel, InteractionModel, DashboardModel, ProductKpisModel, CustomerScoreModel } from '../mappers.js';
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
  | 'REFERRED';

export type BreakerState =
  | 'CLOSED'
  | 'HALF_OPEN'
  | 'ISOLATED'
  | 'OPEN';

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

export type ConsentInput = {
  /** Consent to ask the credit bureau. Without it, only alternative data decides. */
  bureauCheck: Scalars['Boolean']['input'];
  /** Consent to assess the application with the applicant's data, including bank transactions. Required. */
  creditAssessment: Scalars['Boolean']['input'];
};

export type CounterOffer = {
  __typename?: 'CounterOffer';
  amount: Scalars['Float']['output'];
  kind: CounterOfferKind;
  monthlyInstalment: Scalars['Float']['output'];
  termMonths: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type CounterOfferKind =
  | 'LONGER_TERM'
  | 'RESTRUCTURING'
  | 'SEASONAL_SCHEDULE'
  | 'SMALLER_AMOUNT';

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
  /** Individuals only. */
  age?: Maybe<Scalars['Int']['output']>;
  /** Annual income, or annual revenue for a business. */
  annualIncome: Scalars['Float']['output'];
  /** Latest applications first. */
  applications: Array<LoanApplication>;
  /** The current revolving credit limit and how it changed; null when the customer has none. */
  creditLimit?: Maybe<CreditLimit>;
  /** Bureau score 300-850; null for a customer who is new to credit. */
  creditScore?: Maybe<Scalars['Int']['output']>;
  employment: Scalars['String']['output'];
  goals: Scalars['String']['output'];
  holdings: Array<Holding>;
  id: Scalars['ID']['output'];
  kind: CustomerKind;
  name: Scalars['String']['output'];
  newToCredit: Scalars['Boolean']['output'];
  /** Products that peers in the same segment commonly hold and this customer does not. */
  productGaps: Array<Product>;
  /** The top-k products for this customer, ranked, each with a confidence and reasons. k is 1-50. */
  recommendations: Array<Recommendation>;
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


export type CustomerRecommendationsArgs = {
  k?: InputMaybe<Scalars['Int']['input']>;
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

export type CustomerFilter = {
  kind?: InputMaybe<CustomerKind>;
  region?: InputMaybe<Scalars['String']['input']>;
  /** Part of the customer's name, case-insensitive. */
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

/** What was decided on an application. */
export type DecisionOutcome =
  | 'APPROVE'
  /** Not as asked, but on other terms: a smaller amount, a longer term, a seasonal schedule or a restructuring. */
  | 'COUNTER_OFFER'
  | 'DECLINE'
  /** A person must look at it (fraud signals, a policy rule, or a score in the review band). */
  | 'REFER';

export type DevLogin = {
  __typename?: 'DevLogin';
  token: Scalars['String']['output'];
  viewer: Viewer;
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
  balance: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  product: Product;
  status: Scalars['String']['output'];
};

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
  | 'CLICK'
  | 'DISMISS'
  | 'VIEW';

export type InteractionRejected = {
  __typename?: 'InteractionRejected';
  /** The input field at fault, e.g. customerId, productId, occurredAt, eventId. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type InteractionResult = Interaction | InteractionRejected;

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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Development only (NODE_ENV other than production): a signed token for the chosen role and tenant.
   * Send it as `Authorization: Bearer <token>`.
   */
  devLogin: DevLogin;
  /**
   * Record a view, click or dismissal of a recommended product. Idempotent per eventId: a retry
   * returns the first record; an eventId reused for a different interaction is rejected.
   */
  recordInteraction: InteractionResult;
  /**
   * COLLECTOR or ADMIN. Records a repayment and, for cards, reviews the credit limit by the policy's
   * rule (raise after a run of on-time payments, cut after a very late payment or repeated missed
   * ones). The same idempotency key always returns the same repayment, so a payment retried by a
   * gateway is counted once; a key reused for a different payment is rejected.
   */
  recordRepayment: RepaymentResult;
  /**
   * Submit a loan or card application and get its decision. The same idempotency key always returns
   * the same application, also when retries arrive at the same time; a key reused for a different
   * application is rejected.
   */
  submitLoanApplication: LoanApplicationResult;
  /** ADMIN only. Writes a new policy version; the change is audited. */
  updateCreditPolicy: CreditPolicyResult;
};


export type MutationDevLoginArgs = {
  role: Role;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRecordInteractionArgs = {
  eventId: Scalars['String']['input'];
  input: InteractionInput;
};


export type MutationRecordRepaymentArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: RepaymentInput;
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

/** Relay cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PolicyChange = {
  __typename?: 'PolicyChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  to: Scalars['String']['output'];
};

export type PolicyRejected = {
  __typename?: 'PolicyRejected';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

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

export type ProductFilter = {
  category?: InputMaybe<ProductCategory>;
  customerKind?: InputMaybe<CustomerKind>;
  provider?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
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

export type Query = {
  __typename?: 'Query';
  bureauStatus: BureauStatus;
  /** The credit policy in force for the viewer's tenant. */
  creditPolicy: CreditPolicy;
  /** Every version, newest first. */
  creditPolicyHistory: Array<CreditPolicy>;
  customer?: Maybe<Customer>;
  /** The viewer's customers, newest id first. first is 1-100 (default 20). */
  customers: CustomerConnection;
  /** Tenants a development login may choose; outside production only. */
  devTenants: Array<Tenant>;
  /** Any object by its global id; null when the id is unknown or not visible to the viewer. */
  node?: Maybe<Node>;
  product?: Maybe<Product>;
  /** Products offered by the viewer's tenant. first is 1-100 (default 20). */
  products: ProductConnection;
  /** Top-k products for a prospect with no record. k is 1-50. */
  recommendationsForProfile: Array<Recommendation>;
  regions: Array<Scalars['String']['output']>;
  riskModel: RiskModel;
  /** Semantic search over the catalog with the embedding model. first is 1-50. */
  searchProducts: Array<ProductMatch>;
  segments: Array<SegmentInfo>;
  viewer: Viewer;
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


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecommendationsForProfileArgs = {
  k?: InputMaybe<Scalars['Int']['input']>;
  profile: ProfileInput;
};


export type QuerySearchProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
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
  modelVersion: Scalars['String']['output'];
  product: Product;
  /** 1 is the best. */
  rank: Scalars['Int']['output'];
  /** Two to four plain-language reasons, strongest first. */
  reasons: Array<Reason>;
  /** The combined score behind the rank and the confidence. */
  score: Scalars['Float']['output'];
};

export type RegionKpis = {
  __typename?: 'RegionKpis';
  kpis: Kpis;
  region: Scalars['String']['output'];
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
  | 'RELATIONSHIP_MANAGER';

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
  CreditPolicyResult:
    | ( CreditPolicyModel )
    | ( PolicyRejected )
  ;
  InteractionResult:
    | ( InteractionModel )
    | ( InteractionRejected )
  ;
  LoanApplicationResult:
    | ( ApplicationRejected )
    | ( LoanApplicationModel )
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
    | ( LoanApplicationModel )
    | ( ProductModel )
    | ( TenantModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApplicantInput: ApplicantInput;
  ApplicationDeviceInput: ApplicationDeviceInput;
  ApplicationRejected: ResolverTypeWrapper<ApplicationRejected>;
  ApplicationStatus: ApplicationStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BreakerState: BreakerState;
  BureauStatus: ResolverTypeWrapper<BureauStatus>;
  ConsentInput: ConsentInput;
  CounterOffer: ResolverTypeWrapper<CounterOffer>;
  CounterOfferKind: CounterOfferKind;
  CreditLimit: ResolverTypeWrapper<CreditLimitModel>;
  CreditLimitChange: ResolverTypeWrapper<CreditLimitChangeModel>;
  CreditPolicy: ResolverTypeWrapper<CreditPolicyModel>;
  CreditPolicyInput: CreditPolicyInput;
  CreditPolicyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreditPolicyResult']>;
  CreditTerms: ResolverTypeWrapper<CreditTerms>;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerKind: CustomerKind;
  CustomerScore: ResolverTypeWrapper<CustomerScoreModel>;
  Dashboard: ResolverTypeWrapper<DashboardModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decision: ResolverTypeWrapper<DecisionModel>;
  DecisionOutcome: DecisionOutcome;
  DevLogin: ResolverTypeWrapper<DevLoginModel>;
  Eligibility: ResolverTypeWrapper<ProductModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FraudAssessment: ResolverTypeWrapper<FraudAssessment>;
  FraudRing: ResolverTypeWrapper<FraudRing>;
  GradeBand: ResolverTypeWrapper<GradeBand>;
  GradeBandInput: GradeBandInput;
  Holding: ResolverTypeWrapper<HoldingModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Installment: ResolverTypeWrapper<Installment>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interaction: ResolverTypeWrapper<InteractionModel>;
  InteractionInput: InteractionInput;
  InteractionKind: InteractionKind;
  InteractionRejected: ResolverTypeWrapper<InteractionRejected>;
  InteractionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InteractionResult']>;
  KpiPoint: ResolverTypeWrapper<KpiPoint>;
  KpiWindow: KpiWindow;
  Kpis: ResolverTypeWrapper<Kpis>;
  LoanApplication: ResolverTypeWrapper<LoanApplicationModel>;
  LoanApplicationInput: LoanApplicationInput;
  LoanApplicationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LoanApplicationResult']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PolicyChange: ResolverTypeWrapper<PolicyChange>;
  PolicyRejected: ResolverTypeWrapper<PolicyRejected>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductAudience: ProductAudience;
  ProductCategory: ProductCategory;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductKpis: ResolverTypeWrapper<ProductKpisModel>;
  ProductMatch: ResolverTypeWrapper<ProductMatchModel>;
  ProfileInput: ProfileInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reason: ResolverTypeWrapper<Reason>;
  ReasonCode: ResolverTypeWrapper<ReasonCode>;
  ReasonSource: ReasonSource;
  Recommendation: ResolverTypeWrapper<RecommendationModel>;
  RegionKpis: ResolverTypeWrapper<RegionKpis>;
  Repayment: ResolverTypeWrapper<RepaymentModel>;
  RepaymentInput: RepaymentInput;
  RepaymentRejected: ResolverTypeWrapper<RepaymentRejected>;
  RepaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RepaymentResult']>;
  RepaymentStatus: RepaymentStatus;
  RiskModel: ResolverTypeWrapper<RiskModelModel>;
  Role: Role;
  ScoreChangeCause: ScoreChangeCause;
  ScoreContribution: ResolverTypeWrapper<ScoreContributionModel>;
  SegmentInfo: ResolverTypeWrapper<SegmentInfo>;
  Share: ResolverTypeWrapper<Share>;
  SpendingProfile: ResolverTypeWrapper<SpendProfileModel>;
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
  Boolean: Scalars['Boolean']['output'];
  BureauStatus: BureauStatus;
  ConsentInput: ConsentInput;
  CounterOffer: CounterOffer;
  CreditLimit: CreditLimitModel;
  CreditLimitChange: CreditLimitChangeModel;
  CreditPolicy: CreditPolicyModel;
  CreditPolicyInput: CreditPolicyInput;
  CreditPolicyResult: ResolversUnionTypes<ResolversParentTypes>['CreditPolicyResult'];
  CreditTerms: CreditTerms;
  Customer: CustomerModel;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerScore: CustomerScoreModel;
  Dashboard: DashboardModel;
  DateTime: Scalars['DateTime']['output'];
  Decision: DecisionModel;
  DevLogin: DevLoginModel;
  Eligibility: ProductModel;
  Float: Scalars['Float']['output'];
  FraudAssessment: FraudAssessment;
  FraudRing: FraudRing;
  GradeBand: GradeBand;
  GradeBandInput: GradeBandInput;
  Holding: HoldingModel;
  ID: Scalars['ID']['output'];
  Installment: Installment;
  Int: Scalars['Int']['output'];
  Interaction: InteractionModel;
  InteractionInput: InteractionInput;
  InteractionRejected: InteractionRejected;
  InteractionResult: ResolversUnionTypes<ResolversParentTypes>['InteractionResult'];
  KpiPoint: KpiPoint;
  Kpis: Kpis;
  LoanApplication: LoanApplicationModel;
  LoanApplicationInput: LoanApplicationInput;
  LoanApplicationResult: ResolversUnionTypes<ResolversParentTypes>['LoanApplicationResult'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PolicyChange: PolicyChange;
  PolicyRejected: PolicyRejected;
  Product: ProductModel;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductKpis: ProductKpisModel;
  ProductMatch: ProductMatchModel;
  ProfileInput: ProfileInput;
  Query: Record<PropertyKey, never>;
  Reason: Reason;
  ReasonCode: ReasonCode;
  Recommendation: RecommendationModel;
  RegionKpis: RegionKpis;
  Repayment: RepaymentModel;
  RepaymentInput: RepaymentInput;
  RepaymentRejected: RepaymentRejected;
  RepaymentResult: ResolversUnionTypes<ResolversParentTypes>['RepaymentResult'];
  RiskModel: RiskModelModel;
  ScoreContribution: ScoreContributionModel;
  SegmentInfo: SegmentInfo;
  Share: Share;
  SpendingProfile: SpendProfileModel;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tenant: TenantModel;
  Theme: ThemeModel;
  Viewer: ViewerModel;
}>;

export type ApplicationRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicationRejected'] = ResolversParentTypes['ApplicationRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type CounterOfferResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CounterOffer'] = ResolversParentTypes['CounterOffer']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CounterOfferKind'], ParentType, ContextType>;
  monthlyInstalment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  annualIncome?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['LoanApplication']>, ParentType, ContextType, RequireFields<CustomerApplicationsArgs, 'first'>>;
  creditLimit?: Resolver<Maybe<ResolversTypes['CreditLimit']>, ParentType, ContextType>;
  creditScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  employment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goals?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CustomerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newToCredit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  productGaps?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<CustomerRecommendationsArgs, 'k'>>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segmentLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spendingProfile?: Resolver<Maybe<ResolversTypes['SpendingProfile']>, ParentType, ContextType>;
  yearsInBusiness?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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
  policyVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probabilityOfDefault?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ReasonCode']>, ParentType, ContextType>;
  repaymentSchedule?: Resolver<Array<ResolversTypes['Installment']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DevLoginResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DevLogin'] = ResolversParentTypes['DevLogin']> = ResolversObject<{
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type EligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = ResolversObject<{
  customerKind?: Resolver<ResolversTypes['ProductAudience'], ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minCreditScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minIncome?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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
  balance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type LoanApplicationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoanApplication'] = ResolversParentTypes['LoanApplication']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  applicantName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  devLogin?: Resolver<ResolversTypes['DevLogin'], ParentType, ContextType, RequireFields<MutationDevLoginArgs, 'role'>>;
  recordInteraction?: Resolver<ResolversTypes['InteractionResult'], ParentType, ContextType, RequireFields<MutationRecordInteractionArgs, 'eventId' | 'input'>>;
  recordRepayment?: Resolver<ResolversTypes['RepaymentResult'], ParentType, ContextType, RequireFields<MutationRecordRepaymentArgs, 'idempotencyKey' | 'input'>>;
  submitLoanApplication?: Resolver<ResolversTypes['LoanApplicationResult'], ParentType, ContextType, RequireFields<MutationSubmitLoanApplicationArgs, 'idempotencyKey' | 'input'>>;
  updateCreditPolicy?: Resolver<ResolversTypes['CreditPolicyResult'], ParentType, ContextType, RequireFields<MutationUpdateCreditPolicyArgs, 'input' | 'reason'>>;
}>;

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer' | 'LoanApplication' | 'Product' | 'Tenant', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PolicyChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyChange'] = ResolversParentTypes['PolicyChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyRejectedResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyRejected'] = ResolversParentTypes['PolicyRejected']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type ProductKpisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductKpis'] = ResolversParentTypes['ProductKpis']> = ResolversObject<{
  kpis?: Resolver<ResolversTypes['Kpis'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductMatch'] = ResolversParentTypes['ProductMatch']> = ResolversObject<{
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  bureauStatus?: Resolver<ResolversTypes['BureauStatus'], ParentType, ContextType>;
  creditPolicy?: Resolver<ResolversTypes['CreditPolicy'], ParentType, ContextType>;
  creditPolicyHistory?: Resolver<Array<ResolversTypes['CreditPolicy']>, ParentType, ContextType, RequireFields<QueryCreditPolicyHistoryArgs, 'first'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  devTenants?: Resolver<Array<ResolversTypes['Tenant']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  recommendationsForProfile?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendationsForProfileArgs, 'k' | 'profile'>>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  riskModel?: Resolver<ResolversTypes['RiskModel'], ParentType, ContextType>;
  searchProducts?: Resolver<Array<ResolversTypes['ProductMatch']>, ParentType, ContextType, RequireFields<QuerySearchProductsArgs, 'first' | 'text'>>;
  segments?: Resolver<Array<ResolversTypes['SegmentInfo']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
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
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RegionKpisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegionKpis'] = ResolversParentTypes['RegionKpis']> = ResolversObject<{
  kpis?: Resolver<ResolversTypes['Kpis'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  applicationDecided?: SubscriptionResolver<ResolversTypes['LoanApplication'], "applicationDecided", ParentType, ContextType, Partial<SubscriptionApplicationDecidedArgs>>;
  customerScoreUpdated?: SubscriptionResolver<ResolversTypes['CustomerScore'], "customerScoreUpdated", ParentType, ContextType, RequireFields<SubscriptionCustomerScoreUpdatedArgs, 'customerId'>>;
  dashboard?: SubscriptionResolver<ResolversTypes['Dashboard'], "dashboard", ParentType, ContextType, RequireFields<SubscriptionDashboardArgs, 'window'>>;
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
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  ApplicationRejected?: ApplicationRejectedResolvers<ContextType>;
  BureauStatus?: BureauStatusResolvers<ContextType>;
  CounterOffer?: CounterOfferResolvers<ContextType>;
  CreditLimit?: CreditLimitResolvers<ContextType>;
  CreditLimitChange?: CreditLimitChangeResolvers<ContextType>;
  CreditPolicy?: CreditPolicyResolvers<ContextType>;
  CreditPolicyResult?: CreditPolicyResultResolvers<ContextType>;
  CreditTerms?: CreditTermsResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerScore?: CustomerScoreResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DevLogin?: DevLoginResolvers<ContextType>;
  Eligibility?: EligibilityResolvers<ContextType>;
  FraudAssessment?: FraudAssessmentResolvers<ContextType>;
  FraudRing?: FraudRingResolvers<ContextType>;
  GradeBand?: GradeBandResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  Installment?: InstallmentResolvers<ContextType>;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionRejected?: InteractionRejectedResolvers<ContextType>;
  InteractionResult?: InteractionResultResolvers<ContextType>;
  KpiPoint?: KpiPointResolvers<ContextType>;
  Kpis?: KpisResolvers<ContextType>;
  LoanApplication?: LoanApplicationResolvers<ContextType>;
  LoanApplicationResult?: LoanApplicationResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PolicyChange?: PolicyChangeResolvers<ContextType>;
  PolicyRejected?: PolicyRejectedResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductKpis?: ProductKpisResolvers<ContextType>;
  ProductMatch?: ProductMatchResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  ReasonCode?: ReasonCodeResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RegionKpis?: RegionKpisResolvers<ContextType>;
  Repayment?: RepaymentResolvers<ContextType>;
  RepaymentRejected?: RepaymentRejectedResolvers<ContextType>;
  RepaymentResult?: RepaymentResultResolvers<ContextType>;
  RiskModel?: RiskModelResolvers<ContextType>;
  ScoreContribution?: ScoreContributionResolvers<ContextType>;
  SegmentInfo?: SegmentInfoResolvers<ContextType>;
  Share?: ShareResolvers<ContextType>;
  SpendingProfile?: SpendingProfileResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

