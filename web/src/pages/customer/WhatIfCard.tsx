import { useState, type FormEvent } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CustomerScenarioQuery, Role } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { CheckField, Field, testIdOf } from '../../components/FormField';
import { Loading } from '../../components/Loading';
import { useCreditProducts } from '../../components/useCreditProducts';
import { useViewer } from '../../components/useViewer';
import { formatINR, humanize } from '../../format';
import { WhatIfResults } from './WhatIfResults';
import {
  WHAT_IF_K_CHOICES,
  draftOf,
  failureOf,
  toVariables,
  type WhatIfDraft,
  type WhatIfFailure,
  type WhatIfField,
  type WhatIfRecord,
} from './whatIfInput';

export const SCENARIO_SIDE_FIELDS = graphql(`
  fragment ScenarioSideFields on ScenarioSide {
    recommendations {
      rank
      confidence
      product {
        id
        name
        provider
        category
      }
    }
    decision {
      outcome
      probabilityOfDefault
      score
      grade
      approvedAmount
      creditLimit
      monthlyInstalment
      bureauUsed
      counterfactuals
    }
  }
`);

export const CUSTOMER_SCENARIO = graphql(`
  query CustomerScenario($customerId: ID!, $changes: ScenarioChanges!, $productId: ID, $amount: Float, $termMonths: Int, $k: Int) {
    scenario(customerId: $customerId, changes: $changes, productId: $productId, amount: $amount, termMonths: $termMonths, k: $k) {
      changes {
        field
        from
        to
      }
      before {
        ...ScenarioSideFields
      }
      after {
        ...ScenarioSideFields
      }
      recommendationChanges {
        product {
          id
          name
          provider
          category
        }
        rankBefore
        rankAfter
        confidenceBefore
        confidenceAfter
        why
      }
      decisionChange {
        outcomeBefore
        outcomeAfter
        reasonsAppeared {
          code
          text
          source
        }
        reasonsDisappeared {
          code
          text
          source
        }
      }
    }
  }
`);

const WHAT_IF_REGIONS = graphql(`
  query WhatIfRegions {
    regions
  }
`);

export type Scenario = CustomerScenarioQuery['scenario'];

/** Query.scenario is for these roles (the server answers FORBIDDEN to the others). */
const MAY_RUN_SCENARIOS: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ANALYST', 'ADMIN'];

/**
 * What if the customer's income, score, region, goals or age changed? The recommendations (and,
 * given a credit product and an amount, the credit decision) as on record and with the changes,
 * side by side, with what moved and why. Nothing is stored.
 */
export function WhatIfCard({ customerId, customer }: { customerId: string; customer: WhatIfRecord }) {
  const viewer = useViewer();
  const role = viewer.data?.viewer.role;
  if (!role || !MAY_RUN_SCENARIOS.includes(role)) return null;
  return <WhatIfPanel customerId={customerId} customer={customer} />;
}

function WhatIfPanel({ customerId, customer }: { customerId: string; customer: WhatIfRecord }) {
  const [draft, setDraft] = useState<WhatIfDraft>(() => draftOf(customer));
  const [failure, setFailure] = useState<WhatIfFailure | null>(null);
  const [result, setResult] = useState<Scenario | null>(null);
  const regions = useQuery(WHAT_IF_REGIONS);
  const products = useCreditProducts(customer.kind);
  // A what-if is hypothetical: it stays out of the normalized cache, and every run asks the server.
  const [runScenario, { loading }] = useLazyQuery(CUSTOMER_SCENARIO, { fetchPolicy: 'no-cache' });

  const business = customer.kind === 'BUSINESS';
  const product = products.groups.flatMap((g) => g.products).find((p) => p.id === draft.productId);
  const terms = product?.creditTerms;
  const fieldError = (name: WhatIfField) => (failure?.field === name ? failure.message : undefined);

  function set<K extends keyof WhatIfDraft>(key: K, value: WhatIfDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    setFailure(null);
  }

  // The aria attributes that tie a control to its hint and its error (Field renders both by these ids).
  const describe = (name: WhatIfField, hasHint = false) => {
    const id = testIdOf(`whatif.${name}`);
    const invalid = failure?.field === name;
    return {
      name,
      'aria-invalid': invalid || undefined,
      'aria-describedby': [hasHint && `hint-${id}`, invalid && `error-${id}`].filter(Boolean).join(' ') || undefined,
    };
  };

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading) return;
    setFailure(null);
    try {
      const { data } = await runScenario({ variables: toVariables(draft, customer, customerId) });
      if (!data) throw new Error('The server sent no result.');
      setResult(data.scenario);
    } catch (err) {
      setResult(null);
      setFailure(failureOf(err));
    }
  }

  const incomeLabel = business ? 'Annual revenue (₹)' : 'Annual income (₹)';
  return (
    <section className="panel whatif" aria-labelledby="whatif-h" data-testid="whatif">
      <div className="panel__head">
        <h2 id="whatif-h">
          What if…<span className="h-note muted">try changes to the profile; nothing is saved</span>
        </h2>
      </div>
      <form className="form whatif__form" onSubmit={submit} noValidate aria-describedby="whatif-note" data-testid="whatif-form">
        <p id="whatif-note" className="small muted">
          Prefilled with the customer’s record. Change any value and run: the recommendations (and a credit decision, when a
          product and an amount are given) are compared as on record and with the changes.
        </p>
        <div className="form__row">
          <Field
            name="whatif.changes.annualIncome"
            label={incomeLabel}
            hint={`On record: ${formatINR(customer.annualIncome)}`}
            error={fieldError('changes.annualIncome')}
          >
            <input
              {...describe('changes.annualIncome', true)}
              className="input"
              type="number"
              inputMode="numeric"
              step={1}
              value={draft.annualIncome}
              onChange={(e) => set('annualIncome', e.target.value)}
              data-testid="whatif-income"
            />
          </Field>
          <Field
            name="whatif.changes.creditScore"
            label="Credit score"
            hint={`300–850 · on record: ${customer.creditScore ?? 'none (new to credit)'}`}
            error={fieldError('changes.creditScore')}
          >
            <input
              {...describe('changes.creditScore', true)}
              className="input"
              type="number"
              inputMode="numeric"
              step={1}
              value={draft.newToCredit ? '' : draft.creditScore}
              disabled={draft.newToCredit}
              placeholder={draft.newToCredit ? 'No bureau score' : undefined}
              onChange={(e) => set('creditScore', e.target.value)}
              data-testid="whatif-score"
            />
          </Field>
          <Field name="whatif.changes.region" label="Region" error={fieldError('changes.region')}>
            <select
              {...describe('changes.region')}
              value={draft.region}
              onChange={(e) => set('region', e.target.value)}
              data-testid="whatif-region"
            >
              {/* The record's region stays selectable even if the list has not loaded (or lacks it). */}
              {[...new Set([customer.region, ...(regions.data?.regions ?? [])])].map((r) => (
                <option key={r} value={r}>
                  {r}
                  {r === customer.region ? ' (on record)' : ''}
                </option>
              ))}
            </select>
          </Field>
          {!business && (
            <Field
              name="whatif.changes.age"
              label="Age"
              hint={`18–120 · on record: ${customer.age ?? 'unknown'}`}
              error={fieldError('changes.age')}
            >
              <input
                {...describe('changes.age', true)}
                className="input"
                type="number"
                inputMode="numeric"
                step={1}
                value={draft.age}
                onChange={(e) => set('age', e.target.value)}
                data-testid="whatif-age"
              />
            </Field>
          )}
        </div>
        <CheckField name="whatif.changes.newToCredit">
          <input
            type="checkbox"
            checked={draft.newToCredit}
            onChange={(e) => set('newToCredit', e.target.checked)}
            data-testid="whatif-ntc"
          />
          <span>
            New to credit <span className="muted">(as if there were no bureau score)</span>
          </span>
        </CheckField>
        <Field name="whatif.changes.goals" label="Goals" error={fieldError('changes.goals')}>
          <textarea
            {...describe('changes.goals')}
            className="input whatif__goals"
            rows={2}
            placeholder="e.g. buy a home in two years"
            value={draft.goals}
            onChange={(e) => set('goals', e.target.value)}
            data-testid="whatif-goals"
          />
        </Field>

        <fieldset className="form__group whatif__decision-inputs">
          <legend className="field__label">
            Credit decision <span className="muted">(optional: a product and an amount)</span>
          </legend>
          <div className="form__row">
            <Field
              name="whatif.productId"
              label="Product"
              error={fieldError('productId') ?? (products.error ? 'Could not load the credit products.' : undefined)}
            >
              <select
                {...describe('productId')}
                value={draft.productId}
                onChange={(e) => set('productId', e.target.value)}
                data-testid="whatif-product"
              >
                <option value="">{products.loading && products.groups.length === 0 ? 'Loading products…' : 'No decision'}</option>
                {products.groups.map((g) => (
                  <optgroup key={g.category} label={humanize(g.category)}>
                    {g.products.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name} — {p.provider}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </Field>
            <Field
              name="whatif.amount"
              label={terms?.revolving ? 'Limit requested (₹)' : 'Amount (₹)'}
              hint={terms && `${formatINR(terms.minAmount)} – ${formatINR(terms.maxAmount)}`}
              error={fieldError('amount')}
            >
              <input
                {...describe('amount', !!terms)}
                className="input"
                type="number"
                inputMode="numeric"
                step={1}
                min={terms?.minAmount}
                max={terms?.maxAmount}
                disabled={!draft.productId}
                value={draft.amount}
                onChange={(e) => set('amount', e.target.value)}
                data-testid="whatif-amount"
              />
            </Field>
            <Field
              name="whatif.termMonths"
              label="Term (months)"
              hint={terms ? `${terms.minTermMonths}–${terms.maxTermMonths} months; 12 if empty` : undefined}
              error={fieldError('termMonths')}
            >
              <input
                {...describe('termMonths', !!terms)}
                className="input"
                type="number"
                inputMode="numeric"
                step={1}
                disabled={!draft.productId}
                value={draft.termMonths}
                onChange={(e) => set('termMonths', e.target.value)}
                data-testid="whatif-term"
              />
            </Field>
          </div>
        </fieldset>

        {failure && !failure.field && <ErrorBox error={failure.error} title="The what-if did not run" testId="whatif-error" />}
        <div className="whatif__actions">
          <label className="inline-field">
            <span>Compare top</span>
            <select value={draft.k} onChange={(e) => set('k', Number(e.target.value))} data-testid="whatif-k">
              {WHAT_IF_K_CHOICES.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn btn--ghost"
            onClick={() => {
              setDraft(draftOf(customer));
              setFailure(null);
              setResult(null);
            }}
            data-testid="whatif-reset"
          >
            Reset to record
          </button>
          <button type="submit" className="btn btn--primary" disabled={loading} data-testid="whatif-run">
            {loading ? 'Running…' : 'Run what-if'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {loading && <Loading label="Ranking as on record and with the changes…" testId="whatif-loading" />}
        {result && !loading && <WhatIfResults scenario={result} business={business} />}
      </div>
    </section>
  );
}
