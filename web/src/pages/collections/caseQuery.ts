// The case page's documents: the whole case in one fragment, read by the query, by the live
// subscription and by the actions that return the case, so every one of them updates the same
// cache entry and the page re-renders from it.
import { graphql } from '../../gql';

export const PLAN_FIELDS = graphql(`
  fragment PlanFields on RepaymentPlan {
    id
    kind
    status
    payments {
      dueDate
      amount
    }
    total
    discount
    termMonths
    reasons {
      code
      text
    }
    proposedBy
    decidedBy
    createdAt
    decidedAt
  }
`);

export const CASE_DETAIL = graphql(`
  fragment CaseDetail on RecoveryCase {
    id
    status
    closeReason
    daysPastDue
    bucket
    overdueAmount
    outstanding
    segment
    ability
    willingness
    abilityScore
    willingnessScore
    strategy
    reasons {
      code
      text
    }
    propensityToPay
    propensityFactors {
      feature
      value
      effect
    }
    propensityModelVersion
    bestContact {
      channel
      band
      reachRate
      basedOnAttempts
      reason
    }
    priority
    stage
    stageSince
    assignedTo
    handedOver
    vulnerability
    dispute
    ceaseRequested
    version
    openedAt
    closedAt
    customer {
      id
      name
      kind
      region
      segmentLabel
    }
    loan {
      id
      kind
      status
      principal
      aprPercent
      termMonths
      monthlyInstalment
      totalPaid
      outstanding
      disbursedAt
      product {
        id
        name
        provider
      }
      application {
        id
        repayments(first: 24) {
          id
          amount
          amountDue
          dueDate
          paidAt
          status
          daysLate
          shortfall
          recordedBy
        }
      }
    }
    plans {
      ...PlanFields
    }
    activePlan {
      id
    }
    promises {
      id
      amount
      dueDate
      status
      paidTowards
      settledOn
      channel
      recordedBy
      madeAt
    }
    timeline(first: 100) {
      id
      kind
      actor
      summary
      details
      at
    }
  }
`);

export const RECOVERY_CASE = graphql(`
  query RecoveryCaseDetail($id: ID!) {
    recoveryCase(id: $id) {
      ...CaseDetail
    }
  }
`);

export const CASE_UPDATED = graphql(`
  subscription RecoveryCaseUpdated($caseId: ID!) {
    recoveryCaseUpdated(caseId: $caseId) {
      ...CaseDetail
    }
  }
`);
