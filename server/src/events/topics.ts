// Event topics and payloads. Topics carry the tenant, so a subscription can never see another
// tenant's events; payloads carry ids only, and subscribers read the rows with their own viewer.

export interface ApplicationDecidedEvent {
  applicationId: number;
  customerId: number | null;
}

export const applicationDecidedTopic = (tenantId: string) => `application-decided:${tenantId}`;
