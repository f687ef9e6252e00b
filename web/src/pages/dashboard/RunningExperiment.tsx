// The analyst dashboard's view of the running recommendation experiment: the same card as the
// experiments page (without its stop form), polled with the same live interval.
import { useQuery } from '@apollo/client/react';
import { ErrorBox } from '../../components/ErrorBox';
import { ExperimentCard } from '../experiments/ExperimentCard';
import { RECOMMENDATION_EXPERIMENTS } from '../experiments/experimentsQuery';

const POLL_MS = 5_000;

export function RunningExperiment() {
  const { data, error } = useQuery(RECOMMENDATION_EXPERIMENTS, { variables: { first: 5 }, pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  const running = data?.recommendationExperiments.find((e) => e.status === 'RUNNING');
  return (
    <section className="panel panel--flush" aria-labelledby="dashboard-experiment-h" data-testid="dashboard-experiment">
      <h2 id="dashboard-experiment-h" className="panel__title">
        Recommendation experiment <a className="small" href="#/experiments">all experiments</a>
      </h2>
      {error && <ErrorBox error={error} title="Experiment results are unavailable" testId="dashboard-experiment-error" />}
      {data && !running && <p className="empty" data-testid="dashboard-experiment-none">No recommendation experiment is running.</p>}
      {running && <ExperimentCard experiment={running} canStop={false} />}
    </section>
  );
}
