import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { RankingStrategy } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { Field } from '../../components/FormField';
import { sentence } from '../../components/applicationInput';
import { humanize } from '../../format';
import { aria, without, type FieldErrors } from '../collections/forms';
import { START_RECOMMENDATION_EXPERIMENT } from './experimentsQuery';

interface ArmDraft {
  /** A stable React key: arms can be removed from the middle. */
  key: number;
  name: string;
  strategy: RankingStrategy;
  weight: string;
}

const STRATEGIES: readonly RankingStrategy[] = ['RULES', 'LEARNED'];
export const MAX_ARMS = 4;

let nextKey = 0;
const arm = (name: string, strategy: RankingStrategy): ArmDraft => ({ key: nextKey++, name, strategy, weight: '1' });
const defaultArms = (): ArmDraft[] => [arm('control', 'RULES'), arm('learned', 'LEARNED')];

/**
 * Where a RecommendationExperimentRejected goes: "name", "input.arms", "arms[1].name" or
 * "arms.1.weight" next to that control; anything else above the button.
 */
export function placeExperimentRejection(r: { field: string; message: string }, arms: number): { errors: FieldErrors; formError: string | null } {
  const f = r.field
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .trim();
  const known = new Set(['name', 'hypothesis', 'arms']);
  for (let i = 0; i < arms; i++) for (const k of ['name', 'strategy', 'weight']) known.add(`arms.${i}.${k}`);
  const field = known.has(f) ? f : /^arms\.(\d+)$/.test(f) && Number(f.split('.')[1]) < arms ? `${f}.name` : null;
  if (field) return { errors: { [field]: sentence(r.message) }, formError: null };
  // "input": the experiment as a whole (e.g. another one runs); the message says it all.
  if (f === '' || f === 'input') return { errors: {}, formError: sentence(r.message) };
  return { errors: {}, formError: `${r.field}: ${sentence(r.message)}` };
}

interface Props {
  /** Why a new experiment cannot start now (one runs already); null when it can. */
  disabledReason: string | null;
}

/** An admin defines an A/B test of ranking strategies: 2 to 4 arms, the first the control. */
export function StartExperimentForm({ disabledReason }: Props) {
  const [name, setName] = useState('');
  const [hypothesis, setHypothesis] = useState('');
  const [arms, setArms] = useState<ArmDraft[]>(defaultArms);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [started, setStarted] = useState<string | null>(null);
  const [start, { loading }] = useMutation(START_RECOMMENDATION_EXPERIMENT, { refetchQueries: ['RecommendationExperiments'], awaitRefetchQueries: true });

  function edited(field: string) {
    setErrors((e) => without(without(e, field), 'arms'));
    setFormError(null);
    setStarted(null);
  }

  function setArm(i: number, patch: Partial<ArmDraft>, field: keyof ArmDraft) {
    setArms((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));
    edited(`arms.${i}.${field}`);
  }

  function removeArm(i: number) {
    setArms((list) => list.filter((_, j) => j !== i));
    // The errors of later arms would now sit on the wrong row.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('arms'))));
    setStarted(null);
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (loading || disabledReason) return;
    setFormError(null);
    setFailure(null);
    setStarted(null);
    // Only what the browser cannot send is checked here; the server says what else is wrong.
    const local: FieldErrors = {};
    arms.forEach((a, i) => {
      if (a.weight.trim() === '' || !Number.isFinite(Number(a.weight))) local[`arms.${i}.weight`] = 'A number, e.g. 1';
    });
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const input = {
        name: name.trim(),
        hypothesis: hypothesis.trim(),
        arms: arms.map((a) => ({ name: a.name.trim(), strategy: a.strategy, weight: Number(a.weight) })),
      };
      const result = (await start({ variables: { input } })).data?.startRecommendationExperiment;
      if (!result) throw new Error('The server sent no result.');
      if (result.__typename === 'RecommendationExperimentRejected') {
        const placed = placeExperimentRejection(result, arms.length);
        setErrors(placed.errors);
        setFormError(placed.formError);
      } else {
        setStarted(result.name);
        setName('');
        setHypothesis('');
        setArms(defaultArms());
      }
    } catch (err) {
      setFailure(err);
    }
  }

  return (
    <section className="panel start-experiment" aria-labelledby="start-experiment-h" data-testid="start-experiment">
      <form className="form" onSubmit={submit} noValidate data-testid="start-experiment-form">
        <h2 id="start-experiment-h">Start an experiment</h2>
        <p className="muted small">Customers fall in an arm by a hash of the experiment and their id: sticky, and the same on every replica. One experiment runs at a time.</p>
        <Field name="name" label="Name" error={errors.name}>
          <input
            {...aria('name', errors)}
            className="input"
            maxLength={80}
            placeholder="e.g. learned ranker vs rules, Q3"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              edited('name');
            }}
            data-testid="start-name"
          />
        </Field>
        <Field name="hypothesis" label="Hypothesis" error={errors.hypothesis}>
          <textarea
            {...aria('hypothesis', errors)}
            className="input"
            rows={2}
            maxLength={500}
            placeholder="e.g. the learned ranker lifts conversion by 2 points without hurting approvals"
            value={hypothesis}
            onChange={(e) => {
              setHypothesis(e.target.value);
              edited('hypothesis');
            }}
            data-testid="start-hypothesis"
          />
        </Field>
        <fieldset className={errors.arms ? 'form__group field--invalid' : 'form__group'} data-testid="field-arms" aria-describedby={errors.arms ? 'error-arms' : undefined}>
          <legend className="field__label">Arms (2 to 4; the first is the control)</legend>
          {arms.map((a, i) => (
            <div key={a.key} className="form__row start-experiment__arm" data-testid="start-arm" data-index={i}>
              <Field name={`arms.${i}.name`} label={i === 0 ? 'Control arm' : `Arm ${i + 1}`} error={errors[`arms.${i}.name`]}>
                <input
                  {...aria(`arms.${i}.name`, errors)}
                  className="input"
                  maxLength={32}
                  value={a.name}
                  onChange={(e) => setArm(i, { name: e.target.value }, 'name')}
                  data-testid={`start-arm-${i}-name`}
                />
              </Field>
              <Field name={`arms.${i}.strategy`} label="Strategy" error={errors[`arms.${i}.strategy`]}>
                <select
                  {...aria(`arms.${i}.strategy`, errors)}
                  value={a.strategy}
                  onChange={(e) => setArm(i, { strategy: e.target.value as RankingStrategy }, 'strategy')}
                  data-testid={`start-arm-${i}-strategy`}
                >
                  {STRATEGIES.map((s) => (
                    <option key={s} value={s}>
                      {humanize(s)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field name={`arms.${i}.weight`} label="Weight" error={errors[`arms.${i}.weight`]}>
                <input
                  {...aria(`arms.${i}.weight`, errors)}
                  className="input"
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step={0.1}
                  value={a.weight}
                  onChange={(e) => setArm(i, { weight: e.target.value }, 'weight')}
                  data-testid={`start-arm-${i}-weight`}
                />
              </Field>
              <div className="start-experiment__remove">
                <button
                  type="button"
                  className="btn btn--link"
                  onClick={() => removeArm(i)}
                  disabled={arms.length <= 1}
                  aria-label={`Remove arm ${a.name || i + 1}`}
                  data-testid={`start-arm-${i}-remove`}
                >
                  Remove
                </button>
              </div>
            </div>
          ))}
          {errors.arms && (
            <span className="field__error" id="error-arms" role="alert" data-testid="field-error-arms">
              {errors.arms}
            </span>
          )}
          <div>
            <button
              type="button"
              className="btn btn--ghost btn--sm"
              onClick={() => {
                setArms((list) => [...list, arm(`arm-${list.length + 1}`, 'LEARNED')]);
                edited('arms');
              }}
              disabled={arms.length >= MAX_ARMS}
              data-testid="start-arm-add"
            >
              Add an arm
            </button>
          </div>
        </fieldset>
        {disabledReason && (
          <p className="muted small" data-testid="start-disabled">
            {disabledReason}
          </p>
        )}
        {formError && (
          <p className="form__error" role="alert" data-testid="start-form-error">
            {formError}
          </p>
        )}
        {failure ? <ErrorBox error={failure} title="The experiment was not started" testId="start-failure" /> : null}
        <div>
          <button type="submit" className="btn btn--primary" disabled={loading || !!disabledReason} data-testid="start-submit">
            {loading ? 'Starting…' : 'Start experiment'}
          </button>
          {started && (
            <span className="form__ok" role="status" data-testid="start-ok">
              Started “{started}”.
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
