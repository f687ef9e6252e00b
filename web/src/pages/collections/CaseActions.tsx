import { useState } from 'react';
import type { CaseDetailFragment } from '../../gql/graphql';
import { FlagForm } from './FlagForm';
import { NoteActionForm } from './NoteActionForm';
import { STAGES, enumLabel } from './labels';

type Action = 'escalate' | 'handOver' | 'flag';

const ACTIONS: { value: Action; label: string }[] = [
  { value: 'escalate', label: 'Escalate' },
  { value: 'handOver', label: 'Hand over' },
  { value: 'flag', label: 'Flag' },
];

/** What a collector can do to the case besides promises and plans; one form at a time, each with its reason. */
export function CaseActions({ c }: { c: CaseDetailFragment }) {
  const [action, setAction] = useState<Action>('escalate');
  if (c.status !== 'OPEN') return null;
  const next = STAGES[STAGES.indexOf(c.stage) + 1];
  return (
    <section className="panel form" aria-labelledby="actions-h" data-testid="case-actions">
      <h2 id="actions-h">Actions</h2>
      <div className="segmented" role="radiogroup" aria-label="Action">
        {ACTIONS.map((a) => (
          <label key={a.value} className={action === a.value ? 'segmented__item segmented__item--on' : 'segmented__item'}>
            <input type="radio" name="case-action" value={a.value} checked={action === a.value} onChange={() => setAction(a.value)} data-testid={`action-${a.value}`} />
            {a.label}
          </label>
        ))}
      </div>
      {action === 'escalate' && (
        <NoteActionForm
          key="escalate"
          kind="escalate"
          caseId={c.id}
          disabledReason={next ? null : `The case is at the last stage (${enumLabel(c.stage)}).`}
          intro={next ? `Moves the case from ${enumLabel(c.stage)} to ${enumLabel(next)}.` : ''}
        />
      )}
      {action === 'handOver' && (
        <NoteActionForm
          key="handOver"
          kind="handOver"
          caseId={c.id}
          disabledReason={c.handedOver ? `The case is already with a person${c.assignedTo ? ` (${c.assignedTo})` : ''}.` : null}
          intro="A person takes the case over from the automated strategy."
        />
      )}
      {action === 'flag' && <FlagForm key="flag" c={c} />}
    </section>
  );
}
