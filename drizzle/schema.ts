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
} from 'drizzle-orm/pg-core';

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
    name: text('name').notNull(),
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
    /** Summary of 12 months of transactions, kept with the row so that reads never scan transactions. */
    spendProfile: jsonb('spend_profile').$type<SpendProfile>(),
    /** Need-profile embedding (profile + goals + transaction patterns); recomputed when those change. */
    needEmbedding: vector('need_embedding'),
    needModel: text('need_model'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('customers_tenant_id_idx').on(t.tenantId, t.id),
    index('customers_tenant_segment_idx').on(t.tenantId, t.segment, t.id),
    index('customers_tenant_region_idx').on(t.tenantId, t.region, t.id),
    // Name search is "contains, any case" (ILIKE '%text%'): a trigram index answers it without a scan.
    index('customers_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
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
  },
  (t) => [index('recommendation_log_customer_idx').on(t.customerId, t.servedAt)],
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
