import type { CustomerApplicationsQuery } from '../../gql/graphql';
import { formatDate, formatDateTime, formatINR } from '../../format';

type CreditLimit = NonNullable<NonNullable<CustomerApplicationsQuery['customer']>['creditLimit']>;

const RULE_LABELS: Record<string, string> = {
  INITIAL_LIMIT: 'Granted',
  LIMIT_RAISE_ON_TIME: 'Raised',
  LIMIT_CUT_MISSED_PAYMENTS: 'Lowered',
  LIMIT_CUT_SEVERELY_LATE: 'Lowered',
};

/** The card limit in force and every change of it, latest first, each with the rule's reason. */
export function CreditLimitCard({ limit }: { limit: CreditLimit }) {
  return (
    <section className="panel panel--flush" aria-labelledby="credit-limit-h" data-testid="credit-limit">
      <h2 id="credit-limit-h" className="panel__title">
        Credit limit{' '}
        <span className="count" data-testid="credit-limit-amount">
          {formatINR(limit.amount)}
        </span>
      </h2>
      <ol className="limit-changes">
        {limit.changes.map((c, i) => {
          const direction = c.previousLimit == null ? 'initial' : c.newLimit > c.previousLimit ? 'up' : 'down';
          return (
            <li key={i} className={`limit-change limit-change--${direction}`} data-testid="credit-limit-change" data-rule={c.rule}>
              <div className="limit-change__head">
                <strong>{RULE_LABELS[c.rule] ?? c.rule}</strong>
                <span className="num">
                  {c.previousLimit != null && <>{formatINR(c.previousLimit)} → </>}
                  {formatINR(c.newLimit)}
                </span>
                <time className="muted small" dateTime={c.changedAt} title={formatDateTime(c.changedAt)}>
                  {formatDate(c.changedAt)}
                </time>
              </div>
              <p className="muted small">{c.reason}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
