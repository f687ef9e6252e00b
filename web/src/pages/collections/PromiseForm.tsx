import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ContactChannel } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { Field } from '../../components/FormField';
import { formatDate, formatINR } from '../../format';
import { useIdempotentAttempts } from '../../idempotency';
import { RECOVERY_CASE } from './caseQuery';
import { aria, placeRejection, without, type FieldErrors } from './forms';
import { CHANNELS, channelName } from './labels';

const RECORD_PROMISE = graphql(`
  mutation RecordPromise($caseId: ID!, $input: PromiseInput!, $idempotencyKey: String!) {
    recordPromise(caseId: $caseId, input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on PaymentPromise {
        id
        amount
        dueDate
        status
      }
      ... on RecoveryRejected {
        field
        message
      }
    }
  }
`);

const FIELDS = ['amount', 'dueDate', 'channel'] as const;

interface Draft {
  amount: string;
  dueDate: string;
  channel: '' | ContactChannel;
}

const EMPTY: Draft = { amount: '', dueDate: '', channel: 'VOICE' };

interface Props {
  caseId: string;
  outstanding: number;
}

/** A promise to pay the customer just made: how much, by when, on which channel. */
export function PromiseForm({ caseId, outstanding }: Props) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RECORD_PROMISE, {
    refetchQueries: [{ query: RECOVERY_CASE, variables: { id: caseId } }],
    awaitRefetchQueries: true,
  });
  const attempts = useIdempotentAttempts();

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => without(e, key));
    setRecorded(null);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading) return;
    setFormError(null);
    setFailure(null);
    setRecorded(null);
    const problems: FieldErrors = {};
    const amount = Number(draft.amount);
    if (draft.amount.trim() === '' || !Number.isFinite(amount) || amount <= 0) problems.amount = 'Enter the amount promised, more than ₹0';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.dueDate)) problems.dueDate = 'Choose the date it was promised by';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;

    const input = { amount, dueDate: draft.dueDate, channel: draft.channel || null };
    // A new key for each new promise; the same key again only to retry an attempt that got no answer.
    const idempotencyKey = attempts.keyFor({ caseId, ...input });
    try {
      const { data } = await record({ variables: { caseId, input, idempotencyKey } });
      const result = data?.recordPromise;
      if (!result) throw new Error('The server sent no result.');
      attempts.settle();
      if (result.__typename === 'RecoveryRejected') {
        const placed = placeRejection(result, FIELDS);
        setErrors(placed.errors);
        setFormError(placed.formError);
      } else {
        setRecorded(`Recorded: ${formatINR(result.amount)} by ${formatDate(result.dueDate)}.`);
        setDraft(EMPTY);
      }
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="promise-form" aria-labelledby="promise-form-h">
      <h3 id="promise-form-h">Record a promise to pay</h3>
      <div className="form__row">
        <Field name="amount" label="Amount (₹)" error={errors.amount} hint={`Up to ${formatINR(outstanding)} outstanding`}>
          <input
            {...aria('amount', errors, true)}
            className="input"
            type="number"
            inputMode="decimal"
            min={1}
            step="any"
            value={draft.amount}
            onChange={(e) => set('amount', e.target.value)}
            data-testid="promise-amount"
          />
        </Field>
        <Field name="dueDate" label="Pay by" error={errors.dueDate} hint="Today or within 30 days">
          <input
            {...aria('dueDate', errors, true)}
            className="input"
            type="date"
            value={draft.dueDate}
            onChange={(e) => set('dueDate', e.target.value)}
            data-testid="promise-date"
          />
        </Field>
      </div>
      <Field name="channel" label="Made on" error={errors.channel}>
        <select {...aria('channel', errors)} value={draft.channel} onChange={(e) => set('channel', e.target.value as Draft['channel'])} data-testid="promise-channel">
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelName(c)}
            </option>
          ))}
          <option value="">Not said</option>
        </select>
      </Field>
      {formError && (
        <p className="form__error" role="alert" data-testid="promise-form-error">
          {formError}
        </p>
      )}
      {failure ? <ErrorBox error={failure} title="The promise was not recorded" testId="promise-error" /> : null}
      {failure && attempts.unanswered ? (
        <p className="muted small">Submitting the same promise again is safe: it will be recorded once.</p>
      ) : null}
      <div>
        <button type="submit" className="btn btn--primary" disabled={loading} data-testid="promise-submit">
          {loading ? 'Recording…' : 'Record promise'}
        </button>
        {recorded && (
          <span className="form__ok" role="status" data-testid="promise-recorded">
            {recorded}
          </span>
        )}
      </div>
    </form>
  );
}
