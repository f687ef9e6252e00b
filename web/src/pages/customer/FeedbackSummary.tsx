import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { describeError } from '../../errors';

export const CUSTOMER_FEEDBACK = graphql(`
  query CustomerFeedback($id: ID!) {
    customer(id: $id) {
      id
      feedback {
        likedTags
        dislikedTags
        interests
        updatedAt
      }
    }
  }
`);

/** The customer's feedback now, in one line: liked and disliked tags, interests. */
export function FeedbackSummary({ customerId }: { customerId: string }) {
  const { data, error } = useQuery(CUSTOMER_FEEDBACK, { variables: { id: customerId } });
  if (error) {
    return (
      <p className="form__error" role="alert" data-testid="feedback-summary-error">
        Could not load feedback: {describeError(error).message}
      </p>
    );
  }
  const f = data?.customer?.feedback;
  if (!f) return null;
  if (f.likedTags.length + f.dislikedTags.length + f.interests.length === 0) {
    return (
      <p className="muted small" data-testid="feedback-summary">
        No feedback from this customer yet.
      </p>
    );
  }
  return (
    <div className="tags feedback-summary" data-testid="feedback-summary">
      {f.likedTags.map((t) => (
        <span key={`l-${t}`} className="tag tag--liked" data-testid="feedback-liked" title="Liked tag">
          + {t}
        </span>
      ))}
      {f.dislikedTags.map((t) => (
        <span key={`d-${t}`} className="tag tag--disliked" data-testid="feedback-disliked" title="Disliked tag">
          − {t}
        </span>
      ))}
      {f.interests.map((t) => (
        <span key={`i-${t}`} className="tag" data-testid="feedback-interest" title="Interest">
          ★ {t}
        </span>
      ))}
    </div>
  );
}
