import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  applicationIdentifiers,
  identifierHash,
  normaliseAddress,
  normaliseDeviceId,
  normalisePayoutAccount,
  normalisePhone,
} from './identifiers.js';

describe('identifier normalisation', () => {
  it('phone: digits only, the last 10', () => {
    expect(normalisePhone('+91 98765-43210')).toBe('9876543210');
    expect(normalisePhone('09876543210')).toBe('9876543210');
    expect(normalisePhone('(987) 654 3210')).toBe('9876543210');
    expect(normalisePhone('12345')).toBeNull();
  });

  it('device id: trimmed, lower-case', () => {
    expect(normaliseDeviceId('  A1B2-C3D4 ')).toBe('a1b2-c3d4');
    expect(normaliseDeviceId('   ')).toBeNull();
  });

  it('address: case, punctuation, spacing and common abbreviations do not matter', () => {
    const forms = ['12, M.G. Rd., Sector 5', '12 mg road sector 5', '  12  MG   Road,Sec. 5 ', '12 M G Rd Sector-5'];
    const normalised = forms.map((f) => normaliseAddress(f));
    expect(normalised[0]).toBe('12 mahatma gandhi road sector 5');
    expect(normalised[1]).toBe(normalised[0]);
    expect(normalised[2]).toBe(normalised[0]);
    expect(normaliseAddress('Flat 3B, Opp. Rly Stn, Nr. Gandhi Ngr')).toBe('flat 3b opposite rly station near gandhi nagar');
    expect(normaliseAddress('Café Street', { expandAbbreviations: false })).toBe('cafe street');
    expect(normaliseAddress('constructor toString rd')).toBe('constructor tostring road');
    expect(normaliseAddress(' ,.; ')).toBeNull();
  });

  it('payout account: upper-case, no spaces', () => {
    expect(normalisePayoutAccount(' sbin0001234 1234 5678 90 ')).toBe('SBIN0001234123456789' + '0');
    expect(normalisePayoutAccount('ravi@okicici')).toBe('RAVI@OKICICI');
  });
});

describe('applicationIdentifiers', () => {
  it('hashes sha256(salt + kind + ":" + normalised), hex, with no plaintext left', () => {
    const ids = applicationIdentifiers('salt-1', {
      phone: '+91 98765 43210',
      deviceId: 'ABC',
      address: '12 MG Rd',
      payoutAccount: 'ravi@okicici',
    });
    expect(ids.map((i) => i.kind)).toEqual(['PHONE', 'DEVICE', 'ADDRESS', 'PAYOUT_ACCOUNT']);
    const expected = createHash('sha256').update('salt-1PHONE:9876543210').digest('hex');
    expect(ids[0].hash).toBe(expected);
    expect(identifierHash('salt-1', 'PHONE', '9876543210')).toBe(expected);
    for (const i of ids) expect(i.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(ids)).not.toMatch(/9876543210|abc|okicici/i);
  });

  it('matches across spellings within a tenant, and never across tenants', () => {
    const a = applicationIdentifiers('tenant-a', { phone: '98765 43210', address: '12, M.G. Road' });
    const b = applicationIdentifiers('tenant-a', { phone: '+919876543210', address: '12 mg rd' });
    const other = applicationIdentifiers('tenant-b', { phone: '98765 43210', address: '12, M.G. Road' });
    expect(a).toEqual(b);
    expect(other[0].hash).not.toBe(a[0].hash);
    expect(other[1].hash).not.toBe(a[1].hash);
  });

  it('the same value under different kinds gives different hashes', () => {
    expect(identifierHash('s', 'DEVICE', '9876543210')).not.toBe(identifierHash('s', 'PHONE', '9876543210'));
  });

  it('leaves out absent and unusable identifiers', () => {
    expect(applicationIdentifiers('s', {})).toEqual([]);
    expect(applicationIdentifiers('s', { phone: '123', deviceId: ' ', address: null, payoutAccount: '' })).toEqual([]);
  });
});
