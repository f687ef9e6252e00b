// Outreach messages, filled in from reviewed templates only: nothing a customer reads is
// generated freely. Every template is in TEMPLATES below so a reviewer (legal, compliance, a
// Hindi speaker) can read them all in one place; a change to a template is a reviewed change.
import { isDate } from './calendar.js';
import type { Channel, Language, PlanKind, Reason, RecoverySegment, Tone } from './types.js';

export const PURPOSES = ['REMINDER', 'PLAN_OFFER', 'PROMISE_CONFIRMATION', 'PROMISE_BROKEN', 'SETTLEMENT_OFFER'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Two SMS segments of 160 GSM-7 characters. */
export const SMS_MAX_CHARS = 320;

// --- choosing a tone ---------------------------------------------------------------------------

export interface ToneInput {
  segment: RecoverySegment;
  brokenPromises: number;
  daysPastDue: number;
  vulnerability: boolean;
}

/** FIRM is reserved for customers who can pay and have shown they will not; it states facts and next steps, never threats. */
export function chooseTone({ segment, brokenPromises, daysPastDue, vulnerability }: ToneInput): { tone: Tone; reason: Reason } {
  if (vulnerability) return { tone: 'EMPATHETIC', reason: { code: 'VULNERABLE', text: 'A vulnerability signal: empathetic wording' } };
  if (segment === 'UNABLE_WILLING' || segment === 'UNABLE_UNWILLING') {
    return { tone: 'EMPATHETIC', reason: { code: 'UNABLE_TO_PAY', text: 'The customer is unable to pay: empathetic wording' } };
  }
  if (segment === 'ABLE_UNWILLING' && brokenPromises > 0) {
    return { tone: 'FIRM', reason: { code: 'UNWILLING_BROKEN_PROMISES', text: `Able to pay, with ${brokenPromises} broken promise${brokenPromises === 1 ? '' : 's'}: firm wording` } };
  }
  if (segment === 'ABLE_UNWILLING' && daysPastDue >= 60) {
    return { tone: 'FIRM', reason: { code: 'UNWILLING_LONG_OVERDUE', text: `Able to pay and ${daysPastDue} days past due: firm wording` } };
  }
  return { tone: 'NEUTRAL', reason: { code: 'DEFAULT', text: 'Neutral wording' } };
}

// --- the templates -------------------------------------------------------------------------------

export interface MessageTemplate {
  /** Used for email only. */
  subject: string;
  body: string;
}

/**
 * Placeholders, filled by composeMessage:
 *   {name} {lender} {amountDue} {link}
 *   {planLine}      the customer's plan in one sentence, or nothing when there is no plan
 *   {planName}      the plan kind in words ("step-down plan")            - offers only
 *   {planSchedule}  the payments ("6 payments, the first ₹4,000 by ...") - offers only
 *   {promiseAmount} {promiseDate}                                         - promise messages only
 * The payment link always ends the body, so no punctuation sticks to it in a phone's link detection.
 */
export const TEMPLATES: Readonly<Record<Purpose, Record<Tone, Record<Language, MessageTemplate>>>> = {
  REMINDER: {
    EMPATHETIC: {
      en: {
        subject: 'A reminder from {lender}, and help if you need it',
        body: 'Hi {name}, we know times can be hard. {amountDue} is due on your {lender} loan. {planLine}If you need more time or a smaller payment, reply and we will help. Pay: {link}',
      },
      hi: {
        subject: '{lender} की ओर से याद दिलाना, और ज़रूरत हो तो मदद',
        body: 'नमस्ते {name} जी, हम समझते हैं कि समय कठिन हो सकता है। आपके {lender} लोन पर {amountDue} बकाया है। {planLine}अगर आपको और समय या छोटी किस्त चाहिए, तो जवाब दें, हम मदद करेंगे। भुगतान करें: {link}',
      },
    },
    NEUTRAL: {
      en: { subject: 'Payment due on your {lender} loan', body: 'Hi {name}, {amountDue} is due on your {lender} loan. {planLine}Pay: {link}' },
      hi: { subject: 'आपके {lender} लोन का भुगतान बकाया है', body: 'नमस्ते {name} जी, आपके {lender} लोन पर {amountDue} बकाया है। {planLine}भुगतान करें: {link}' },
    },
    FIRM: {
      en: {
        subject: 'Overdue payment on your {lender} loan',
        body: 'Dear {name}, {amountDue} on your {lender} loan is overdue. {planLine}Please pay today. If you cannot pay in full, reply to agree a plan. Pay: {link}',
      },
      hi: {
        subject: 'आपके {lender} लोन का भुगतान अतिदेय है',
        body: '{name} जी, आपके {lender} लोन पर {amountDue} का भुगतान अतिदेय है। {planLine}कृपया आज ही भुगतान करें। पूरा भुगतान संभव न हो तो योजना तय करने के लिए जवाब दें। भुगतान करें: {link}',
      },
    },
  },
  PLAN_OFFER: {
    EMPATHETIC: {
      en: {
        subject: 'A repayment plan to help you, from {lender}',
        body: 'Hi {name}, we want to help you get back on track. For the {amountDue} due on your {lender} loan we can offer a {planName}: {planSchedule}. Accept and pay: {link}',
      },
      hi: {
        subject: 'आपकी मदद के लिए {lender} की भुगतान योजना',
        body: 'नमस्ते {name} जी, हम आपकी मदद करना चाहते हैं। आपके {lender} लोन पर बकाया {amountDue} के लिए हम {planName} दे सकते हैं: {planSchedule}। स्वीकार करें और भुगतान करें: {link}',
      },
    },
    NEUTRAL: {
      en: {
        subject: 'A repayment plan for your {lender} loan',
        body: 'Hi {name}, {lender} offers you a {planName} for the {amountDue} due: {planSchedule}. Accept and pay: {link}',
      },
      hi: {
        subject: 'आपके {lender} लोन के लिए भुगतान योजना',
        body: 'नमस्ते {name} जी, {lender} आपके बकाया {amountDue} के लिए {planName} दे रहा है: {planSchedule}। स्वीकार करें और भुगतान करें: {link}',
      },
    },
    FIRM: {
      en: {
        subject: 'Clear your overdue {lender} loan with a plan',
        body: 'Dear {name}, {amountDue} is overdue on your {lender} loan. You can clear it with a {planName}: {planSchedule}. Accept and pay: {link}',
      },
      hi: {
        subject: 'योजना से अपना अतिदेय {lender} लोन चुकाएँ',
        body: '{name} जी, आपके {lender} लोन पर {amountDue} अतिदेय है। आप इसे {planName} से चुका सकते हैं: {planSchedule}। स्वीकार करें और भुगतान करें: {link}',
      },
    },
  },
  PROMISE_CONFIRMATION: {
    EMPATHETIC: {
      en: {
        subject: 'Thank you: your payment promise is noted',
        body: 'Thank you, {name}. We have noted your promise to pay {promiseAmount} by {promiseDate} toward the {amountDue} due on your {lender} loan. {planLine}Pay: {link}',
      },
      hi: {
        subject: 'धन्यवाद: आपका भुगतान वादा दर्ज है',
        body: 'धन्यवाद {name} जी। हमने दर्ज किया है कि आप {promiseDate} तक {promiseAmount} का भुगतान करेंगे। आपके {lender} लोन पर कुल बकाया {amountDue} है। {planLine}भुगतान करें: {link}',
      },
    },
    NEUTRAL: {
      en: {
        subject: 'Your promise to pay {promiseAmount} by {promiseDate}',
        body: 'Hi {name}, this confirms your promise to pay {promiseAmount} by {promiseDate} toward the {amountDue} due on your {lender} loan. {planLine}Pay: {link}',
      },
      hi: {
        subject: '{promiseDate} तक {promiseAmount} के भुगतान का आपका वादा',
        body: 'नमस्ते {name} जी, पुष्टि: आपने {promiseDate} तक {promiseAmount} के भुगतान का वादा किया है। आपके {lender} लोन पर कुल बकाया {amountDue} है। {planLine}भुगतान करें: {link}',
      },
    },
    FIRM: {
      en: {
        subject: 'Your commitment: {promiseAmount} by {promiseDate}',
        body: 'Dear {name}, you have promised to pay {promiseAmount} by {promiseDate} toward the {amountDue} overdue on your {lender} loan. {planLine}Please pay by that date: {link}',
      },
      hi: {
        subject: 'आपकी प्रतिबद्धता: {promiseDate} तक {promiseAmount}',
        body: '{name} जी, आपने {promiseDate} तक {promiseAmount} के भुगतान का वादा किया है। आपके {lender} लोन पर {amountDue} अतिदेय है। {planLine}कृपया इस तारीख तक भुगतान करें: {link}',
      },
    },
  },
  PROMISE_BROKEN: {
    EMPATHETIC: {
      en: {
        subject: 'We missed your payment: can we help?',
        body: 'Hi {name}, we did not get the {promiseAmount} planned for {promiseDate}. If something changed, reply and we will help. {amountDue} is due on your {lender} loan. {planLine}Pay: {link}',
      },
      hi: {
        subject: 'आपका भुगतान नहीं मिला: क्या हम मदद करें?',
        body: 'नमस्ते {name} जी, {promiseDate} तक {promiseAmount} का भुगतान हमें नहीं मिला। अगर कुछ बदल गया है, तो जवाब दें, हम मिलकर रास्ता निकालेंगे। आपके {lender} लोन पर {amountDue} बकाया है। {planLine}भुगतान करें: {link}',
      },
    },
    NEUTRAL: {
      en: {
        subject: 'Promised payment not received',
        body: 'Hi {name}, the {promiseAmount} promised by {promiseDate} has not been received. {amountDue} is due on your {lender} loan. {planLine}Pay: {link}',
      },
      hi: {
        subject: 'वादा किया गया भुगतान नहीं मिला',
        body: 'नमस्ते {name} जी, {promiseDate} तक वादा किया गया {promiseAmount} का भुगतान नहीं मिला है। आपके {lender} लोन पर {amountDue} बकाया है। {planLine}भुगतान करें: {link}',
      },
    },
    FIRM: {
      en: {
        subject: 'Promised payment of {promiseAmount} not received',
        body: 'Dear {name}, the {promiseAmount} promised by {promiseDate} was not paid. {amountDue} is overdue on your {lender} loan. {planLine}Please pay today, or reply to agree a new plan. Pay: {link}',
      },
      hi: {
        subject: 'वादा किया गया {promiseAmount} का भुगतान नहीं मिला',
        body: '{name} जी, {promiseDate} तक वादा किया गया {promiseAmount} का भुगतान नहीं हुआ। आपके {lender} लोन पर {amountDue} अतिदेय है। {planLine}कृपया आज ही भुगतान करें, या ऐसी योजना तय करने के लिए जवाब दें जिसे आप निभा सकें। भुगतान करें: {link}',
      },
    },
  },
  SETTLEMENT_OFFER: {
    EMPATHETIC: {
      en: {
        subject: 'An offer to settle your {lender} loan',
        body: 'Hi {name}, we know repaying {amountDue} on your {lender} loan may be hard. You can close it with a settlement: {planSchedule}. Credit bureaus will show the loan as settled. Accept: {link}',
      },
      hi: {
        subject: 'आपके {lender} लोन के समझौते का प्रस्ताव',
        body: "नमस्ते {name} जी, हम समझते हैं कि आपके {lender} लोन के {amountDue} चुकाना कठिन हो सकता है। आप इसे समझौते से बंद कर सकते हैं: {planSchedule}। समझौते से बंद लोन क्रेडिट ब्यूरो को 'सेटल्ड' के रूप में बताया जाता है। स्वीकार करें: {link}",
      },
    },
    NEUTRAL: {
      en: {
        subject: 'Settlement offer for your {lender} loan',
        body: 'Hi {name}, {lender} offers to close the {amountDue} due on your loan with a settlement: {planSchedule}. Credit bureaus will show the loan as settled. Accept: {link}',
      },
      hi: {
        subject: 'आपके {lender} लोन के लिए समझौता प्रस्ताव',
        body: "नमस्ते {name} जी, {lender} आपके लोन पर बकाया {amountDue} के लिए समझौते का प्रस्ताव दे रहा है: {planSchedule}। समझौते से बंद लोन क्रेडिट ब्यूरो को 'सेटल्ड' के रूप में बताया जाता है। स्वीकार करें: {link}",
      },
    },
    FIRM: {
      en: {
        subject: 'Settle your overdue {lender} loan',
        body: 'Dear {name}, {amountDue} is overdue on your {lender} loan. You can close it with a settlement: {planSchedule}. Credit bureaus will show the loan as settled. Accept: {link}',
      },
      hi: {
        subject: 'अपना अतिदेय {lender} लोन समझौते से बंद करें',
        body: "{name} जी, आपके {lender} लोन पर {amountDue} अतिदेय है। आप इसे समझौते से बंद कर सकते हैं: {planSchedule}। समझौते से बंद लोन क्रेडिट ब्यूरो को 'सेटल्ड' के रूप में बताया जाता है। स्वीकार करें: {link}",
      },
    },
  },
};

/** A plan kind in words, as it reads inside a sentence. */
export const PLAN_KIND_WORDS: Readonly<Record<Language, Record<PlanKind, string>>> = {
  en: { STANDARD: 'standard plan', STEP_DOWN: 'step-down plan', SEASONAL: 'seasonal plan', SETTLEMENT: 'settlement' },
  hi: { STANDARD: 'मानक किस्त योजना', STEP_DOWN: 'घटती किस्त योजना', SEASONAL: 'मौसमी किस्त योजना', SETTLEMENT: 'समझौता योजना' },
};

/** The sentences built around a plan; {kind}, {amount}, {date} and {count} are filled in. */
const PLAN_PHRASES: Readonly<Record<Language, { line: string; onePayment: string; manyPayments: string }>> = {
  en: {
    line: 'Your {kind}: next {amount} due {date}. ',
    onePayment: 'one payment of {amount} by {date}',
    manyPayments: '{count} payments, the first {amount} by {date}',
  },
  hi: {
    line: 'आपकी {kind}: अगली किस्त {amount}, {date} तक। ',
    onePayment: '{date} तक {amount} का एकमुश्त भुगतान',
    manyPayments: '{count} किस्तें, पहली {amount} की, {date} तक',
  },
};

// --- composing -----------------------------------------------------------------------------------

export interface PlanSummary {
  kind: PlanKind;
  nextAmount: number;
  /** YYYY-MM-DD. */
  nextDate: string;
  /** How many payments the plan has. */
  payments: number;
}

export interface ComposeInput {
  purpose: Purpose;
  tone: Tone;
  language: Language;
  channel: Channel;
  customerName: string;
  lenderName: string;
  amountDue: number;
  plan?: PlanSummary;
  promise?: { amount: number; dueDate: string };
  /** A payment link or UPI id. */
  paymentLink: string;
}

export interface ComposedMessage {
  templateId: string;
  /** Email only; null on other channels. */
  subject: string | null;
  body: string;
  tone: Tone;
  language: Language;
}

export function templateId(purpose: Purpose, tone: Tone, language: Language): string {
  return `${purpose}.${tone}.${language}`;
}

export function composeMessage(input: ComposeInput): ComposedMessage {
  validateComposeInput(input);
  const { purpose, tone, language, channel } = input;
  const template = TEMPLATES[purpose][tone][language];
  const values = placeholderValues(input);
  const body = fill(template.body, values);
  // The limit is for English: Hindi needs Unicode SMS, where segments are shorter anyway.
  if (channel === 'SMS' && language === 'en' && body.length > SMS_MAX_CHARS) {
    throw new RangeError(`SMS body would be ${body.length} characters, over ${SMS_MAX_CHARS}: shorten customerName, lenderName or paymentLink`);
  }
  return { templateId: templateId(purpose, tone, language), subject: channel === 'EMAIL' ? fill(template.subject, values) : null, body, tone, language };
}

function placeholderValues({ language, customerName, lenderName, amountDue, plan, promise, paymentLink }: ComposeInput): Record<string, string> {
  const values: Record<string, string> = {
    name: customerName.trim(),
    lender: lenderName.trim(),
    amountDue: formatMoney(amountDue),
    link: paymentLink.trim(),
    planLine: '',
  };
  if (plan) Object.assign(values, planValues(plan, language));
  if (promise) Object.assign(values, { promiseAmount: formatMoney(promise.amount), promiseDate: formatDate(promise.dueDate, language) });
  return values;
}

function planValues(plan: PlanSummary, language: Language): Record<string, string> {
  const phrases = PLAN_PHRASES[language];
  const parts = { kind: PLAN_KIND_WORDS[language][plan.kind], amount: formatMoney(plan.nextAmount), date: formatDate(plan.nextDate, language), count: String(plan.payments) };
  return {
    planName: parts.kind,
    planLine: fill(phrases.line, parts),
    planSchedule: fill(plan.payments === 1 ? phrases.onePayment : phrases.manyPayments, parts),
  };
}

/** Replaces every {key}; a placeholder without a value is a bug in a template, not bad input. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template placeholder {${key}} has no value`);
    return value;
  });
}

function validateComposeInput(input: ComposeInput): void {
  const { purpose, plan, promise } = input;
  for (const field of ['customerName', 'lenderName', 'paymentLink'] as const) {
    if (input[field].trim() === '') throw new RangeError(`${field} must not be empty`);
  }
  checkAmount(input.amountDue, 'amountDue');
  if (plan) {
    checkAmount(plan.nextAmount, 'plan.nextAmount');
    checkDate(plan.nextDate, 'plan.nextDate');
    if (!(Number.isInteger(plan.payments) && plan.payments >= 1)) throw new RangeError('plan.payments must be a whole number of at least 1');
  }
  if (promise) {
    checkAmount(promise.amount, 'promise.amount');
    checkDate(promise.dueDate, 'promise.dueDate');
  }
  if ((purpose === 'PLAN_OFFER' || purpose === 'SETTLEMENT_OFFER') && !plan) throw new RangeError(`plan is required for ${purpose}`);
  if (purpose === 'SETTLEMENT_OFFER' && plan?.kind !== 'SETTLEMENT') throw new RangeError('plan.kind must be SETTLEMENT for SETTLEMENT_OFFER');
  if ((purpose === 'PROMISE_CONFIRMATION' || purpose === 'PROMISE_BROKEN') && !promise) throw new RangeError(`promise is required for ${purpose}`);
}

function checkAmount(amount: number, field: string): void {
  if (!(Number.isFinite(amount) && amount >= 0)) throw new RangeError(`${field} must be a finite amount of at least 0`);
}

function checkDate(date: string, field: string): void {
  if (!isDate(date)) throw new RangeError(`${field} must be a YYYY-MM-DD date, got ${date}`);
}

// --- formats -------------------------------------------------------------------------------------

// Indian digit grouping in both languages: Hindi messages in India write amounts this way too.
const RUPEES = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });
const RUPEES_AND_PAISE = new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** ₹12,500 for whole rupees, ₹12,500.50 with paise: a debt is never rounded in front of the customer. */
export function formatMoney(amount: number): string {
  const paise = Math.round(amount * 100);
  return `₹${paise % 100 === 0 ? RUPEES.format(paise / 100) : RUPEES_AND_PAISE.format(paise / 100)}`;
}

const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  hi: new Intl.DateTimeFormat('hi-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "15 Apr 2026" / "15 अप्रैल 2026". The date is a calendar date: formatted in UTC so no zone shifts it. */
export function formatDate(date: string, language: Language): string {
  return DATE_FORMATS[language].format(new Date(`${date}T00:00:00Z`));
}
