import type { ScenarioSideFieldsFragment } from '../../gql/graphql';
import { Bar } from '../../components/Bar';
import { Link } from '../../components/Link';
import { OUTCOME_LABEL, OutcomeBadge } from '../../components/OutcomeBadge';
import { formatINR, formatPercent, humanize } from '../../format';
import type { Scenario } from './WhatIfCard';

type Rec = ScenarioSideFieldsFragment['recommendations'][number];
type Decision = NonNullable<ScenarioSideFieldsFragment['decision']>;
type Side = 'before' | 'after';

const FIELD_LABELS: Record<string, string> = {
  annualIncome: 'Annual income',
  creditScore: 'Credit score',
  goals: 'Goals',
  region: 'Region',
  age: 'Age',
};

const fieldLabel = (field: string, business: boolean) =>
  field === 'annualIncome' && business ? 'Annual revenue' : (FIELD_LABELS[field] ?? humanize(field));

/** A change of a number with a real minus sign, or nothing when it did not move. */
function delta(n: number, digits = 0): string | null {
  const r = Number(n.toFixed(digits));
  if (r === 0) return null;
  return r > 0 ? `+${r.toFixed(digits)}` : `\u2212${Math.abs(r).toFixed(digits)}`;
}

interface Mark {
  kind: 'new' | 'up' | 'down' | 'same' | 'dropped' | 'kept';
  text: string | null;
  label: string | null;
}

/** How a product's place on this side compares with the other side. */
function markOf(side: Side, r: Rec, other: Map<string, Rec>): Mark {
  const o = other.get(r.product.id);
  if (side === 'before') {
    return o ? { kind: 'kept', text: null, label: null } : { kind: 'dropped', text: 'Dropped', label: 'Dropped out of the list with the changes' };
  }
  if (!o) return { kind: 'new', text: 'New', label: 'New in the list with the changes' };
  const moved = o.rank - r.rank;
  if (moved > 0) return { kind: 'up', text: `▲ ${moved}`, label: `Moved up ${moved} ${moved === 1 ? 'place' : 'places'}, from ${o.rank}` };
  if (moved < 0) return { kind: 'down', text: `▼ ${-moved}`, label: `Moved down ${-moved} ${moved === -1 ? 'place' : 'places'}, from ${o.rank}` };
  return { kind: 'same', text: null, label: null };
}

function RecColumn({ side, title, recs, other }: { side: Side; title: string; recs: readonly Rec[]; other: readonly Rec[] }) {
  const byProduct = new Map(other.map((r) => [r.product.id, r]));
  return (
    <section className={`whatif__side whatif__side--${side}`} aria-labelledby={`whatif-recs-${side}-h`} data-testid={`whatif-${side}`}>
      <h4 id={`whatif-recs-${side}-h`} className="whatif__side-h">
        {title}
      </h4>
      {recs.length === 0 ? (
        <p className="muted small">No eligible products.</p>
      ) : (
        <ol className="whatif-recs">
          {recs.map((r) => {
            const mark = markOf(side, r, byProduct);
            const o = byProduct.get(r.product.id);
            const dc = side === 'after' && o ? delta(r.confidence - o.confidence) : null;
            return (
              <li
                key={r.product.id}
                className={`whatif-rec whatif-rec--${mark.kind}`}
                data-testid="whatif-rec"
                data-product={r.product.id}
                data-rank={r.rank}
                data-mark={mark.kind}
              >
                <span className="rec-card__rank" aria-label={`Rank ${r.rank}`}>
                  {r.rank}
                </span>
                <span className="whatif-rec__title">
                  <Link to={{ name: 'product', id: r.product.id }} className="whatif-rec__name" data-testid="whatif-rec-product">
                    {r.product.name}
                  </Link>
                  <span className="whatif-rec__meta">
                    {r.product.provider} · {humanize(r.product.category)}
                  </span>
                </span>
                <span className="whatif-rec__marks">
                  {mark.text && (
                    <span className={`whatif-mark whatif-mark--${mark.kind}`} title={mark.label ?? undefined} data-testid="whatif-mark">
                      <span aria-hidden="true">{mark.text}</span>
                      <span className="visually-hidden">{mark.label}</span>
                    </span>
                  )}
                </span>
                <span className="whatif-rec__confidence" title={`Confidence ${r.confidence.toFixed(1)} of 100`}>
                  <span className="whatif-rec__confidence-value" data-testid="whatif-rec-confidence" data-value={r.confidence}>
                    {Math.round(r.confidence)}
                    {dc && (
                      <span className={`whatif-delta ${dc.startsWith('+') ? 'whatif-delta--up' : 'whatif-delta--down'}`} title="Change in confidence">
                        {' '}
                        {dc}
                      </span>
                    )}
                  </span>
                  <Bar value={r.confidence / 100} tone="primary" label="Confidence" />
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

const money = (n: number | null | undefined) => (n == null ? '—' : formatINR(n));

function DecisionColumn({ side, title, d }: { side: Side; title: string; d: Decision }) {
  return (
    <section className={`whatif__side whatif__side--${side}`} aria-labelledby={`whatif-decision-${side}-h`} data-testid={`whatif-decision-${side}`}>
      <h4 id={`whatif-decision-${side}-h`} className="whatif__side-h">
        {title}
      </h4>
      <OutcomeBadge outcome={d.outcome} large testId={`whatif-outcome-${side}`} />
      <dl className="facts whatif__facts">
        <dt>Score</dt>
        <dd className="num-inline" data-testid={`whatif-score-${side}`}>
          {d.score} <span className="muted">(grade {d.grade})</span>
        </dd>
        <dt>Probability of default</dt>
        <dd className="num-inline" data-testid={`whatif-pd-${side}`}>
          {formatPercent(d.probabilityOfDefault, 1)}
        </dd>
        <dt>Approved amount</dt>
        <dd className="num-inline">{money(d.approvedAmount)}</dd>
        {d.creditLimit != null && (
          <>
            <dt>Credit limit</dt>
            <dd className="num-inline" data-testid={`whatif-limit-${side}`}>
              {money(d.creditLimit)}
            </dd>
          </>
        )}
        {d.monthlyInstalment != null && (
          <>
            <dt>Monthly instalment</dt>
            <dd className="num-inline">{money(d.monthlyInstalment)}</dd>
          </>
        )}
        <dt>Bureau</dt>
        <dd>{d.bureauUsed ? 'Used' : 'Not used (alternative data only)'}</dd>
      </dl>
      {d.counterfactuals.length > 0 && (
        <ul className="whatif__counterfactuals small muted" aria-label="What would change the outcome">
          {d.counterfactuals.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function movement(c: Scenario['recommendationChanges'][number]): string {
  if (c.rankBefore == null && c.rankAfter != null) return `New at #${c.rankAfter}`;
  if (c.rankAfter == null && c.rankBefore != null) return `Dropped from #${c.rankBefore}`;
  if (c.rankBefore != null && c.rankAfter != null && c.rankBefore !== c.rankAfter) return `#${c.rankBefore} → #${c.rankAfter}`;
  return c.rankAfter != null ? `Stays #${c.rankAfter}` : 'Not listed';
}

function confidenceMove(c: Scenario['recommendationChanges'][number]): string | null {
  const b = c.confidenceBefore;
  const a = c.confidenceAfter;
  if (b == null) return a == null ? null : `confidence ${Math.round(a)}`;
  if (a == null) return `confidence was ${Math.round(b)}`;
  return `confidence ${Math.round(b)} → ${Math.round(a)}`;
}

/** The scenario's answer: what was changed, the two sides, and what moved and why. */
export function WhatIfResults({ scenario: s, business }: { scenario: Scenario; business: boolean }) {
  const dBefore = s.before.decision;
  const dAfter = s.after.decision;
  const dc = s.decisionChange;
  return (
    <div className="whatif__results" data-testid="whatif-results">
      <section aria-labelledby="whatif-changes-h">
        <h3 id="whatif-changes-h">Changes tried</h3>
        {s.changes.length === 0 ? (
          <p className="muted small" data-testid="whatif-no-change">
            None of the values differ from the record: both sides are the same.
          </p>
        ) : (
          <ul className="whatif__changes">
            {s.changes.map((c) => (
              <li key={c.field} className="tag" data-testid="whatif-change" data-field={c.field}>
                {fieldLabel(c.field, business)}: <del>{c.from}</del> → <b>{c.to}</b>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="whatif-recs-h">
        <h3 id="whatif-recs-h">Recommendations</h3>
        <div className="whatif__sides">
          <RecColumn side="before" title="As on record" recs={s.before.recommendations} other={s.after.recommendations} />
          <RecColumn side="after" title="With the changes" recs={s.after.recommendations} other={s.before.recommendations} />
        </div>
      </section>

      <section aria-labelledby="whatif-decision-h" data-testid="whatif-decision">
        <h3 id="whatif-decision-h">
          Credit decision
          {dc && (
            <span className="h-note" data-testid="whatif-decision-move">
              {' '}
              {OUTCOME_LABEL[dc.outcomeBefore]} → {OUTCOME_LABEL[dc.outcomeAfter]}
            </span>
          )}
        </h3>
        {dBefore && dAfter ? (
          <>
            <div className="whatif__sides">
              <DecisionColumn side="before" title="As on record" d={dBefore} />
              <DecisionColumn side="after" title="With the changes" d={dAfter} />
            </div>
            {dc && (dc.reasonsAppeared.length > 0 || dc.reasonsDisappeared.length > 0) && (
              <div className="whatif__sides whatif__reasons">
                <div>
                  <h4 className="whatif__side-h">Decision reasons that no longer apply</h4>
                  {dc.reasonsDisappeared.length === 0 ? (
                    <p className="muted small">None.</p>
                  ) : (
                    <ul className="whatif__reason-list" data-testid="whatif-reasons-gone">
                      {dc.reasonsDisappeared.map((r) => (
                        <li key={r.code}>
                          <code>{r.code}</code> {r.text}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <div>
                  <h4 className="whatif__side-h">Decision reasons new with the changes</h4>
                  {dc.reasonsAppeared.length === 0 ? (
                    <p className="muted small">None.</p>
                  ) : (
                    <ul className="whatif__reason-list" data-testid="whatif-reasons-new">
                      {dc.reasonsAppeared.map((r) => (
                        <li key={r.code}>
                          <code>{r.code}</code> {r.text}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </div>
            )}
          </>
        ) : (
          <p className="muted small" data-testid="whatif-no-decision">
            Choose a credit product and an amount above to compare the credit decision too.
          </p>
        )}
      </section>

      <section aria-labelledby="whatif-why-h" data-testid="whatif-explanations">
        <h3 id="whatif-why-h">What changed and why</h3>
        {s.recommendationChanges.length === 0 ? (
          <p className="muted small" data-testid="whatif-no-moves">
            No recommendation moves with these changes.
          </p>
        ) : (
          <ul className="whatif__moves">
            {s.recommendationChanges.map((c) => {
              const conf = confidenceMove(c);
              return (
                <li key={c.product.id} className="whatif__move" data-testid="whatif-move" data-product={c.product.id}>
                  <div className="whatif__move-head">
                    <strong>{c.product.name}</strong>
                    <span className="tag" data-testid="whatif-move-rank">
                      {movement(c)}
                    </span>
                    {conf && <span className="muted small">{conf}</span>}
                  </div>
                  <ul className="whatif__why">
                    {c.why.map((w) => (
                      <li key={w} data-testid="whatif-why">
                        {w}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
