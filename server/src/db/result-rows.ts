// The rows of a raw db.execute() result: postgres.js returns an array of rows, PGlite an object
// with `rows`. Repositories that run hand-written SQL read them through this one function.
export type ResultRow = Record<string, unknown>;

/** A boolean column of a raw result: postgres.js gives true/false, PGlite may give 't'/'f'. */
export function boolOf(value: unknown): boolean {
  return value === true || value === 't';
}

export function resultRows(result: unknown): ResultRow[] {
  return Array.isArray(result) ? (result as ResultRow[]) : ((result as { rows?: ResultRow[] }).rows ?? []);
}
