// How a personal-data field reads for a viewer who may not see it in full: enough to recognise a
// record on a screen (initials, an email's domain, a phone's last digits), never enough to contact
// or identify the person.
const HIDDEN = '•••';

const maskWord = (w: string) => (w.length === 0 ? w : `${[...w][0]}${HIDDEN}`);

export const PII_MASKS: Readonly<Record<string, (value: string) => string>> = {
  name: (v) => v.split(/\s+/).filter(Boolean).map(maskWord).join(' '),
  email: (v) => {
    const at = v.lastIndexOf('@');
    return at > 0 ? `${maskWord(v.slice(0, at))}@${v.slice(at + 1)}` : HIDDEN;
  },
  phone: (v) => {
    const digits = v.replace(/\D/g, '');
    return digits.length > 2 ? `${HIDDEN}${digits.slice(-2)}` : HIDDEN;
  },
  /** The year only: an analyst's age bands survive, the birthday does not. */
  dateOfBirth: (v) => (/^\d{4}/.test(v) ? `${v.slice(0, 4)}-••-••` : HIDDEN),
  /** The last part (town or state and postcode area) only. */
  address: (v) => {
    const parts = v.split(',').map((p) => p.trim()).filter(Boolean);
    return parts.length > 1 ? `${HIDDEN}, ${parts[parts.length - 1].replace(/\d{3}$/, '•••')}` : HIDDEN;
  },
  accountNumber: (v) => (v.length > 4 ? `${HIDDEN}${v.slice(-4)}` : HIDDEN),
};

/** The masked form of `value` for the field `fieldName`; any field without its own rule is hidden whole. */
export function maskPii(fieldName: string, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => maskPii(fieldName, v));
  if (typeof value === 'object') return maskObject(value as Record<string, unknown>);
  if (typeof value !== 'string') return HIDDEN;
  return (PII_MASKS[fieldName] ?? (() => HIDDEN))(value);
}

/** Parts of a structured value (a postal address) kept as they are: coarse enough for aggregates. */
const COARSE_PARTS = new Set(['city', 'state', 'region', 'country']);

function maskObject(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (COARSE_PARTS.has(k) || typeof v !== 'string') out[k] = v;
    else if (k === 'postcode' || k === 'postalCode' || k === 'pin') out[k] = v.length > 3 ? `${v.slice(0, 3)}•••` : HIDDEN;
    else out[k] = HIDDEN;
  }
  return out;
}
