import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CaseDetailFragment, CaseFlagsInput } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { Field } from '../../components/FormField';
import { aria, placeRejection, type FieldErrors } from './forms';

const FLAG_CASE = graphql(`
  mutation FlagCase($caseId: ID!, $input: CaseFlagsInput!) {
    flagCase(caseId: $caseId, input: $input) {
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

type FlagName = 'vulnerability' | 'dispute' | 'ceaseRequested';

const FLAGS: { name: FlagName; label: string; hint: string }[] = [
  { name: 'vulnerability', label: 'Vulnerable customer', hint: 'illness, bereavement, job loss… may hand the case to a person' },
  { name: 'dispute', label: 'Dispute', hint: 'the customer disputes the debt or an amount' },
  { name: 'ceaseRequested', label: 'Cease contact requested', hint: 'the customer asked not to be contacted' },
];

/** Set or clear a vulnerability signal, a dispute or a cease request, with the note the audit trail keeps. */
export function FlagForm({ c }: { c: CaseDetailFragment }) {
  const current: Record<FlagName, boolean> = { vulnerability: c.vulnerability, dispute: c.dispute, ceaseRequested: c.ceaseRequested };
  // Only what the collector changed: the rest follows the case as it updates live.
  const [wanted, setWanted] = useState<Partial<Record<FlagName, boolean>>>({});
  const flags = Object.fromEntries(FLAGS.map((f) => [f.name, wanted[f.name] ?? current[f.name]])) as Record<FlagName, boolean>;
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [flag, { loading }] = useMutation(FLAG_CASE);
  const changed = FLAGS.filter((f) => flags[f.name] !== current[f.name]);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading) return;
    setFormError(null);
    setFailure(null);
    setDone(null);
    const problems: FieldErrors = {};
    if (changed.length === 0) problems.input = 'Set or clear at least one flag';
    if (!note.trim()) problems.note = 'Say why: the audit trail keeps it';
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const input: CaseFlagsInput = { note: note.trim() };
    for (const f of changed) input[f.name] = flags[f.name];
    try {
      const { data } = await flag({ variables: { caseId: c.id, input } });
      const result = data?.flagCase;
      if (!result) throw new Error('The server sent no result.');
      if (result.__typename === 'RecoveryRejected') {
        const placed = placeRejection(result, ['note', 'input']);
        setErrors(placed.errors);
        setFormError(placed.formError);
      } else {
        setWanted({});
        setNote('');
        setDone(result.handedOver && !c.handedOver ? 'Saved; the case went to a person under the rules.' : 'Saved.');
      }
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate data-testid="flag-form">
      <fieldset className="form__group" aria-describedby={errors.input ? 'error-input' : undefined}>
        <legend className="field__label">Flags</legend>
        {FLAGS.map((f) => (
          <label key={f.name} className="check">
            <input
              type="checkbox"
              checked={flags[f.name]}
              onChange={(e) => {
                setWanted((x) => ({ ...x, [f.name]: e.target.checked }));
                setErrors(({ input: _i, ...rest }) => rest);
                setDone(null);
              }}
              data-testid={`flag-${f.name}`}
            />
            <span>
              {f.label}
              {flags[f.name] !== current[f.name] && <span className="muted"> ({flags[f.name] ? 'set' : 'clear'})</span>}
              <span className="muted small"> — {f.hint}</span>
            </span>
          </label>
        ))}
        {errors.input && (
          <span className="field__error" id="error-input" role="alert" data-testid="field-error-input">
            {errors.input}
          </span>
        )}
      </fieldset>
      <Field name="note" label="Note" error={errors.note}>
        <textarea
          {...aria('note', errors)}
          className="input"
          rows={2}
          maxLength={1000}
          placeholder="What the customer said, and when"
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setErrors(({ note: _n, ...rest }) => rest);
            setDone(null);
          }}
          data-testid="flag-note"
        />
      </Field>
      {formError && (
        <p className="form__error" role="alert" data-testid="flag-form-error">
          {formError}
        </p>
      )}
      {failure ? <ErrorBox error={failure} title="Nothing was changed" /> : null}
      <div>
        <button type="submit" className="btn btn--primary" disabled={loading} data-testid="flag-submit">
          {loading ? 'Saving…' : 'Save flags'}
        </button>
        {done && (
          <span className="form__ok" role="status">
            {done}
          </span>
        )}
      </div>
    </form>
  );
}
