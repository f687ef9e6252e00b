import type { CustomerDetailQuery } from '../../gql/graphql';
import { channelLabel, formatINR, humanize, monthName, variabilityLabel } from '../../format';
import { ShareBars } from './ShareBars';

type Profile = NonNullable<NonNullable<CustomerDetailQuery['customer']>['spendingProfile']>;

export function SpendingCard({ profile }: { profile: Profile | null | undefined }) {
  return (
    <section className="panel" aria-labelledby="spending-h" data-testid="spending-profile">
      <h2 id="spending-h">
        Spending profile <span className="h-note">last 12 months</span>
      </h2>
      {!profile ? (
        <p className="muted">No transactions on record.</p>
      ) : (
        <>
          <div className="kpis">
            <div className="kpi">
              <span className="kpi__label">Monthly inflow</span>
              <span className="kpi__value">{formatINR(profile.monthlyInflow)}</span>
            </div>
            <div className="kpi">
              <span className="kpi__label">Monthly outflow</span>
              <span className="kpi__value">{formatINR(profile.monthlyOutflow)}</span>
            </div>
            <div className="kpi">
              <span className="kpi__label">Income variability</span>
              <span className="kpi__value" title="Coefficient of variation of monthly inflows">
                {profile.incomeVariability.toFixed(2)}{' '}
                <span className="kpi__note">{variabilityLabel(profile.incomeVariability)}</span>
              </span>
            </div>
          </div>
          {profile.peakIncomeMonths.length > 0 && (
            <p className="small">
              <span className="muted">Peak income months:</span>{' '}
              {[...profile.peakIncomeMonths].sort((a, b) => a - b).map(monthName).join(', ')}
            </p>
          )}
          <div className="shares-grid">
            <ShareBars title="Top categories" shares={profile.topCategories} label={humanize} testId="top-categories" />
            <ShareBars title="Channels" shares={profile.channels} label={channelLabel} testId="channels" />
          </div>
        </>
      )}
    </section>
  );
}
