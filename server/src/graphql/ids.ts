// Relay global ids: base64url("Type:localId"). Decoding never throws: an id that is not ours is null.

export type NodeType = 'Customer' | 'Product' | 'Tenant' | 'Holding' | 'LoanApplication' | 'Repayment' | 'Interaction' | 'Loan' | 'Disbursement' | 'RecoveryCase' | 'RepaymentPlan' | 'PaymentPromise' | 'OutreachMessage' | 'RecoveryExperiment' | 'RecommendationExperiment' | 'Feedback';
const NODE_TYPES: readonly string[] = ['Customer', 'Product', 'Tenant', 'Holding', 'LoanApplication', 'Repayment', 'Interaction', 'Loan', 'Disbursement', 'RecoveryCase', 'RepaymentPlan', 'PaymentPromise', 'OutreachMessage', 'RecoveryExperiment', 'RecommendationExperiment', 'Feedback'];

export function toGlobalId(type: NodeType, localId: string | number): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string): { type: NodeType; localId: string } | null {
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return null;
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep <= 0) return null;
  const type = decoded.slice(0, sep);
  const localId = decoded.slice(sep + 1);
  if (!NODE_TYPES.includes(type) || localId.length === 0) return null;
  return { type: type as NodeType, localId };
}

/** The local id of a global id of the expected type, or null. */
export function localIdOf(id: string, type: NodeType): string | null {
  const g = fromGlobalId(id);
  return g && g.type === type ? g.localId : null;
}

/** Customer ids are positive integers. */
export function customerIdOf(id: string): number | null {
  const local = localIdOf(id, 'Customer');
  if (local === null || !/^\d{1,10}$/.test(local)) return null;
  const n = Number(local);
  return n > 0 && n <= 2147483647 ? n : null;
}
