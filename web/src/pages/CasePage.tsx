import { useQuery } from '@apollo/client/react';
import { ErrorBox } from '../components/ErrorBox';
import { Link } from '../components/Link';
import { LiveIndicator } from '../components/LiveIndicator';
import { Loading } from '../components/Loading';
import { useViewer } from '../components/useViewer';
import { isForbiddenError } from '../live';
import { canWorkCases } from '../roles';
import { AssessmentCard } from './collections/AssessmentCard';
import { CaseActions } from './collections/CaseActions';
import { CaseSummary } from './collections/CaseSummary';
import { CaseTimeline } from './collections/CaseTimeline';
import { NotPermitted } from './collections/NotPermitted';
import { PlansPanel } from './collections/PlansPanel';
import { PromisesCard } from './collections/PromisesCard';
import { RECOVERY_CASE } from './collections/caseQuery';
import { useLiveCase } from './collections/useLiveCase';

/** One recovery case: who and how late, why this strategy, what happened, and what to do next. */
export function CasePage({ id }: { id: string }) {
  const viewer = useViewer();
  const role = viewer.data?.viewer.role;
  if (!viewer.data) return <Loading label="Loading…" />;
  if (!canWorkCases(role)) return <NotPermitted role={role} title="Recovery case" />;
  return <CaseWorkspace id={id} />;
}

function CaseWorkspace({ id }: { id: string }) {
  const { data, loading, error } = useQuery(RECOVERY_CASE, { variables: { id }, errorPolicy: 'all' });
  const live = useLiveCase(id, !!data?.recoveryCase);
  const c = data?.recoveryCase;

  if (isForbiddenError(error)) return <NotPermitted role={undefined} title="Recovery case" />;

  return (
    <section className="page case" data-testid="case-page" data-case-id={id} data-version={c?.version ?? ''}>
      <Link to={{ name: 'collections' }} className="back">
        ‹ Collections
      </Link>
      {loading && !data && <Loading label="Loading the case…" />}
      {error && <ErrorBox error={error} title="Could not load the case" testId="case-error" />}
      {data && !c && !error && (
        <div className="panel" data-testid="case-not-found">
          <h1>Case not found</h1>
          <p className="muted">The id is unknown, or the case belongs to another tenant.</p>
        </div>
      )}
      {c && (
        <>
          <CaseSummary c={c} live={<LiveIndicator testId="case-live" />} />
          {live.error && (
            <p className="footnote text-warn" role="alert" data-testid="case-live-error">
              Live updates unavailable: {live.error.message}
            </p>
          )}
          <div className="case-grid">
            <div className="case-grid__main">
              <AssessmentCard c={c} />
              <CaseTimeline events={c.timeline} repayments={c.loan.application.repayments} />
            </div>
            <div className="case-grid__side">
              {/* keyed by case: a draft never carries over to another case */}
              <PromisesCard key={`promises-${c.id}`} c={c} />
              <CaseActions key={`actions-${c.id}`} c={c} />
            </div>
          </div>
          <PlansPanel key={`plans-${c.id}`} c={c} />
        </>
      )}
    </section>
  );
}
