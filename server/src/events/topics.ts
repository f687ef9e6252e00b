// Event topics and payloads. Topics carry the tenant, so a subscription can never see another
// tenant's events; payloads carry ids only, and subscribers read the rows with their own viewer.

export interface ApplicationDecidedEvent {
  applicationId: number;
  customerId: number | null;
}

export const applicationDecidedTopic = (tenantId: string) => `application-decided:${tenantId}`;

export type ScoreChangeCause = 'DECISION' | 'CREDIT_LIMIT';

export interface CustomerScoreEvent {
  customerId: number;
  cause: ScoreChangeCause;
  /** ISO date-time: payloads cross Redis as JSON. */
  changedAt: string;
}

export const customerScoreTopic = (tenantId: string) => `customer-score:${tenantId}`;

export interface RecoveryCaseEvent {
  caseId: number;
  /** ISO date-time. */
  changedAt: string;
}

export const recoveryCaseTopic = (tenantId: string) => `recovery-case:${tenantId}`;
