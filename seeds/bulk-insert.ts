// Fast multi-row inserts for seeding, on either database. PostgreSQL gets COPY (text format)
// through postgres.js, the fastest path into a server. PGlite gets one INSERT ... SELECT FROM
// unnest(...) per batch with one array parameter per column: measured faster than COPY FROM
// '/dev/blob' or VALUES lists in PGlite, and free of the 65,535 bind-parameter limit.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import type { Database } from '../server/src/db/index.js';

/** Column types as sent. "vector" values are bytea hex input, built by vectorHex; "text[]" values are string arrays. */
export type ColumnType = 'int4' | 'float8' | 'text' | 'bool' | 'timestamptz' | 'jsonb' | 'vector' | 'text[]';

export interface Column<Row> {
  name: string;
  type: ColumnType;
  value: (row: Row) => string | number | boolean | Date | object | null;
}

export interface TableSpec<Row> {
  table: string;
  columns: readonly Column<Row>[];
}

/** One session for a bulk load: every insert goes through the same connection, in order. */
export interface BulkWriter {
  insert<Row>(spec: TableSpec<Row>, rows: readonly Row[]): Promise<void>;
  /** Whether foreign-key checks are off for this session (see openBulkWriter). */
  readonly foreignKeyChecksSkipped: boolean;
  close(): Promise<void>;
}

/**
 * Opens a session for loading rows that are consistent by construction. It turns off the
 * per-row foreign-key triggers where the role may (session_replication_role = replica, as
 * pg_dump --disable-triggers does): they cost more than half the load time of transactions on
 * both databases. Where the role may not (a non-superuser on PostgreSQL), checks stay on.
 */
export async function openBulkWriter(database: Database): Promise<BulkWriter> {
  if (database.raw.kind === 'postgres') {
    const session = await database.raw.sql.reserve();
    const skipped = await session.unsafe('set session_replication_role = replica').then(
      () => true,
      () => false, // permission denied: keep the checks
    );
    return {
      foreignKeyChecksSkipped: skipped,
      insert: (spec, rows) => (rows.length === 0 ? Promise.resolve() : copyInto(session, spec, rows)),
      async close() {
        if (skipped) await session.unsafe('set session_replication_role = default').catch(() => {});
        session.release();
      },
    };
  }
  // PGlite is one session owned by this process; the setting is undone on close.
  const pg = database.raw.pg;
  await pg.exec('set session_replication_role = replica');
  return {
    foreignKeyChecksSkipped: true,
    insert: (spec, rows) => (rows.length === 0 ? Promise.resolve() : insertUnnest(pg, spec, rows)),
    close: () => pg.exec('set session_replication_role = default').then(() => {}),
  };
}

/** A float32 vector as bytea hex input ("\x..."), the storage of drizzle's vector columns. */
export function vectorHex(v: Float32Array): string {
  return '\\x' + Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
}

/** A string array as a PostgreSQL array literal: both paths send text[] columns this way. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

// ---------------------------------------------------------------- PostgreSQL: COPY

/** Escapes a value for COPY's text format: backslash, tab, newline and carriage return. */
function copyText(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

function copyValue(type: ColumnType, v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  switch (type) {
    case 'int4':
    case 'float8':
      return String(v);
    case 'bool':
      return v ? 't' : 'f';
    case 'timestamptz':
      return (v as Date).toISOString();
    case 'jsonb':
      return copyText(JSON.stringify(v));
    case 'vector':
      return '\\' + (v as string); // COPY's text format wants the backslash of the hex prefix doubled
    case 'text':
      return copyText(String(v));
    case 'text[]':
      return copyText(arrayLiteral(v as string[]));
  }
}

const COPY_CHUNK_CHARS = 1 << 20;

async function copyInto<Row>(sql: postgres.Sql | postgres.ReservedSql, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  const columns = spec.columns.map((c) => `"${c.name}"`).join(', ');
  const writable = await sql.unsafe(`copy "${spec.table}" (${columns}) from stdin`).writable();
  function* chunks(): Generator<string> {
    let chunk = '';
    for (const row of rows) {
      let line = '';
      for (let i = 0; i < spec.columns.length; i++) {
        const c = spec.columns[i];
        line += (i > 0 ? '\t' : '') + copyValue(c.type, c.value(row));
      }
      chunk += line + '\n';
      if (chunk.length >= COPY_CHUNK_CHARS) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(chunks()), writable);
}

// ---------------------------------------------------------------- PGlite: INSERT ... SELECT FROM unnest

type PGliteClient = Extract<Database['raw'], { kind: 'pglite' }>['pg'];

/** The array type a column travels as, and the cast back to the column type. */
const UNNEST: Record<ColumnType, { param: string; cast: string }> = {
  int4: { param: 'int4[]', cast: '' },
  float8: { param: 'float8[]', cast: '' },
  text: { param: 'text[]', cast: '' },
  bool: { param: 'bool[]', cast: '' },
  timestamptz: { param: 'timestamptz[]', cast: '' },
  jsonb: { param: 'text[]', cast: '::jsonb' },
  vector: { param: 'text[]', cast: '::bytea' }, // hex text, decoded by the cast
  'text[]': { param: 'text[]', cast: '::text[]' }, // array literals: unnest cannot take ragged arrays
};

async function insertUnnest<Row>(pg: PGliteClient, spec: TableSpec<Row>, rows: readonly Row[]): Promise<void> {
  const names = spec.columns.map((c) => `"${c.name}"`).join(', ');
  const aliases = spec.columns.map((_, i) => `c${i}`);
  const select = spec.columns.map((c, i) => `${aliases[i]}${UNNEST[c.type].cast}`).join(', ');
  const params = spec.columns.map((c, i) => `$${i + 1}::${UNNEST[c.type].param}`).join(', ');
  const values = spec.columns.map((c) =>
    rows.map((row) => {
      const v = c.value(row);
      if (v == null) return null;
      return c.type === 'jsonb' ? JSON.stringify(v) : c.type === 'text[]' ? arrayLiteral(v as string[]) : v;
    }),
  );
  await pg.query(`insert into "${spec.table}" (${names}) select ${select} from unnest(${params}) as u(${aliases.join(', ')})`, values);
}
