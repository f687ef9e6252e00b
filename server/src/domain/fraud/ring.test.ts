import { describe, expect, it } from 'vitest';
import { findRing, type LinkedApplication, type LinkIdentifier } from './ring.js';

const NOW = new Date('2025-06-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const id = (kind: LinkIdentifier['kind'], value: string): LinkIdentifier => ({ kind, hash: `${kind}:${value}` });

/** An in-memory link table; records which hashes each lookup asked for. */
function linkTable(apps: LinkedApplication[]) {
  const calls: string[][] = [];
  const lookup = async (hashes: string[]) => {
    calls.push(hashes);
    const wanted = new Set(hashes);
    return apps.filter((a) => a.identifiers.some((i) => wanted.has(i.hash)));
  };
  return { lookup, calls };
}

const app = (applicationId: string, applicantKey: string, submittedAt: Date, identifiers: LinkIdentifier[]): LinkedApplication => ({
  applicationId,
  applicantKey,
  submittedAt,
  identifiers,
});

describe('findRing', () => {
  it('finds nothing for an applicant who shares nothing', async () => {
    const { lookup } = linkTable([app('1', 'cust:9', hoursAgo(100), [id('PHONE', '111')])]);
    const r = await findRing({ applicationId: null, applicantKey: 'cust:1', identifiers: [id('PHONE', '222')] }, lookup, { now: NOW });
    expect(r).toMatchObject({ applicants: 1, applications: 1, sharedKinds: [], recentApplicants: 0, flagged: false, reason: null, truncated: false });
  });

  it('flags a ring of 5 applicants sharing one device, with the right counts', async () => {
    const device = id('DEVICE', 'd-1');
    const { lookup, calls } = linkTable([
      app('11', 'cust:2', hoursAgo(300), [device, id('PHONE', '2')]),
      app('12', 'cust:3', hoursAgo(20), [device, id('PHONE', '3')]),
      app('13', 'cust:4', hoursAgo(10), [device, id('PHONE', '4')]),
      app('14', 'cust:5', hoursAgo(2), [device, id('PHONE', '5')]),
      app('15', 'cust:5', hoursAgo(1), [device, id('PHONE', '5')]), // a re-application
      app('99', 'cust:8', hoursAgo(1), [id('DEVICE', 'd-2')]),
    ]);
    const r = await findRing({ applicationId: null, applicantKey: 'cust:1', identifiers: [device, id('PHONE', '1')] }, lookup, { now: NOW });
    expect(r).toMatchObject({
      applicants: 5,
      applications: 6,
      sharedKinds: ['DEVICE'],
      recentApplicants: 3,
      flagged: true,
      truncated: false,
    });
    expect(r.reason).toBe('shares a device with 4 other applicants, 3 of them in the last 24 hours');
    expect(r.applicationIds.sort()).toEqual(['11', '12', '13', '14', '15']);
    // Batched: one lookup per hop, each hash asked for once.
    expect(calls[0].sort()).toEqual(['DEVICE:d-1', 'PHONE:1']);
    expect(calls.flat().length).toBe(new Set(calls.flat()).size);
  });

  it('finds a chain A–B (phone), B–C (address) transitively', async () => {
    const { lookup } = linkTable([
      app('b1', 'B', hoursAgo(5), [id('PHONE', 'pa'), id('ADDRESS', 'x')]),
      app('c1', 'C', hoursAgo(4), [id('ADDRESS', 'x'), id('DEVICE', 'dc')]),
      app('d1', 'D', hoursAgo(3), [id('DEVICE', 'dc')]),
    ]);
    const start = { applicationId: null, applicantKey: 'A', identifiers: [id('PHONE', 'pa')] };

    const two = await findRing(start, lookup, { now: NOW, maxDepth: 2 });
    expect(two).toMatchObject({ applicants: 3, sharedKinds: ['PHONE', 'ADDRESS'], depthLimited: true });
    expect(two.applicationIds).toEqual(['b1', 'c1']);

    const r = await findRing(start, lookup, { now: NOW });
    expect(r).toMatchObject({ applicants: 4, applications: 4, sharedKinds: ['DEVICE', 'PHONE', 'ADDRESS'], recentApplicants: 3, flagged: true });
    expect(r.reason).toBe('is linked by shared device, phone or address to 3 other applicants, all 3 of them in the last 24 hours');
  });

  it('does not call a customer re-applying with their own phone a ring', async () => {
    const phone = id('PHONE', 'mine');
    const { lookup } = linkTable(
      Array.from({ length: 8 }, (_, i) => app(`a${i}`, 'cust:1', hoursAgo(i * 3), [phone, id('DEVICE', `dev-${i % 2}`)])),
    );
    const r = await findRing({ applicationId: null, applicantKey: 'cust:1', identifiers: [phone] }, lookup, { now: NOW });
    expect(r).toMatchObject({ applicants: 1, applications: 9, sharedKinds: [], recentApplicants: 0, flagged: false, reason: null });
  });

  it('counts the stored start application once', async () => {
    const phone = id('PHONE', 'p');
    const { lookup } = linkTable([
      app('42', 'cust:1', NOW, [phone, id('DEVICE', 'only-on-stored-copy')]),
      app('7', 'cust:2', hoursAgo(100), [id('DEVICE', 'only-on-stored-copy')]),
    ]);
    const r = await findRing({ applicationId: '42', applicantKey: 'cust:1', identifiers: [phone] }, lookup, { now: NOW });
    expect(r).toMatchObject({ applicants: 2, applications: 2, sharedKinds: ['DEVICE'] });
    expect(r.applicationIds).toEqual(['7']);
  });

  it('flags a small but fast-growing component', async () => {
    const addr = id('ADDRESS', 'flat-9');
    const { lookup } = linkTable([
      app('1', 'X', hoursAgo(3), [addr]),
      app('2', 'Y', hoursAgo(6), [addr]),
    ]);
    const r = await findRing({ applicationId: null, applicantKey: 'W', identifiers: [addr] }, lookup, {
      now: NOW,
      ringMinApplicants: 10,
      growthMinApplicants: 2,
    });
    expect(r).toMatchObject({ applicants: 3, recentApplicants: 2, flagged: true });
    expect(r.reason).toBe('shares an address with 2 other applicants, all 2 of them in the last 24 hours');

    const old = linkTable([
      app('1', 'X', hoursAgo(300), [addr]),
      app('2', 'Y', hoursAgo(400), [addr]),
    ]);
    expect((await findRing({ applicationId: null, applicantKey: 'W', identifiers: [addr] }, old.lookup, { now: NOW })).flagged).toBe(false);
  });

  it('an applicant is recent only if their first application in the component is', async () => {
    const phone = id('PHONE', 'shared');
    const { lookup } = linkTable([
      app('1', 'X', hoursAgo(500), [phone]),
      app('2', 'X', hoursAgo(1), [phone]),
      app('3', 'Y', hoursAgo(2), [phone]),
    ]);
    const r = await findRing({ applicationId: null, applicantKey: 'W', identifiers: [phone] }, lookup, { now: NOW });
    expect(r.recentApplicants).toBe(1);
  });

  it('stops at maxNodes and says so', async () => {
    const device = id('DEVICE', 'farm');
    const apps = Array.from({ length: 500 }, (_, i) => app(`${i}`, `cust:${i}`, hoursAgo(i), [device, id('PHONE', `${i}`)]));
    const { lookup, calls } = linkTable(apps);
    const r = await findRing({ applicationId: null, applicantKey: 'me', identifiers: [device] }, lookup, { now: NOW, maxNodes: 50 });
    expect(r).toMatchObject({ applications: 50, applicants: 50, truncated: true, flagged: true });
    expect(calls).toHaveLength(1);
    // The most recent were kept.
    expect(r.applicationIds).toContain('0');
    expect(r.applicationIds).not.toContain('499');
    expect(r.reason).toBe('shares a device with at least 49 other applicants, 25 of them in the last 24 hours');
  });

  it('accepts kinds it does not know (they link, but are not named)', async () => {
    const { lookup } = linkTable([app('1', 'X', hoursAgo(1), [{ kind: 'EMAIL', hash: 'e' }])]);
    const r = await findRing({ applicationId: null, applicantKey: 'W', identifiers: [{ kind: 'EMAIL', hash: 'e' }] }, lookup, { now: NOW });
    expect(r).toMatchObject({ applicants: 2, sharedKinds: [] });
  });
});
