import type { CustomerListQuery } from '../../gql/graphql';
import { CreditScore } from '../../components/CreditScore';
import { Link } from '../../components/Link';
import { formatINR, humanize } from '../../format';
import { navigate } from '../../router';

type Row = CustomerListQuery['customers']['edges'][number]['node'];

interface Props {
  rows: readonly Row[];
  stale: boolean;
}

export function CustomerTable({ rows, stale }: Props) {
  return (
    <table className={stale ? 'table table--stale' : 'table'} data-testid="customer-table" aria-busy={stale}>
      <thead>
        <tr>
          <th>Name</th>
          <th>Kind</th>
          <th>Segment</th>
          <th>Region</th>
          <th className="num">Credit score</th>
          <th className="num">Income / revenue</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr
            key={c.id}
            className="table__row--link"
            data-testid="customer-row"
            data-id={c.id}
            onClick={(e) => {
              // Let the name link, and ctrl/cmd-click, behave like links do.
              if ((e.target as HTMLElement).closest('a')) return;
              navigate({ name: 'customer', id: c.id });
            }}
          >
            <td>
              <Link to={{ name: 'customer', id: c.id }} className="strong" data-testid="customer-name">
                {c.name}
              </Link>
            </td>
            <td>
              <span className={`kind kind--${c.kind.toLowerCase()}`}>{humanize(c.kind)}</span>
            </td>
            <td>{c.segmentLabel}</td>
            <td>{c.region}</td>
            <td className="num">
              <CreditScore score={c.creditScore} />
            </td>
            <td className="num">{formatINR(c.annualIncome)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
