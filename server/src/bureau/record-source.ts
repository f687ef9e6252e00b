// Where the simulated bureau looks subjects up: an in-memory map (tests, fixtures) or the
// bureau_records table (the simulator CLI, seeded alongside customers).
import { eq } from 'drizzle-orm';
import { bureauRecords } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import type { BureauReport } from './report.js';

export interface BureauRecordSource {
  /** The bureau's file on a subject; null when it has none (new to credit). */
  get(subjectRef: string): Promise<BureauReport | null>;
}

export class MemoryRecordSource implements BureauRecordSource {
  private readonly records = new Map<string, BureauReport>();

  constructor(reports: Iterable<BureauReport> = []) {
    for (const r of reports) this.put(r);
  }

  put(report: BureauReport): void {
    this.records.set(report.subjectRef, report);
  }

  delete(subjectRef: string): void {
    this.records.delete(subjectRef);
  }

  get size(): number {
    return this.records.size;
  }

  async get(subjectRef: string): Promise<BureauReport | null> {
    return this.records.get(subjectRef) ?? null;
  }
}

export class DbRecordSource implements BureauRecordSource {
  constructor(private readonly db: AppDb) {}

  async get(subjectRef: string): Promise<BureauReport | null> {
    const rows = await this.db
      .select({ report: bureauRecords.report })
      .from(bureauRecords)
      .where(eq(bureauRecords.subjectRef, subjectRef))
      .limit(1);
    const row = rows[0];
    // The stored subjectRef is authoritative even if the JSON document was written without it.
    return row ? { ...row.report, subjectRef } : null;
  }
}
