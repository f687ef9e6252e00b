import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BlindIndex } from './blind-index.js';
import { PiiCipher, PiiDecryptError, parsePiiKeys, piiKeysFromEnv } from './pii-crypto.js';

const k = () => randomBytes(32);
const index = new BlindIndex(k());

describe('PiiCipher', () => {
  const k1 = k();
  const cipher = new PiiCipher(new Map([['k1', k1]]), index);

  it('round-trips through a v1 envelope with a fresh IV each time, holding no plaintext', () => {
    const a = cipher.encrypt('Asha Verma', 'customers.1.name');
    const b = cipher.encrypt('Asha Verma', 'customers.1.name');
    expect(a).toMatch(/^v1:k1:[\w-]{16}:[\w-]+:[\w-]{22}$/);
    expect(a).not.toBe(b);
    expect(a.toLowerCase()).not.toContain('asha');
    expect(cipher.decrypt(a, 'customers.1.name')).toBe('Asha Verma');
  });

  it('refuses a value moved to another row or column, or altered', () => {
    const e = cipher.encrypt('asha@example.com', 'customers.1.email');
    expect(() => cipher.decrypt(e, 'customers.2.email')).toThrow(/customers\.2\.email: does not decrypt under key k1/);
    expect(() => cipher.decrypt(e, 'customers.1.phone')).toThrow(PiiDecryptError);
    const parts = e.split(':');
    const body = Buffer.from(parts[3], 'base64url');
    body[0] ^= 1;
    parts[3] = body.toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'), 'customers.1.email')).toThrow(/altered or belongs to another row/);
  });

  it('reads old keys, writes with the first, and names a missing key', () => {
    const old = cipher.encrypt('x', 'p');
    const rotated = new PiiCipher(new Map([['k2', k()], ['k1', k1]]), index);
    expect(rotated.decrypt(old, 'p')).toBe('x');
    expect(PiiCipher.keyIdOf(rotated.encrypt('x', 'p'))).toBe('k2');
    const without = new PiiCipher(new Map([['k2', k()]]), index);
    expect(() => without.decrypt(old, 'p')).toThrow('p: row encrypted with key k1, which is not in PII_KEYS (have k2)');
  });
});

describe('keys from the environment', () => {
  it('parses PII_KEYS and rejects bad ones, naming the variable', () => {
    expect([...parsePiiKeys(`a:${k().toString('base64')}, b:${k().toString('base64')}`).keys()]).toEqual(['a', 'b']);
    expect(() => parsePiiKeys(`a:${randomBytes(16).toString('base64')}`)).toThrow('PII_KEYS: key a: must be 32 bytes of base64, got 16 bytes');
    expect(() => parsePiiKeys('nokey')).toThrow(/PII_KEYS: .* is not keyId:base64/);
    expect(() => parsePiiKeys(`a:${k().toString('base64')},a:${k().toString('base64')}`)).toThrow('key id a is listed twice');
  });

  it('requires both keys in production and falls back to the development keys elsewhere', () => {
    expect(() => piiKeysFromEnv({ NODE_ENV: 'production', PII_INDEX_KEY: k().toString('base64') })).toThrow(/^PII_KEYS: required when NODE_ENV=production/);
    expect(() => piiKeysFromEnv({ NODE_ENV: 'production', PII_KEYS: `k1:${k().toString('base64')}` })).toThrow(/^PII_INDEX_KEY: required/);
    expect(() => piiKeysFromEnv({ NODE_ENV: 'production', PII_KEYS: `k1:${k().toString('base64')}`, PII_INDEX_KEY: 'short' })).toThrow(/PII_INDEX_KEY: must be 32 bytes/);
    const dev = piiKeysFromEnv({ NODE_ENV: 'development' });
    expect(dev.usedDevelopmentKeys).toBe(true);
    expect(dev.cipher.activeKeyId).toBe('dev1');
  });
});
