import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { DriftStatus, ModelDriftQuery } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { formatDate, humanize } from '../../format';

export const MODEL_DRIFT = graphql(`
  query ModelDrift($windowDays: Int) {
    modelDrift(windowDays: $windowDays) {
      model
      version
      windowStart
      windowEnd
      sampleSize
      status
      rows {
        name
        kind
        psi
        level
      }
    }
  }
`);

/** How often the card asks again (drift moves with decisions, not by the second). */
export const MODEL_DRIFT_POLL_MS = 30_000;

const STATUS_LABEL: Record<DriftStatus, string> = {
  OK: 'Stable',
  WARNING: 'Warning',
  ALERT: 'Alert',
  NOT_ENOUGH_DATA: 'Not enough data',
};

type Drift = ModelDriftQuery['modelDrift'][number];

function StatusBadge({ status }: { status: DriftStatus }) {
  return (
    <span className={`badge drift-badge drift-badge--${status.toLowerCase()}`} data-testid="drift-status" data-status={status}>
      {STATUS_LABEL[status]}
    </span>
  );
}

/**
 * Population stability (PSI) of each model's features and score over the last 7 days against its
 * training data: above 0.1 a warning, above 0.25 an alert.
 */
export function ModelDrift() {
  const { data, error, loading } = useQuery(MODEL_DRIFT, { variables: { windowDays: 7 }, pollInterval: MODEL_DRIFT_POLL_MS, fetchPolicy: 'network-only' });
  return (
    <section className="panel panel--flush model-drift" aria-labelledby="model-drift-h" data-testid="model-drift">
      <h2 id="model-drift-h" className="panel__title">
        Model drift <span className="muted small">PSI, last 7 days vs training · warning &gt; 0.1 · alert &gt; 0.25</span>
      </h2>
      {error && <ErrorBox error={error} title="Model drift is unavailable" testId="model-drift-error" />}
      {!data && loading && <Loading label="Computing drift…" />}
      {data && data.modelDrift.length === 0 && <p className="empty">No active model to monitor.</p>}
      {data?.modelDrift.map((m) => <ModelDriftTable key={m.model} drift={m} />)}
    </section>
  );
}

function ModelDriftTable({ drift }: { drift: Drift }) {
  const enough = drift.status !== 'NOT_ENOUGH_DATA';
  return (
    <div className="model-drift__model" data-testid="model-drift-model" data-model={drift.model} data-status={drift.status}>
      <div className="model-drift__head">
        <strong>{humanize(drift.model)} model</strong>
        <StatusBadge status={drift.status} />
        <span className="muted small">
          {drift.version} · {drift.sampleSize.toLocaleString()} scored {formatDate(drift.windowStart)} to {formatDate(drift.windowEnd)}
        </span>
      </div>
      {!enough ? (
        <p className="empty">Too few decisions in the window to compare (at least 50 are needed).</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th>{drift.model === 'RISK' ? 'Feature' : 'Input'}</th>
                <th className="num">PSI</th>
                <th>Level</th>
              </tr>
            </thead>
            <tbody>
              {drift.rows.map((r) => (
                <tr key={r.name} className={`drift-row drift-row--${r.level.toLowerCase()}`} data-testid="model-drift-row" data-name={r.name} data-level={r.level}>
                  <td>{r.kind === 'SCORE' ? <strong>Output score</strong> : humanize(r.name)}</td>
                  <td className="num">{r.psi == null ? '—' : r.psi.toFixed(3)}</td>
                  <td>
                    <StatusBadge status={r.level} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
