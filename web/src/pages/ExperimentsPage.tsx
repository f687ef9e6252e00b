import { useEffect, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { RecommendationExperimentFieldsFragment, Role } from '../gql/graphql';
import { ErrorBox } from '../components/ErrorBox';
import { Loading } from '../components/Loading';
import { useViewer } from '../components/useViewer';
import { formatClock, formatDateTime, humanize } from '../format';
import { isForbiddenError } from '../live';
import { canManageExperiments, canSeeExperiments, EXPERIMENT_ROLES } from '../roles';
import { ExperimentCard } from './experiments/ExperimentCard';
import { EXPERIMENTS_POLL_MS, EXPERIMENTS_SHOWN, RECOMMENDATION_EXPERIMENTS } from './experiments/experimentsQuery';
import { RankingModelCard } from './experiments/RankingModelCard';
import { StartExperimentForm } from './experiments/StartExperimentForm';

type Experiment = RecommendationExperimentFieldsFragment;

/** Recommendation A/B tests and the ranker in service, for analysts and admins; a message for the others. */
export function ExperimentsPage() {
  const viewer = useViewer();
  const role = viewer.data?.viewer.role;
  if (!viewer.data) return <Loading label="Loading…" />;
  if (!canSeeExperiments(role)) return <NotPermitted role={role} />;
  return <Experiments admin={canManageExperiments(role)} />;
}

function NotPermitted({ role }: { role: Role | undefined }) {
  return (
    <section className="page">
      <div className="panel" data-testid="experiments-forbidden" role="alert">
        <h1>Recommendation experiments</h1>
        <p className="muted">
          Recommendation experiments are open to {EXPERIMENT_ROLES.map((r) => humanize(r).toLowerCase() + 's').join(' and ')}
          {role ? `; you are signed in as a ${humanize(role).toLowerCase()}` : ''}.
        </p>
      </div>
    </section>
  );
}

/** The running experiment first, then the stopped ones, newest first (the server's order). */
function ordered(list: readonly Experiment[]): Experiment[] {
  return [...list.filter((e) => e.status === 'RUNNING'), ...list.filter((e) => e.status !== 'RUNNING')];
}

function Experiments({ admin }: { admin: boolean }) {
  const { data, error, loading, networkStatus } = useQuery(RECOMMENDATION_EXPERIMENTS, {
    variables: { first: EXPERIMENTS_SHOWN },
    // Results are computed on request: every poll asks the server again.
    pollInterval: EXPERIMENTS_POLL_MS,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  // When the last answer arrived (a poll whose figures did not move still counts as an update).
  const [receivedAt, setReceivedAt] = useState<string | null>(null);
  useEffect(() => {
    if (data && networkStatus === NetworkStatus.ready) setReceivedAt(new Date().toISOString());
  }, [data, networkStatus]);

  if (isForbiddenError(error)) return <NotPermitted role={undefined} />;

  const experiments = data ? ordered(data.recommendationExperiments) : [];
  const running = experiments.find((e) => e.status === 'RUNNING');

  return (
    <section className="page experiments" data-testid="experiments-page" data-updated-at={receivedAt ?? ''}>
      <div className="page__head">
        <div>
          <h1>Recommendation experiments</h1>
          <p className="muted">
            A/B tests of ranking strategies: exposure, click-through and conversion per arm with 95% intervals
            {receivedAt && (
              <>
                {' · '}
                <time dateTime={receivedAt} title={formatDateTime(receivedAt)} data-testid="experiments-updated">
                  updated {formatClock(receivedAt)}
                </time>
              </>
            )}
          </p>
        </div>
      </div>
      <div className="experiments__grid">
        <div className="stack experiments__main">
          {error && <ErrorBox error={error} title={data ? 'The latest refresh failed; showing the last results' : 'The experiments are unavailable'} testId="experiments-error" />}
          {!data && loading && <Loading label="Loading the experiments…" testId="experiments-loading" />}
          {data && experiments.length === 0 && (
            <div className="panel">
              <p className="empty" data-testid="experiments-empty">
                No recommendation experiment yet.{admin ? ' Start one with the form.' : ' An admin starts them.'}
              </p>
            </div>
          )}
          {experiments.map((e) => (
            <ExperimentCard key={e.id} experiment={e} canStop={admin} />
          ))}
        </div>
        <aside className="stack experiments__side">
          <RankingModelCard />
          {admin && <StartExperimentForm disabledReason={running ? `“${running.name}” is running: stop it before starting another.` : null} />}
        </aside>
      </div>
    </section>
  );
}
