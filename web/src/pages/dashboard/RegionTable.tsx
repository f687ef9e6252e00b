import { graphql } from '../../gql';
import type { RegionRowFragment } from '../../gql/graphql';
import { Bar } from '../../components/Bar';
import { formatCount, formatRate } from '../../format';

export const REGION_ROW = graphql(`
  fragment RegionRow on RegionKpis {
    region
    kpis {
      applications
      approvals
      approvalRate
      views
      clicks
      clickThroughRate
      averageProbabilityOfDefault
    }
  }
`);

/** Every region with activity in the window, most applications first (the server's order). */
export function RegionTable({ regions }: { regions: readonly RegionRowFragment[] }) {
  const most = Math.max(1, ...regions.map((r) => r.kpis.applications));
  return (
    <section className="panel panel--flush" aria-labelledby="regions-h" data-testid="region-table">
      <h2 id="regions-h" className="panel__title">
        By region <span className="count">{regions.length}</span>
      </h2>
      {regions.length === 0 ? (
        <p className="empty">No activity in this window.</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th>Region</th>
                <th className="num">Applications</th>
                <th aria-label="Share of applications" />
                <th className="num">Approvals</th>
                <th className="num">Approval rate</th>
                <th className="num">CTR</th>
                <th className="num">Avg PD</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.region} data-testid="region-row" data-region={r.region}>
                  <td>{r.region}</td>
                  <td className="num">{formatCount(r.kpis.applications)}</td>
                  <td className="region-bar">
                    <Bar value={r.kpis.applications / most} tone="primary" label={`${r.region}: applications`} />
                  </td>
                  <td className="num">{formatCount(r.kpis.approvals)}</td>
                  <td className="num">{formatRate(r.kpis.approvalRate)}</td>
                  <td className="num">{formatRate(r.kpis.clickThroughRate)}</td>
                  <td className="num">{formatRate(r.kpis.averageProbabilityOfDefault)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
