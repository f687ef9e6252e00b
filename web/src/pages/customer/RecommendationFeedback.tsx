import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { describeError } from '../../errors';
import { useIdempotentAttempts } from '../../idempotency';

const GIVE_FEEDBACK = graphql(`
  mutation GiveFeedback($input: FeedbackInput!, $eventId: String!) {
    giveFeedback(input: $input, eventId: $eventId) {
      __typename
      ... on Feedback {
        id
      }
      ... on FeedbackRejected {
        field
        message
      }
    }
  }
`);

interface Props {
  customerId: string;
  productName: string;
  tags: readonly string[];
}

/** "More like this" / "Not for this customer" on one recommendation: feedback on the product's first tag. */
export function RecommendationFeedback({ customerId, productName, tags }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const attempts = useIdempotentAttempts();
  const [give, { loading }] = useMutation(GIVE_FEEDBACK, {
    // The next ranking, the insights and the feedback summary all change with the feedback.
    refetchQueries: ['CustomerRecommendations', 'CustomerInsights', 'CustomerFeedback'],
    awaitRefetchQueries: true,
  });
  const tag = tags[0];

  async function send(liked: boolean) {
    if (loading || !tag) return;
    setMessage(null);
    const input = { customerId, ...(liked ? { likedTags: [tag] } : { dislikedTags: [tag] }) };
    try {
      const { data } = await give({ variables: { input, eventId: attempts.keyFor(input) } });
      attempts.settle();
      const result = data?.giveFeedback;
      if (!result) throw new Error('The server sent no result.');
      if (result.__typename === 'FeedbackRejected') setMessage(`${result.field}: ${result.message}`);
    } catch (err) {
      setMessage(describeError(err).message);
    }
  }

  return (
    <div className="rec-feedback">
      <button
        type="button"
        className="btn btn--ghost btn--sm"
        disabled={loading || !tag}
        title={tag ? `Boost products tagged “${tag}”` : 'This product has no tags'}
        onClick={() => void send(true)}
        data-testid="feedback-like"
      >
        More like this
      </button>
      <button
        type="button"
        className="btn btn--ghost btn--sm"
        disabled={loading || !tag}
        title={tag ? `Stop recommending products tagged “${tag}” like ${productName}` : 'This product has no tags'}
        onClick={() => void send(false)}
        data-testid="feedback-dislike"
      >
        Not for this customer
      </button>
      {message && (
        <span className="form__error" role="alert" data-testid="feedback-error">
          {message}
        </span>
      )}
    </div>
  );
}
