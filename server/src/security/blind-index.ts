// Blind indexes: keyed hashes (HMAC-SHA256 under PII_INDEX_KEY, truncated to 128 bits) of
// normalised PII, so that search finds equal values without the database holding plaintext.
// Each purpose hashes under its own domain separator: a name word and an email that happen to be
// the same text give different hashes. Equality is all they answer: no prefixes, no "contains".
import { createHmac } from 'node:crypto';

export type BlindIndexPurpose = 'name-word' | 'email' | 'phone';

const HASH_BYTES = 16;

/** Lower case, accents stripped (NFKD then no combining marks): "Zoë" and "zoe" are one word. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The distinct words of a name as they are indexed: letters and digits, folded. */
export function nameWords(name: string): string[] {
  return [...new Set(foldText(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Digits only; an Indian number given with its country code (+91 / 91) or trunk prefix (0) is
 * the same ten-digit number as without.
 */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('91')) return digits.slice(2);
  if (digits.length === 11 && digits.startsWith('0')) return digits.slice(1);
  return digits;
}

export class BlindIndex {
  constructor(private readonly key: Buffer) {}

  /** The hash of a value already normalised for `purpose`. */
  hash(purpose: BlindIndexPurpose, normalised: string): string {
    return createHmac('sha256', this.key).update(purpose).update('\0').update(normalised, 'utf8').digest().subarray(0, HASH_BYTES).toString('base64url');
  }

  nameWords(name: string): string[] {
    return nameWords(name).map((w) => this.hash('name-word', w));
  }

  email(email: string): string {
    return this.hash('email', normaliseEmail(email));
  }

  phone(phone: string): string {
    return this.hash('phone', normalisePhone(phone));
  }
}

/** What a customer search text asks for: an exact email, an exact phone number, or whole name words. */
export type PiiSearch = { kind: 'email'; value: string } | { kind: 'phone'; value: string } | { kind: 'name'; words: string[] };

export function classifySearch(text: string): PiiSearch {
  const t = text.trim();
  if (t.includes('@')) return { kind: 'email', value: normaliseEmail(t) };
  // Only phone punctuation and at least 7 digits: a phone number, not a name with a number in it.
  if (/^[\d\s()+.-]+$/.test(t) && t.replace(/\D/g, '').length >= 7) return { kind: 'phone', value: normalisePhone(t) };
  return { kind: 'name', words: nameWords(t) };
}
