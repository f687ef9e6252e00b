// Expected failures (bad CSV, unknown column, a dataset that cannot be trained on). The CLI prints
// their message and exits 2; anything else is a bug and keeps its stack trace.
export class ScorecardInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScorecardInputError';
  }
}
