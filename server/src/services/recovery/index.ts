// The recovery services, built once per app: the engine that keeps delinquency and cases current,
// the collectors' actions, plans, escalation rules, outreach and the disbursement saga.
import type { CatalogStore } from '../../catalog/catalog-store.js';
import type { AppDb } from '../../db/index.js';
import type { Logger } from '../../logger.js';
import { SimulatedChannels } from '../../outreach/channels.js';
import type { OutreachEnqueuer } from '../../outreach/queue.js';
import { SimulatedGateway } from '../../payments/gateway.js';
import { customersByIds, type CustomerRow } from '../../repositories/customers.js';
import { DisbursementService } from '../disbursements.js';
import { EscalationRuleService } from './escalation-rules.js';
import { RecoveryExperimentService } from './experiments.js';
import { RecoveryCaseService } from './recovery-cases.js';
import { OutreachService } from './outreach.js';
import { RecoveryEngine } from './recovery-engine.js';
import { contactPriorFor, trainRecoveryModels, type TrainedRecoveryModels } from './recovery-models.js';
import { RepaymentPlanService } from './repayment-plans.js';

export interface RecoveryServices {
  engine: RecoveryEngine;
  cases: RecoveryCaseService;
  plans: RepaymentPlanService;
  rules: EscalationRuleService;
  disbursements: DisbursementService;
  outreach: OutreachService;
  experiments: RecoveryExperimentService;
  /** The simulated SMS, WhatsApp, email and voice providers (their failure rate can be changed while running). */
  channels: SimulatedChannels;
  /** Trained on first use (about a second): most requests never need them. */
  models: () => TrainedRecoveryModels;
}

export interface RecoveryOptions {
  db: AppDb;
  catalog: CatalogStore;
  log: Logger;
  gatewayFailureRate: number;
  /** Where outreach messages are queued for delivery (outreach/queue.ts). */
  outreachQueue: OutreachEnqueuer;
  outreachFailureRate: number;
  onCaseChanged: (tenantId: string, caseId: number) => void;
}

export function createRecoveryServices(o: RecoveryOptions): RecoveryServices {
  let trained: TrainedRecoveryModels | null = null;
  const models = () => (trained ??= trainRecoveryModels());
  const loadCustomer = async (tenantId: string, id: number): Promise<CustomerRow | null> => {
    const [row] = await customersByIds(o.db, tenantId, [id]);
    return row ?? null;
  };
  const rules = new EscalationRuleService(o.db);
  const experiments = new RecoveryExperimentService(o.db, o.onCaseChanged);
  const engine = new RecoveryEngine({
    db: o.db,
    models: (customer) => ({ propensity: models().propensity, contactPrior: contactPriorFor(models(), customer.segment) }),
    rules: (tenantId) => rules.rulesOf(tenantId),
    loadCustomer,
    enrolNewCase: (db, c, at) => experiments.enrolNewCase(db, c, at),
    onCaseChanged: o.onCaseChanged,
  });
  const cases = new RecoveryCaseService(o.db, o.onCaseChanged);
  const channels = new SimulatedChannels(o.db, { failureRate: o.outreachFailureRate, seed: Date.now() % 2 ** 31 });
  const outreach = new OutreachService({
    db: o.db,
    queue: o.outreachQueue,
    channels,
    cases,
    loadCustomer,
    lenderName: (tenantId) => o.catalog.current.tenants.get(tenantId)?.name ?? tenantId,
    contactPrior: (customer) => contactPriorFor(models(), customer.segment),
    treatmentOf: (caseId) => experiments.treatmentOf(caseId),
    onCaseChanged: o.onCaseChanged,
    log: o.log,
  });
  return {
    engine,
    cases,
    plans: new RepaymentPlanService(o.db, cases, loadCustomer, o.onCaseChanged, (caseId) => experiments.treatmentOf(caseId)),
    rules,
    disbursements: new DisbursementService({ db: o.db, catalog: o.catalog, gateway: new SimulatedGateway(o.db, { failureRate: o.gatewayFailureRate, seed: Date.now() % 2 ** 31 }), log: o.log }),
    outreach,
    experiments,
    channels,
    models,
  };
}
