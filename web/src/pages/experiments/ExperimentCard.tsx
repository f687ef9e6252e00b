import type { RecommendationExperimentFieldsFragment } from '../../gql/graphql';
import { formatCount, formatDateTime, humanize } from '../../format';
import { ConversionChart } from './ConversionChart';
import { formatDifference, formatPValue, formatRateWithInterval, metricLabel } from './format';
import { StopExperimentForm } from './StopExperimentForm';

type Experiment = RecommendationExperimentFieldsFragment;

interface Props {
  experiment: Experiment;
  /** The viewer may stop it (an admin, and it runs). */
  canStop: boolean;
}

const share = (weight: number, total: number): string => (total > 0 ? `${Math.round((weight / total) * 100)}%` : '—');

/** One experiment: what it tests, its arms, and what each arm's customers saw and did. */
export function ExperimentCard({ experiment, canStop }: Props) {
  const running = experiment.status === 'RUNNING';
  const totalWeight = experiment.arms.reduce((s, a) => s + a.weight, 0);
  const { results } = experiment;
  return (
    <article
      className={running ? 'panel experiment experiment--running' : 'panel experiment'}
      aria-labelledby={`experiment-${experiment.id}-h`}
      data-testid="experiment"
      data-id={experiment.id}
      data-status={experiment.status}
      data-name={experiment.name}
    >
      <div className="experiment__head">
        <h2 id={`experiment-${experiment.id}-h`} data-testid="experiment-name">
          {experiment.name}
        </h2>
        <span className={running ? 'status status--good' : 'status status--muted'} data-testid="experiment-status">
          {running ? 'Running' : 'Stopped'}
        </span>
        <span className="muted small" data-testid="experiment-dates">
          started {formatDateTime(experiment.startedAt)} by {experiment.startedBy}
          {experiment.stoppedAt && (
            <>
              {' · '}stopped {formatDateTime(experiment.stoppedAt)}
              {experiment.stoppedBy && ` by ${experiment.stoppedBy}`}
            </>
          )}
        </span>
      </div>
      <p className="experiment__hypothesis" data-testid="experiment-hypothesis">
        {experiment.hypothesis}
      </p>
      {experiment.stopNote && (
        <p className="muted small" data-testid="experiment-stop-note">
          Stop note: {experiment.stopNote}
        </p>
      )}

      <ul className="experiment__arms" aria-label="Arms">
        {experiment.arms.map((arm, i) => (
          <li key={arm.name} className="experiment__arm" data-testid="experiment-arm" data-arm={arm.name} data-strategy={arm.strategy}>
            <strong>{arm.name}</strong>
            {i === 0 && <span className="tag">control</span>}
            <span className={`strategy strategy--${arm.strategy.toLowerCase()}`}>{humanize(arm.strategy)}</span>
            <span className="muted small" title={`weight ${arm.weight}`}>
              weight {arm.weight} · {share(arm.weight, totalWeight)} of customers
            </span>
          </li>
        ))}
      </ul>

      <div className="experiment__results">
        <div className="table-scroll">
          <table className="table table--compact" data-testid="experiment-results">
            <caption className="visually-hidden">Results per arm</caption>
            <thead>
              <tr>
                <th>Arm</th>
                <th>Strategy</th>
                <th className="num" title="Customers served at least one list in this arm">Exposed</th>
                <th className="num">Impressions</th>
                <th className="num">CTR (95% CI)</th>
                <th className="num">Conversion (95% CI)</th>
                <th className="num">Approvals</th>
              </tr>
            </thead>
            <tbody>
              {results.arms.map((a) => (
                <tr
                  key={a.arm}
                  className={results.winner === a.arm ? 'experiment__row--winner' : undefined}
                  data-testid="experiment-arm-result"
                  data-arm={a.arm}
                  data-exposed={a.exposedCustomers}
                  data-impressions={a.impressions}
                  data-clicks={a.ctr.successes}
                  data-conversions={a.conversion.successes}
                >
                  <td>
                    <strong>{a.arm}</strong>
                  </td>
                  <td>{humanize(a.strategy)}</td>
                  <td className="num" data-testid="arm-exposed">
                    {formatCount(a.exposedCustomers)}
                  </td>
                  <td className="num" data-testid="arm-impressions">
                    {formatCount(a.impressions)}
                  </td>
                  <td className="num nowrap" data-testid="arm-ctr" title={`${a.ctr.successes} clicks of ${a.ctr.trials} impressions`}>
                    {formatRateWithInterval(a.ctr)}
                  </td>
                  <td className="num nowrap" data-testid="arm-conversion" title={`${a.conversion.successes} of ${a.conversion.trials} exposed customers applied`}>
                    {formatRateWithInterval(a.conversion)}
                  </td>
                  <td className="num" data-testid="arm-approvals">
                    {formatCount(a.approvals)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <div className="experiment__compare">
        {results.comparisons.length > 0 ? (
          <div className="table-scroll">
            <table className="table table--compact experiment__comparisons" data-testid="experiment-comparisons">
              <caption className="visually-hidden">Each arm against the control</caption>
              <thead>
                <tr>
                  <th>Arm vs control</th>
                  <th>Metric</th>
                  <th className="num">Difference (95% CI)</th>
                  <th className="num">p-value</th>
                  <th>Significant</th>
                </tr>
              </thead>
              <tbody>
                {results.comparisons.map((c) => (
                  <tr
                    key={`${c.arm}-${c.metric}`}
                    data-testid="experiment-comparison"
                    data-arm={c.arm}
                    data-metric={c.metric}
                    data-significant={c.significant}
                    title={c.text}
                  >
                    <td>
                      {c.arm} vs {c.control}
                    </td>
                    <td>{metricLabel(c.metric)}</td>
                    <td className="num nowrap">{formatDifference(c.difference ?? null, c.ciLow ?? null, c.ciHigh ?? null)}</td>
                    <td className="num">{formatPValue(c.pValue ?? null)}</td>
                    <td>
                      <span className={c.significant ? 'status status--good' : 'status status--muted'} data-testid="comparison-significant">
                        {c.significant ? 'Yes' : 'No'}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="empty experiment__no-comparison">No comparison with the control yet.</p>
        )}
        <ConversionChart arms={results.arms} />
      </div>

      <p className={results.winner ? 'experiment__summary experiment__summary--winner' : 'experiment__summary'} data-testid="experiment-summary" data-winner={results.winner ?? ''}>
        {results.winner && (
          <>
            <strong>Winner: {results.winner}.</strong>{' '}
          </>
        )}
        {results.summary}
      </p>

      {canStop && running && <StopExperimentForm id={experiment.id} name={experiment.name} />}
    </article>
  );
}
