// Words for the recovery vocabulary: buckets, stages, strategies, segments, plan and promise
// states, contact channels and bands, propensity features. Enum values not listed here are
// humanized, so a value the server adds later still reads sensibly.
import type {
  CaseStage,
  ContactChannel,
  DelinquencyBucket,
  PlanKind,
  PlanStatus,
  PromiseStatus,
  RecoverySegment,
  RecoveryStrategy,
} from '../../gql/graphql';
import { humanize } from '../../format';

export const BUCKETS: readonly DelinquencyBucket[] = ['DPD_1_30', 'DPD_31_60', 'DPD_61_90', 'DPD_90_PLUS', 'CURRENT'];
export const STAGES: readonly CaseStage[] = ['REMINDER', 'ACTIVE_COLLECTION', 'SENIOR_COLLECTOR', 'FIELD', 'LEGAL'];
export const STRATEGIES: readonly RecoveryStrategy[] = ['GENTLE_REMINDER', 'HARDSHIP_PLAN', 'SETTLEMENT_OFFER', 'FIELD_ESCALATION', 'LEGAL'];
export const PLAN_KINDS: readonly PlanKind[] = ['STANDARD', 'STEP_DOWN', 'SEASONAL', 'SETTLEMENT'];
export const CHANNELS: readonly ContactChannel[] = ['VOICE', 'SMS', 'WHATSAPP', 'EMAIL'];

const BUCKET_LABEL: Record<DelinquencyBucket, string> = {
  CURRENT: 'Current',
  DPD_1_30: '1–30 DPD',
  DPD_31_60: '31–60 DPD',
  DPD_61_90: '61–90 DPD',
  DPD_90_PLUS: '90+ DPD',
};

const SEGMENT_LABEL: Record<RecoverySegment, string> = {
  ABLE_WILLING: 'Able & willing',
  ABLE_UNWILLING: 'Able, unwilling',
  UNABLE_WILLING: 'Unable, willing',
  UNABLE_UNWILLING: 'Unable & unwilling',
};

const CHANNEL_LABEL: Record<ContactChannel, string> = { SMS: 'SMS', WHATSAPP: 'WhatsApp', EMAIL: 'Email', VOICE: 'Voice call' };

const BAND_LABEL: Record<string, string> = {
  MORNING: 'Morning (8–11)',
  MIDDAY: 'Midday (11–14)',
  AFTERNOON: 'Afternoon (14–17)',
  EVENING: 'Evening (17–19)',
};

const FEATURE_LABEL: Record<string, string> = {
  log_free_cash_flow_ratio: 'Free cash flow',
  log_overdue_months: 'Months overdue',
  days_past_due: 'Days past due',
  on_time_share: 'On-time repayments',
  no_repayment_history: 'No repayment history',
  promises_kept: 'Promises kept',
  promises_broken: 'Promises broken',
  reach_rate: 'Reachability',
  inflow_variability: 'Income variability',
  hardship: 'Hardship',
};

export const bucketLabel = (b: DelinquencyBucket): string => BUCKET_LABEL[b] ?? humanize(b);
export const segmentLabel = (s: RecoverySegment): string => SEGMENT_LABEL[s] ?? humanize(s);
export const channelName = (c: ContactChannel): string => CHANNEL_LABEL[c] ?? humanize(c);
export const bandLabel = (band: string): string => BAND_LABEL[band] ?? humanize(band);
export const featureLabel = (feature: string): string => FEATURE_LABEL[feature] ?? humanize(feature);
/** Stages, strategies, plan kinds and statuses read well humanized: ACTIVE_COLLECTION -> "Active collection". */
export const enumLabel = (value: CaseStage | RecoveryStrategy | PlanKind | PlanStatus | PromiseStatus | string): string => humanize(value);

/** How late, in a word the colours follow: bucket--early, --mid, --late, --severe. */
export function bucketTone(b: DelinquencyBucket): string {
  switch (b) {
    case 'CURRENT':
      return 'current';
    case 'DPD_1_30':
      return 'early';
    case 'DPD_31_60':
      return 'mid';
    case 'DPD_61_90':
      return 'late';
    default:
      return 'severe';
  }
}

/** "Promise to pay", not "PROMISE_RECORDED": the kind of a timeline entry as a person says it. */
export function eventKindLabel(kind: string): string {
  const words: Record<string, string> = {
    OPENED: 'Opened',
    ASSESSED: 'Assessed',
    PLAN_PROPOSED: 'Plan proposed',
    COUNTER_OFFER: 'Counter-offer',
    PLAN_DECIDED: 'Plan decided',
    PROMISE_RECORDED: 'Promise',
    PROMISE_KEPT: 'Promise kept',
    PROMISE_BROKEN: 'Promise broken',
    PAYMENT: 'Payment',
    ESCALATED: 'Escalated',
    HANDED_OVER: 'Handed over',
    FLAGGED: 'Flagged',
    ASSIGNED: 'Assigned',
    CLOSED: 'Closed',
  };
  return words[kind] ?? humanize(kind);
}
