// Queries rendered once per database (and name), then only given values. drizzle renders a
// query's SQL text again on every call; for the queries of the decision path that cost more CPU
// than PostgreSQL spends running them.
import type { AppDb } from './index.js';

const preparedQueries = new WeakMap<AppDb, Map<string, unknown>>();

export function preparedOnce<Q>(db: AppDb, name: string, prepare: () => Q): Q {
  let byName = preparedQueries.get(db);
  if (!byName) preparedQueries.set(db, (byName = new Map()));
  let query = byName.get(name) as Q | undefined;
  if (query === undefined) byName.set(name, (query = prepare()));
  return query;
}
