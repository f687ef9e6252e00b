// For tests that rank whole pages of customers in one query: the seed withholds RECOMMENDATION
// consent from a few customers (seeds/generator.ts), and one refused customer fails such a page.
import { sql } from 'drizzle-orm';
import { resultRows } from '../../src/db/result-rows.js';
import type { TestApp } from '../harness.js';

/** Gives every customer of the test's own database consent to RECOMMENDATION; the number changed. */
export async function grantRecommendationConsentToAll(t: TestApp): Promise<number> {
  const changed = resultRows(await t.app.services.database.db.execute(sql`update customers set consent_recommendation = true where not consent_recommendation returning id`));
  t.app.services.hotReads.clear();
  return changed.length;
}
