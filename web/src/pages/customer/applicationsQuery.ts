// The customer's latest applications and credit limit: the panel's query, kept live by useLiveApplications.
import { graphql } from '../../gql';

export const CUSTOMER_APPLICATIONS = graphql(`
  query CustomerApplications($id: ID!, $first: Int!) {
    customer(id: $id) {
      id
      applications(first: $first) {
        ...LoanApplicationFields
      }
      creditLimit {
        amount
        updatedAt
        changes {
          previousLimit
          newLimit
          rule
          reason
          changedAt
        }
      }
    }
  }
`);
