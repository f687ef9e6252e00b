// Child process of disbursement.int.test.ts: opens the test's database, starts one disbursement
// and kills itself (SIGKILL: no shutdown hook, no flush, as a crash would) at a chosen point.
//
//   DISBURSEMENT_TEST_DB  JSON DbTarget (see disbursement-fixtures.ts)
//   argv                  <application global id> <idempotency key> <crash point>
//
// Crash points: a saga step name (the kill comes right after that step is recorded), or
// AFTER_GATEWAY_PAYOUT (right after the gateway paid, before PAID_OUT is recorded).
// Exits 3 if the saga ends without the crash happening.
import type { PaymentGateway } from '../../src/payments/gateway.js';
import type { SagaStep } from '../../src/services/disbursements.js';
import { disbursementService, openTarget, RM, type DbTarget } from './disbursement-fixtures.js';

const [applicationId, key, crashAt] = process.argv.slice(2);
if (!applicationId || !key || !crashAt) {
  console.error('usage: disburse-and-crash.ts <application id> <key> <step | AFTER_GATEWAY_PAYOUT>');
  process.exit(2);
}
const target = JSON.parse(process.env.DISBURSEMENT_TEST_DB ?? '') as DbTarget;

const crash = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL was sent');
};

const database = await openTarget(target);
const { service, gateway } = await disbursementService(database.db, {
  service: { afterStep: (step: SagaStep) => (step === crashAt ? crash() : undefined) },
});
if (crashAt === 'AFTER_GATEWAY_PAYOUT') {
  const payout: PaymentGateway['payout'] = gateway.payout.bind(gateway);
  gateway.payout = async (...args) => {
    await payout(...args);
    return crash();
  };
}
const result = await service.disburse(RM, applicationId, key);
console.error(`disburse-and-crash: the saga ended without a crash at ${crashAt}:`, JSON.stringify(result));
await database.close();
process.exit(3);
