// Who sees a recovery case: a collector only the cases assigned to them (new cases are assigned as
// they open, repositories/recovery.ts insertCase); an admin every case of the tenant. Which roles
// work cases at all is resolvers/recovery/access.ts; this is the one rule for which cases.
import type { Viewer } from '../../security/viewer.js';

export function mayWorkCase(viewer: Pick<Viewer, 'role' | 'userId'>, c: { assignedTo: string | null }): boolean {
  return viewer.role !== 'COLLECTOR' || c.assignedTo === viewer.userId;
}

/** Keeps the cases `viewer` may work. */
export function casesVisibleTo<C extends { assignedTo: string | null }>(viewer: Pick<Viewer, 'role' | 'userId'>, cases: readonly C[]): C[] {
  return cases.filter((c) => mayWorkCase(viewer, c));
}
