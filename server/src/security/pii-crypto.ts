// PII at rest: AES-256-GCM envelopes `v1:<keyId>:<iv>:<ciphertext>:<tag>` (base64url parts,
// 12-byte random IV). The AAD names the value's place (e.g. customers.17.email), so a ciphertext
// copied to another row or column fails to decrypt instead of showing someone else's data.
// Keys come from the environment: PII_KEYS = "keyId:base64(32 bytes),..." (the first encrypts new
// values, all decrypt) and PII_INDEX_KEY (blind-index.ts). Outside production both fall back to
// the fixed development keys below; in production they are required.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { BlindIndex } from './blind-index.js';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Development-only keys (public, in this file): never protect real data with them. */
export const DEV_PII_KEYS = 'dev1:ZGV2ZWxvcG1lbnQtcGlpLWtleS1ub3QtZm9yLXByb2Q=';
export const DEV_PII_INDEX_KEY = 'ZGV2ZWxvcG1lbnQtYmxpbmQtaW5kZXgta2V5LW5vLXA=';

/** A key or envelope that cannot be used; the message names the variable or the key. */
export class PiiKeyError extends Error {
  override name = 'PiiKeyError';
}

/** A value that does not decrypt: tampered, moved to another place, or under a missing key. */
export class PiiDecryptError extends Error {
  override name = 'PiiDecryptError';
}

function decodeKey(b64: string, what: string): Buffer {
  const trimmed = b64.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) throw new PiiKeyError(`${what}: not base64`);
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) throw new PiiKeyError(`${what}: must be ${KEY_BYTES} bytes of base64, got ${key.length} bytes`);
  return key;
}

/** Parses PII_KEYS; the first key is the active one. */
export function parsePiiKeys(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  const parts = spec.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new PiiKeyError('PII_KEYS: empty; expected keyId:base64(32 bytes)[,keyId:base64...]');
  for (const part of parts) {
    const colon = part.indexOf(':');
    const id = colon < 0 ? '' : part.slice(0, colon);
    if (!KEY_ID.test(id)) throw new PiiKeyError(`PII_KEYS: "${part.slice(0, 12)}…" is not keyId:base64(32 bytes) (key ids are 1-32 letters, digits, _ or -)`);
    if (keys.has(id)) throw new PiiKeyError(`PII_KEYS: key id ${id} is listed twice`);
    keys.set(id, decodeKey(part.slice(colon + 1), `PII_KEYS: key ${id}`));
  }
  return keys;
}

export interface PiiEnv {
  NODE_ENV?: string;
  PII_KEYS?: string;
  PII_INDEX_KEY?: string;
}

/** The keys of an environment; `usedDevelopmentKeys` says whether a fallback was taken. */
export function piiKeysFromEnv(env: PiiEnv): { cipher: PiiCipher; usedDevelopmentKeys: boolean } {
  const production = env.NODE_ENV === 'production';
  const keys = env.PII_KEYS?.trim();
  const indexKey = env.PII_INDEX_KEY?.trim();
  if (production && !keys) throw new PiiKeyError('PII_KEYS: required when NODE_ENV=production (keyId:base64(32 bytes), e.g. k1:$(openssl rand -base64 32))');
  if (production && !indexKey) throw new PiiKeyError('PII_INDEX_KEY: required when NODE_ENV=production (base64 of 32 bytes: openssl rand -base64 32)');
  const cipher = new PiiCipher(parsePiiKeys(keys || DEV_PII_KEYS), new BlindIndex(decodeKey(indexKey || DEV_PII_INDEX_KEY, 'PII_INDEX_KEY')));
  return { cipher, usedDevelopmentKeys: !keys || !indexKey };
}

/** Where a value lives, bound into its ciphertext: `<table>.<row>.<column>`. */
export function piiPlace(table: string, row: number | string, column: string): string {
  return `${table}.${row}.${column}`;
}

export class PiiCipher {
  readonly activeKeyId: string;

  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    readonly index: BlindIndex,
  ) {
    const first = keys.keys().next();
    if (first.done) throw new PiiKeyError('PII_KEYS: no key');
    this.activeKeyId = first.value;
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  encrypt(plaintext: string, place: string): string {
    const iv = randomBytes(IV_BYTES);
    const c = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    c.setAAD(Buffer.from(place, 'utf8'));
    const body = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
    return `${VERSION}:${this.activeKeyId}:${iv.toString('base64url')}:${body.toString('base64url')}:${c.getAuthTag().toString('base64url')}`;
  }

  encryptNullable(plaintext: string | null | undefined, place: string): string | null {
    return plaintext == null ? null : this.encrypt(plaintext, place);
  }

  decrypt(envelope: string, place: string): string {
    const parts = envelope.split(':');
    if (parts.length !== 5 || parts[0] !== VERSION) throw new PiiDecryptError(`${place}: not a ${VERSION} PII envelope`);
    const [, keyId, ivText, bodyText, tagText] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new PiiDecryptError(`${place}: row encrypted with key ${keyId}, which is not in PII_KEYS (have ${this.keyIds.join(', ')})`);
    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new PiiDecryptError(`${place}: malformed PII envelope (key ${keyId})`);
    try {
      const d = createDecipheriv('aes-256-gcm', key, iv);
      d.setAAD(Buffer.from(place, 'utf8'));
      d.setAuthTag(tag);
      return Buffer.concat([d.update(Buffer.from(bodyText, 'base64url')), d.final()]).toString('utf8');
    } catch {
      throw new PiiDecryptError(`${place}: does not decrypt under key ${keyId}: the value was altered or belongs to another row or column`);
    }
  }

  decryptNullable(envelope: string | null, place: string): string | null {
    return envelope === null ? null : this.decrypt(envelope, place);
  }

  /** The key id of an envelope, without decrypting it. */
  static keyIdOf(envelope: string): string | null {
    const parts = envelope.split(':');
    return parts.length === 5 ? parts[1] : null;
  }
}

// The process's keys. An app installs its own at start; commands and seeds that install none use
// the process environment's. Two apps in one process must agree on their keys (tests run one at
// a time per process), else the second start fails rather than one reading with the other's keys.
let installed: { cipher: PiiCipher; fingerprint: string; users: number } | null = null;
let fromProcessEnv: PiiCipher | null = null;

function fingerprintOf(env: PiiEnv): string {
  return `${env.PII_KEYS?.trim() || DEV_PII_KEYS}|${env.PII_INDEX_KEY?.trim() || DEV_PII_INDEX_KEY}`;
}

/** Makes `env`'s keys the process's; returns the release to call on close. */
export function installPiiKeys(env: PiiEnv): { cipher: PiiCipher; usedDevelopmentKeys: boolean; release: () => void } {
  const { cipher, usedDevelopmentKeys } = piiKeysFromEnv(env);
  const fingerprint = fingerprintOf(env);
  if (installed && installed.fingerprint !== fingerprint) {
    throw new PiiKeyError('PII_KEYS: another app in this process runs with different PII keys; close it first');
  }
  installed ??= { cipher, fingerprint, users: 0 };
  installed.users += 1;
  const mine = installed;
  let released = false;
  return {
    cipher: mine.cipher,
    usedDevelopmentKeys,
    release: () => {
      if (released) return;
      released = true;
      mine.users -= 1;
      if (mine.users === 0 && installed === mine) installed = null;
    },
  };
}

/** The keys PII is read and written with in this process. */
export function piiCipher(): PiiCipher {
  if (installed) return installed.cipher;
  fromProcessEnv ??= piiKeysFromEnv(process.env).cipher;
  return fromProcessEnv;
}
