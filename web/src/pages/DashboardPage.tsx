import { useState } from 'react';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql';
import type { KpiWindow, Role } from '../gql/graphql';
import { ErrorBox } from '../components/ErrorBox';
import { LiveIndicator } from '../components/LiveIndicator';
import { Loading } from '../components/Loading';
import { useViewer } from '../components/useViewer';
import { formatClock, formatDateTime, humanize } from '../format';
import { useSessionState } from '../hooks';
import { getLiveStatus, isForbiddenError, useLiveStatus } from '../live';
import { canSeeDashboard, DASHBOARD_ROLES } from '../roles';
import { KpiTiles } from './dashboard/KpiTiles';
import { ModelDrift } from './dashboard/ModelDrift';
import { RunningExperiment } from './dashboard/RunningExperiment';
import { RegionTable } from './dashboard/RegionTable';
import { SeriesCharts } from './dashboard/SeriesCharts';
import { TopProducts } from './dashboard/TopProducts';
import { WINDOWS, WindowSelect } from './dashboard/WindowSelect';

export const DASHBOARD = graphql(`
  subscription Dashboard($window: KpiWindow!) {
    dashboard(window: $window) {
      window
      from
      asOf
      version
      totals {
        ...KpiFields
      }
      series {
        ...SeriesPoint
      }
      byRegion {
        ...RegionRow
      }
      topProducts {
        ...TopProductRow
      }
    }
  }
`);

/** The analysts' live KPIs; other roles get a clear message instead (the server would refuse them). */
export function DashboardPage() {
  const viewer = useViewer();
  const role = viewer.data?.viewer.role;
  if (!viewer.data) return <Loading label="Loading…" />;
  if (!canSeeDashboard(role)) return <NotPermitted role={role} />;
  return <LiveDashboard />;
}

function NotPermitted({ role }: { role: Role | undefined }) {
  return (
    <section className="page">
      <div className="panel" data-testid="dashboard-forbidden" role="alert">
        <h1>Live dashboard</h1>
        <p className="muted">
          The live KPI dashboard is open to {DASHBOARD_ROLES.map((r) => humanize(r).toLowerCase() + 's').join(' and ')}
          {role ? `; you are signed in as a ${humanize(role).toLowerCase()}` : ''}. Sign in with one of those roles to watch it.
        </p>
      </div>
    </section>
  );
}

function LiveDashboard() {
  const [window, setWindow] = useSessionState<KpiWindow>('dashboard.window', 'LAST_HOUR');
  const live = useLiveStatus();
  // The connection (live.connections) that delivered the data shown. After a reconnect the server
  // sends a full fresh state first; until it arrives the old one is shown dimmed.
  const [dataConnection, setDataConnection] = useState(0);
  const { data, error, restart } = useSubscription(DASHBOARD, {
    variables: { window },
    // Every message is the whole state: nothing to normalise or keep in the cache.
    fetchPolicy: 'no-cache',
    onData: () => setDataConnection(getLiveStatus().connections),
  });
  const dashboard = data?.dashboard.window === window ? data.dashboard : undefined;
  const fresh = live.state === 'live' && dataConnection === live.connections && !!dashboard;
  const windowLabel = WINDOWS.find((w) => w.value === window)?.label ?? window;

  if (isForbiddenError(error)) return <NotPermitted role={undefined} />;

  return (
    <section className="page dashboard" data-testid="dashboard" data-window={window} data-fresh={fresh}>
      <div className="page__head">
        <div>
          <h1>Live KPIs</h1>
          <p className="muted">
            {windowLabel}
            {dashboard && (
              <>
                {' · '}
                <time dateTime={dashboard.asOf} title={formatDateTime(dashboard.asOf)} data-testid="dashboard-as-of">
                  updated {formatClock(dashboard.asOf)}
                </time>
              </>
            )}
          </p>
        </div>
        <div className="dashboard__controls">
          <LiveIndicator received={fresh} />
          <WindowSelect value={window} onChange={setWindow} />
        </div>
      </div>
      {error && (
        <div className="dashboard__error">
          <ErrorBox error={error} title="The live dashboard stopped" testId="dashboard-error" />
          <button type="button" className="btn btn--ghost" onClick={() => restart()}>
            Reconnect
          </button>
        </div>
      )}
      {!dashboard && !error && <Loading label="Waiting for the first state…" testId="dashboard-loading" />}
      {dashboard && (
        <div className={fresh ? 'stack' : 'stack dashboard--stale'} aria-busy={!fresh} data-version={dashboard.version}>
          <KpiTiles kpis={dashboard.totals} />
          <SeriesCharts series={dashboard.series} window={window} />
          <div className="two-col">
            <RegionTable regions={dashboard.byRegion} />
            <TopProducts products={dashboard.topProducts} />
          </div>
        </div>
      )}
      {/* Polled, not live: they do not wait for the subscription. */}
      <RunningExperiment />
      <ModelDrift />
    </section>
  );
}
