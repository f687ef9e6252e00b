// What each role may see in the app; the server enforces the same rules.
import type { Role } from './gql/graphql';

/** Every role, in the order the development login lists them. PARTNER: a white-label partner's staff. */
export const ALL_ROLES: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ANALYST', 'COLLECTOR', 'ADMIN', 'PARTNER'];

/** The roles that may stream the live KPI dashboard (the server closes the socket with 4403 for the others). */
export const DASHBOARD_ROLES: readonly Role[] = ['ANALYST', 'ADMIN'];

export const canSeeDashboard = (role: Role | undefined): boolean => role !== undefined && DASHBOARD_ROLES.includes(role);

/** The roles that work recovery cases: the queue, a case, its actions and live updates (others get FORBIDDEN). */
export const COLLECTION_ROLES: readonly Role[] = ['COLLECTOR', 'ADMIN'];

export const canWorkCases = (role: Role | undefined): boolean => role !== undefined && COLLECTION_ROLES.includes(role);

/**
 * The roles that see a customer's loan applications, credit decisions, limit and live score
 * (staff; the server reads these as empty for a PARTNER and refuses it the live streams).
 */
export const APPLICATION_ROLES: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ANALYST', 'COLLECTOR', 'ADMIN'];

export const canSeeApplications = (role: Role | undefined): boolean => role !== undefined && APPLICATION_ROLES.includes(role);

/** The roles that follow recommendation experiments and the ranking model in service (#/experiments). */
export const EXPERIMENT_ROLES: readonly Role[] = ['ANALYST', 'ADMIN'];

export const canSeeExperiments = (role: Role | undefined): boolean => role !== undefined && EXPERIMENT_ROLES.includes(role);

/** Only an admin starts or stops a recommendation experiment (the server refuses the others). */
export const canManageExperiments = (role: Role | undefined): boolean => role === 'ADMIN';

/** The roles that record a customer's consents in the app (a PARTNER records them through its own app). */
export const CONSENT_ROLES: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ADMIN'];

export const canRecordConsent = (role: Role | undefined): boolean => role !== undefined && CONSENT_ROLES.includes(role);
