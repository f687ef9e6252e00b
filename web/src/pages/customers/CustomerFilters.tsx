import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CustomerKind } from '../../gql/graphql';

export const FILTER_OPTIONS = graphql(`
  query CustomerFilterOptions {
    segments {
      code
      label
    }
    regions
  }
`);

export interface CustomerFilterState {
  search: string;
  segment: string;
  region: string;
  kind: '' | CustomerKind;
}

export const EMPTY_FILTER: CustomerFilterState = { search: '', segment: '', region: '', kind: '' };

interface Props {
  value: CustomerFilterState;
  onChange(next: CustomerFilterState): void;
}

export function CustomerFilters({ value, onChange }: Props) {
  const { data } = useQuery(FILTER_OPTIONS);
  const set = <K extends keyof CustomerFilterState>(key: K, v: CustomerFilterState[K]) => onChange({ ...value, [key]: v });
  const active = value.search || value.segment || value.region || value.kind;
  return (
    <div className="toolbar" role="search">
      <input
        type="search"
        className="input input--search"
        placeholder="Name, email or phone…"
        title="Whole name words, or an exact email or phone number"
        aria-label="Search customers by name, email or phone"
        data-testid="customer-search"
        value={value.search}
        onChange={(e) => set('search', e.target.value)}
        autoFocus
      />
      <select aria-label="Segment" data-testid="segment-filter" value={value.segment} onChange={(e) => set('segment', e.target.value)}>
        <option value="">All segments</option>
        {data?.segments.map((s) => (
          <option key={s.code} value={s.code}>
            {s.label}
          </option>
        ))}
      </select>
      <select aria-label="Region" data-testid="region-filter" value={value.region} onChange={(e) => set('region', e.target.value)}>
        <option value="">All regions</option>
        {data?.regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <select
        aria-label="Kind"
        data-testid="kind-filter"
        value={value.kind}
        onChange={(e) => set('kind', e.target.value as CustomerFilterState['kind'])}
      >
        <option value="">Individuals &amp; businesses</option>
        <option value="INDIVIDUAL">Individuals</option>
        <option value="BUSINESS">Businesses</option>
      </select>
      {active && (
        <button type="button" className="btn btn--link" onClick={() => onChange(EMPTY_FILTER)}>
          Clear
        </button>
      )}
    </div>
  );
}
