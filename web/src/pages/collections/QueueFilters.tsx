import type { CaseStage, CaseStatus, DelinquencyBucket, RecoveryCaseFilter, RecoveryStrategy } from '../../gql/graphql';
import { BUCKETS, STAGES, STRATEGIES, bucketLabel, enumLabel } from './labels';

export interface QueueFilterState {
  status: CaseStatus;
  stage: '' | CaseStage;
  strategy: '' | RecoveryStrategy;
  bucket: '' | DelinquencyBucket;
  /** '' all, 'yes' with a person, 'no' automated. */
  handedOver: '' | 'yes' | 'no';
}

export const EMPTY_QUEUE_FILTER: QueueFilterState = { status: 'OPEN', stage: '', strategy: '', bucket: '', handedOver: '' };

export function toCaseFilter(f: QueueFilterState): RecoveryCaseFilter {
  const filter: RecoveryCaseFilter = { status: f.status };
  if (f.stage) filter.stage = f.stage;
  if (f.strategy) filter.strategy = f.strategy;
  if (f.bucket) filter.bucket = f.bucket;
  if (f.handedOver) filter.handedOver = f.handedOver === 'yes';
  return filter;
}

interface Props {
  value: QueueFilterState;
  onChange(next: QueueFilterState): void;
}

/** Narrow the queue by stage, strategy, days-past-due bucket, hand-over and open/closed. */
export function QueueFilters({ value, onChange }: Props) {
  const set = <K extends keyof QueueFilterState>(key: K, v: QueueFilterState[K]) => onChange({ ...value, [key]: v });
  const active = value.stage || value.strategy || value.bucket || value.handedOver || value.status !== 'OPEN';
  return (
    <div className="toolbar" role="search" aria-label="Filter the case queue">
      <select aria-label="Stage" data-testid="queue-stage-filter" value={value.stage} onChange={(e) => set('stage', e.target.value as QueueFilterState['stage'])}>
        <option value="">All stages</option>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {enumLabel(s)}
          </option>
        ))}
      </select>
      <select
        aria-label="Strategy"
        data-testid="queue-strategy-filter"
        value={value.strategy}
        onChange={(e) => set('strategy', e.target.value as QueueFilterState['strategy'])}
      >
        <option value="">All strategies</option>
        {STRATEGIES.map((s) => (
          <option key={s} value={s}>
            {enumLabel(s)}
          </option>
        ))}
      </select>
      <select aria-label="Bucket" data-testid="queue-bucket-filter" value={value.bucket} onChange={(e) => set('bucket', e.target.value as QueueFilterState['bucket'])}>
        <option value="">All buckets</option>
        {BUCKETS.map((b) => (
          <option key={b} value={b}>
            {bucketLabel(b)}
          </option>
        ))}
      </select>
      <select
        aria-label="Hand-over"
        data-testid="queue-handover-filter"
        value={value.handedOver}
        onChange={(e) => set('handedOver', e.target.value as QueueFilterState['handedOver'])}
      >
        <option value="">Automated &amp; with a person</option>
        <option value="no">Automated only</option>
        <option value="yes">With a person only</option>
      </select>
      <select aria-label="Status" data-testid="queue-status-filter" value={value.status} onChange={(e) => set('status', e.target.value as CaseStatus)}>
        <option value="OPEN">Open cases</option>
        <option value="CLOSED">Closed cases</option>
      </select>
      {active && (
        <button type="button" className="btn btn--link" onClick={() => onChange(EMPTY_QUEUE_FILTER)}>
          Clear
        </button>
      )}
    </div>
  );
}
