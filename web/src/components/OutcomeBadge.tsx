import type { ApplicationStatus, DecisionOutcome } from '../gql/graphql';

export const OUTCOME_LABEL: Record<DecisionOutcome, string> = {
  APPROVE: 'Approved',
  DECLINE: 'Declined',
  REFER: 'Referred',
  COUNTER_OFFER: 'Counter-offer',
};

const STATUS_OUTCOME: Record<ApplicationStatus, DecisionOutcome> = {
  APPROVED: 'APPROVE',
  DECLINED: 'DECLINE',
  REFERRED: 'REFER',
  COUNTER_OFFERED: 'COUNTER_OFFER',
  // Paid out (or being paid out) after an approval: the decision was an approval.
  DISBURSING: 'APPROVE',
  DISBURSED: 'APPROVE',
};

export const outcomeOfStatus = (status: ApplicationStatus): DecisionOutcome => STATUS_OUTCOME[status];

interface Props {
  outcome: DecisionOutcome;
  large?: boolean;
  testId?: string;
}

/** A decision's outcome, coloured: approve green, decline red, refer amber, counter-offer in the tenant's colour. */
export function OutcomeBadge({ outcome, large, testId }: Props) {
  const cls = `outcome outcome--${outcome.toLowerCase().replace('_', '-')}${large ? ' outcome--large' : ''}`;
  return (
    <span className={cls} data-testid={testId} data-outcome={outcome}>
      {OUTCOME_LABEL[outcome]}
    </span>
  );
}
