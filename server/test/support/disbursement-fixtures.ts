// A database of its own for the disbursement tests, reachable from a second process: on
// PostgreSQL a fresh database (as harness.ts makes one), on PGlite a data directory in a temp
// folder (one process at a time: the test closes its copy while a child process has it). Holds
// only what the saga reads: a tenant, two products, a customer, and decided applications.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { creditDecisions, customers, loanApplications, products, tenantProducts, tenants } from '../../../drizzle/schema.js';
import { catalogProduct } from '../../../seeds/catalog.js';
import { DEFAULT_TENANT_ID } from '../../../seeds/tenants.js';
import { CatalogStore } from '../../src/catalog/catalog-store.js';
import { openDatabase, type AppDb, type Database } from '../../src/db/index.js';
import { encryptCustomerPii } from '../../src/repositories/customer-pii.js';
import { piiCipher } from '../../src/security/pii-crypto.js';
import { monthlySchedule, REVOLVING_MINIMUM_DUE, round2 } from '../../src/domain/credit/credit-terms.js';
import { SimulatedGateway, type SimulatedGatewayOptions } from '../../src/payments/gateway.js';
import { DisbursementService, type DisbursementServiceOptions } from '../../src/services/disbursements.js';
import type { Viewer } from '../../src/security/viewer.js';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const TENANT = DEFAULT_TENANT_ID;
export const LOAN_PRODUCT = 'pl-meridian-instant';
export const CARD_PRODUCT = 'cc-saffron-first-card';
export const CUSTOMER_ID = 920_001;
export const RM: Viewer = { userId: 'test-rm', role: 'RELATIONSHIP_MANAGER', tenantId: TENANT };

/** Where the database is; passed to a child process as JSON in DISBURSEMENT_TEST_DB. */
export interface DbTarget {
  kind: 'pglite' | 'postgres';
  databaseUrl?: string;
  pgliteDir?: string;
}

export interface TestDatabase {
  target: DbTarget;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: 'pglite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const name = `cg_disb_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    await admin.end();
    return {
      target: { kind, databaseUrl: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) },
      async drop() {
        const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
        await a.unsafe(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cg-disb-'));
  return {
    target: { kind, pgliteDir: path.join(dir, 'pgdata') },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function openTarget(target: DbTarget): Promise<Database> {
  return openDatabase(target.kind === 'postgres' ? { databaseUrl: target.databaseUrl, poolSize: 4 } : { pgliteDir: target.pgliteDir });
}

/** The tenant, the two products and the customer; run once, after the migrations. */
export async function insertBaseFixtures(db: AppDb): Promise<void> {
  await db.insert(tenants).values({ id: TENANT, name: 'Disbursement test bank' });
  for (const id of [LOAN_PRODUCT, CARD_PRODUCT]) {
    await db.insert(products).values({ ...catalogProduct(id) });
    await db.insert(tenantProducts).values({ tenantId: TENANT, productId: id });
  }
  await db.insert(customers).values({
    id: CUSTOMER_ID,
    tenantId: TENANT,
    ...encryptCustomerPii(piiCipher(), CUSTOMER_ID, { name: 'Asha Verma' }),
    kind: 'INDIVIDUAL',
    segment: 'SALARIED',
    region: 'Maharashtra',
    age: 34,
    annualIncome: 1_200_000,
    employment: 'SALARIED',
    creditScore: 760,
  });
}

export interface ApplicationFixture {
  key: string;
  productId?: string;
  amount?: number;
  termMonths?: number;
  aprPercent?: number;
  status?: string;
  /** False: an applicant who is not a customer. */
  withCustomer?: boolean;
}

/** A decided application as the credit service stores one (decision fields the saga reads are real). */
export async function insertApplication(db: AppDb, f: ApplicationFixture): Promise<number> {
  const productId = f.productId ?? LOAN_PRODUCT;
  const revolving = productId === CARD_PRODUCT;
  const amount = f.amount ?? 200_000;
  const termMonths = f.termMonths ?? 24;
  const apr = f.aprPercent ?? 14;
  const status = f.status ?? 'APPROVED';
  const approved = status === 'APPROVED';
  const now = new Date();
  const [app] = await db
    .insert(loanApplications)
    .values({
      tenantId: TENANT,
      idempotencyKey: f.key,
      requestHash: `hash-${f.key}`,
      customerId: f.withCustomer === false ? null : CUSTOMER_ID,
      applicant: f.withCustomer === false ? { name: 'Prospect' } : null,
      productId,
      amount,
      termMonths,
      purpose: 'disbursement test',
      consent: { creditAssessment: true, bureauCheck: true },
      status,
      submittedBy: RM.userId,
      submittedAt: now,
    })
    .returning({ id: loanApplications.id });
  await db.insert(creditDecisions).values({
    applicationId: app.id,
    tenantId: TENANT,
    outcome: { APPROVED: 'APPROVE', DECLINED: 'DECLINE', REFERRED: 'REFER', COUNTER_OFFERED: 'COUNTER_OFFER' }[status] ?? 'APPROVE',
    probabilityOfDefault: 0.03,
    score: 640,
    grade: 'B',
    reasons: [],
    contributions: [],
    counterfactuals: [],
    repaymentSchedule: approved && !revolving ? monthlySchedule(amount, termMonths, apr, now) : [],
    approvedAmount: approved ? amount : null,
    creditLimit: approved && revolving ? amount : null,
    monthlyInstalment: approved ? (revolving ? round2(amount * REVOLVING_MINIMUM_DUE) : monthlySchedule(amount, termMonths, apr, now)[0].amount) : null,
    aprPercent: approved ? apr : null,
    fraudFlags: [],
    fraud: {},
    bureauUsed: true,
    bureau: {},
    features: {},
    inputs: {},
    modelVersion: 'test',
    policyVersion: 1,
    latencyMs: 1,
    decidedAt: now,
  });
  return app.id;
}

export interface ServiceOptions {
  gateway?: SimulatedGatewayOptions;
  service?: Partial<Omit<DisbursementServiceOptions, 'db' | 'catalog' | 'gateway'>>;
}

/** A saga service over the database with a simulated gateway; retries fast (1-4 ms backoff). */
export async function disbursementService(db: AppDb, opts: ServiceOptions = {}): Promise<{ service: DisbursementService; gateway: SimulatedGateway }> {
  const catalog = new CatalogStore(db);
  await catalog.reload();
  const gateway = new SimulatedGateway(db, opts.gateway);
  const service = new DisbursementService({ db, catalog, gateway, retry: { attempts: 3, initialDelayMs: 1, maxDelayMs: 4 }, ...opts.service });
  return { service, gateway };
}
