import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CustomerKind, LoanApplicationFieldsFragment } from '../gql/graphql';
import { formatINR, humanize } from '../format';
import { useIdempotentAttempts } from '../idempotency';
import { pricing } from '../pages/products/productText';
import {
  DEVICE_FIELDS,
  EMPTY_DRAFT,
  constraintProblems,
  defaultTerm,
  sentence,
  toInput,
  type ApplicationDraft,
  type FieldErrors,
} from './applicationInput';
import { ErrorBox } from './ErrorBox';
import { CheckField, Field, testIdOf } from './FormField';
import { useCreditProducts } from './useCreditProducts';

const SUBMIT_APPLICATION = graphql(`
  mutation SubmitLoanApplication($input: LoanApplicationInput!, $idempotencyKey: String!) {
    submitLoanApplication(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on LoanApplication {
        ...LoanApplicationFields
      }
      ... on ApplicationRejected {
        field
        message
      }
    }
  }
`);

const PURPOSES = ['Home renovation', 'Education', 'Medical expenses', 'Wedding', 'Vehicle', 'Working capital', 'Crop inputs', 'Debt consolidation'];

const DEVICE_LABELS: Record<(typeof DEVICE_FIELDS)[number], string> = {
  deviceId: 'Device id',
  phone: 'Phone',
  address: 'Address',
  payoutAccount: 'Payout account',
};

// The draft's own fields by their server path; device.* fields are matched by prefix.
const FORM_FIELDS = new Set(['productId', 'amount', 'termMonths', 'purpose', 'consent.creditAssessment', 'consent.bureauCheck']);

interface Props {
  customerId: string;
  customerKind: CustomerKind;
  onSubmitted(application: LoanApplicationFieldsFragment): void;
}

/** A new loan or card application for an existing customer. */
export function ApplicationForm({ customerId, customerKind, onSubmitted }: Props) {
  const products = useCreditProducts(customerKind);
  const [draft, setDraft] = useState<ApplicationDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [identifiersOpen, setIdentifiersOpen] = useState(false);
  const [submitApplication, { loading }] = useMutation(SUBMIT_APPLICATION);
  const attempts = useIdempotentAttempts();

  const product = products.groups.flatMap((g) => g.products).find((p) => p.id === draft.productId);
  const terms = product?.creditTerms;

  function set<K extends keyof ApplicationDraft>(key: K, value: ApplicationDraft[K], field: string = key) {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  }

  function chooseProduct(id: string) {
    const next = products.groups.flatMap((g) => g.products).find((p) => p.id === id);
    setDraft((d) => ({ ...d, productId: id, termMonths: d.termMonths || (next ? defaultTerm(next) : '') }));
    // The bounds changed: the old amount and term messages may no longer hold.
    setErrors(({ productId: _p, amount: _a, termMonths: _t, ...rest }) => rest);
  }

  // The aria attributes that tie a control to its hint and error.
  const describe = (name: string, hasHint = false) => ({
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby':
      [hasHint && `hint-${testIdOf(name)}`, errors[name] && `error-${testIdOf(name)}`].filter(Boolean).join(' ') || undefined,
  });

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading) return;
    setFormError(null);
    setFailure(null);
    const problems = constraintProblems(e.currentTarget, product);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      if (DEVICE_FIELDS.some((k) => problems[`device.${k}`])) setIdentifiersOpen(true);
      return;
    }
    const input = toInput(draft, customerId);
    // Same input as an attempt that got no answer: same key, so the server cannot decide it twice.
    const idempotencyKey = attempts.keyFor(input);
    try {
      const { data } = await submitApplication({ variables: { input, idempotencyKey } });
      const result = data?.submitLoanApplication;
      if (!result) throw new Error('The server sent no result.');
      attempts.settle();
      if (result.__typename === 'ApplicationRejected') {
        const field = result.field.replace(/^input\./, '');
        const known = FORM_FIELDS.has(field) || field.startsWith('device.');
        if (known) setErrors({ [field]: sentence(result.message) });
        else setFormError(`${field}: ${result.message}`);
        if (field.startsWith('device.')) setIdentifiersOpen(true);
      } else {
        onSubmitted(result);
      }
    } catch (err) {
      // No answer, or an error instead of one: the key is kept for a retry of the same input.
      setFailure(err);
    }
  }

  const amountLabel = terms?.revolving ? 'Limit requested (₹)' : 'Amount (₹)';

  return (
    <form className="panel form" onSubmit={submit} noValidate data-testid="application-form" aria-labelledby="application-form-h">
      <h2 id="application-form-h">New application</h2>
      {products.error ? <ErrorBox error={products.error} title="Could not load the credit products" /> : null}

      <Field
        name="productId"
        label="Product"
        error={errors.productId}
        hint={product ? [pricing(product), terms?.revolving && 'revolving limit', terms?.seasonal && 'repaid after harvests'].filter(Boolean).join(' · ') : undefined}
      >
        <select
          {...describe('productId', !!product)}
          required
          value={draft.productId}
          disabled={products.loading && products.groups.length === 0}
          onChange={(e) => chooseProduct(e.target.value)}
          data-testid="application-product"
        >
          <option value="">{products.loading && products.groups.length === 0 ? 'Loading products…' : 'Choose a credit product'}</option>
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
      {!products.loading && !products.error && products.groups.length === 0 && (
        <p className="muted small" data-testid="no-credit-products">
          No credit products are offered to {humanize(customerKind).toLowerCase()} customers.
        </p>
      )}

      <div className="form__row">
        <Field
          name="amount"
          label={amountLabel}
          error={errors.amount}
          hint={terms && `${formatINR(terms.minAmount)} – ${formatINR(terms.maxAmount)}`}
        >
          <input
            {...describe('amount', !!terms)}
            className="input"
            type="number"
            inputMode="numeric"
            required
            min={terms?.minAmount}
            max={terms?.maxAmount}
            step={1}
            value={draft.amount}
            onChange={(e) => set('amount', e.target.value)}
            data-testid="application-amount"
          />
        </Field>
        <Field
          name="termMonths"
          label="Term (months)"
          error={errors.termMonths}
          hint={terms && `${terms.minTermMonths}–${terms.maxTermMonths} months`}
        >
          <input
            {...describe('termMonths', !!terms)}
            className="input"
            type="number"
            inputMode="numeric"
            required
            min={terms?.minTermMonths}
            max={terms?.maxTermMonths}
            step={1}
            value={draft.termMonths}
            onChange={(e) => set('termMonths', e.target.value)}
            data-testid="application-term"
          />
        </Field>
      </div>

      <Field name="purpose" label="Purpose" error={errors.purpose}>
        <input
          {...describe('purpose')}
          className="input"
          required
          maxLength={300}
          pattern=".*\S.*"
          list="application-purposes"
          placeholder="e.g. Home renovation"
          value={draft.purpose}
          onChange={(e) => set('purpose', e.target.value)}
          data-testid="application-purpose"
        />
        <datalist id="application-purposes">
          {PURPOSES.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </Field>

      <fieldset className="form__group">
        <legend className="field__label">Consent</legend>
        <CheckField name="consent.creditAssessment" error={errors['consent.creditAssessment']}>
          <input
            {...describe('consent.creditAssessment')}
            type="checkbox"
            required
            checked={draft.creditAssessment}
            onChange={(e) => set('creditAssessment', e.target.checked, 'consent.creditAssessment')}
            data-testid="consent-credit"
          />
          <span>
            Credit assessment with the applicant’s data, including bank transactions <span className="muted">(required)</span>
          </span>
        </CheckField>
        <CheckField name="consent.bureauCheck" error={errors['consent.bureauCheck']}>
          <input
            {...describe('consent.bureauCheck')}
            type="checkbox"
            checked={draft.bureauCheck}
            onChange={(e) => set('bureauCheck', e.target.checked, 'consent.bureauCheck')}
            data-testid="consent-bureau"
          />
          <span>
            Credit bureau check <span className="muted">(without it, only alternative data decides)</span>
          </span>
        </CheckField>
      </fieldset>

      <details className="form__more" open={identifiersOpen} onToggle={(e) => setIdentifiersOpen(e.currentTarget.open)}>
        <summary>
          Fraud-check identifiers <span className="muted">(optional)</span>
        </summary>
        <div className="form__row">
          {DEVICE_FIELDS.map((k) => (
            <Field key={k} name={`device.${k}`} label={DEVICE_LABELS[k]} error={errors[`device.${k}`]}>
              <input
                {...describe(`device.${k}`)}
                className="input"
                type={k === 'phone' ? 'tel' : 'text'}
                maxLength={300}
                autoComplete="off"
                value={draft[k]}
                onChange={(e) => set(k, e.target.value, `device.${k}`)}
                data-testid={`application-${k}`}
              />
            </Field>
          ))}
        </div>
      </details>

      {formError && (
        <div className="form__error" role="alert" data-testid="application-form-error">
          {formError}
        </div>
      )}
      {failure ? (
        <div>
          <ErrorBox error={failure} title="The application was not decided" testId="application-error" />
          {attempts.unanswered && (
            <p className="small muted" data-testid="application-retry-note">
              Submitting the same details again is safe: it continues this attempt and cannot create a second application.
            </p>
          )}
        </div>
      ) : null}
      <button type="submit" className="btn btn--primary" disabled={loading} data-testid="application-submit">
        {loading ? 'Deciding…' : attempts.unanswered && failure ? 'Retry submission' : 'Submit application'}
      </button>
    </form>
  );
}

