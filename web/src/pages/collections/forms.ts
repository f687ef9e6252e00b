// Small helpers the case page's forms share: errors by field (named as the server names them in
// a RecoveryRejected), the aria attributes that tie a control to its hint and error, and where a
// rejection goes: next to its field when the form has it, else above the form's button.
import { testIdOf } from '../../components/FormField';
import { sentence } from '../../components/applicationInput';

export type FieldErrors = Record<string, string>;

export interface Rejection {
  field: string;
  message: string;
}

export function aria(name: string, errors: FieldErrors, hasHint = false) {
  return {
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [hasHint && `hint-${testIdOf(name)}`, errors[name] && `error-${testIdOf(name)}`].filter(Boolean).join(' ') || undefined,
  };
}

/** The rejection as field errors when `fields` has its field (also as input.<field>), else as a form error. */
export function placeRejection(r: Rejection, fields: readonly string[]): { errors: FieldErrors; formError: string | null } {
  const field = fields.includes(r.field) ? r.field : fields.find((f) => `input.${f}` === r.field || f === `input.${r.field}`);
  if (field) return { errors: { [field]: sentence(r.message) }, formError: null };
  return { errors: {}, formError: `${r.field}: ${r.message}` };
}

/** Removes one field's error (the user edited it). */
export function without(errors: FieldErrors, field: string): FieldErrors {
  if (!(field in errors)) return errors;
  const { [field]: _removed, ...rest } = errors;
  return rest;
}
