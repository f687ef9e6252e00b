// Table definitions: the single source for drizzle-kit's migrations (drizzle/migrations).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { BureauReport } from '../server/src/bureau/report.js';
import type { FeedbackState } from '../server/src/domain/recommendation/feedback.js';

/**
 * An embedding as bytea holding float32 values (little-endian, as on every platform Node runs on
 * in practice). A real[] column travels as text: reading one 512-float need vector that way cost
 * about 4 ms on PGlite, against well under 1 ms as bytes.
 */
export const vector = customType<{ data: Float32Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
  // Copied so that a row never pins the driver's (possibly large, pooled) receive buffer.
  fromDriver: (b) => new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)),
});

/**
 * Staff and partner users who sign in (Mutation.login). A username is unique across tenants so that
 * signing in needs no tenant; the password is kept as a scrypt hash (security/passwords.ts).
 */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(), // ROLES
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_idx').on(t.username), index('users_tenant_role_idx').on(t.tenantId, t.role)],
);

/** A white-label partner. Every customer belongs to exactly one tenant. */
export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Colors, logo text and typography for the partner's front end. */
  theme: jsonb('theme').$type<Record<string, string>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The product catalog, shared by all tenants; tenant_products says who offers what. */
export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(), // a readable slug, e.g. "cc-aurora-travel-elite"
    name: text('name').notNull(),
    category: text('category').notNull(), // PRODUCT_CATEGORIES
    provider: text('provider').notNull(),
    description: text('description').notNull(),
    aprMin: real('apr_min'), // percent a year; null where not a credit product
    aprMax: real('apr_max'),
    interestRate: real('interest_rate'), // percent a year paid to the customer (savings)
    annualFee: real('annual_fee').notNull().default(0),
    fees: text('fees').notNull().default(''),
    minIncome: real('min_income').notNull().default(0), // annual income (individuals) or revenue (businesses)
    minScore: integer('min_score'), // null: open to new-to-credit customers
    minAge: integer('min_age'),
    maxAge: integer('max_age'),
    regions: text('regions').array().notNull().default(sql`'{}'::text[]`), // empty: everywhere
    customerKind: text('customer_kind').notNull().default('ANY'), // PRODUCT_AUDIENCES
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Sentence embedding of name, description and tags, computed when the product is written. */
    embedding: vector('embedding'),
    embeddingModel: text('embedding_model'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('products_category_idx').on(t.category)],
);

export const tenantProducts = pgTable(
  'tenant_products',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.productId] })],
);

export const customers = pgTable(
  'customers',
  {
    id: integer('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /**
     * Plaintext name of rows written before PII encryption; null once encrypted (at start, or by
     * npm run pii:reencrypt). Never read: repositories/customers.ts decrypts nameEnc.
     */
    name: text('name'),
    // PII, AES-256-GCM envelopes (server/src/security/pii-crypto.ts), each bound to its row and column.
    nameEnc: text('name_enc'),
    emailEnc: text('email_enc'),
    phoneEnc: text('phone_enc'),
    /** YYYY-MM-DD; individuals only. */
    dateOfBirthEnc: text('date_of_birth_enc'),
    addressEnc: text('address_enc'),
    /** Blind indexes (security/blind-index.ts): one keyed hash per normalised name word; email; phone digits. */
    nameBidx: text('name_bidx').array(),
    emailBidx: text('email_bidx'),
    phoneBidx: text('phone_bidx'),
    kind: text('kind').notNull(), // CUSTOMER_KINDS
    segment: text('segment').notNull(), // SEGMENTS
    region: text('region').notNull(), // REGIONS
    age: integer('age'), // individuals
    yearsInBusiness: integer('years_in_business'), // businesses
    annualIncome: doublePrecision('annual_income').notNull(), // income, or revenue for a business
    employment: text('employment').notNull(),
    creditScore: integer('credit_score'), // null: new to credit
    goals: text('goals').notNull().default(''),
    consentMarketing: boolean('consent_marketing').notNull().default(true),
    consentBureau: boolean('consent_bureau').notNull().default(true),
    /**
     * The current consent per purpose (customer_consents holds the history): consentRecommendation
     * for RECOMMENDATION, consentBureau for CREDIT_CHECK, consentMarketing for MARKETING_CONTACT.
     */
    consentRecommendation: boolean('consent_recommendation').notNull().default(true),
    /** The language the customer asked to be written to in (LANGUAGES); null: the region's usual one. */
    preferredLanguage: text('preferred_language'),
    /** Summary of 12 months of transactions, kept with the row so that reads never scan transactions. */
    spendProfile: jsonb('spend_profile').$type<SpendProfile>(),
    /** Need-profile embedding (profile + goals + transaction patterns); recomputed when those change. */
    needEmbedding: vector('need_embedding'),
    needModel: text('need_model'),
    /**
     * The customer's feedback folded into its current state (customer_feedback, and dismissals from
     * interactions), kept with the row so that a ranking reads nothing more; null: none given.
     */
    feedbackState: jsonb('feedback_state').$type<FeedbackState>(),
    /** The user (users.id) who is this customer's relationship manager: the one RM who sees its full PII. */
    relationshipManagerId: text('relationship_manager_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('customers_tenant_id_idx').on(t.tenantId, t.id),
    index('customers_tenant_segment_idx').on(t.tenantId, t.segment, t.id),
    index('customers_tenant_region_idx').on(t.tenantId, t.region, t.id),
    index('customers_tenant_rm_idx').on(t.tenantId, t.relationshipManagerId, t.id),
    // Search matches blind indexes exactly: whole name words (array containment), email, phone.
    index('customers_name_bidx_idx').using('gin', t.nameBidx),
    index('customers_tenant_email_bidx_idx').on(t.tenantId, t.emailBidx),
    index('customers_tenant_phone_bidx_idx').on(t.tenantId, t.phoneBidx),
  ],
);

export interface SpendProfile {
  /** Share of outflows per spending category over 12 months, 0..1. */
  categoryShare: Record<string, number>;
  /** Share of transactions per channel, 0..1. */
  channelShare: Record<string, number>;
  monthlyInflowMean: number;
  /** Coefficient of variation of monthly inflows: 0 for a steady salary, high for seasonal income. */
  inflowVariability: number;
  monthlyOutflowMean: number;
  /** The months (1-12) whose inflow is highest, for seasonal earners. */
  peakMonths: number[];
}

export const holdings = pgTable(
  'holdings',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    balance: doublePrecision('balance').notNull().default(0),
    status: text('status').notNull().default('ACTIVE'), // ACTIVE | CLOSED
    /** The account number, encrypted (pii-crypto.ts), bound to holdings.<customer>.<product>.account_number. */
    accountNumberEnc: text('account_number_enc'),
  },
  (t) => [index('holdings_customer_idx').on(t.customerId), index('holdings_product_idx').on(t.productId)],
);

export const transactions = pgTable(
  'transactions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    amount: doublePrecision('amount').notNull(), // positive: inflow; negative: outflow
    category: text('category').notNull(), // salary, business_income, crop_sale, groceries, rent, emi, ...
    channel: text('channel').notNull(), // TRANSACTION_CHANNELS
    description: text('description').notNull().default(''),
    /** Account balance after the transaction, as on a bank statement (account aggregator data). */
    balanceAfter: doublePrecision('balance_after'),
  },
  (t) => [index('transactions_customer_time_idx').on(t.customerId, t.occurredAt)],
);

/** Every recommendation served, for audit and for the learning loop. */
export const recommendationLog = pgTable(
  'recommendation_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    customerId: integer('customer_id'), // null for a prospect (recommendationsForProfile)
    productId: text('product_id').notNull(),
    rank: integer('rank').notNull(),
    score: real('score').notNull(),
    confidence: real('confidence').notNull(),
    modelVersion: text('model_version').notNull(),
    servedAt: timestamp('served_at', { withTimezone: true }).notNull().defaultNow(),
    /** The recommendation experiment and arm the customer was in when served, if one ran. */
    experimentId: bigint('experiment_id', { mode: 'number' }),
    arm: text('arm'),
  },
  (t) => [
    index('recommendation_log_customer_idx').on(t.customerId, t.servedAt),
    index('recommendation_log_experiment_idx').on(t.experimentId, t.arm).where(sql`${t.experimentId} is not null`),
    // The dashboard rebuilds a tenant's recent volume from this at start-up.
    index('recommendation_log_tenant_served_idx').on(t.tenantId, t.servedAt),
  ],
);

/** Item-to-item co-occurrence over holdings, per tenant: how many customers hold both products. */
export const productCooccurrence = pgTable(
  'product_cooccurrence',
  {
    tenantId: text('tenant_id').notNull(),
    productA: text('product_a').notNull(),
    productB: text('product_b').notNull(),
    customers: integer('customers').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.productA, t.productB] })],
);

/**
 * Per tenant and segment: how many customers, and how many of them hold each product. Peer
 * statistics never mix tenants: one partner's customers do not explain another's recommendations.
 */
export const segmentUptake = pgTable(
  'segment_uptake',
  {
    tenantId: text('tenant_id').notNull(),
    segment: text('segment').notNull(),
    productId: text('product_id').notNull(),
    holders: integer('holders').notNull(),
    segmentSize: integer('segment_size').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.segment, t.productId] })],
);

// ---------------------------------------------------------------- credit decisions

/** Feature values as the risk model sees them: numbers, category codes, or null (missing). */
export type FeatureValues = Record<string, number | string | null>;

/**
 * The credit bureau's file on a subject, as served by the bureau simulator (a stand-in for a
 * real bureau, which would keep this on its side of the wire). subject_ref is "tenant:customerId".
 */
export const bureauRecords = pgTable('bureau_records', {
  subjectRef: text('subject_ref').primaryKey(),
  report: jsonb('report').$type<BureauReport>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Past credit and how it ended: the outcome history the risk model is trained on. Features are
 * the snapshot the model would have seen when the credit was granted, so retraining never
 * recomputes them from today's data.
 */
export const creditOutcomes = pgTable(
  'credit_outcomes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    customerId: integer('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    productCategory: text('product_category').notNull(),
    amount: doublePrecision('amount').notNull(),
    termMonths: integer('term_months').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    features: jsonb('features').$type<FeatureValues>().notNull(),
    /** 90+ days past due within 12 months of granting. */
    defaulted: boolean('defaulted').notNull(),
    source: text('source').notNull(), // SEED | BOOK (observed on this platform)
  },
  (t) => [index('credit_outcomes_granted_idx').on(t.grantedAt)],
);

/** Trained risk models, versioned; the server scores with the one ACTIVE model. */
export const riskModels = pgTable(
  'risk_models',
  {
    version: text('version').primaryKey(),
    kind: text('kind').notNull(), // SCORECARD
    status: text('status').notNull(), // ACTIVE | CHALLENGER | RETIRED
    /** The serialised model (for a scorecard: bins, WoE, points, scaling). */
    model: jsonb('model').notNull(),
    metrics: jsonb('metrics').$type<Record<string, unknown>>().notNull(),
    /** The training report, in Markdown. */
    report: text('report').notNull().default(''),
    trainingRows: integer('training_rows').notNull(),
    trainedAt: timestamp('trained_at', { withTimezone: true }).notNull(),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('risk_models_one_active_idx').on(t.kind).where(sql`${t.status} = 'ACTIVE'`)],
);

/**
 * Learned recommendation rankers, versioned like risk_models: exactly one ACTIVE, which every
 * replica serves; a retrained CHALLENGER is kept beside it with its figures whether or not it won.
 */
export const rankingModels = pgTable(
  'ranking_models',
  {
    version: text('version').primaryKey(),
    status: text('status').notNull(), // ACTIVE | CHALLENGER | RETIRED
    /** domain/ranking/ranker.ts RankerModel. */
    model: jsonb('model').notNull(),
    /** Hold-out figures of this model and of the baselines it was compared with. */
    metrics: jsonb('metrics').$type<Record<string, unknown>>().notNull(),
    report: text('report').notNull().default(''),
    trainingRows: integer('training_rows').notNull(),
    trainedAt: timestamp('trained_at', { withTimezone: true }).notNull(),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('ranking_models_one_active_idx').on(t.status).where(sql`${t.status} = 'ACTIVE'`)],
);

/** A/B tests of recommendation strategies (schema/recommendation-experiments.graphql); one RUNNING per tenant. */
export const recommendationExperiments = pgTable(
  'recommendation_experiments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    name: text('name').notNull(),
    hypothesis: text('hypothesis').notNull(),
    arms: jsonb('arms').$type<{ name: string; weight: number; strategy: string }[]>().notNull(),
    status: text('status').notNull(), // RUNNING | STOPPED
    startedBy: text('started_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    stoppedBy: text('stopped_by'),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    stopNote: text('stop_note'),
  },
  (t) => [uniqueIndex('recommendation_experiments_one_running_idx').on(t.tenantId).where(sql`${t.status} = 'RUNNING'`)],
);

/**
 * Credit policy per tenant: thresholds, cut-offs and knock-out rules. Versions are immutable;
 * the highest version is in force. Who changed what, and why, is in the row and in audit_events.
 */
export const creditPolicies = pgTable(
  'credit_policies',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    version: integer('version').notNull(),
    policy: jsonb('policy').$type<Record<string, unknown>>().notNull(),
    changedBy: text('changed_by').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.version] })],
);

/** Append-only record of who did what: policy changes, decisions, later PII reads and exports. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(), // e.g. CREDIT_POLICY_CHANGED
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set together when the sealer chains the row (security/audit-sealer.ts), null until then: the
     * hash of the row before it in the tenant's chain (null for the first), its own hash, and its
     * position in the chain (1, 2, ... per tenant; the order verification walks).
     */
    prevHash: text('prev_hash'),
    hash: text('hash'),
    chainSeq: bigint('chain_seq', { mode: 'number' }),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.tenantId, t.entityType, t.entityId, t.at),
    uniqueIndex('audit_events_chain_idx').on(t.tenantId, t.chainSeq),
    // What the sealer looks for: small, since rows leave it within a second of their commit.
    index('audit_events_unsealed_idx').on(t.tenantId, t.id).where(sql`${t.hash} is null`),
  ],
);

/**
 * Every consent given or withdrawn, per purpose (RECOMMENDATION, CREDIT_CHECK, MARKETING_CONTACT):
 * who recorded it, when and from where. The customer row keeps the current state for fast reads.
 */
export const customerConsents = pgTable(
  'customer_consents',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    customerId: integer('customer_id').notNull(),
    purpose: text('purpose').notNull(),
    granted: boolean('granted').notNull(),
    recordedBy: text('recorded_by').notNull(),
    /** Where the customer gave it: BRANCH, APP, CALL_CENTRE, PARTNER, SEED... */
    source: text('source').notNull(),
    /** A client-chosen key: a retried recordConsent finds its first row instead of adding another. */
    eventId: text('event_id'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('customer_consents_customer_idx').on(t.tenantId, t.customerId, t.purpose, t.recordedAt),
    uniqueIndex('customer_consents_event_idx').on(t.tenantId, t.eventId),
  ],
);

/** A loan or card application. The idempotency key is unique per tenant: a retry finds the first row. */
export const loanApplications = pgTable(
  'loan_applications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Hash of the request: a key reused for a different application is refused, not replayed. */
    requestHash: text('request_hash').notNull(),
    customerId: integer('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    /** The applicant's profile when they are not (yet) a customer. */
    applicant: jsonb('applicant').$type<Record<string, unknown>>(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    amount: doublePrecision('amount').notNull(),
    termMonths: integer('term_months').notNull(),
    purpose: text('purpose').notNull(),
    consent: jsonb('consent').$type<Record<string, boolean>>().notNull(),
    status: text('status').notNull(), // APPLICATION_STATUSES
    submittedBy: text('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('loan_applications_idempotency_idx').on(t.tenantId, t.idempotencyKey),
    index('loan_applications_customer_idx').on(t.tenantId, t.customerId, t.submittedAt),
    index('loan_applications_submitted_idx').on(t.tenantId, t.submittedAt),
  ],
);

/** The decision on an application, with everything needed to explain and audit it later. */
export const creditDecisions = pgTable(
  'credit_decisions',
  {
    applicationId: bigint('application_id', { mode: 'number' })
      .primaryKey()
      .references(() => loanApplications.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    outcome: text('outcome').notNull(), // DECISION_OUTCOMES
    probabilityOfDefault: doublePrecision('probability_of_default').notNull(),
    score: integer('score').notNull(),
    grade: text('grade').notNull(),
    reasons: jsonb('reasons').$type<unknown[]>().notNull(),
    /** Points per scorecard feature (value, bin, points, best attainable): they sum to the score. */
    contributions: jsonb('contributions').$type<unknown[]>().notNull(),
    counterfactuals: jsonb('counterfactuals').$type<string[]>().notNull(),
    counterOffer: jsonb('counter_offer').$type<Record<string, unknown>>(),
    repaymentSchedule: jsonb('repayment_schedule').$type<unknown[]>().notNull(),
    approvedAmount: doublePrecision('approved_amount'),
    creditLimit: doublePrecision('credit_limit'),
    monthlyInstalment: doublePrecision('monthly_instalment'),
    aprPercent: real('apr_percent'),
    fraudFlags: text('fraud_flags').array().notNull(),
    fraud: jsonb('fraud').$type<Record<string, unknown>>().notNull(),
    bureauUsed: boolean('bureau_used').notNull(),
    bureau: jsonb('bureau').$type<Record<string, unknown>>().notNull(),
    /** Every feature value the model saw, and the policy checks, exactly as used. */
    features: jsonb('features').$type<FeatureValues>().notNull(),
    inputs: jsonb('inputs').$type<Record<string, unknown>>().notNull(),
    modelVersion: text('model_version').notNull(),
    policyVersion: integer('policy_version').notNull(),
    latencyMs: real('latency_ms').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('credit_decisions_decided_idx').on(t.tenantId, t.decidedAt)],
);

/**
 * Identifiers an application carries (phone, device, address, payout account), as keyed hashes:
 * applications sharing one are linked in the fraud-ring graph without storing the plaintext.
 */
export const applicationLinks = pgTable(
  'application_links',
  {
    tenantId: text('tenant_id').notNull(),
    kind: text('kind').notNull(), // PHONE | DEVICE | ADDRESS | PAYOUT_ACCOUNT
    hash: text('hash').notNull(),
    applicationId: bigint('application_id', { mode: 'number' })
      .notNull()
      .references(() => loanApplications.id, { onDelete: 'cascade' }),
    applicantKey: text('applicant_key').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.hash, t.applicationId] }), index('application_links_application_idx').on(t.applicationId)],
);

/** A customer's current revolving credit limit. */
export const creditLimits = pgTable('credit_limits', {
  customerId: integer('customer_id')
    .primaryKey()
    .references(() => customers.id, { onDelete: 'cascade' }),
  tenantId: text('tenant_id').notNull(),
  creditLimit: doublePrecision('credit_limit').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every change of a credit limit, with the rule and the event that caused it. */
export const creditLimitChanges = pgTable(
  'credit_limit_changes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    previousLimit: doublePrecision('previous_limit'),
    newLimit: doublePrecision('new_limit').notNull(),
    rule: text('rule').notNull(),
    reason: text('reason').notNull(),
    /** What caused it: an application, or a repayment event (idempotent: one change per event). */
    eventRef: text('event_ref').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('credit_limit_changes_event_idx').on(t.customerId, t.eventRef)],
);

/**
 * Payments received on approved applications (loans and cards), as the servicing system reports
 * them. Idempotent per key: a payment retried by a gateway is stored once.
 */
export const repayments = pgTable(
  'repayments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Hash of the request: a key reused for a different payment is refused, not replayed. */
    requestHash: text('request_hash').notNull(),
    applicationId: bigint('application_id', { mode: 'number' })
      .notNull()
      .references(() => loanApplications.id, { onDelete: 'cascade' }),
    customerId: integer('customer_id').references(() => customers.id, { onDelete: 'cascade' }),
    /** A card or other revolving credit: its repayments drive the customer's credit limit. */
    revolving: boolean('revolving').notNull(),
    amount: doublePrecision('amount').notNull(),
    amountDue: doublePrecision('amount_due').notNull(),
    dueDate: text('due_date').notNull(), // YYYY-MM-DD
    statementBalance: doublePrecision('statement_balance'),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
    status: text('status').notNull(), // ON_TIME | LATE | SHORT
    daysLate: integer('days_late').notNull(),
    shortfall: doublePrecision('shortfall').notNull(),
    /** Revolving credit only: what the limit review decided, in words. */
    limitReview: text('limit_review'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('repayments_idempotency_idx').on(t.tenantId, t.idempotencyKey),
    index('repayments_application_idx').on(t.applicationId, t.dueDate),
    index('repayments_customer_idx').on(t.customerId, t.revolving, t.recordedAt),
  ],
);

// ---------------------------------------------------------------- interactions and KPIs

/**
 * What customers did with recommended products (views, clicks, dismissals), idempotent per event
 * id. Each is linked to the newest served recommendation of that product for that customer.
 */
export const interactions = pgTable(
  'interactions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    eventId: text('event_id').notNull(),
    /** Hash of the request: an event id reused for a different interaction is refused. */
    requestHash: text('request_hash').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    kind: text('kind').notNull(), // VIEW | CLICK | DISMISS | APPLY | APPROVE
    recommendationLogId: bigint('recommendation_log_id', { mode: 'number' }),
    servedRank: integer('served_rank'),
    modelVersion: text('model_version'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('interactions_event_idx').on(t.tenantId, t.eventId),
    index('interactions_occurred_idx').on(t.tenantId, t.occurredAt),
    index('interactions_customer_idx').on(t.customerId, t.productId, t.occurredAt),
  ],
);

/**
 * Feedback a customer gave on recommendations (giveFeedback), one row per event, stored once per
 * event id; customers.feedback_state holds their fold.
 */
export const customerFeedback = pgTable(
  'customer_feedback',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    eventId: text('event_id').notNull(),
    /** Hash of the request: an event id reused for different feedback is refused. */
    requestHash: text('request_hash').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    likedTags: text('liked_tags').array().notNull().default(sql`'{}'::text[]`),
    dislikedTags: text('disliked_tags').array().notNull().default(sql`'{}'::text[]`),
    interests: text('interests').array().notNull().default(sql`'{}'::text[]`),
    text: text('text'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('customer_feedback_event_idx').on(t.tenantId, t.eventId), index('customer_feedback_customer_idx').on(t.customerId, t.id)],
);

// ---------------------------------------------------------------- loans and recovery

/**
 * An approved application paid out as a loan (or a drawn card line). `dues` is the schedule the
 * customer owes; delinquency is computed from it and the repayments of the application.
 */
export const loans = pgTable(
  'loans',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    applicationId: bigint('application_id', { mode: 'number' })
      .notNull()
      .references(() => loanApplications.id, { onDelete: 'cascade' }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    kind: text('kind').notNull(), // LOAN_KINDS
    principal: doublePrecision('principal').notNull(),
    aprPercent: real('apr_percent').notNull(),
    termMonths: integer('term_months').notNull(),
    monthlyInstalment: doublePrecision('monthly_instalment').notNull(),
    dues: jsonb('dues').$type<{ dueDate: string; amount: number }[]>().notNull(),
    /** PENDING (saga running) | ACTIVE | CLOSED | CHARGED_OFF | CANCELLED (saga compensated). */
    status: text('status').notNull(),
    daysPastDue: integer('days_past_due').notNull().default(0),
    bucket: text('bucket').notNull().default('CURRENT'), // DELINQUENCY_BUCKETS
    overdueAmount: doublePrecision('overdue_amount').notNull().default(0),
    totalPaid: doublePrecision('total_paid').notNull().default(0),
    delinquencyAsOf: timestamp('delinquency_as_of', { withTimezone: true }),
    disbursedAt: timestamp('disbursed_at', { withTimezone: true }),
    chargedOffAt: timestamp('charged_off_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('loans_application_idx').on(t.applicationId),
    index('loans_customer_idx').on(t.tenantId, t.customerId),
    index('loans_status_idx').on(t.tenantId, t.status, t.id),
  ],
);

/**
 * The disbursement saga of one application: reserve the limit, create the loan, pay out through
 * the gateway, confirm. Each step is recorded before the next starts, so a restart resumes (or
 * compensates) from the last recorded step; the idempotency key makes a retried request a replay.
 */
export const disbursements = pgTable(
  'disbursements',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    applicationId: bigint('application_id', { mode: 'number' })
      .notNull()
      .references(() => loanApplications.id, { onDelete: 'cascade' }),
    loanId: bigint('loan_id', { mode: 'number' }),
    amount: doublePrecision('amount').notNull(),
    /** The step last completed: STARTED | LIMIT_RESERVED | LOAN_CREATED | PAID_OUT | CONFIRMED. */
    step: text('step').notNull(),
    /** RUNNING | COMPENSATING | COMPLETED | COMPENSATED. */
    status: text('status').notNull(),
    payoutReference: text('payout_reference'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Each step and compensation with its time, for the audit trail. */
    history: jsonb('history').$type<{ step: string; at: string; detail: string }[]>().notNull(),
    requestedBy: text('requested_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('disbursements_key_idx').on(t.tenantId, t.idempotencyKey),
    // One disbursement per application, ever: a second request for it is refused, not run.
    uniqueIndex('disbursements_application_idx').on(t.applicationId),
    index('disbursements_unfinished_idx').on(t.status),
  ],
);

/** The simulated payment gateway's own ledger: a payout reference is paid at most once. */
export const gatewayPayouts = pgTable('gateway_payouts', {
  reference: text('reference').primaryKey(),
  tenantId: text('tenant_id').notNull(),
  amount: doublePrecision('amount').notNull(),
  /** PAID | REVERSED */
  status: text('status').notNull(),
  paidAt: timestamp('paid_at', { withTimezone: true }).notNull().defaultNow(),
  reversedAt: timestamp('reversed_at', { withTimezone: true }),
});

/** A delinquent loan being worked. At most one open case per loan. */
export const recoveryCases = pgTable(
  'recovery_cases',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    loanId: bigint('loan_id', { mode: 'number' })
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    status: text('status').notNull(), // OPEN | CLOSED
    closeReason: text('close_reason'), // CURED | SETTLED | CHARGED_OFF
    daysPastDue: integer('days_past_due').notNull(),
    bucket: text('bucket').notNull(),
    overdueAmount: doublePrecision('overdue_amount').notNull(),
    outstanding: doublePrecision('outstanding').notNull(),
    segment: text('segment').notNull(), // RECOVERY_SEGMENTS
    ability: text('ability').notNull(),
    willingness: text('willingness').notNull(),
    strategy: text('strategy').notNull(), // STRATEGIES
    /** Ability and willingness scores, reasons, propensity and best contact time, as last computed. */
    assessment: jsonb('assessment').$type<Record<string, unknown>>().notNull(),
    propensity: doublePrecision('propensity').notNull(),
    /** Higher first in the collectors' queue. */
    priority: doublePrecision('priority').notNull(),
    stage: text('stage').notNull(), // STAGES
    stageSince: timestamp('stage_since', { withTimezone: true }).notNull(),
    assignedTo: text('assigned_to'),
    handedOver: boolean('handed_over').notNull().default(false),
    vulnerability: boolean('vulnerability').notNull().default(false),
    dispute: boolean('dispute').notNull().default(false),
    ceaseRequested: boolean('cease_requested').notNull().default(false),
    timeZone: text('time_zone').notNull().default('Asia/Kolkata'),
    language: text('language').notNull().default('en'),
    /** Bumped on every change: recoveryCaseUpdated subscribers and optimistic writers compare it. */
    version: integer('version').notNull().default(1),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('recovery_cases_open_loan_idx').on(t.loanId).where(sql`${t.status} = 'OPEN'`),
    index('recovery_cases_queue_idx').on(t.tenantId, t.status, t.priority),
    index('recovery_cases_customer_idx').on(t.tenantId, t.customerId),
  ],
);

/** Every case event, append-only (a trigger refuses UPDATE and DELETE): the case's audit trail. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => recoveryCases.id),
    kind: text('kind').notNull(),
    actor: text('actor').notNull(),
    summary: text('summary').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at), index('case_events_tenant_at_idx').on(t.tenantId, t.at)],
);

/** Repayment plans proposed for a case, and what became of each. */
export const repaymentPlans = pgTable(
  'repayment_plans',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => recoveryCases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // PLAN_KINDS
    /** PROPOSED | ACCEPTED | ESCALATED | APPROVED | DECLINED | SUPERSEDED */
    status: text('status').notNull(),
    payments: jsonb('payments').$type<{ dueDate: string; amount: number }[]>().notNull(),
    total: doublePrecision('total').notNull(),
    discount: doublePrecision('discount').notNull(),
    termMonths: integer('term_months').notNull(),
    reasons: jsonb('reasons').$type<{ code: string; text: string }[]>().notNull(),
    /** The counter-offer this plan answers, when it came from one. */
    counterOffer: jsonb('counter_offer').$type<Record<string, unknown>>(),
    proposedBy: text('proposed_by').notNull(),
    decidedBy: text('decided_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('repayment_plans_case_idx').on(t.caseId, t.createdAt)],
);

/** Promises to pay, marked kept or broken from the repayments. */
export const paymentPromises = pgTable(
  'payment_promises',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => recoveryCases.id, { onDelete: 'cascade' }),
    idempotencyKey: text('idempotency_key').notNull(),
    /** Hash of the request: a key reused for a different promise is refused, not replayed. */
    requestHash: text('request_hash').notNull(),
    amount: doublePrecision('amount').notNull(),
    dueDate: text('due_date').notNull(),
    status: text('status').notNull(), // PROMISE_STATUSES
    paidTowards: doublePrecision('paid_towards').notNull().default(0),
    settledOn: text('settled_on'),
    channel: text('channel'),
    recordedBy: text('recorded_by').notNull(),
    madeAt: timestamp('made_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('payment_promises_key_idx').on(t.tenantId, t.idempotencyKey), index('payment_promises_case_idx').on(t.caseId, t.dueDate)],
);

/** Escalation rules per tenant, one row per version; the newest applies. */
export const escalationRuleVersions = pgTable(
  'escalation_rule_versions',
  {
    tenantId: text('tenant_id').notNull(),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<Record<string, unknown>>().notNull(),
    note: text('note').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.version] })],
);

/**
 * Every change of a loan's delinquency bucket, as the recovery engine's refresh found it: the
 * record behind the dashboard's roll rates. Written in the refresh's transaction under the loan's
 * row lock, so two replicas refreshing one loan record a change once.
 */
export const loanBucketTransitions = pgTable(
  'loan_bucket_transitions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    loanId: bigint('loan_id', { mode: 'number' })
      .notNull()
      .references(() => loans.id, { onDelete: 'cascade' }),
    fromBucket: text('from_bucket').notNull(), // DELINQUENCY_BUCKETS
    toBucket: text('to_bucket').notNull(),
    daysPastDue: integer('days_past_due').notNull(),
    /** The refresh's as-of time. */
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('loan_bucket_transitions_tenant_at_idx').on(t.tenantId, t.at), index('loan_bucket_transitions_loan_idx').on(t.loanId, t.at)],
);

/**
 * Outreach messages to a case's customer: composed from reviewed templates, checked against the
 * contact limits, then delivered through the durable queue (server/src/outreach). A message that
 * would break a limit is stored BLOCKED with every check and is never sent; a message the
 * providers keep failing ends DEAD (the dead-letter queue) until an admin replays it.
 */
export const outreachMessages = pgTable(
  'outreach_messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => recoveryCases.id, { onDelete: 'cascade' }),
    customerId: integer('customer_id').notNull(),
    /** The caller's idempotency key: the same key returns the same message. */
    sendKey: text('send_key').notNull(),
    /** Hash of the request: a key reused for a different message is refused, not replayed. */
    requestHash: text('request_hash').notNull(),
    channel: text('channel').notNull(), // CHANNELS
    purpose: text('purpose').notNull(), // PURPOSES
    templateId: text('template_id').notNull(),
    language: text('language').notNull(),
    tone: text('tone').notNull(),
    /** Where it goes, masked (phone number or email address). */
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    /** QUEUED | BLOCKED | SENT | DEAD */
    status: text('status').notNull(),
    /** Every contact check, passed or not, as last evaluated (at request, then at send time). */
    checks: jsonb('checks').$type<{ rule: string; passed: boolean; detail: string }[]>().notNull(),
    /** The first rule that failed, when BLOCKED. */
    blockReason: text('block_reason'),
    /** Provider calls made so far. */
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** How many times the message was put on the queue (1, then one more per replay); names the job. */
    enqueues: integer('enqueues').notNull().default(0),
    providerMessageId: text('provider_message_id'),
    /** Whether the customer answered or replied; null until sent. */
    reached: boolean('reached'),
    requestedBy: text('requested_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deadAt: timestamp('dead_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outreach_messages_key_idx').on(t.tenantId, t.sendKey),
    index('outreach_messages_case_idx').on(t.caseId, t.createdAt),
    // The compliance report reads a tenant's attempts by time.
    index('outreach_messages_tenant_created_idx').on(t.tenantId, t.createdAt),
    index('outreach_messages_status_idx').on(t.tenantId, t.status, t.updatedAt),
    // The restart sweep reads every tenant's queued messages.
    index('outreach_messages_queued_idx').on(t.id).where(sql`${t.status} = 'QUEUED'`),
  ],
);

/**
 * The simulated providers' own ledger (standing in for the SMS, WhatsApp, email and voice
 * providers' side of the wire): one row per idempotency key, so a key sent twice is delivered once.
 */
export const providerDeliveries = pgTable('provider_deliveries', {
  /** The caller's idempotency key: our message id. */
  messageKey: text('message_key').primaryKey(),
  channel: text('channel').notNull(),
  tenantId: text('tenant_id').notNull(),
  recipient: text('recipient').notNull(),
  /** sha256 of subject and body: the same key with other content is refused. */
  bodyHash: text('body_hash').notNull(),
  providerMessageId: text('provider_message_id').notNull(),
  reached: boolean('reached').notNull(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A/B tests of collection strategies, per tenant; at most one runs at a time, so a case is never
 * treated by two. The arms (name, weight, tone, plan kind) are fixed once started: changing them
 * would move cases between arms, so a new experiment is started instead.
 */
export const recoveryExperiments = pgTable(
  'recovery_experiments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: text('tenant_id').notNull(),
    name: text('name').notNull(),
    hypothesis: text('hypothesis').notNull(),
    primaryMetric: text('primary_metric').notNull(), // EXPERIMENT_METRICS
    arms: jsonb('arms').$type<{ name: string; weight: number; tone: string | null; planKind: string | null }[]>().notNull(),
    status: text('status').notNull(), // RUNNING | STOPPED
    startedBy: text('started_by').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    stoppedBy: text('stopped_by'),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    stopNote: text('stop_note'),
  },
  (t) => [uniqueIndex('recovery_experiments_one_running_idx').on(t.tenantId).where(sql`${t.status} = 'RUNNING'`)],
);

/**
 * Which arm a case fell in. The arm is a pure function of the experiment and the case id
 * (assignArm), so this row is the audit of the enrolment and the base of its outcomes: when,
 * and how much was overdue then.
 */
export const experimentEnrolments = pgTable(
  'experiment_enrolments',
  {
    experimentId: bigint('experiment_id', { mode: 'number' })
      .notNull()
      .references(() => recoveryExperiments.id, { onDelete: 'cascade' }),
    caseId: bigint('case_id', { mode: 'number' })
      .notNull()
      .references(() => recoveryCases.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    arm: text('arm').notNull(),
    overdueAtEnrolment: doublePrecision('overdue_at_enrolment').notNull(),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.experimentId, t.caseId] }), index('experiment_enrolments_case_idx').on(t.caseId)],
);

// ---------------------------------------------------------------- customer segments

/**
 * Segmentation models (k-means over behavioural and financial features), one ACTIVE per tenant:
 * the scaler, centroids and named clusters (names, tags, facts, what members hold), so that any
 * replica assigns a customer on read exactly as training did.
 */
export const segmentModels = pgTable(
  'segment_models',
  {
    version: text('version').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    status: text('status').notNull(), // ACTIVE | RETIRED
    k: integer('k').notNull(),
    /** SegmentModelData: feature names, scaler, centroids, clusters, the k tried. */
    model: jsonb('model').notNull(),
    inertia: doublePrecision('inertia').notNull(),
    silhouette: doublePrecision('silhouette').notNull(),
    trainingRows: integer('training_rows').notNull(),
    fitMs: integer('fit_ms').notNull(),
    trainedAt: timestamp('trained_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('segment_models_one_active_idx').on(t.tenantId).where(sql`${t.status} = 'ACTIVE'`)],
);

/** Each trained customer's cluster under a model version, and its distance to the centroid. */
export const customerSegments = pgTable(
  'customer_segments',
  {
    modelVersion: text('model_version')
      .notNull()
      .references(() => segmentModels.version, { onDelete: 'cascade' }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    cluster: integer('cluster').notNull(),
    distance: real('distance').notNull(),
  },
  (t) => [primaryKey({ columns: [t.modelVersion, t.customerId] }), index('customer_segments_cluster_idx').on(t.modelVersion, t.cluster, t.customerId)],
);
