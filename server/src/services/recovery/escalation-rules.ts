// Escalation rules per tenant, versioned: every change is a new version with who made it and why
// (the audit), and the newest applies. A tenant that never set any runs on the defaults (version 0).
import type { AppDb } from '../../db/index.js';
import { DEFAULT_ESCALATION_RULES, validateEscalationRules, type EscalationRules } from '../../domain/recovery/escalation.js';
import { insertRules, latestRules, ruleHistory, type RuleVersionRow } from '../../repositories/recovery.js';
import { auditLog } from '../../security/audit-log.js';
import type { Viewer } from '../../security/viewer.js';

export interface RulesInput extends EscalationRules {
  note: string;
}

const CACHE_MS = 5_000;

export class EscalationRuleService {
  private readonly cache = new Map<string, { at: number; row: RuleVersionRow }>();

  constructor(private readonly db: AppDb) {}

  async current(tenantId: string): Promise<RuleVersionRow> {
    const hit = this.cache.get(tenantId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.row;
    const row = (await latestRules(this.db, tenantId)) ?? defaults(tenantId);
    this.cache.set(tenantId, { at: Date.now(), row });
    return row;
  }

  /** The rules the engine applies (the version rides along for the audit trail). */
  async rulesOf(tenantId: string): Promise<EscalationRules & { version: number }> {
    const row = await this.current(tenantId);
    return { ...(row.rules as unknown as EscalationRules), version: row.version };
  }

  history(tenantId: string): Promise<RuleVersionRow[]> {
    return ruleHistory(this.db, tenantId);
  }

  async set(viewer: Viewer, input: RulesInput): Promise<RuleVersionRow | { field: string; message: string }> {
    const note = input.note.trim();
    if (note.length === 0 || note.length > 500) return { field: 'note', message: 'say why the rules change, in 1 to 500 characters' };
    const { note: _note, ...rules } = input;
    const [problem] = validateEscalationRules(rules);
    if (problem) return problem;
    // Two admins saving at once: the loser of the version number retries on top of the winner.
    for (let attempt = 0; attempt < 3; attempt++) {
      const latest = await latestRules(this.db, viewer.tenantId);
      const row = await auditLog.recordChange(
        this.db,
        (tx) => insertRules(tx, { tenantId: viewer.tenantId, version: (latest?.version ?? 0) + 1, rules: { ...rules }, note, createdBy: viewer.userId }),
        (saved) => ({
          tenantId: viewer.tenantId,
          actor: viewer.userId,
          action: 'ESCALATION_RULES_CHANGED',
          entityType: 'EscalationRules',
          entityId: String(saved.version),
          details: { note, before: { version: latest?.version ?? 0, rules: latest?.rules ?? { ...DEFAULT_ESCALATION_RULES } }, after: { version: saved.version, rules: saved.rules } },
        }),
      );
      if (row) {
        this.cache.delete(viewer.tenantId);
        return row;
      }
    }
    throw new Error('escalation rules: three concurrent saves in a row; try again');
  }
}

function defaults(tenantId: string): RuleVersionRow {
  return { tenantId, version: 0, rules: { ...DEFAULT_ESCALATION_RULES }, note: 'The defaults: no version was saved yet', createdBy: 'system', createdAt: new Date(0) };
}
