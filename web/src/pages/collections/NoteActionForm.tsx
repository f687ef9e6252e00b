import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorBox } from '../../components/ErrorBox';
import { Field } from '../../components/FormField';
import { aria, placeRejection, type FieldErrors } from './forms';

// Both return the changed case: its fragment lands in the cache and the page shows it.
const ESCALATE = graphql(`
  mutation EscalateCase($caseId: ID!, $reason: String!) {
    escalateCase(caseId: $caseId, reason: $reason) {
      __typename
      ... on RecoveryCase {
        ...CaseDetail
      }
      ... on RecoveryRejected {
        field
        message
      }
    }
  }
`);

const HAND_OVER = graphql(`
  mutation HandOverCase($caseId: ID!, $reason: String!) {
    handOverCase(caseId: $caseId, reason: $reason) {
      __typename
      ... on RecoveryCase {
        ...CaseDetail
      }
      ... on RecoveryRejected {
        field
        message
      }
    }
  }
`);

const TEXT = {
  escalate: { button: 'Escalate', busy: 'Escalating…', done: 'Escalated.', placeholder: 'e.g. three broken promises, no answer for two weeks' },
  handOver: { button: 'Hand over', busy: 'Handing over…', done: 'Handed to a person.', placeholder: 'e.g. customer asked to speak to a person' },
};

interface Props {
  kind: 'escalate' | 'handOver';
  caseId: string;
  /** Why the action cannot be taken now; null when it can. */
  disabledReason: string | null;
  intro: string;
}

/** Escalate or hand over the case, with the reason the audit trail keeps. */
export function NoteActionForm({ kind, caseId, disabledReason, intro }: Props) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [escalate, escalating] = useMutation(ESCALATE);
  const [handOver, handingOver] = useMutation(HAND_OVER);
  const loading = escalating.loading || handingOver.loading;
  const text = TEXT[kind];

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading || disabledReason) return;
    setFormError(null);
    setFailure(null);
    setDone(false);
    if (!reason.trim()) {
      setErrors({ reason: 'Say why: the audit trail keeps it' });
      return;
    }
    setErrors({});
    try {
      const variables = { caseId, reason: reason.trim() };
      const result = kind === 'escalate' ? (await escalate({ variables })).data?.escalateCase : (await handOver({ variables })).data?.handOverCase;
      if (!result) throw new Error('The server sent no result.');
      if (result.__typename === 'RecoveryRejected') {
        const placed = placeRejection(result, ['reason']);
        setErrors(placed.errors);
        setFormError(placed.formError);
      } else {
        setDone(true);
        setReason('');
      }
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid={`${kind}-form`}>
      {intro && <p className="muted small">{intro}</p>}
      <Field name="reason" label="Reason" error={errors.reason}>
        <textarea
          {...aria('reason', errors)}
          className="input"
          rows={2}
          maxLength={1000}
          placeholder={text.placeholder}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setErrors({});
            setDone(false);
          }}
          data-testid={`${kind}-reason`}
        />
      </Field>
      {disabledReason && <p className="muted small">{disabledReason}</p>}
      {formError && (
        <p className="form__error" role="alert" data-testid={`${kind}-form-error`}>
          {formError}
        </p>
      )}
      {failure ? <ErrorBox error={failure} title="Nothing was changed" /> : null}
      <div>
        <button type="submit" className="btn btn--primary" disabled={loading || !!disabledReason} data-testid={`${kind}-submit`}>
          {loading ? text.busy : text.button}
        </button>
        {done && (
          <span className="form__ok" role="status">
            {text.done}
          </span>
        )}
      </div>
    </form>
  );
}
