// Submitting an application: validate, gather the facts (transactions, bureau, fraud links,
// earlier applications) in parallel, decide, and store the application with its decision in one
// transaction. The idempotency key makes retries safe, also when they arrive at the same time.
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { BureauClient, BureauOutcome } from '../bureau/client.js';
import type { BureauReport } from '../bureau/report.js';
import type { HotReadCache, StatementFacts } from '../cache/hot-reads.js';
import type { CatalogStore, ProductRow } from '../catalog/catalog-store.js';
import type { AppDb } from '../db/index.js';
import { validateApplicationInput, type ApplicationInputLike, type ValidApplication } from '../domain/credit/application-input.js';
import { decide, type ApplicantFacts, type DecisionDraft, type FeatureWording } from '../domain/credit/decision.js';
import { altDataSignals, featureWording } from '../domain/credit/feature-catalog.js';
import { creditFeatures, existingObligationsFor, isSeasonalIncome, monthlyIncomeFor, statementAsOf, transactionFeatures, type AltDataFeatures } from '../domain/credit/features.js';
import { checkEligibility } from '../domain/recommendation/eligibility.js';
import { canonicalRegion, type ProductAudience } from '../domain/reference.js';
import { localHour, scoreApplicationAnomaly } from '../domain/fraud/anomaly.js';
import { applicationIdentifiers } from '../domain/fraud/identifiers.js';
import { findRing, type RingResult } from '../domain/fraud/ring.js';
import { customerIdOf, fromGlobalId } from '../graphql/ids.js';
import type { Logger } from '../logger.js';
import {
  applicationByKey,
  customerTransactions,
  insertDecidedApplication,
  linkedApplications,
  previousApplications,
  type ApplicationRecord,
} from '../repositories/credit.js';
import type { CustomerRow } from '../repositories/customers.js';
import type { Viewer } from '../security/viewer.js';
import type { CreditPolicyService } from './credit-policies.js';
import { requireConsent } from './consents.js';
import type { RiskModelService } from './risk-models.js';

export const FEATURE_WORDING: FeatureWording = featureWording;

export interface ApplicationRejection {
  field: string;
  message: string;
}

export interface CreditDecisionDeps {
  db: AppDb;
  catalog: CatalogStore;
  policies: CreditPolicyService;
  models: RiskModelService;
  bureau: BureauClient;
  hotReads: HotReadCache;
  /** Keys the identifier hashes of the fraud-ring graph. */
  linkSecret: string;
  log: Logger;
  now?: () => Date;
  /** Told of each new decision once it is stored (not of replays); e.g. to publish it to subscribers. */
  onDecided?: (tenantId: string, application: ApplicationRecord, customer: CustomerRow | null) => void;
}

const DAY_MS = 86_400_000;
const UNKNOWN_CUSTOMER = Symbol('unknown customer');
/** Two or more distinct signs before a customer is treated as in distress: one late bill is not. */
const DISTRESS_MIN_SIGNALS = 2;
/** Bounces with funds before an application is referred for unwillingness to pay. */
const WILFUL_MIN_BOUNCES = 2;

export class CreditDecisionService {
  private readonly now: () => Date;

  constructor(private readonly deps: CreditDecisionDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** `loadCustomer` reads a customer of the viewer's tenant: the request's DataLoader, which consults the hot-read cache. */
  async submit(
    viewer: Viewer,
    input: ApplicationInputLike,
    idempotencyKey: string,
    loadCustomer: (id: number) => Promise<CustomerRow | null>,
  ): Promise<ApplicationRecord | ApplicationRejection> {
    const started = performance.now();
    const tenantId = viewer.tenantId;
    const checked = validateApplicationInput(input, idempotencyKey, (ref) => this.findProduct(tenantId, ref));
    if (!checked.ok) return { field: checked.field, message: checked.message };
    const app = checked.value;

    // A retry: the same key always answers with the first application, never a second decision.
    // Looking the key up does not need the customer, so both reads are under way at once.
    const [customer, earlier] = await Promise.all([
      this.applyingCustomer(app, loadCustomer),
      applicationByKey(this.deps.db, tenantId, app.idempotencyKey),
    ]);
    if (customer === UNKNOWN_CUSTOMER) return { field: 'customerId', message: `no customer with id "${app.customerId}"` };
    const requestHash = hashRequest(app, customer);
    if (earlier) return this.replay(earlier, requestHash);
    // A customer who has not consented to credit checks is refused before the bureau is asked or
    // anything is stored (a prospect consents in the input: consent.creditAssessment).
    if (customer) requireConsent(customer, 'CREDIT_CHECK');

    const draft = await this.decideApplication(tenantId, app, customer);
    const latencyMs = performance.now() - started;
    const stored = await insertDecidedApplication(this.deps.db, this.toInsert(viewer, app, customer, requestHash, draft, latencyMs));
    if (stored) {
      this.deps.onDecided?.(tenantId, stored, customer);
      return stored;
    }
    // Lost a race with a concurrent request with the same key: that request's row is the answer.
    const winner = await applicationByKey(this.deps.db, tenantId, app.idempotencyKey);
    if (!winner) throw new Error(`idempotency key ${app.idempotencyKey} conflicted but no application holds it`);
    return this.replay(winner, requestHash);
  }

  /** The customer applying, null for an applicant who is not one, UNKNOWN_CUSTOMER for an id of no customer of the tenant. */
  private async applyingCustomer(
    app: ValidApplication<ProductRow>,
    loadCustomer: (id: number) => Promise<CustomerRow | null>,
  ): Promise<CustomerRow | null | typeof UNKNOWN_CUSTOMER> {
    if (app.customerId === null) return null;
    const id = customerIdOf(app.customerId);
    const customer = id === null ? null : await loadCustomer(id);
    return customer ?? UNKNOWN_CUSTOMER;
  }

  /** Statement features and transaction hours: read and computed once per customer within the hot-read TTL. */
  private async statement(tenantId: string, customerId: number, now: Date): Promise<StatementFacts> {
    const hit = this.deps.hotReads.getStatement(tenantId, customerId);
    if (hit) return hit;
    const txns = await customerTransactions(this.deps.db, customerId);
    const facts: StatementFacts = {
      alt: txns.length > 0 ? transactionFeatures(txns, statementAsOf(txns[txns.length - 1].occurredAt, now)) : null,
      hours: txns.map((t) => localHour(t.occurredAt)),
    };
    this.deps.hotReads.setStatement(tenantId, customerId, facts);
    return facts;
  }

  private replay(existing: ApplicationRecord, requestHash: string): ApplicationRecord | ApplicationRejection {
    if (existing.requestHash === requestHash) return existing;
    return { field: 'idempotencyKey', message: 'this key was already used for a different application; use a new key for a new application' };
  }

  private findProduct(tenantId: string, ref: string): ProductRow | null {
    const g = fromGlobalId(ref);
    const code = g?.type === 'Product' ? g.localId : ref;
    return this.deps.catalog.productForTenant(tenantId, code);
  }

  private async decideApplication(tenantId: string, app: ValidApplication<ProductRow>, customer: CustomerRow | null): Promise<DecisionWithFacts> {
    return this.decideFrom(await this.gather(tenantId, app, customer), app, customer);
  }

  /**
   * A what-if: the decision on an application of `customer` as on record and of `changed` (the
   * same customer with some facts changed), from one gathering of the facts (one bureau call).
   * Nothing is stored and no one is told. A changed credit score replaces the score of the
   * bureau's file (null: a file too thin to score); the changed row's score decides eligibility.
   */
  async evaluateScenario(
    tenantId: string,
    customer: CustomerRow,
    changed: CustomerRow,
    request: { productId: string; amount: number; termMonths: number },
  ): Promise<{ before: ScenarioDecisionDraft; after: ScenarioDecisionDraft } | ApplicationRejection> {
    const checked = validateApplicationInput(
      { customerId: String(customer.id), productId: request.productId, amount: request.amount, termMonths: request.termMonths, purpose: 'what-if scenario', consent: { creditAssessment: true, bureauCheck: true } },
      'what-if',
      (ref) => this.findProduct(tenantId, ref),
    );
    if (!checked.ok) return { field: checked.field, message: checked.message };
    const app = checked.value;
    const facts = await this.gather(tenantId, app, customer);
    let bureauAfter = facts.bureau;
    if (changed.creditScore !== customer.creditScore && bureauAfter.ok && bureauAfter.report.hit) {
      bureauAfter = { ...bureauAfter, report: { ...bureauAfter.report, score: changed.creditScore } };
    }
    const before = this.decideFrom(facts, app, customer);
    const after = this.decideFrom({ ...facts, bureau: bureauAfter }, app, changed);
    return {
      before: { ...before.draft, bureauUsed: before.bureau.ok },
      after: { ...after.draft, bureauUsed: after.bureau.ok },
    };
  }

  /** The facts a decision reads, gathered in parallel: statements, earlier applications, the bureau, fraud links, the policy. */
  private async gather(tenantId: string, app: ValidApplication<ProductRow>, customer: CustomerRow | null) {
    const now = this.now();
    const applicantKey = customer ? `customer:${customer.id}` : `applicant:${sha256(`${app.applicant!.name.toLowerCase()}|${app.applicant!.age}|${app.applicant!.region}`)}`;
    const identifiers = applicationIdentifiers(this.linkSalt(tenantId), app.device);
    const bureauWanted = app.consent.bureauCheck && (customer ? customer.consentBureau : true);

    const [statement, previous, bureau, ring, policy] = await Promise.all([
      customer ? this.statement(tenantId, customer.id, now) : Promise.resolve<StatementFacts>({ alt: null, hours: [] }),
      customer ? previousApplications(this.deps.db, tenantId, customer.id, new Date(now.getTime() - 90 * DAY_MS)) : Promise.resolve([]),
      bureauWanted
        ? this.deps.bureau.fetchReport({
            subjectRef: customer ? `${tenantId}:${customer.id}` : applicantKey,
            name: customer?.name ?? app.applicant!.name,
            // A business customer has no age; only a non-customer applicant's input gives one.
            age: customer ? customer.age : app.applicant!.age,
            phone: app.device.phone,
          })
        : Promise.resolve<BureauOutcome>({ ok: false, reason: 'NO_CONSENT', latencyMs: 0 }),
      identifiers.length > 0
        ? findRing({ applicationId: null, applicantKey, identifiers }, (hashes) => linkedApplications(this.deps.db, tenantId, hashes), { now })
        : Promise.resolve<RingResult | null>(null),
      this.deps.policies.current(tenantId),
    ]);
    return { now, applicantKey, identifiers, statement, previous, bureau, ring, policy };
  }

  private decideFrom(gathered: Awaited<ReturnType<CreditDecisionService['gather']>>, app: ValidApplication<ProductRow>, customer: CustomerRow | null): DecisionWithFacts {
    const { now, applicantKey, identifiers, statement, previous, bureau, ring, policy } = gathered;
    const alt = statement.alt;
    const report: BureauReport | null = bureau.ok ? bureau.report : null;
    const profile = customer
      ? { kind: customer.kind, age: customer.age, yearsInBusiness: customer.yearsInBusiness, annualIncome: customer.annualIncome, segment: customer.segment }
      : { kind: app.applicant!.kind, age: app.applicant!.age, yearsInBusiness: app.applicant!.yearsInBusiness, annualIncome: app.applicant!.income, segment: null };
    const signals = altDataSignals(alt);
    const anomaly = scoreApplicationAnomaly(
      { amount: app.amount, submittedAt: now },
      {
        previousApplications: previous,
        monthlyInflowMedian: alt ? alt.monthlyInflow : null,
        transactionHours: statement.hours,
      },
    );

    const creditScore = report?.hit ? report.score : (customer?.creditScore ?? null);
    const eligibility = checkEligibility(
      {
        kind: profile.kind as 'INDIVIDUAL' | 'BUSINESS',
        age: profile.age,
        annualIncome: profile.annualIncome,
        creditScore,
        region: canonicalRegion(customer?.region ?? app.applicant!.region) ?? '',
        held: new Set<string>(), // applying again for a product one holds is allowed
      },
      { ...app.product, customerKind: app.product.customerKind as ProductAudience },
    );
    const facts: ApplicantFacts = {
      kind: profile.kind as 'INDIVIDUAL' | 'BUSINESS',
      age: profile.age,
      annualIncome: profile.annualIncome,
      monthlyIncome: monthlyIncomeFor(alt, profile),
      monthlyObligations: existingObligationsFor(alt, report),
      outstandingDebt: report?.hit && report.totalOutstanding > 0 ? report.totalOutstanding : null,
      seasonalIncome: isSeasonalIncome(alt),
      incomeMonths: alt ? alt.peakIncomeMonths : [],
      distressSignals: signals.distress.length >= DISTRESS_MIN_SIGNALS ? signals.distress : [],
      wilfulSignals: alt && alt.bouncesWithFunds >= WILFUL_MIN_BOUNCES ? signals.wilful : [],
      ineligible: eligibility.eligible ? [] : eligibility.failed.filter((f) => f.rule !== 'ALREADY_HELD').map((f) => f.message),
    };
    const scorer = this.deps.models.scorer;
    const draft = decide({
      amount: app.amount,
      termMonths: app.termMonths,
      product: app.product,
      terms: app.terms,
      applicant: facts,
      bureau: { used: bureau.ok, report },
      fraud: {
        anomalyScore: anomaly.score,
        flags: anomaly.flags,
        explanations: anomaly.explanations,
        ring: ring && { applicants: ring.applicants, applications: ring.applications, sharedKinds: ring.sharedKinds, flagged: ring.flagged, reason: ring.reason },
      },
      features: (amount, termMonths, monthlyInstalment) =>
        creditFeatures({ alt, profile, application: { amount, termMonths, productCategory: app.product.category, monthlyInstalment }, bureau: report }),
      scorer,
      wording: FEATURE_WORDING,
      policy: policy.policy,
      now,
    });
    return { draft, now, policyVersion: policy.version, modelVersion: scorer.version, bureau, ring, anomaly, identifiers, applicantKey, alt };
  }

  private toInsert(viewer: Viewer, app: ValidApplication<ProductRow>, customer: CustomerRow | null, requestHash: string, d: DecisionWithFacts, latencyMs: number) {
    const { draft } = d;
    const status = { APPROVE: 'APPROVED', DECLINE: 'DECLINED', REFER: 'REFERRED', COUNTER_OFFER: 'COUNTER_OFFERED' }[draft.outcome];
    const isCardApproval = draft.outcome === 'APPROVE' && draft.creditLimit != null && customer != null;
    return {
      application: {
        tenantId: viewer.tenantId,
        idempotencyKey: app.idempotencyKey,
        requestHash,
        customerId: customer?.id ?? null,
        applicant: app.applicant ? { ...app.applicant } : null,
        productId: app.product.id,
        amount: app.amount,
        termMonths: app.termMonths,
        purpose: app.purpose,
        consent: app.consent,
        status,
        submittedBy: viewer.userId,
        submittedAt: d.now,
      },
      decision: {
        tenantId: viewer.tenantId,
        outcome: draft.outcome,
        probabilityOfDefault: draft.probabilityOfDefault,
        score: draft.score,
        grade: draft.grade,
        reasons: draft.reasons,
        contributions: draft.contributions,
        counterfactuals: draft.counterfactuals,
        counterOffer: draft.counterOffer as unknown as Record<string, unknown> | null,
        repaymentSchedule: draft.repaymentSchedule,
        approvedAmount: draft.approvedAmount,
        creditLimit: draft.creditLimit,
        monthlyInstalment: draft.monthlyInstalment,
        aprPercent: draft.aprPercent,
        fraudFlags: draft.fraudFlags,
        fraud: {
          anomalyScore: round4(d.anomaly.score),
          flags: draft.fraudFlags,
          explanations: [...d.anomaly.explanations, ...(d.ring?.flagged && d.ring.reason ? [d.ring.reason] : [])],
          components: d.anomaly.components,
          ring: d.ring && { applicants: d.ring.applicants, applications: d.ring.applications, sharedKinds: d.ring.sharedKinds, flagged: d.ring.flagged, reason: d.ring.reason },
        },
        bureauUsed: d.bureau.ok,
        bureau: d.bureau.ok
          ? { cached: d.bureau.cached, latencyMs: round4(d.bureau.latencyMs), hit: d.bureau.report.hit, reportedAt: d.bureau.report.reportedAt }
          : { reason: d.bureau.reason, latencyMs: round4(d.bureau.latencyMs) },
        features: draft.features,
        inputs: {
          amount: app.amount,
          termMonths: app.termMonths,
          productId: app.product.id,
          purpose: app.purpose,
          consent: app.consent,
          debtToIncome: round4(draft.debtToIncome),
          alternativeData: d.alt,
          bureauReport: d.bureau.ok ? d.bureau.report : null,
          identifiers: d.identifiers.map((i) => i.kind),
        },
        modelVersion: d.modelVersion,
        policyVersion: d.policyVersion,
        latencyMs: round4(latencyMs),
        decidedAt: new Date(),
      },
      links: d.identifiers,
      applicantKey: d.applicantKey,
      creditLimit: isCardApproval
        ? { customerId: customer!.id, amount: draft.creditLimit!, rule: 'INITIAL_LIMIT', reason: `Card approved at grade ${draft.grade}: limit from income and grade` }
        : null,
    };
  }

  private linkSalt(tenantId: string): string {
    return sha256(`${this.deps.linkSecret}:${tenantId}`);
  }
}

/** A decision evaluated for a what-if scenario, never stored. */
export type ScenarioDecisionDraft = DecisionDraft & { bureauUsed: boolean };

interface DecisionWithFacts {
  draft: DecisionDraft;
  now: Date;
  policyVersion: number;
  modelVersion: string;
  bureau: BureauOutcome;
  ring: RingResult | null;
  anomaly: ReturnType<typeof scoreApplicationAnomaly>;
  identifiers: ReturnType<typeof applicationIdentifiers>;
  applicantKey: string;
  alt: AltDataFeatures | null;
}

/** What makes two requests "the same application": everything but the key. */
function hashRequest(app: ValidApplication<ProductRow>, customer: CustomerRow | null): string {
  return sha256(
    JSON.stringify({
      customer: customer?.id ?? null,
      applicant: app.applicant,
      product: app.product.id,
      amount: app.amount,
      termMonths: app.termMonths,
      purpose: app.purpose,
      consent: app.consent,
      device: app.device,
    }),
  );
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
