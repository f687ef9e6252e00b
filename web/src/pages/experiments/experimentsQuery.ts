// The experiments page's documents: the list (polled for live results) and the model in service.
import { graphql } from '../../gql';

export const ARM_RATE = graphql(`
  fragment ArmRateFields on ArmRate {
    successes
    trials
    value
    interval {
      low
      high
    }
  }
`);

export const RECOMMENDATION_EXPERIMENT = graphql(`
  fragment RecommendationExperimentFields on RecommendationExperiment {
    id
    name
    hypothesis
    status
    arms {
      name
      weight
      strategy
    }
    startedBy
    startedAt
    stoppedBy
    stoppedAt
    stopNote
    results {
      arms {
        arm
        strategy
        exposedCustomers
        impressions
        ctr {
          ...ArmRateFields
        }
        conversion {
          ...ArmRateFields
        }
        approvals
      }
      comparisons {
        arm
        control
        metric
        difference
        ciLow
        ciHigh
        pValue
        significant
        text
      }
      winner
      summary
      computedAt
    }
  }
`);

export const RECOMMENDATION_EXPERIMENTS = graphql(`
  query RecommendationExperiments($first: Int) {
    recommendationExperiments(first: $first) {
      ...RecommendationExperimentFields
    }
  }
`);

export const RANKING_MODEL = graphql(`
  query RankingModel {
    rankingModel {
      version
      trainedAt
      activatedAt
      trainingRows
      ndcgAt10
      popularityNdcgAt10
      rulesNdcgAt10
      decision
    }
  }
`);

export const START_RECOMMENDATION_EXPERIMENT = graphql(`
  mutation StartRecommendationExperiment($input: StartRecommendationExperimentInput!) {
    startRecommendationExperiment(input: $input) {
      __typename
      ... on RecommendationExperiment {
        ...RecommendationExperimentFields
      }
      ... on RecommendationExperimentRejected {
        field
        message
      }
    }
  }
`);

export const STOP_RECOMMENDATION_EXPERIMENT = graphql(`
  mutation StopRecommendationExperiment($id: ID!, $note: String!) {
    stopRecommendationExperiment(id: $id, note: $note) {
      __typename
      ... on RecommendationExperiment {
        ...RecommendationExperimentFields
      }
      ... on RecommendationExperimentRejected {
        field
        message
      }
    }
  }
`);

/** How often the list asks again: results move with every served list and click. */
export const EXPERIMENTS_POLL_MS = 5_000;

/** How many experiments the page lists, newest first. */
export const EXPERIMENTS_SHOWN = 20;
