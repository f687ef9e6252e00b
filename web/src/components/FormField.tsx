// Form fields whose hint and error sit right under the control. `name` is the field's path as the
// server names it in errors (amount, consent.creditAssessment, device.phone); test ids follow it.
import type { ReactNode } from 'react';

export const testIdOf = (name: string) => name.replace(/\./g, '-');

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

function FieldError({ name, error }: { name: string; error?: string }) {
  if (!error) return null;
  return (
    <span className="field__error" id={`error-${testIdOf(name)}`} role="alert" data-testid={`field-error-${testIdOf(name)}`}>
      {error}
    </span>
  );
}

/** A labelled control with its bounds (hint) and its error right under it. */
export function Field({ name, label, hint, error, children }: FieldProps) {
  return (
    <label className={error ? 'field field--invalid' : 'field'} data-testid={`field-${testIdOf(name)}`}>
      <span className="field__label">{label}</span>
      {children}
      {hint && (
        <span className="field__hint" id={`hint-${testIdOf(name)}`}>
          {hint}
        </span>
      )}
      <FieldError name={name} error={error} />
    </label>
  );
}

/** A checkbox with its text beside it and its error under it. */
export function CheckField({ name, error, children }: { name: string; error?: string; children: ReactNode }) {
  return (
    <div className={error ? 'field field--invalid' : 'field'} data-testid={`field-${testIdOf(name)}`}>
      <label className="check">{children}</label>
      <FieldError name={name} error={error} />
    </div>
  );
}
