// Shared input types of the scorecard trainer. Kept free of logic so every module (and callers
// outside ml/) can import them without pulling in the trainer.

/** One candidate feature. `label` is the human name used in reports and reason codes. */
export interface FeatureSpec {
  name: string;
  type: 'numeric' | 'categorical';
  label?: string;
}

/** A raw cell: numbers for numeric features, strings for categories, null (or NaN) for missing. */
export type FeatureValue = number | string | null;

export type DataRow = Record<string, FeatureValue>;

/** Historical applications and their outcome; `bad[i]` is true when row i defaulted. */
export interface Dataset {
  rows: DataRow[];
  bad: boolean[];
}
