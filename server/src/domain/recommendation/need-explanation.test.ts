import { describe, expect, it } from 'vitest';
import { contentWords, goalClauses, matchingGoal, needMatchText, productCoreWords } from './need-explanation.js';
import { product } from './test-fixtures.js';
import { DEFAULT_CONFIG } from './weights.js';

const cfg = DEFAULT_CONFIG.needMatch;
const home = product({ id: 'mg', name: 'Griha First Home Loan', category: 'MORTGAGE', tags: ['first-home'] });

describe('need explanation', () => {
  it('splits goals into clauses and words', () => {
    expect(goalClauses("buy a first home, save for my daughter's education; retire early")).toEqual([
      'buy a first home',
      "save for my daughter's education",
      'retire early',
    ]);
    expect(contentWords("My daughter's Homes and savings")).toEqual(['daughter', 'home', 'saving']);
  });

  it('names the goal clause the product speaks to', () => {
    expect(matchingGoal('save for a holiday, buy a first home', productCoreWords(home))).toBe('buy a first home');
    expect(needMatchText({ goals: 'save for a holiday, buy a first home', spendProfile: null }, home, 0.8, 0.7, 0.5, cfg)).toBe(
      'Matches the stated goal: buy a first home',
    );
    expect(needMatchText({ goals: 'buy a first home', spendProfile: null }, home, 0.2, 0.6, 0.5, cfg)).toBe(
      'Partly matches the stated goal: buy a first home',
    );
  });

  it('does not quote a goal for a single incidental description word', () => {
    const housing = product({ id: 'h', name: 'Gramin Housing Loan', category: 'MORTGAGE', description: 'Repayments fall due after the harvest.' });
    expect(needMatchText({ goals: 'buy a tractor before the next harvest', spendProfile: null }, housing, 0.6, 0.61, 0.46, cfg)).toBe(
      'Closely matches the profile and goals (similarity 0.61; 0.46 for a typical product)',
    );
  });

  it('falls back to the spending pattern, then to the similarity', () => {
    const travel = product({ id: 'cc', name: 'Voyager Card', category: 'CREDIT_CARD', tags: ['travel', 'lounge'] });
    const sp = { categoryShare: { travel: 0.28, groceries: 0.3 }, channelShare: {}, monthlyInflowMean: 1, inflowVariability: 0.1, monthlyOutflowMean: 1, peakMonths: [] };
    expect(needMatchText({ goals: '', spendProfile: sp }, travel, 0.7, 0.66, 0.5, cfg)).toBe(
      'Fits the spending pattern: travel and flights, 28% of outgoings',
    );
    expect(needMatchText({ goals: '', spendProfile: null }, travel, 0.3, 0.58, 0.5, cfg)).toBe(
      'Partly matches the profile (similarity 0.58; 0.50 for a typical product)',
    );
  });
});
