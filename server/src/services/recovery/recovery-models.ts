// The recovery models the engine scores cases with: propensity to pay and the contact-time prior
// per customer segment. Until outreach and payment outcomes accumulate in the database they are
// learned from the seeded synthetic collection history (seeds/recovery-history.ts), whose
// structure (who pays, who answers when) is documented there; the version names the source.
import { generateRecoveryHistory } from '../../../../seeds/recovery-history.js';
import { learnContactPrior, type ContactPrior } from '../../domain/recovery/contact-time.js';
import { propensityFeatures, trainPropensity, type PropensityModel } from '../../domain/recovery/propensity.js';
import type { Segment } from '../../domain/reference.js';

export const HISTORY_SEED = 20261121;
export const HISTORY_CASES = 4000;

export interface TrainedRecoveryModels {
  propensity: PropensityModel;
  /** The contact prior of each segment's customers, and of everyone. */
  contactPriors: Map<string, ContactPrior>;
  overallPrior: ContactPrior;
}

export function trainRecoveryModels(seed = HISTORY_SEED, n = HISTORY_CASES): TrainedRecoveryModels {
  const history = generateRecoveryHistory(seed, n);
  const propensity = trainPropensity(
    history.map((h) => ({ features: propensityFeatures(h.profile), paid: h.paidWithin30Days, at: h.at })),
    { version: `propensity-synthetic-${seed}-${n}` },
  );
  const bySegment = new Map<string, typeof history>();
  for (const h of history) bySegment.set(h.segment, [...(bySegment.get(h.segment) ?? []), h]);
  const contactPriors = new Map<string, ContactPrior>();
  for (const [segment, cases] of bySegment) contactPriors.set(segment, learnContactPrior(cases.flatMap((c) => c.attempts)));
  return { propensity, contactPriors, overallPrior: learnContactPrior(history.flatMap((h) => h.attempts)) };
}

export function contactPriorFor(models: TrainedRecoveryModels, segment: Segment | string): ContactPrior {
  return models.contactPriors.get(segment) ?? models.overallPrior;
}
