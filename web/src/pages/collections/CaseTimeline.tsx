import type { CaseDetailFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, formatINR } from '../../format';
import { eventKindLabel } from './labels';

type CaseEvent = CaseDetailFragment['timeline'][number];
type Repayment = CaseDetailFragment['loan']['application']['repayments'][number];

interface Entry {
  key: string;
  kind: string;
  actor: string;
  summary: string;
  at: string;
}

function repaymentSummary(r: Repayment): string {
  const how = r.status === 'ON_TIME' ? 'on time' : r.status === 'LATE' ? `${r.daysLate} day${r.daysLate === 1 ? '' : 's'} late` : `short by ${formatINR(r.shortfall)}`;
  return `Paid ${formatINR(r.amount)} of ${formatINR(r.amountDue)} due ${formatDate(r.dueDate)}: ${how}`;
}

/** Case events and, unless the case records payments itself, the loan's repayments: newest first. */
export function timelineEntries(events: readonly CaseEvent[], repayments: readonly Repayment[]): Entry[] {
  const entries: Entry[] = events.map((e) => ({ key: `e-${e.id}`, kind: e.kind, actor: e.actor, summary: e.summary, at: e.at }));
  if (!events.some((e) => e.kind === 'PAYMENT')) {
    for (const r of repayments) entries.push({ key: `r-${r.id}`, kind: 'PAYMENT', actor: r.recordedBy, summary: repaymentSummary(r), at: r.paidAt });
  }
  // Stable for equal times: events come newest first from the server already.
  return entries
    .map((e, i) => ({ e, i, t: new Date(e.at).getTime() }))
    .sort((a, b) => b.t - a.t || a.i - b.i)
    .map((x) => x.e);
}

const TONE: Record<string, string> = {
  PAYMENT: 'good',
  PROMISE_KEPT: 'good',
  PROMISE_BROKEN: 'bad',
  ESCALATED: 'bad',
  FLAGGED: 'warn',
  HANDED_OVER: 'warn',
  CLOSED: 'good',
};

interface Props {
  events: readonly CaseEvent[];
  repayments: readonly Repayment[];
}

/** The case's audit trail with its payments: what happened, who did it, when. */
export function CaseTimeline({ events, repayments }: Props) {
  const entries = timelineEntries(events, repayments);
  return (
    <section className="panel" aria-labelledby="timeline-h" data-testid="case-timeline">
      <h2 id="timeline-h">
        Timeline <span className="count">{entries.length}</span>
      </h2>
      {entries.length === 0 ? (
        <p className="empty">Nothing has happened on this case yet.</p>
      ) : (
        <ol className="timeline">
          {entries.map((e) => (
            <li key={e.key} className={`timeline__item timeline__item--${TONE[e.kind] ?? 'plain'}`} data-testid="timeline-entry" data-kind={e.kind}>
              <span className="timeline__dot" aria-hidden="true" />
              <div className="timeline__body">
                <div className="timeline__head">
                  <span className="timeline__kind" title={e.kind}>
                    {eventKindLabel(e.kind)}
                  </span>
                  <time className="muted small" dateTime={e.at} title={formatDateTime(e.at)}>
                    {formatDateTime(e.at)}
                  </time>
                  <span className="muted small timeline__actor" data-testid="timeline-actor">
                    {e.actor === 'system' ? 'System' : e.actor}
                  </span>
                </div>
                <p className="timeline__summary" data-testid="timeline-summary">
                  {e.summary}
                </p>
              </div>
            </li>
          ))}
        </ol>
      )}
      {events.length >= 100 && <p className="footnote">The latest 100 events; older ones are in the audit trail.</p>}
    </section>
  );
}

