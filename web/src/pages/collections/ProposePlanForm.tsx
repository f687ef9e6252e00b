import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PlanKind } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { RECOVERY_CASE } from './caseQuery';
import { PLAN_KINDS, enumLabel } from './labels';

const PROPOSE_PLAN = graphql(`
  mutation ProposeRepaymentPlan($caseId: ID!, $kind: PlanKind) {
    proposeRepaymentPlan(caseId: $caseId, kind: $kind) {
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

/** Ask the system for a plan: the kind it recommends for this case, or one the collector picks. */
export function ProposePlanForm({ caseId }: { caseId: string }) {
  const [kind, setKind] = useState<'' | PlanKind>('');
  const [rejection, setRejection] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [propose, { loading }] = useMutation(PROPOSE_PLAN, {
    refetchQueries: [{ query: RECOVERY_CASE, variables: { id: caseId } }],
    awaitRefetchQueries: true,
  });

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading) return;
    setRejection(null);
    setFailure(null);
    try {
      const { data } = await propose({ variables: { caseId, kind: kind || null } });
      const result = data?.proposeRepaymentPlan;
      if (!result) throw new Error('The server sent no result.');
      if (result.__typename === 'RecoveryRejected') setRejection(`${result.field}: ${result.message}`);
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <form className="toolbar propose-plan" onSubmit={submit} noValidate data-testid="propose-plan-form">
      <label className="inline-field">
        <span>Plan kind</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as '' | PlanKind)} data-testid="plan-kind" aria-label="Plan kind">
          <option value="">Recommended for this case</option>
          {PLAN_KINDS.map((k) => (
            <option key={k} value={k}>
              {enumLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn btn--primary" disabled={loading} data-testid="propose-plan-submit">
        {loading ? 'Proposing…' : 'Propose a plan'}
      </button>
      {rejection && (
        <span className="form__error" role="alert" data-testid="propose-plan-error">
          {rejection}
        </span>
      )}
      {failure ? <ErrorBox error={failure} title="No plan was proposed" /> : null}
    </form>
  );
}
