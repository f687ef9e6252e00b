import { describe, expect, it } from 'vitest';
import { parsePolicyDocument, PolicyDocumentError } from './policy-documents.js';
import { loadPolicyDocuments } from './policy-library.js';
import { DEFAULT_CREDIT_POLICY } from '../domain/credit/policy.js';
import { DEFAULT_CONTACT_LIMITS } from '../domain/recovery/compliance.js';
import { DEFAULT_ESCALATION_RULES } from '../domain/recovery/escalation.js';
import { DEFAULT_PLAN_BOUNDS } from '../domain/recovery/plans.js';
import { formatInr } from '../domain/recommendation/format.js';

const SAMPLE = `# Collections Code of Conduct

Version 4.1. Approved on 20 February 2026.
Owner: Head of Collections.

## 1. Purpose and principles

Customers fall behind for many reasons,
and we help them back.

Every contact is polite.

## 4. Quiet hours

No contact between 19:00 and 08:00.

### Holidays
None on public holidays.
`;

describe('parsePolicyDocument', () => {
  it('splits a document into its numbered sections, keeping the title and preamble apart', () => {
    const doc = parsePolicyDocument('collections-code-of-conduct', SAMPLE);
    expect(doc.title).toBe('Collections Code of Conduct');
    expect(doc.preamble).toBe('Version 4.1. Approved on 20 February 2026. Owner: Head of Collections.');
    expect(doc.sections.map((s) => [s.number, s.heading])).toEqual([
      [1, 'Purpose and principles'],
      [4, 'Quiet hours'],
    ]);
  });

  it('joins hard-wrapped lines and keeps paragraphs (and sub-headings) inside their section', () => {
    const [purpose, quiet] = parsePolicyDocument('code', SAMPLE).sections;
    expect(purpose!.text).toBe('Customers fall behind for many reasons, and we help them back.\n\nEvery contact is polite.');
    expect(quiet!.text).toBe('No contact between 19:00 and 08:00.\n\n### Holidays None on public holidays.');
  });

  it('gives each section an id from the document id and section number only, so rewording keeps citations valid', () => {
    const before = parsePolicyDocument('collections-code-of-conduct', SAMPLE).sections;
    const reworded = parsePolicyDocument('collections-code-of-conduct', SAMPLE.replace('No contact between', 'We make no contact between').replace('# Collections', '# The Collections'));
    expect(before.map((s) => s.id)).toEqual(['collections-code-of-conduct#1', 'collections-code-of-conduct#4']);
    expect(reworded.sections.map((s) => s.id)).toEqual(before.map((s) => s.id));
    expect(before.every((s) => s.documentId === 'collections-code-of-conduct' && s.documentTitle === 'Collections Code of Conduct')).toBe(true);
  });

  it('accepts Windows line endings', () => {
    const doc = parsePolicyDocument('code', SAMPLE.replace(/\n/g, '\r\n'));
    expect(doc.sections.map((s) => s.heading)).toEqual(['Purpose and principles', 'Quiet hours']);
  });

  it.each([
    ['no title', '## 1. Scope\n\nText.', /must start with a "# Title"/],
    ['no sections', '# Title\n\nJust text.', /has no "## N. Heading" sections/],
    ['an unnumbered section', '# Title\n\n## Scope\n\nText.', /not a numbered section heading/],
    ['a duplicate number', '# Title\n\n## 1. A\n\nText.\n\n## 1. B\n\nText.', /section 1 appears twice/],
    ['an empty section', '# Title\n\n## 1. A\n\n## 2. B\n\nText.', /section 1 \("A"\) is empty/],
    ['a second title', '# Title\n\n## 1. A\n\nText.\n\n# Other', /a second title/],
  ])('rejects %s', (_what, markdown, message) => {
    expect(() => parsePolicyDocument('doc', markdown)).toThrow(PolicyDocumentError);
    expect(() => parsePolicyDocument('doc', markdown)).toThrow(message);
  });

  it('rejects an id that would not make a clean citation id', () => {
    expect(() => parsePolicyDocument('Lending Policy', SAMPLE)).toThrow(/lower-case words joined by hyphens/);
  });
});

describe('the shipped policy documents', () => {
  it('are the five policies, each with sections numbered 1..n of a few paragraphs', async () => {
    const docs = await loadPolicyDocuments();
    expect(docs.map((d) => d.id)).toEqual([
      'collections-code-of-conduct',
      'fair-lending-policy',
      'lending-policy',
      'privacy-and-consent-notice',
      'product-suitability-guide',
    ]);
    for (const doc of docs) {
      expect(doc.sections.length, doc.id).toBeGreaterThanOrEqual(8);
      expect(doc.sections.map((s) => s.number), doc.id).toEqual(doc.sections.map((_, i) => i + 1));
      for (const s of doc.sections) expect(s.text.split('\n\n').length, s.id).toBeGreaterThanOrEqual(2);
    }
  });

  // The documents restate what the code enforces; a change of a default must change the policy too.
  it('state the limits the code enforces: contact rules, plan bounds and the credit policy defaults', async () => {
    const docs = await loadPolicyDocuments();
    const text = (doc: string, n: number) => docs.find((d) => d.id === doc)!.sections.find((s) => s.number === n)!.text;
    const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
    const contact = DEFAULT_CONTACT_LIMITS;
    expect(text('collections-code-of-conduct', 3)).toContain(`at most ${contact.maxAttemptsPerWindow} times in any rolling period of ${contact.windowDays} days`);
    expect(text('collections-code-of-conduct', 4)).toContain(`between ${hour(contact.quietHours.fromHour)} and ${hour(contact.quietHours.untilHour)}`);
    const plans = DEFAULT_PLAN_BOUNDS;
    const bounds = text('collections-code-of-conduct', 8);
    expect(bounds).toContain(`a term of ${plans.minTermMonths} to ${plans.maxTermMonths} months`);
    expect(bounds).toContain(`discount of up to ${plans.maxSettlementDiscount * 100}%`);
    expect(bounds).toContain(`at least ₹${plans.minMonthlyPayment}`);
    const rules = DEFAULT_ESCALATION_RULES;
    expect(text('collections-code-of-conduct', 10)).toContain(`after ${rules.daysAtStageToEscalate} days at a stage`);
    const credit = DEFAULT_CREDIT_POLICY;
    expect(text('lending-policy', 4)).toContain(`at most ${credit.approveMaxPd * 100}% is approvable`);
    expect(text('lending-policy', 4)).toContain(`up to ${credit.referMaxPd * 100}%`);
    expect(text('lending-policy', 5)).toContain(`may not exceed ${credit.maxDebtToIncome * 100}%`);
    expect(text('lending-policy', 6)).toContain(`more than ${formatInr(credit.noBureauMaxAmount)} is not approved automatically`);
  });
});
