import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CounterOfferInput, CounterOfferMutation } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { Field } from '../../components/FormField';
import { formatINR, formatMonths } from '../../format';
import { RECOVERY_CASE } from './caseQuery';
import { aria, placeRejection, without, type FieldErrors } from './forms';

const COUNTER_OFFER = graphql(`
  mutation CounterOffer($planId: ID!, $input: CounterOfferInput!) {
    counterOffer(planId: $planId, input: $input) {
      __typename
      ... on CounterOfferOutcome {
        plan {
          ...PlanFields
        }
        reasons {
          code
          text
        }
      }
      ... on RecoveryRejected {
        field
        message
      }
    }
  }
`);

export type CounterOutcome = Extract<CounterOfferMutation['counterOffer'], { __typename: 'CounterOfferOutcome' }>;

const TERM = 'input.termMonths';
const MONTHLY = 'input.monthlyAmount';

interface Props {
  caseId: string;
  planId: string;
  termMonths: number;
  onOutcome(outcome: CounterOutcome): void;
}

/** What the customer asks for instead of the proposal: another term, or another monthly amount. */
export function CounterOfferForm({ caseId, planId, termMonths, onOutcome }: Props) {
  const [term, setTerm] = useState('');
  const [monthly, setMonthly] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [counter, { loading }] = useMutation(COUNTER_OFFER, {
    refetchQueries: [{ query: RECOVERY_CASE, variables: { id: caseId } }],
    awaitRefetchQueries: true,
  });

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading) return;
    setFormError(null);
    setFailure(null);
    const problems: FieldErrors = {};
    const input: CounterOfferInput = {};
    if (term.trim()) {
      const n = Number(term);
      if (!Number.isInteger(n) || n < 1) problems[TERM] = 'A whole number of months, at least 1';
      else input.termMonths = n;
    }
    if (monthly.trim()) {
      const n = Number(monthly);
      if (!Number.isFinite(n) || n <= 0) problems[MONTHLY] = 'An amount above ₹0';
      else input.monthlyAmount = n;
    }
    if (!term.trim() && !monthly.trim()) problems[TERM] = 'Give a term, a monthly amount, or both';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      const { data } = await counter({ variables: { planId, input } });
      const result = data?.counterOffer;
      if (!result) throw new Error('The server sent no result.');
      if (result.__typename === 'RecoveryRejected') {
        const placed = placeRejection(result, [TERM, MONTHLY]);
        setErrors(placed.errors);
        setFormError(placed.formError);
      } else {
        onOutcome(result);
      }
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <form className="form counter-form" onSubmit={submit} noValidate data-testid="counter-offer-form">
      <h3>Customer’s counter-offer</h3>
      <div className="form__row">
        <Field name={TERM} label="Term (months)" error={errors[TERM]} hint={`Proposed: ${formatMonths(termMonths)}`}>
          <input
            {...aria(TERM, errors, true)}
            className="input"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={term}
            onChange={(e) => {
              setTerm(e.target.value);
              setErrors((x) => without(x, TERM));
            }}
            data-testid="counter-term"
          />
        </Field>
        <Field name={MONTHLY} label="Monthly amount (₹)" error={errors[MONTHLY]} hint={`e.g. ${formatINR(1000)}`}>
          <input
            {...aria(MONTHLY, errors, true)}
            className="input"
            type="number"
            inputMode="decimal"
            min={1}
            step="any"
            value={monthly}
            onChange={(e) => {
              setMonthly(e.target.value);
              setErrors((x) => without(x, MONTHLY));
            }}
            data-testid="counter-monthly"
          />
        </Field>
      </div>
      {formError && (
        <p className="form__error" role="alert" data-testid="counter-form-error">
          {formError}
        </p>
      )}
      {failure ? <ErrorBox error={failure} title="The counter-offer was not recorded" /> : null}
      <div>
        <button type="submit" className="btn btn--primary" disabled={loading} data-testid="counter-submit">
          {loading ? 'Checking…' : 'Record counter-offer'}
        </button>
      </div>
    </form>
  );
}
