import type { DelinquencyBucket } from '../../gql/graphql';
import { bucketLabel, bucketTone } from './labels';

/** A days-past-due bucket, coloured from amber (1–30) to red (90+). */
export function BucketBadge({ bucket, testId }: { bucket: DelinquencyBucket; testId?: string }) {
  return (
    <span className={`badge bucket bucket--${bucketTone(bucket)}`} data-bucket={bucket} data-testid={testId}>
      {bucketLabel(bucket)}
    </span>
  );
}
