// What each role may see in the app; the server enforces the same rules.
import type { Role } from './gql/graphql';

/** The roles that may stream the live KPI dashboard (the server closes the socket with 4403 for the others). */
export const DASHBOARD_ROLES: readonly Role[] = ['ANALYST', 'ADMIN'];

export const canSeeDashboard = (role: Role | undefined): boolean => role !== undefined && DASHBOARD_ROLES.includes(role);

/** The roles that work recovery cases: the queue, a case, its actions and live updates (others get FORBIDDEN). */
export const COLLECTION_ROLES: readonly Role[] = ['COLLECTOR', 'ADMIN'];

export const canWorkCases = (role: Role | undefined): boolean => role !== undefined && COLLECTION_ROLES.includes(role);
