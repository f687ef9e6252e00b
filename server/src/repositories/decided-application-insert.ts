// The write of a decided application as one statement: WITH app AS (INSERT ... ON CONFLICT DO
// NOTHING RETURNING *), decision AS (INSERT ... SELECT FROM app), links AS (...), audit AS (...)
// SELECT. A single statement is atomic by itself and costs one round trip instead of BEGIN, four
// inserts and COMMIT; the decision's audit row commits with it, unsealed (security/audit-log.ts).
import { Column, SQL, eq, getTableColumns, is, sql, type WithSubquery } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { applicationLinks, auditEvents, creditDecisions, loanApplications } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { preparedOnce } from '../db/prepared.js';
import type { ApplicationRecord, ApplicationRow, DecidedApplication, DecisionRow } from './credit.js';

/** Runs the insert; null when the idempotency key was already taken (then nothing was written). */
export async function insertApplicationStatement(db: AppDb, d: DecidedApplication, audit: DecisionAudit, reuse: boolean): Promise<ApplicationRecord | null> {
  const shape = insertShapeOf(d);
  const query = reuse ? preparedInsert(db, shape) : buildInsert(db, shape);
  return firstRecord(await query.execute({ ...insertValuesOf(d), ...auditValuesOf(audit) }));
}

/** The decision's audit row, but for what only the insert knows (the application's id, its tenant and submitter). */
export interface DecisionAudit {
  action: string;
  entityType: string;
  details: Record<string, unknown>;
  at: Date;
}

function auditValuesOf(a: DecisionAudit): Record<string, unknown> {
  const columns = getTableColumns(auditEvents);
  return {
    au_action: a.action,
    au_entityType: a.entityType,
    au_details: columns.details.mapToDriverValue(a.details),
    au_at: columns.at.mapToDriverValue(a.at),
  };
}

/** Which columns are given (the others take their defaults) and how many fraud links: one statement text per shape. */
interface InsertShape {
  application: string[];
  decision: string[];
  links: number;
}

function insertShapeOf(d: DecidedApplication): InsertShape {
  const given = (row: object) => Object.keys(row).filter((k) => (row as Record<string, unknown>)[k] !== undefined);
  return { application: given(d.application), decision: given(d.decision), links: d.links.length };
}

/** Values for the placeholders of buildInsert, encoded for the driver as drizzle encodes parameters. */
function insertValuesOf(d: DecidedApplication): Record<string, unknown> {
  const values: Record<string, unknown> = { applicantKey: d.applicantKey };
  const encode = (table: PgTable, prefix: string, row: object) => {
    const columns = getTableColumns(table);
    for (const [key, value] of Object.entries(row)) {
      if (value !== undefined) values[prefix + key] = value === null ? null : columns[key].mapToDriverValue(value);
    }
  };
  encode(loanApplications, 'a_', d.application);
  encode(creditDecisions, 'd_', d.decision);
  d.links.forEach((l, i) => Object.assign(values, { [`kind${i}`]: l.kind, [`hash${i}`]: l.hash }));
  return values;
}

/** A placeholder whose value insertValuesOf has already encoded (drizzle would encode a null jsonb as 'null'). */
function encoded(name: string): SQL {
  return sql`${sql.placeholder(name)}`;
}

/**
 * WITH app AS (INSERT the application ON CONFLICT DO NOTHING RETURNING *), decision AS (INSERT
 * ... SELECT FROM app), links AS (INSERT ... SELECT FROM app) SELECT app JOIN decision. When the key
 * is taken, app is empty, so is everything selected from it, and the answer has no row.
 */
function buildInsert(db: AppDb, shape: InsertShape) {
  const application = Object.fromEntries(shape.application.map((k) => [k, encoded(`a_${k}`)])) as unknown as DecidedApplication['application'];
  const app = db
    .$with('app')
    .as(db.insert(loanApplications).values(application).onConflictDoNothing({ target: [loanApplications.tenantId, loanApplications.idempotencyKey] }).returning());
  const decisionRow = { ...Object.fromEntries(shape.decision.map((k) => [k, encoded(`d_${k}`)])), applicationId: app.id };
  const decision = db
    .$with('decision')
    .as(db.insert(creditDecisions).select(selectRow(creditDecisions, decisionRow, sql`${app}`)).returning());
  const ctes: WithSubquery[] = [app, decision];
  if (shape.links > 0) {
    const linkRow = { tenantId: app.tenantId, kind: sql`l.kind`, hash: sql`l.hash`, applicationId: app.id, applicantKey: encoded('applicantKey'), submittedAt: app.submittedAt };
    const linkValues = sql.join(
      Array.from({ length: shape.links }, (_, i) => sql`(${encoded(`kind${i}`)}::text, ${encoded(`hash${i}`)}::text)`),
      sql`, `,
    );
    ctes.push(db.$with('links').as(db.insert(applicationLinks).select(selectRow(applicationLinks, linkRow, sql`${app}, (values ${linkValues}) as l(kind, hash)`)).onConflictDoNothing()));
  }
  // Written out, not with insert().select(): drizzle lists the identity column id, and a SELECT cannot give it DEFAULT.
  ctes.push(
    db.$with('audit', {}).as(sql`
      insert into ${auditEvents} (tenant_id, actor, action, entity_type, entity_id, details, at)
      select ${app.tenantId}, ${app.submittedBy}, ${encoded('au_action')}::text, ${encoded('au_entityType')}::text, ${app.id}::text, ${encoded('au_details')}::jsonb, ${encoded('au_at')}::timestamptz
      from ${app}`),
  );
  return db
    .with(...ctes)
    .select()
    .from(app)
    .innerJoin(decision, eq(decision.applicationId, app.id));
}

function preparedInsert(db: AppDb, shape: InsertShape) {
  return preparedOnce(db, `insertDecidedApplication ${JSON.stringify(shape)}`, () => buildInsert(db, shape).prepare('insert_decided_application'));
}

function firstRecord(rows: { app: ApplicationRow; decision: DecisionRow }[]): ApplicationRecord | null {
  return rows[0] ? { ...rows[0].app, decision: rows[0].decision } : null;
}

/**
 * `select <one expression per column of table, in the table's order> from <from>`, the source of an
 * INSERT ... SELECT. Given expressions are cast to the column's type (in VALUES the column would
 * give it); columns of `from` are used as they are; a column given nothing takes its default.
 */
function selectRow(table: PgTable, row: Record<string, SQL | Column>, from: SQL): SQL {
  const expressions = Object.entries(getTableColumns(table))
    // The same columns, in the same order, as drizzle lists after INSERT INTO (shouldDisableInsert is internal to drizzle).
    .filter(([, column]) => !(column as unknown as { shouldDisableInsert(): boolean }).shouldDisableInsert())
    .map(([key, column]) => {
      const value = row[key];
      if (is(value, Column)) return sql`${value}`;
      return sql`${value ?? defaultOf(column)}::${sql.raw(column.getSQLType())}`;
    });
  return sql`select ${sql.join(expressions, sql`, `)} from ${from}`;
}

function defaultOf(column: Column): SQL {
  if (is(column.default, SQL)) return column.default;
  return column.default === undefined ? sql`null` : sql`${sql.param(column.default, column)}`;
}
