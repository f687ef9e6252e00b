// Credit policy versions per tenant: the one in force (cached briefly, since every decision reads
// it), the history, and admin changes written as a new audited version.
import type { AppDb } from '../db/index.js';
import { DEFAULT_CREDIT_POLICY, changePolicy, normalisePolicy, policyChanges, type CreditPolicy } from '../domain/credit/policy.js';
import { insertPolicyVersion, latestPolicy, policyHistory, type PolicyRow } from '../repositories/credit.js';

export interface PolicyVersion {
  tenantId: string;
  version: number;
  policy: CreditPolicy;
  changedBy: string;
  reason: string;
  createdAt: Date;
  changes: { field: string; from: string | null; to: string }[];
}

/** How long a replica may decide with a policy another replica has replaced. */
const CACHE_TTL_MS = 5_000;

export class CreditPolicyService {
  private readonly cache = new Map<string, { at: number; value: Promise<PolicyVersion> }>();

  constructor(private readonly db: AppDb) {}

  /** The policy in force; the built-in defaults as version 0 when a tenant has never set one. */
  current(tenantId: string): Promise<PolicyVersion> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.value;
    const value = this.load(tenantId);
    this.cache.set(tenantId, { at: Date.now(), value });
    value.catch(() => this.cache.delete(tenantId));
    return value;
  }

  private async load(tenantId: string): Promise<PolicyVersion> {
    const rows = await policyHistory(this.db, tenantId, 2);
    if (rows.length === 0) return builtIn(tenantId);
    return toVersion(rows[0], rows[1] ?? null);
  }

  async history(tenantId: string, first: number): Promise<PolicyVersion[]> {
    const rows = await policyHistory(this.db, tenantId, first + 1);
    const versions = rows.slice(0, first).map((r, i) => toVersion(r, rows[i + 1] ?? null));
    return versions.length > 0 ? versions : [builtIn(tenantId)];
  }

  /** Validates the change against the policy in force and writes the next version with its audit event. */
  async update(
    tenantId: string,
    actor: string,
    change: Partial<CreditPolicy>,
    reason: string,
  ): Promise<{ ok: true; value: PolicyVersion } | { ok: false; field: string; message: string }> {
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > 500) return { ok: false, field: 'reason', message: 'give a reason of 1 to 500 characters' };
    // Read fresh, not from the cache: the new version must follow the latest one.
    const latest = await latestPolicy(this.db, tenantId);
    const before = latest ? normalisePolicy(latest.policy) : DEFAULT_CREDIT_POLICY;
    const checked = changePolicy(before, change);
    if (!checked.ok) return checked;
    const changes = policyChanges(before, checked.value);
    if (changes.length === 0) return { ok: false, field: 'input', message: 'nothing would change: every value given equals the policy in force' };
    const row = await insertPolicyVersion(
      this.db,
      { tenantId, version: (latest?.version ?? 0) + 1, policy: checked.value as unknown as Record<string, unknown>, changedBy: actor, reason: trimmed },
      { changes },
    );
    if (!row) return { ok: false, field: 'input', message: 'another change was saved at the same moment; reload the policy and try again' };
    this.cache.delete(tenantId);
    return { ok: true, value: { ...toVersion(row, null), changes } };
  }
}

function toVersion(row: PolicyRow, previous: PolicyRow | null): PolicyVersion {
  const policy = normalisePolicy(row.policy);
  return {
    tenantId: row.tenantId,
    version: row.version,
    policy,
    changedBy: row.changedBy,
    reason: row.reason,
    createdAt: row.createdAt,
    changes: policyChanges(previous ? normalisePolicy(previous.policy) : null, policy),
  };
}

function builtIn(tenantId: string): PolicyVersion {
  return {
    tenantId,
    version: 0,
    policy: DEFAULT_CREDIT_POLICY,
    changedBy: 'system',
    reason: 'built-in defaults',
    createdAt: new Date(0),
    changes: [],
  };
}
