// GraphQL documents the credit-decision tests share.

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: LoanApplicationInput!, $key: String!) {
    submitLoanApplication(input: $input, idempotencyKey: $key) {
      __typename
      ... on ApplicationRejected { field message }
      ... on LoanApplication {
        id status amount termMonths idempotencyKey
        customer { id }
        product { code }
        decision {
          outcome probabilityOfDefault score grade approvedAmount creditLimit monthlyInstalment
          reasons { code feature value contribution text source }
          counterfactuals
          contributions { feature label value bin points maxPoints }
          counterOffer { kind amount termMonths monthlyInstalment text }
          repaymentSchedule { dueDate amount }
          fraudFlags fraud { anomalyScore flags explanations ring { applicants flagged reason } }
          bureauUsed bureauUnavailableReason modelVersion policyVersion decidedAt latencyMs
        }
      }
    }
  }
`;
