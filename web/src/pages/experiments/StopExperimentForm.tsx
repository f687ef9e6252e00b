import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { ErrorBox } from '../../components/ErrorBox';
import { Field } from '../../components/FormField';
import { aria, placeRejection, type FieldErrors } from '../collections/forms';
import { STOP_RECOMMENDATION_EXPERIMENT } from './experimentsQuery';

interface Props {
  id: string;
  name: string;
}

/** Stops the running experiment, with the note the record keeps (an admin only). */
export function StopExperimentForm({ id, name }: Props) {
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  // The stopped experiment comes back in the mutation's result and replaces the running one in the cache.
  const [stop, { loading }] = useMutation(STOP_RECOMMENDATION_EXPERIMENT, { refetchQueries: ['RecommendationExperiments'], awaitRefetchQueries: true });

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading) return;
    setFormError(null);
    setFailure(null);
    if (!note.trim()) {
      setErrors({ note: 'Say why it stops: the record keeps the note' });
      return;
    }
    setErrors({});
    try {
      const result = (await stop({ variables: { id, note: note.trim() } })).data?.stopRecommendationExperiment;
      if (!result) throw new Error('The server sent no result.');
      if (result.__typename === 'RecommendationExperimentRejected') {
        const placed = placeRejection(result, ['note']);
        setErrors(placed.errors);
        setFormError(placed.formError);
      } else {
        setNote('');
      }
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <form className="form experiment__stop" onSubmit={submit} noValidate data-testid="stop-experiment-form">
      <Field name="note" label={`Stop “${name}”`} hint="Required: why it stops, e.g. enough data, a winner, a problem seen." error={errors.note}>
        <textarea
          {...aria('note', errors, true)}
          className="input"
          rows={2}
          maxLength={500}
          placeholder="e.g. learned arm wins on conversion after two weeks"
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setErrors({});
          }}
          data-testid="stop-note"
        />
      </Field>
      {formError && (
        <p className="form__error" role="alert" data-testid="stop-form-error">
          {formError}
        </p>
      )}
      {failure ? <ErrorBox error={failure} title="The experiment was not stopped" testId="stop-failure" /> : null}
      <div>
        <button type="submit" className="btn btn--ghost experiment__stop-btn" disabled={loading} data-testid="stop-experiment">
          {loading ? 'Stopping…' : 'Stop experiment'}
        </button>
      </div>
    </form>
  );
}
