import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorBox } from '../../components/ErrorBox';
import { Field } from '../../components/FormField';
import { RECOVERY_CASE } from './caseQuery';
import { aria, placeRejection, type FieldErrors } from './forms';

const DECIDE_PLAN = graphql(`
  mutation DecideEscalatedPlan($planId: ID!, $approve: Boolean!, $note: String!) {
    decideEscalatedPlan(planId: $planId, approve: $approve, note: $note) {
      __typename
      ... on RepaymentPlan {
        ...PlanFields
      }
      ... on RecoveryRejected {
        field
        message
      }
    }
  }
`);

/** An admin's call on a counter-offer outside the bounds: approve or decline it, with a note. */
export function DecidePlanForm({ caseId, planId }: { caseId: string; planId: string }) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [decide, { loading }] = useMutation(DECIDE_PLAN, {
    refetchQueries: [{ query: RECOVERY_CASE, variables: { id: caseId } }],
    awaitRefetchQueries: true,
  });

  async function submit(approve: boolean) {
    if (loading) return;
    setFormError(null);
    setFailure(null);
    if (!note.trim()) {
      setErrors({ note: 'Say why: the audit trail keeps it' });
      return;
    }
    setErrors({});
    try {
      const { data } = await decide({ variables: { planId, approve, note: note.trim() } });
      const result = data?.decideEscalatedPlan;
      if (!result) throw new Error('The server sent no result.');
      if (result.__typename === 'RecoveryRejected') {
        const placed = placeRejection(result, ['note']);
        setErrors(placed.errors);
        setFormError(placed.formError);
      }
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <form className="form counter-form" onSubmit={(e) => e.preventDefault()} noValidate data-testid="decide-plan-form">
      <h3>Decide the escalated counter-offer</h3>
      <Field name="note" label="Note" error={errors.note}>
        <textarea
          {...aria('note', errors)}
          className="input"
          rows={2}
          maxLength={1000}
          placeholder="e.g. harvest failed; the longer term is approved"
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setErrors({});
          }}
          data-testid="decide-note"
        />
      </Field>
      {formError && (
        <p className="form__error" role="alert">
          {formError}
        </p>
      )}
      {failure ? <ErrorBox error={failure} title="The plan was not decided" /> : null}
      <div className="toolbar">
        <button type="button" className="btn btn--primary" disabled={loading} onClick={() => void submit(true)} data-testid="decide-approve">
          Approve
        </button>
        <button type="button" className="btn btn--ghost" disabled={loading} onClick={() => void submit(false)} data-testid="decide-decline">
          Decline
        </button>
      </div>
    </form>
  );
}
