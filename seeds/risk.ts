// Latent credit traits and what they do to a customer's year. Every customer has a latent risk
// (standard normal; higher is riskier) correlated with the bureau score, and from it financial
// stress, an emergency-buffer habit and, for a few, strategic unwillingness to pay. The traits are
// never stored: they shape what is (transactions, balances, the bureau file) and the true
// probability of default of past credits (outcomes.ts), so that a model can learn risk from what
// it sees, and only from that.
//
// What stress does to the plan of the year (the last 2-10 months are the distress episode,
// longer for worse stress): income drops or stops in some months, spending does not follow it
// down (outflows exceed inflows, the balance falls until the buffer is gone; then spending is
// cut), payday-style instant loans fill the gap and are repaid a month later with fees,
// scheduled payments (EMIs, SIPs, premiums) bounce when the account is short on their date (the
// row is missing that month, a NACH return charge appears, and that month's income comes late),
// and some bills go unpaid. A strategic defaulter keeps a comfortable balance and lets EMIs
// bounce anyway (with a loan from another lender if they hold none here). About 2% of the
// others have a one-off bounce (a mandate set up wrongly): the data is not too clean.
import { LEDGER_MONTHS } from './calendar.js';
import type { Ledger, PlanLine } from './ledger.js';
import type { Persona } from './personas.js';
import { clamp, type Random } from './random.js';

export interface RiskTraits {
  /** Standard normal, higher is riskier; correlated (SCORE_CORRELATION) with a low bureau score. */
  latent: number;
  /** Financial stress, 0..1: logistic in latent risk around the persona's distress threshold. */
  stress: number;
  /** Able to pay, unwilling: bounces EMIs with money in the account. */
  strategic: boolean;
  /** Emergency-buffer habit, 0..1: how many months of spending the account usually holds. */
  buffer: number;
  /** Has ever borrowed (a bureau file, a credit product, or small credits the bureau never saw). */
  everBorrowed: boolean;
}

/** Correlation of latent risk with a low bureau score (within the persona). */
export const SCORE_CORRELATION = 0.55;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

export function drawTraits(rng: Random, persona: Persona, creditScore: number | null, holdsCredit: boolean): RiskTraits {
  const noise = rng.normal();
  const z = creditScore == null ? 0 : (creditScore - persona.score.mean) / persona.score.sd;
  const latent = creditScore == null ? noise : -SCORE_CORRELATION * z + Math.sqrt(1 - SCORE_CORRELATION ** 2) * noise;
  const strategic = rng.chance(persona.risk.strategic);
  let stress = logistic(1.8 * (latent - persona.risk.distressThreshold));
  let buffer = logistic(persona.risk.bufferHabit - 0.9 * latent + rng.normal(0, 0.8));
  if (strategic) {
    // Able to pay: no money trouble, a comfortable balance.
    stress = Math.min(stress, 0.15);
    buffer = Math.max(buffer, rng.range(0.6, 0.95));
  }
  const everBorrowed = creditScore != null || holdsCredit || rng.chance(persona.risk.unreportedBorrowing);
  return { latent, stress, strategic, buffer, everBorrowed };
}

/** How severe the distress is, 0 (none visible) to 1. */
export function severity(traits: RiskTraits): number {
  return clamp((traits.stress - 0.35) / 0.55, 0, 1);
}

export interface RiskPlan {
  ledger: Ledger;
  /** Balance before the first row; balances.ts raises it if rows would take the account below the floor. */
  openingBalance: number;
  /** The lowest balance the account reaches. */
  floor: number;
  /** Months of the distress episode at the end of the year (0: none). */
  distressMonths: number;
}

/** Fictional instant-loan apps. */
const LOAN_APPS = ['RupeeRush', 'PaisaPronto', 'TurantCash', 'UdhaarJet', 'FlashRupee', 'ChutkiLoan', 'QuickKarza'];
const OTHER_LENDERS = ['Sahyog Finance', 'Pragati Credit', 'Vistar Capital', 'Nidhi Fincorp'];
/** Bounce charges as banks levy them (₹250-500 plus GST). */
const BOUNCE_CHARGES = [295, 354, 472, 500, 590];

const INCOME = new Set(['salary', 'bonus', 'pension', 'interest', 'gig_payout', 'professional_fees', 'business_income', 'crop_sale', 'dairy_income']);
/** Spending that goes on whatever happens to income. */
const EVERYDAY = new Set(['groceries', 'dining', 'shopping', 'fuel', 'healthcare', 'entertainment', 'education', 'travel', 'utilities', 'farm_inputs']);

/** Scheduled debits by mandate (NACH): what can bounce. */
function isMandate(l: PlanLine): boolean {
  if (l.label == null) return false;
  return (l.category === 'emi' && l.label.startsWith('EMI - ')) || (l.category === 'investments' && l.label.startsWith('SIP - ')) || (l.category === 'insurance_premium' && l.label.startsWith('Premium - '));
}

function bounceCharge(rng: Random, mandate: PlanLine): PlanLine {
  const month = LEDGER_MONTHS[mandate.slot];
  return {
    slot: mandate.slot,
    category: 'bounce_charge',
    amount: -rng.pick(BOUNCE_CHARGES),
    day: Math.min((mandate.day ?? 5) + rng.int(0, 1), month.days),
    rows: 1,
    label: 'NACH return charges',
  };
}

/** Income of a month arrives late, after the day a mandate was presented: a delayed salary, a slow week. */
function delayIncome(rng: Random, lines: PlanLine[], slot: number, afterDay: number): void {
  const days = LEDGER_MONTHS[slot].days;
  for (const l of lines) {
    if (l.slot !== slot || l.amount <= 0 || !INCOME.has(l.category)) continue;
    if (l.day != null) l.day = Math.min(days, Math.max(l.day, afterDay + rng.int(2, 7)));
    else l.fromDay = Math.min(days, afterDay + 2);
  }
}

/**
 * Applies the traits to the plan of the year. Customers without visible stress and without
 * strategic intent keep their plan untouched (a one-off technical bounce aside).
 */
export function applyRiskTraits(rng: Random, ledger: Ledger, traits: RiskTraits): RiskPlan {
  let lines: PlanLine[] = ledger.lines.map((l) => ({ ...l }));
  const inflowTotal = lines.reduce((a, l) => (l.amount > 0 ? a + l.amount : a), 0);
  const outflowTotal = -lines.reduce((a, l) => (l.amount < 0 ? a + l.amount : a), 0);
  const monthlyIn = inflowTotal / 12;
  const monthlyOut = outflowTotal / 12;
  const sev = severity(traits);
  const distressMonths = sev > 0 ? Math.round(clamp(2 + 7 * sev + rng.normal(0, 1), 2, 10)) : 0;
  const firstDistress = 12 - distressMonths;
  const inDistress = (slot: number) => distressMonths > 0 && slot >= firstDistress;
  const dropped = new Set<PlanLine>();
  const added: PlanLine[] = [];

  if (distressMonths > 0) {
    for (let slot = firstDistress; slot < 12; slot++) {
      // Income drops, or stops for the month.
      const stops = rng.chance(0.12 * sev);
      const drop = !stops && rng.chance(0.25 + 0.5 * sev) ? rng.range(0.35, 0.85) : 1;
      // Spending does not fall with it.
      const spendUp = 1 + rng.range(0.05, 0.2) + 0.3 * sev;
      for (const l of lines) {
        if (l.slot !== slot) continue;
        if (l.amount > 0 && INCOME.has(l.category)) {
          if (stops) dropped.add(l);
          else if (drop < 1) l.amount = Math.round(l.amount * drop);
        } else if (l.amount < 0 && l.day == null && EVERYDAY.has(l.category)) {
          l.amount = Math.round(l.amount * spendUp);
        }
        // Some bills simply go unpaid.
        if ((l.category === 'utilities' || l.category === 'rent') && rng.chance(0.08 + 0.3 * sev)) dropped.add(l);
      }
      // Payday-style instant loans fill the gap, repaid a month later with fees.
      const loans = (rng.chance(0.2 + 0.6 * sev) ? 1 : 0) + (rng.chance(0.3 * sev) ? 1 : 0);
      for (let i = 0; i < loans; i++) {
        const app = rng.pick(LOAN_APPS);
        const amount = Math.round(clamp(monthlyIn * rng.range(0.1, 0.45), 2_000, 60_000) / 500) * 500;
        const day = rng.int(8, 27);
        added.push({ slot, category: 'payday_loan', amount, day, rows: 1, label: `Instant loan credit - ${app}` });
        if (slot + 1 < 12) {
          const repay = -Math.round(amount * rng.range(1.12, 1.3));
          added.push({ slot: slot + 1, category: 'emi', amount: repay, day: Math.min(day, LEDGER_MONTHS[slot + 1].days), rows: 1, label: `Instant loan repayment - ${app}` });
        }
      }
    }
    // A medical emergency or a family expense, sometimes.
    if (rng.chance(0.5 * sev)) {
      const slot = rng.int(firstDistress, 11);
      added.push({ slot, category: 'healthcare', amount: -Math.round(monthlyIn * rng.range(0.4, 1.2)), day: null, rows: 0, label: 'Hospital bill' });
    }
  }
  lines = lines.filter((l) => !dropped.has(l) && l.amount !== 0);
  lines.push(...added);
  if (traits.strategic && !lines.some((l) => isMandate(l) && l.category === 'emi')) {
    // Able but unwilling borrowers have borrowed: a loan from another lender, paid from this account.
    const lender = rng.pick(OTHER_LENDERS);
    const emi = Math.round(monthlyIn * rng.range(0.06, 0.18));
    if (emi > 0) for (let slot = 0; slot < 12; slot++) lines.push({ slot, category: 'emi', amount: -emi, day: 5, rows: 1, label: `EMI - ${lender} personal loan` });
  }

  // ---------------------------------------------------------------- the opening balance
  const months = (0.1 + 4.5 * traits.buffer ** 2) * (1 - 0.8 * sev) * rng.logNormal(1, 0.35);
  let opening = Math.round(monthlyOut * months);
  const floor = Math.max(100, Math.round(monthlyOut * rng.range(0.005, 0.04)));
  const net = new Array<number>(12).fill(0);
  for (const l of lines) net[l.slot] += l.amount;
  if (distressMonths > 0) {
    // Money runs out: once the buffer is gone, everyday spending is cut to what comes in (never
    // below 40% of it: people still eat). The balance falls to the floor, not below it.
    let balance = opening;
    for (let slot = 0; slot < 12; slot++) {
      balance += net[slot];
      const lowPoint = floor + monthlyOut * rng.range(0, 0.08);
      if (!inDistress(slot) || balance >= lowPoint) continue;
      const everyday = lines.filter((l) => l.slot === slot && l.amount < 0 && l.day == null && EVERYDAY.has(l.category));
      const spent = -everyday.reduce((a, l) => a + l.amount, 0);
      if (spent <= 0) continue;
      const cut = Math.min(lowPoint - balance, 0.6 * spent);
      const keep = 1 - cut / spent;
      let saved = 0;
      for (const l of everyday) {
        const amount = Math.min(-1, Math.round(l.amount * keep));
        saved += amount - l.amount;
        l.amount = amount;
      }
      net[slot] += saved;
      balance += saved;
    }
  }
  let cumulative = 0;
  let lowest = Infinity;
  for (const x of net) {
    cumulative += x;
    lowest = Math.min(lowest, cumulative);
  }
  opening = Math.max(opening, floor - lowest);

  // ---------------------------------------------------------------- bounces
  const mandates = lines.filter(isMandate).sort((a, b) => a.slot - b.slot);
  const bounced = new Set<PlanLine>();
  const bounce = (m: PlanLine) => {
    bounced.add(m);
    lines.push(bounceCharge(rng, m));
  };
  if (distressMonths > 0 && mandates.length > 0) {
    // Month by month: a mandate bounces when the account is short at the start of the month.
    let start = opening;
    let slotIndex = 0;
    for (let slot = 0; slot < 12; slot++) {
      let saved = 0;
      if (inDistress(slot)) {
        let lastBounceDay = 0;
        for (; slotIndex < mandates.length && mandates[slotIndex].slot === slot; slotIndex++) {
          const m = mandates[slotIndex];
          // What the account holds on the mandate's day if the month's income comes late:
          // the month's start less fixed payments due by then and everyday spending so far.
          const day = m.day ?? 5;
          let available = start;
          for (const l of lines) {
            if (l.slot !== slot || l.amount >= 0 || l === m) continue;
            if (l.day != null) {
              if (l.day <= day) available += l.amount;
            } else {
              available += (l.amount * day) / LEDGER_MONTHS[slot].days;
            }
          }
          const p = available < -m.amount ? 0.3 + 0.6 * sev : 0.02 * sev;
          if (rng.chance(p)) {
            bounce(m);
            saved -= m.amount;
            lastBounceDay = Math.max(lastBounceDay, (m.day ?? 5) + 1);
          }
        }
        if (lastBounceDay > 0) delayIncome(rng, lines, slot, lastBounceDay);
      } else {
        while (slotIndex < mandates.length && mandates[slotIndex].slot === slot) slotIndex++;
      }
      start += net[slot] + saved;
    }
  } else if (traits.strategic) {
    // Able but unwilling: EMIs bounce with money in the account (most, not all, show it here).
    const emis = mandates.filter((m) => m.category === 'emi');
    if (emis.length > 0 && rng.chance(0.8)) for (const m of rng.sample(emis, rng.int(1, 3))) bounce(m);
  } else if (mandates.length > 0 && rng.chance(0.02)) {
    bounce(rng.pick(mandates)); // a one-off: a mandate registered wrongly, an account switch
  }
  if (bounced.size > 0) lines = lines.filter((l) => !bounced.has(l));

  return { ledger: { lines, payer: ledger.payer }, openingBalance: opening, floor, distressMonths };
}

/** Monthly EMIs the plan commits to (harvest-time repayments at their yearly average); payday repayments excluded. */
export function plannedObligations(ledger: Ledger): number {
  let total = 0;
  for (const l of ledger.lines) if (l.category === 'emi' && l.label != null && !l.label.startsWith('Instant loan')) total -= l.amount;
  return total / 12;
}

/** Planned income a month (income categories only). */
export function plannedIncome(ledger: Ledger): number {
  let total = 0;
  for (const l of ledger.lines) if (l.amount > 0 && (INCOME.has(l.category) || l.category === 'subsidy')) total += l.amount;
  return total / 12;
}
