// Reports for tests and fixtures.
import type { BureauReport } from './report.js';

export function sampleReport(subjectRef: string, overrides: Partial<BureauReport> = {}): BureauReport {
  return {
    subjectRef,
    hit: true,
    score: 742,
    activeAccounts: 3,
    delinquencies24m: 0,
    maxDaysPastDue24m: 0,
    writtenOffAccounts: 0,
    willfulDefaulter: false,
    enquiries6m: 1,
    oldestAccountMonths: 64,
    totalOutstanding: 412_000,
    monthlyObligations: 18_500,
    reportedAt: '2025-01-15T10:00:00.000Z',
    ...overrides,
  };
}
