import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CustomerKind, ProfileInput } from '../../gql/graphql';
import type { ErrorInfo } from '../../errors';

const REGIONS = graphql(`
  query ProspectRegions {
    regions
  }
`);

export interface ProspectFormState {
  kind: CustomerKind;
  age: string;
  income: string;
  creditScore: string;
  region: string;
  goals: string;
  existingProducts: string;
}

export const INITIAL_PROSPECT: ProspectFormState = {
  kind: 'INDIVIDUAL',
  age: '32',
  income: '1200000',
  creditScore: '',
  region: '',
  goals: '',
  existingProducts: '',
};

interface Props {
  value: ProspectFormState;
  onChange(next: ProspectFormState): void;
  onSubmit(profile: ProfileInput): void;
  error: ErrorInfo | null;
  loading: boolean;
}

/** Whole numbers stay whole; anything else is left for the server to judge, except non-numbers. */
function toNumber(s: string, name: string, integer: boolean): number | null {
  if (!s.trim()) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`${name}: not a number`);
  if (integer && !Number.isInteger(n)) throw new Error(`${name}: must be a whole number`);
  return n;
}

export function ProspectForm({ value, onChange, onSubmit, error, loading }: Props) {
  const { data } = useQuery(REGIONS);
  const [localError, setLocalError] = useState<string | null>(null);
  const set = <K extends keyof ProspectFormState>(key: K, v: ProspectFormState[K]) => onChange({ ...value, [key]: v });
  const business = value.kind === 'BUSINESS';
  const region = value.region || data?.regions[0] || '';

  function submit(e: FormEvent) {
    e.preventDefault();
    setLocalError(null);
    try {
      const income = toNumber(value.income, business ? 'revenue' : 'income', false);
      if (income === null) throw new Error(`${business ? 'revenue' : 'income'}: required`);
      const existing = value.existingProducts
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      onSubmit({
        kind: value.kind,
        age: business ? null : toNumber(value.age, 'age', true),
        income,
        creditScore: toNumber(value.creditScore, 'creditScore', true),
        region,
        goals: value.goals.trim() || null,
        existingProducts: existing.length ? existing : null,
      });
    } catch (err) {
      setLocalError((err as Error).message);
    }
  }

  // The server names the offending field (extensions.field), e.g. "profile.income" or
  // "profile.existingProducts[1]"; highlight the input it belongs to.
  const badField = error?.field?.split('.').pop()?.replace(/\[\d+\]$/, '');
  const fieldClass = (name: string) => (badField === name ? 'field field--invalid' : 'field');
  const message = localError ?? error?.message;

  return (
    <form className="panel form" onSubmit={submit} noValidate data-testid="prospect-form">
      <h2>Prospect profile</h2>
      <div className="field">
        <span className="field__label">Kind</span>
        <div className="segmented" role="radiogroup" aria-label="Kind">
          {(['INDIVIDUAL', 'BUSINESS'] as const).map((k) => (
            <label key={k} className={value.kind === k ? 'segmented__item segmented__item--on' : 'segmented__item'}>
              <input type="radio" name="kind" value={k} checked={value.kind === k} onChange={() => set('kind', k)} />
              {k === 'INDIVIDUAL' ? 'Individual' : 'Business'}
            </label>
          ))}
        </div>
      </div>
      {!business && (
        <label className={fieldClass('age')}>
          <span className="field__label">Age</span>
          <input className="input" inputMode="numeric" data-testid="prospect-age" value={value.age} onChange={(e) => set('age', e.target.value)} />
        </label>
      )}
      <label className={fieldClass('income')}>
        <span className="field__label">{business ? 'Annual revenue (₹)' : 'Annual income (₹)'}</span>
        <input
          className="input"
          inputMode="decimal"
          data-testid="prospect-income"
          value={value.income}
          onChange={(e) => set('income', e.target.value)}
        />
      </label>
      <label className={fieldClass('creditScore')}>
        <span className="field__label">
          Credit score <span className="muted">(optional, 300–850)</span>
        </span>
        <input
          className="input"
          inputMode="numeric"
          placeholder="New to credit"
          data-testid="prospect-score"
          value={value.creditScore}
          onChange={(e) => set('creditScore', e.target.value)}
        />
      </label>
      <label className={fieldClass('region')}>
        <span className="field__label">Region</span>
        <select data-testid="prospect-region" value={region} onChange={(e) => set('region', e.target.value)}>
          {data?.regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label className={fieldClass('goals')}>
        <span className="field__label">Goals</span>
        <textarea
          className="input"
          rows={3}
          placeholder="e.g. buy a first home in five years"
          data-testid="prospect-goals"
          value={value.goals}
          onChange={(e) => set('goals', e.target.value)}
        />
      </label>
      <label className={fieldClass('existingProducts')}>
        <span className="field__label">
          Already holds <span className="muted">(product codes, comma-separated)</span>
        </span>
        <input
          className="input"
          placeholder="e.g. sav-everyday"
          value={value.existingProducts}
          onChange={(e) => set('existingProducts', e.target.value)}
        />
      </label>
      {message && (
        <div className="form__error" role="alert" data-testid="prospect-error">
          {message}
        </div>
      )}
      <button type="submit" className="btn btn--primary" disabled={loading || !region} data-testid="prospect-submit">
        {loading ? 'Ranking…' : 'Recommend products'}
      </button>
    </form>
  );
}
