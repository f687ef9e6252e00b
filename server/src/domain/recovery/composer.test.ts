import { describe, expect, it } from 'vitest';
import {
  PLAN_KIND_WORDS,
  PURPOSES,
  SMS_MAX_CHARS,
  TEMPLATES,
  chooseTone,
  composeMessage,
  formatDate,
  formatMoney,
  templateId,
  type ComposeInput,
  type Purpose,
} from './composer.js';
import { LANGUAGES, TONES, type Language, type Tone } from './types.js';

const LINK = 'https://pay.example.in/c/7KQ2M9';

function input(purpose: Purpose, tone: Tone, language: Language, overrides: Partial<ComposeInput> = {}): ComposeInput {
  return {
    purpose,
    tone,
    language,
    channel: 'SMS',
    customerName: 'Priya Sharma',
    lenderName: 'Acme Finance',
    amountDue: 12_500,
    plan: { kind: purpose === 'SETTLEMENT_OFFER' ? 'SETTLEMENT' : 'STEP_DOWN', nextAmount: 4_000, nextDate: '2026-04-15', payments: 6 },
    promise: { amount: 5_000, dueDate: '2026-04-12' },
    paymentLink: LINK,
    ...overrides,
  };
}

const everyTemplate = PURPOSES.flatMap((purpose) => TONES.flatMap((tone) => LANGUAGES.map((language) => ({ purpose, tone, language }))));

describe('TEMPLATES', () => {
  it('has every purpose x tone x language, each with a subject and a body ending in the payment link', () => {
    expect(everyTemplate).toHaveLength(30);
    for (const { purpose, tone, language } of everyTemplate) {
      const template = TEMPLATES[purpose]?.[tone]?.[language];
      expect(template, templateId(purpose, tone, language)).toBeDefined();
      expect(template.subject.trim()).not.toBe('');
      expect(template.body, templateId(purpose, tone, language)).toMatch(/\{link\}$/);
      expect(template.body).toContain('{amountDue}');
    }
  });

  it('writes Hindi templates in Devanagari', () => {
    for (const { purpose, tone } of everyTemplate.filter((t) => t.language === 'hi')) {
      const { subject, body } = TEMPLATES[purpose][tone].hi;
      expect(body, templateId(purpose, tone, 'hi')).toMatch(/[\u0900-\u097F]/);
      expect(subject).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('keeps FIRM wording free of threats: facts and next steps only', () => {
    const threats = /legal action|police|arrest|jail|court|seize|shame|family|employer|neighbou?r|consequences|पुलिस|गिरफ्तार|जेल|अदालत|कोर्ट|कानूनी|परिवार/i;
    for (const purpose of PURPOSES) {
      for (const language of LANGUAGES) {
        const { subject, body } = TEMPLATES[purpose].FIRM[language];
        expect(`${subject} ${body}`, templateId(purpose, 'FIRM', language)).not.toMatch(threats);
      }
    }
  });
});

describe('composeMessage', () => {
  it('renders every template with the amount due, the payment link and the plan', () => {
    for (const { purpose, tone, language } of everyTemplate) {
      const message = composeMessage(input(purpose, tone, language));
      const id = templateId(purpose, tone, language);
      expect(message.templateId).toBe(id);
      expect(message.body, id).toContain('₹12,500');
      expect(message.body, id).toContain(LINK);
      expect(message.body, id).toContain('₹4,000');
      expect(message.body, id).toContain(formatDate('2026-04-15', language));
      expect(message.body, id).not.toMatch(/[{}]/);
      const kind = purpose === 'SETTLEMENT_OFFER' ? { en: 'settlement', hi: 'समझौते' }[language] : PLAN_KIND_WORDS[language].STEP_DOWN;
      expect(message.body, id).toContain(kind);
    }
  });

  it('names the promise in promise messages', () => {
    for (const purpose of ['PROMISE_CONFIRMATION', 'PROMISE_BROKEN'] as const) {
      for (const tone of TONES) {
        for (const language of LANGUAGES) {
          const { body } = composeMessage(input(purpose, tone, language));
          expect(body).toContain('₹5,000');
          expect(body).toContain(formatDate('2026-04-12', language));
        }
      }
    }
  });

  it('reads naturally in English', () => {
    const reminder = composeMessage(input('REMINDER', 'NEUTRAL', 'en'));
    expect(reminder.body).toBe(`Hi Priya Sharma, ₹12,500 is due on your Acme Finance loan. Your step-down plan: next ₹4,000 due 15 Apr 2026. Pay: ${LINK}`);
    const offer = composeMessage(input('PLAN_OFFER', 'NEUTRAL', 'en', { plan: { kind: 'SEASONAL', nextAmount: 3_000, nextDate: '2026-10-31', payments: 4 } }));
    expect(offer.body).toBe(`Hi Priya Sharma, Acme Finance offers you a seasonal plan for the ₹12,500 due: 4 payments, the first ₹3,000 by 31 Oct 2026. Accept and pay: ${LINK}`);
    const settlement = composeMessage(input('SETTLEMENT_OFFER', 'NEUTRAL', 'en', { plan: { kind: 'SETTLEMENT', nextAmount: 8_000, nextDate: '2026-04-30', payments: 1 } }));
    expect(settlement.body).toContain('with a settlement: one payment of ₹8,000 by 30 Apr 2026.');
  });

  it('leaves the plan sentence out when there is no plan', () => {
    const { body } = composeMessage(input('REMINDER', 'EMPATHETIC', 'hi', { plan: undefined }));
    expect(body).not.toContain('योजना:');
    expect(body).toContain('₹12,500');
    expect(body.endsWith(LINK)).toBe(true);
  });

  it('gives a subject on email only', () => {
    expect(composeMessage(input('PROMISE_BROKEN', 'FIRM', 'en')).subject).toBeNull();
    const email = composeMessage(input('PROMISE_BROKEN', 'FIRM', 'en', { channel: 'EMAIL' }));
    expect(email.subject).toBe('Promised payment of ₹5,000 not received');
    expect(composeMessage(input('REMINDER', 'NEUTRAL', 'hi', { channel: 'EMAIL' })).subject).toBe('आपके Acme Finance लोन का भुगतान बकाया है');
  });

  it('keeps every English SMS within 2 segments even with long names, large amounts and a long link', () => {
    for (const purpose of PURPOSES) {
      for (const tone of TONES) {
        const long = input(purpose, tone, 'en', {
          customerName: 'Venkataraghavan Subramaniam Iyer',
          lenderName: 'Shriram Rural Finance Ltd',
          amountDue: 1_234_567.89,
          plan: { kind: purpose === 'SETTLEMENT_OFFER' ? 'SETTLEMENT' : 'STEP_DOWN', nextAmount: 123_456.78, nextDate: '2026-09-30', payments: 12 },
          promise: { amount: 123_456.78, dueDate: '2026-09-30' },
          paymentLink: 'https://pay.creditgraph.in/c/ABCD1234EFGH5678',
        });
        expect(composeMessage(long).body.length, templateId(purpose, tone, 'en')).toBeLessThanOrEqual(SMS_MAX_CHARS);
      }
    }
  });

  it('refuses an SMS that would run over, and inputs a template needs but lacks', () => {
    const hugeLink = `https://pay.example.in/${'x'.repeat(300)}`;
    expect(() => composeMessage(input('REMINDER', 'NEUTRAL', 'en', { paymentLink: hugeLink }))).toThrow(/over 320: shorten/);
    expect(composeMessage(input('REMINDER', 'NEUTRAL', 'en', { paymentLink: hugeLink, channel: 'EMAIL' })).body).toContain(hugeLink);
    expect(() => composeMessage(input('PLAN_OFFER', 'NEUTRAL', 'en', { plan: undefined }))).toThrow(/plan is required/);
    expect(() => composeMessage(input('SETTLEMENT_OFFER', 'NEUTRAL', 'en', { plan: { kind: 'STANDARD', nextAmount: 1, nextDate: '2026-04-15', payments: 1 } }))).toThrow(/plan.kind must be SETTLEMENT/);
    expect(() => composeMessage(input('PROMISE_BROKEN', 'NEUTRAL', 'en', { promise: undefined }))).toThrow(/promise is required/);
    expect(() => composeMessage(input('REMINDER', 'NEUTRAL', 'en', { paymentLink: '  ' }))).toThrow(/paymentLink/);
    expect(() => composeMessage(input('REMINDER', 'NEUTRAL', 'en', { amountDue: Number.NaN }))).toThrow(/amountDue/);
    expect(() => composeMessage(input('REMINDER', 'NEUTRAL', 'en', { promise: { amount: 1, dueDate: '2026-02-30' } }))).toThrow(/promise.dueDate/);
  });
});

describe('chooseTone', () => {
  const base = { segment: 'ABLE_WILLING' as const, brokenPromises: 0, daysPastDue: 10, vulnerability: false };

  it('is empathetic with vulnerable customers and those unable to pay, whatever else holds', () => {
    expect(chooseTone({ ...base, segment: 'ABLE_UNWILLING', brokenPromises: 4, daysPastDue: 90, vulnerability: true })).toMatchObject({ tone: 'EMPATHETIC', reason: { code: 'VULNERABLE' } });
    expect(chooseTone({ ...base, segment: 'UNABLE_WILLING' }).tone).toBe('EMPATHETIC');
    expect(chooseTone({ ...base, segment: 'UNABLE_UNWILLING', brokenPromises: 3, daysPastDue: 80 })).toMatchObject({ tone: 'EMPATHETIC', reason: { code: 'UNABLE_TO_PAY' } });
  });

  it('is firm only with customers able but unwilling, after a broken promise or from 60 days past due', () => {
    expect(chooseTone({ ...base, segment: 'ABLE_UNWILLING', brokenPromises: 1 })).toMatchObject({ tone: 'FIRM', reason: { code: 'UNWILLING_BROKEN_PROMISES', text: 'Able to pay, with 1 broken promise: firm wording' } });
    expect(chooseTone({ ...base, segment: 'ABLE_UNWILLING', daysPastDue: 60 })).toMatchObject({ tone: 'FIRM', reason: { code: 'UNWILLING_LONG_OVERDUE' } });
    expect(chooseTone({ ...base, segment: 'ABLE_UNWILLING', daysPastDue: 59 }).tone).toBe('NEUTRAL');
    expect(chooseTone({ ...base, brokenPromises: 2, daysPastDue: 75 }).tone).toBe('NEUTRAL');
  });
});

describe('formats', () => {
  it('writes rupees with Indian grouping, keeping paise when there are any', () => {
    expect(formatMoney(12_500)).toBe('₹12,500');
    expect(formatMoney(1_234_567)).toBe('₹12,34,567');
    expect(formatMoney(999.5)).toBe('₹999.50');
    expect(formatMoney(0)).toBe('₹0');
  });

  it('writes calendar dates readably in each language, never shifted by a time zone', () => {
    expect(formatDate('2026-04-15', 'en')).toBe('15 Apr 2026');
    expect(formatDate('2026-04-15', 'hi')).toBe('15 अप्रैल 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
  });
});
