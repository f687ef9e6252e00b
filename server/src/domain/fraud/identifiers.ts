// The identifiers that applications can share (phone, device, address, payout account),
// normalised so that trivial differences in writing do not hide a match, then hashed with a
// per-tenant salt so the link table never holds plaintext PII and hashes cannot be joined across
// tenants:   hash = sha256(tenantSalt + kind + ':' + normalised), hex.
import { createHash } from 'node:crypto';

export type IdentifierKind = 'PHONE' | 'DEVICE' | 'ADDRESS' | 'PAYOUT_ACCOUNT';

export interface HashedIdentifier {
  kind: IdentifierKind;
  hash: string;
}

export interface ApplicationIdentifierInput {
  phone?: string | null;
  deviceId?: string | null;
  address?: string | null;
  payoutAccount?: string | null;
}

/** Digits only, the last 10 (an Indian mobile number without +91 / 0 prefixes); null under 10 digits. */
export function normalisePhone(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 10 ? digits.slice(-10) : null;
}

/** Trimmed, lower-case; null when empty. */
export function normaliseDeviceId(deviceId: string): string | null {
  const d = deviceId.trim().toLowerCase();
  return d ? d : null;
}

/** Whole-word abbreviations common in Indian addresses, and their long forms. */
export const ADDRESS_ABBREVIATIONS: Readonly<Record<string, string>> = {
  rd: 'road',
  st: 'street',
  ave: 'avenue',
  ln: 'lane',
  mg: 'mahatma gandhi',
  marg: 'road',
  apt: 'apartment',
  apts: 'apartments',
  bldg: 'building',
  blk: 'block',
  flr: 'floor',
  fl: 'floor',
  no: 'number',
  nr: 'near',
  opp: 'opposite',
  sec: 'sector',
  sect: 'sector',
  ngr: 'nagar',
  dist: 'district',
  po: 'post office',
  hsg: 'housing',
  soc: 'society',
  chs: 'cooperative housing society',
  stn: 'station',
};

const ABBREVIATIONS = new Map(Object.entries(ADDRESS_ABBREVIATIONS));

/**
 * Lower-case, accents and punctuation removed, whitespace collapsed, abbreviations expanded
 * ("12, M.G. Rd." and "12 mg road" match); null when nothing is left.
 */
export function normaliseAddress(address: string, opts: { expandAbbreviations?: boolean } = {}): string | null {
  const words = address
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "m.g." → "mg": dots inside abbreviations join the letters rather than split them.
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return null;
  const expand = opts.expandAbbreviations ?? true;
  return (expand ? words.map((w) => ABBREVIATIONS.get(w) ?? w) : words).join(' ');
}

/** Upper-case with all whitespace removed (account number + IFSC, or a UPI id); null when empty. */
export function normalisePayoutAccount(account: string): string | null {
  const a = account.replace(/\s+/g, '').toUpperCase();
  return a ? a : null;
}

export function identifierHash(tenantSalt: string, kind: IdentifierKind, normalised: string): string {
  return createHash('sha256').update(`${tenantSalt}${kind}:${normalised}`, 'utf8').digest('hex');
}

/** The hashed identifiers of one application; fields that are absent or unusable are left out. */
export function applicationIdentifiers(tenantSalt: string, input: ApplicationIdentifierInput): HashedIdentifier[] {
  const out: HashedIdentifier[] = [];
  const add = (kind: IdentifierKind, normalised: string | null) => {
    if (normalised !== null) out.push({ kind, hash: identifierHash(tenantSalt, kind, normalised) });
  };
  if (input.phone) add('PHONE', normalisePhone(input.phone));
  if (input.deviceId) add('DEVICE', normaliseDeviceId(input.deviceId));
  if (input.address) add('ADDRESS', normaliseAddress(input.address));
  if (input.payoutAccount) add('PAYOUT_ACCOUNT', normalisePayoutAccount(input.payoutAccount));
  return out;
}
