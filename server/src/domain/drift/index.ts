// Drift monitoring: population stability of a model's inputs and output against its training data.
export {
  ALERT_PSI,
  DEFAULT_BINS,
  EPSILON,
  WARNING_PSI,
  driftLevel,
  psiAgainst,
  referenceOf,
  worstStatus,
  type DriftKind,
  type DriftLevel,
  type DriftStatus,
  type DriftValue,
  type PsiBin,
  type PsiOutcome,
  type ReferenceDistribution,
} from './psi.js';
