// The rows of a raw db.execute() result: postgres.js returns an array of rows, PGlite an object
// with `rows`. Repositories that run hand-written SQL read them through this one function.
export type ResultRow = Record<string, unknown>;

export function resultRows(result: unknown): ResultRow[] {
  return Array.isArray(result) ? (result as ResultRow[]) : ((result as { rows?: ResultRow[] }).rows ?? []);
}
