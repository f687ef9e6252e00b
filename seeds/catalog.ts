// The product catalog: hand-written, Indian market, amounts in INR (annual income, or annual
// revenue for products offered to businesses). Providers are fictional.
import type { products } from '../drizzle/schema.js';
import type { ProductAudience, ProductCategory, Region } from '../server/src/domain/reference.js';

export type NewProduct = typeof products.$inferInsert;

export const PROVIDERS = [
  'Aurora Bank',
  'Meridian Finance',
  'Kisan Cooperative Bank',
  'Harbor Mutual Insurance',
  'Lotus Capital',
  'Northwind Credit Union',
  'Saffron Small Finance Bank',
] as const;
export type Provider = (typeof PROVIDERS)[number];

/** One catalog product as seeded; the embedding is added when it is written. */
export interface CatalogEntry {
  id: string;
  name: string;
  category: ProductCategory;
  provider: Provider;
  description: string;
  /** Percent a year charged, for credit products. */
  aprMin: number | null;
  aprMax: number | null;
  /** Percent a year paid to the customer, for deposits and fixed-income products. */
  interestRate: number | null;
  annualFee: number;
  fees: string;
  minIncome: number;
  /** null: open to customers with no bureau score. */
  minScore: number | null;
  minAge: number | null;
  maxAge: number | null;
  /** Empty: offered everywhere. */
  regions: Region[];
  customerKind: ProductAudience;
  tags: string[];
}

// Compile-time proof that a catalog entry is a valid insert into `products`.
type AssertAssignable<T extends NewProduct> = T;
export type CatalogInsert = AssertAssignable<CatalogEntry>;

type Common = Pick<CatalogEntry, 'id' | 'name' | 'provider' | 'description' | 'tags'> &
  Partial<Pick<CatalogEntry, 'annualFee' | 'fees' | 'minIncome' | 'minScore' | 'minAge' | 'maxAge' | 'regions' | 'customerKind'>>;

function entry(category: ProductCategory, c: Common, rates: Pick<CatalogEntry, 'aprMin' | 'aprMax' | 'interestRate'>): CatalogEntry {
  return {
    category,
    annualFee: 0,
    fees: '',
    minIncome: 0,
    minScore: null,
    minAge: 18,
    maxAge: null,
    regions: [],
    customerKind: 'INDIVIDUAL',
    ...rates,
    ...c,
  };
}

/** A credit product: charges an APR range. */
const credit =
  (category: 'CREDIT_CARD' | 'PERSONAL_LOAN' | 'BUSINESS_LOAN' | 'MORTGAGE') =>
  (c: Common & { apr: [number, number] }): CatalogEntry => {
    const { apr, ...rest } = c;
    return entry(category, rest, { aprMin: apr[0], aprMax: apr[1], interestRate: null });
  };

/** A deposit or fixed-income product: pays interest (null where returns are market-linked). */
const paying =
  (category: 'SAVINGS' | 'INVESTMENT') =>
  (c: Common & { rate: number | null }): CatalogEntry => {
    const { rate, ...rest } = c;
    return entry(category, rest, { aprMin: null, aprMax: null, interestRate: rate });
  };

const cover = (c: Common): CatalogEntry => entry('INSURANCE', c, { aprMin: null, aprMax: null, interestRate: null });

const card = credit('CREDIT_CARD');
const personalLoan = credit('PERSONAL_LOAN');
const businessLoan = credit('BUSINESS_LOAN');
const mortgage = credit('MORTGAGE');
const savings = paying('SAVINGS');
const investment = paying('INVESTMENT');

/** Where Kisan Cooperative Bank has branches: the farm belts. */
const KISAN_REGIONS: Region[] = ['Punjab', 'Uttar Pradesh', 'Maharashtra', 'Gujarat', 'Telangana', 'West Bengal', 'Karnataka'];

export const CATALOG: readonly CatalogEntry[] = [
  // ---------------------------------------------------------------- credit cards
  card({
    id: 'cc-aurora-travel-elite',
    name: 'Aurora Travel Elite Credit Card',
    provider: 'Aurora Bank',
    description:
      'Earn 5 reward points per ₹150 on flights and hotels, with unlimited domestic and international lounge access. Points convert 1:1 to airline miles and there is a low 1.99% forex mark-up.',
    apr: [41.9, 42.9],
    annualFee: 10_000,
    fees: '₹10,000 + GST a year, waived on ₹8 lakh annual spend; forex mark-up 1.99%; late fee up to ₹1,300.',
    minIncome: 2_400_000,
    minScore: 760,
    minAge: 21,
    maxAge: 65,
    tags: ['travel', 'premium', 'rewards', 'lounge'],
  }),
  card({
    id: 'cc-aurora-reserve-metal',
    name: 'Aurora Reserve Metal Card',
    provider: 'Aurora Bank',
    description:
      'An invitation-style metal card with a 24x7 concierge, complimentary golf rounds and hotel memberships. Rewards of 10 points per ₹150 on luxury, travel and dining spends.',
    apr: [35.9, 41.9],
    annualFee: 25_000,
    fees: '₹25,000 + GST a year, waived on ₹25 lakh annual spend; forex mark-up 1.5%.',
    minIncome: 5_000_000,
    minScore: 780,
    minAge: 25,
    maxAge: 70,
    tags: ['premium', 'travel', 'lifestyle', 'concierge', 'rewards'],
  }),
  card({
    id: 'cc-aurora-cashback-everyday',
    name: 'Aurora Everyday Cashback Card',
    provider: 'Aurora Bank',
    description:
      '5% cashback on groceries, utility bills and recharges paid through the Aurora app, and 1% on everything else. Cashback is credited to the statement automatically every month.',
    apr: [41.9, 42.9],
    annualFee: 499,
    fees: '₹499 + GST a year, waived on ₹2 lakh annual spend; cashback capped at ₹1,500 a month.',
    minIncome: 450_000,
    minScore: 700,
    minAge: 21,
    maxAge: 60,
    tags: ['cashback', 'groceries', 'utilities', 'low-fee'],
  }),
  card({
    id: 'cc-aurora-silver-years',
    name: 'Aurora Silver Years Card',
    provider: 'Aurora Bank',
    description:
      'A lifetime-free card for customers over 55 with 5% cashback at pharmacies and diagnostic labs, free annual health check-ups and a low cash-withdrawal fee for emergencies.',
    apr: [35.9, 39.9],
    annualFee: 0,
    fees: 'Lifetime free; cash withdrawal fee 1% (minimum ₹200).',
    minIncome: 300_000,
    minScore: 680,
    minAge: 55,
    maxAge: 80,
    tags: ['senior', 'healthcare', 'cashback', 'low-fee'],
  }),
  card({
    id: 'cc-aurora-business-expense',
    name: 'Aurora Business Expense Card',
    provider: 'Aurora Bank',
    description:
      'A corporate card for small businesses with up to 50 interest-free days, employee add-on cards with spend limits, and GST-ready statements. Earn 2% back on travel, fuel and software subscriptions.',
    apr: [35.9, 41.9],
    annualFee: 1_999,
    fees: '₹1,999 + GST a year, waived on ₹5 lakh annual spend; add-on cards free.',
    minIncome: 2_500_000,
    minScore: 680,
    customerKind: 'BUSINESS',
    minAge: null,
    tags: ['business', 'expenses', 'working-capital', 'travel', 'rewards'],
  }),
  card({
    id: 'cc-meridian-fuel-plus',
    name: 'Meridian Fuel Plus Card',
    provider: 'Meridian Finance',
    description:
      '4% value back on fuel at any petrol pump, plus a 1% fuel-surcharge waiver. Good for daily commuters and people who drive for work.',
    apr: [39.0, 42.0],
    annualFee: 499,
    fees: '₹499 + GST a year, waived on ₹1.5 lakh annual spend; surcharge waiver on transactions of ₹400–4,000.',
    minIncome: 300_000,
    minScore: 680,
    minAge: 21,
    maxAge: 60,
    tags: ['fuel', 'cashback', 'commute', 'low-fee'],
  }),
  card({
    id: 'cc-meridian-dining-rewards',
    name: 'Meridian Dine & Play Rewards Card',
    provider: 'Meridian Finance',
    description:
      '10x reward points on restaurants, food delivery and movie tickets, and a buy-one-get-one movie ticket every month. Points can be redeemed for vouchers or statement credit.',
    apr: [39.0, 42.0],
    annualFee: 999,
    fees: '₹999 + GST a year, waived on ₹2.5 lakh annual spend.',
    minIncome: 600_000,
    minScore: 710,
    minAge: 21,
    maxAge: 60,
    tags: ['dining', 'entertainment', 'rewards', 'young'],
  }),
  card({
    id: 'cc-meridian-shopping-cashback',
    name: 'Meridian Click Shopping Card',
    provider: 'Meridian Finance',
    description:
      '5% cashback on online shopping at leading marketplaces and 2% on other online spends. No-cost EMI on electronics and appliances above ₹5,000.',
    apr: [39.0, 42.0],
    annualFee: 500,
    fees: '₹500 + GST a year, waived on ₹1 lakh annual spend.',
    minIncome: 400_000,
    minScore: 690,
    minAge: 21,
    maxAge: 60,
    tags: ['shopping', 'cashback', 'online', 'no-cost-emi'],
  }),
  card({
    id: 'cc-northwind-member-rewards',
    name: 'Northwind Member Rewards Card',
    provider: 'Northwind Credit Union',
    description:
      'A lifetime-free card for credit union members with one of the lowest card rates in the market and 1 point per ₹100 on every spend. No hidden charges and no forex mark-up on UPI-linked payments.',
    apr: [24.0, 30.0],
    annualFee: 0,
    fees: 'Lifetime free; late fee ₹300.',
    minIncome: 300_000,
    minScore: 650,
    minAge: 21,
    maxAge: 65,
    tags: ['low-fee', 'low-interest', 'rewards', 'everyday'],
  }),
  card({
    id: 'cc-northwind-secured-builder',
    name: 'Northwind Secured Credit Builder Card',
    provider: 'Northwind Credit Union',
    description:
      'A credit card secured by a fixed deposit of ₹10,000 or more, with a limit of up to 90% of the deposit. No income proof or credit history needed, and the deposit keeps earning interest while you build a score.',
    apr: [24.0, 27.0],
    annualFee: 0,
    fees: 'Lifetime free; fixed deposit of at least ₹10,000 held as security.',
    minIncome: 0,
    minScore: null,
    minAge: 18,
    maxAge: 70,
    tags: ['secured', 'credit-builder', 'new-to-credit', 'low-fee'],
  }),
  card({
    id: 'cc-saffron-first-card',
    name: 'Saffron First Credit Card',
    provider: 'Saffron Small Finance Bank',
    description:
      'A starter card with a ₹15,000–50,000 limit for first-time borrowers, usable on UPI. Limits grow automatically after six months of on-time payments.',
    apr: [36.0, 42.0],
    annualFee: 0,
    fees: 'No annual fee; late fee ₹250.',
    minIncome: 180_000,
    minScore: null,
    minAge: 18,
    maxAge: 60,
    tags: ['credit-builder', 'starter', 'upi', 'low-fee'],
  }),
  card({
    id: 'cc-kisan-credit-card',
    name: 'Kisan Credit Card',
    provider: 'Kisan Cooperative Bank',
    description:
      'A revolving crop-credit line sized to your acreage and cropping pattern, for seeds, fertiliser and labour. Repay after harvest; prompt repayment brings the effective rate down to 4% with interest subvention.',
    apr: [7.0, 9.0],
    annualFee: 0,
    fees: 'No annual fee; no processing fee up to ₹3 lakh; crop insurance linked.',
    minIncome: 60_000,
    minScore: null,
    minAge: 18,
    maxAge: 75,
    regions: KISAN_REGIONS,
    tags: ['agriculture', 'crop', 'seasonal-repayment', 'working-capital'],
  }),

  // ---------------------------------------------------------------- personal loans
  personalLoan({
    id: 'pl-meridian-instant',
    name: 'Meridian Instant Personal Loan',
    provider: 'Meridian Finance',
    description:
      'Loans of ₹50,000 to ₹25 lakh disbursed within a day, fully online, for weddings, travel, renovation or consolidating card debt. Tenure of 12 to 60 months with no collateral.',
    apr: [10.99, 24.0],
    fees: 'Processing fee up to 2%; foreclosure free after 12 EMIs.',
    minIncome: 300_000,
    minScore: 700,
    minAge: 21,
    maxAge: 58,
    tags: ['instant', 'salaried', 'debt-consolidation', 'wedding', 'travel'],
  }),
  personalLoan({
    id: 'pl-aurora-salary-advantage',
    name: 'Aurora Salary Advantage Loan',
    provider: 'Aurora Bank',
    description:
      'Pre-approved personal loans for salaried customers at preferential rates, up to 24 times monthly salary. Disbursed to your account in minutes with zero paperwork.',
    apr: [10.5, 16.0],
    fees: 'Processing fee ₹999 flat; part-prepayment free.',
    minIncome: 600_000,
    minScore: 730,
    minAge: 21,
    maxAge: 58,
    tags: ['salaried', 'low-interest', 'pre-approved', 'instant'],
  }),
  personalLoan({
    id: 'pl-aurora-health-emergency',
    name: 'Aurora Health Emergency Loan',
    provider: 'Aurora Bank',
    description:
      'Pays hospital bills directly within 24 hours for planned or emergency treatment of you or your family. Repay over 6 to 36 months, with the first EMI after discharge.',
    apr: [11.0, 18.0],
    fees: 'Processing fee 1%; no prepayment charges.',
    minIncome: 250_000,
    minScore: 650,
    minAge: 21,
    maxAge: 65,
    tags: ['health', 'emergency', 'family', 'instant'],
  }),
  personalLoan({
    id: 'pl-meridian-education',
    name: 'Meridian Education Loan',
    provider: 'Meridian Finance',
    description:
      'Up to ₹75 lakh for studies in India or abroad covering tuition, living costs and travel. Repayment starts after a moratorium of course duration plus one year, and interest qualifies for tax deduction.',
    apr: [9.5, 13.5],
    fees: 'Processing fee 1%, refunded on admission to a listed institute.',
    minIncome: 300_000,
    minScore: 680,
    minAge: 18,
    maxAge: 35,
    tags: ['education', 'study-abroad', 'moratorium', 'family'],
  }),
  personalLoan({
    id: 'pl-meridian-car-loan',
    name: 'Meridian New Car Loan',
    provider: 'Meridian Finance',
    description:
      'Finance up to 100% of the ex-showroom price of a new car over up to 7 years. Special rates for electric vehicles and quick approval at partner dealers.',
    apr: [8.75, 12.0],
    fees: 'Processing fee ₹3,500; foreclosure 2% in the first year.',
    minIncome: 500_000,
    minScore: 700,
    minAge: 21,
    maxAge: 65,
    tags: ['vehicle', 'car', 'family', 'electric-vehicle'],
  }),
  personalLoan({
    id: 'pl-northwind-two-wheeler',
    name: 'Northwind Two-Wheeler Loan',
    provider: 'Northwind Credit Union',
    description:
      'Up to 95% of the on-road price of a scooter or motorcycle, repaid over 12 to 48 months. A simple first loan for commuters, delivery riders and students with a co-applicant.',
    apr: [9.5, 15.0],
    fees: 'Processing fee ₹999; no prepayment penalty.',
    minIncome: 180_000,
    minScore: 600,
    minAge: 18,
    maxAge: 60,
    tags: ['vehicle', 'two-wheeler', 'commute', 'small-ticket'],
  }),
  personalLoan({
    id: 'pl-northwind-credit-builder',
    name: 'Northwind Credit Builder Loan',
    provider: 'Northwind Credit Union',
    description:
      'Borrow ₹10,000 to ₹50,000 that is held in a locked savings account while you repay it in small monthly instalments. Every payment is reported to the credit bureaus, and the savings are released at the end.',
    apr: [12.0, 15.0],
    fees: 'No processing fee.',
    minIncome: 120_000,
    minScore: null,
    minAge: 18,
    maxAge: 65,
    tags: ['credit-builder', 'new-to-credit', 'small-ticket', 'savings'],
  }),
  personalLoan({
    id: 'pl-saffron-sahaj-small-ticket',
    name: 'Saffron Sahaj Small Loan',
    provider: 'Saffron Small Finance Bank',
    description:
      'Loans of ₹5,000 to ₹1 lakh for gig workers, street vendors and the self-employed, with weekly or monthly repayments. Approval uses UPI inflows instead of salary slips.',
    apr: [18.0, 26.0],
    fees: 'Processing fee 1.5%; no prepayment charges.',
    minIncome: 150_000,
    minScore: null,
    minAge: 18,
    maxAge: 60,
    tags: ['small-ticket', 'credit-builder', 'gig-workers', 'emergency'],
  }),
  personalLoan({
    id: 'pl-saffron-swarna-gold-kerala',
    name: 'Saffron Swarna Gold Loan (Kerala)',
    provider: 'Saffron Small Finance Bank',
    description:
      'Loans against gold jewellery at 75% of its value, disbursed in 30 minutes at any Saffron branch in Kerala. Pay interest monthly and the principal at the end, or in EMIs.',
    apr: [9.0, 14.0],
    fees: 'Valuation fee ₹250; processing fee 0.5%.',
    minIncome: 0,
    minScore: null,
    minAge: 18,
    maxAge: 75,
    regions: ['Kerala'],
    customerKind: 'ANY',
    tags: ['gold', 'secured', 'quick-disbursal', 'low-interest'],
  }),
  personalLoan({
    id: 'pl-kisan-agri-gold-loan',
    name: 'Kisan Agri Gold Loan',
    provider: 'Kisan Cooperative Bank',
    description:
      'A gold loan for farm expenses with a single bullet repayment after harvest, so nothing is due in the lean months. Rates are lower than a moneylender and the gold is insured while in the vault.',
    apr: [8.5, 11.0],
    fees: 'Valuation fee ₹150; no processing fee up to ₹2 lakh.',
    minIncome: 0,
    minScore: null,
    minAge: 18,
    maxAge: 75,
    regions: KISAN_REGIONS,
    tags: ['gold', 'agriculture', 'seasonal-repayment', 'secured'],
  }),
  personalLoan({
    id: 'pl-lotus-loan-against-securities',
    name: 'Lotus Loan Against Securities',
    provider: 'Lotus Capital',
    description:
      'An overdraft of up to ₹5 crore against your mutual funds and shares, so you can meet a cash need without selling investments. Pay interest only on the amount you draw.',
    apr: [9.5, 11.5],
    fees: 'Processing fee 0.5%; annual renewal ₹2,000.',
    minIncome: 1_200_000,
    minScore: 720,
    minAge: 21,
    maxAge: 75,
    tags: ['premium', 'liquidity', 'overdraft', 'wealth'],
  }),

  // ---------------------------------------------------------------- business loans
  businessLoan({
    id: 'bl-meridian-working-capital',
    name: 'Meridian Working Capital Line',
    provider: 'Meridian Finance',
    description:
      'A revolving credit line of ₹5 lakh to ₹2 crore for stock, payroll and supplier payments, with interest charged only on what is used. Draw and repay any day through the app, ideal for the festive-season rush.',
    apr: [12.0, 18.0],
    fees: 'Processing fee 1%; annual renewal 0.25%.',
    minIncome: 3_000_000,
    minScore: 680,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['working-capital', 'overdraft', 'inventory', 'festive-season'],
  }),
  businessLoan({
    id: 'bl-aurora-msme-term',
    name: 'Aurora MSME Growth Term Loan',
    provider: 'Aurora Bank',
    description:
      'Term loans of 3 to 7 years for opening a new outlet, upgrading premises or entering new markets. Collateral-free up to ₹2 crore under a government credit guarantee.',
    apr: [10.5, 15.0],
    fees: 'Processing fee 1%; guarantee fee passed through at cost.',
    minIncome: 10_000_000,
    minScore: 700,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['expansion', 'term-loan', 'msme', 'collateral-free'],
  }),
  businessLoan({
    id: 'bl-aurora-invoice-finance',
    name: 'Aurora Invoice Finance',
    provider: 'Aurora Bank',
    description:
      'Get up to 85% of the value of unpaid invoices from large buyers within 48 hours. Improves cash flow for suppliers who are paid on 60 to 90 day terms.',
    apr: [10.0, 14.0],
    fees: 'Discounting fee 0.25% per invoice.',
    minIncome: 20_000_000,
    minScore: 700,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['invoice', 'working-capital', 'receivables', 'b2b'],
  }),
  businessLoan({
    id: 'bl-meridian-equipment',
    name: 'Meridian Equipment Finance',
    provider: 'Meridian Finance',
    description:
      'Finance up to 90% of the cost of new or refurbished machinery, CNC tools, medical equipment or kitchen lines. The equipment itself is the security.',
    apr: [11.0, 16.0],
    fees: 'Processing fee 1.5%.',
    minIncome: 5_000_000,
    minScore: 670,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['equipment', 'machinery', 'manufacturing', 'capex'],
  }),
  businessLoan({
    id: 'bl-meridian-commercial-vehicle',
    name: 'Meridian Commercial Vehicle Loan',
    provider: 'Meridian Finance',
    description:
      'Loans for trucks, tempos and delivery vans with tenures of up to 5 years, for new and used vehicles. EMIs can follow your freight season.',
    apr: [10.0, 15.0],
    fees: 'Processing fee 1%; documentation ₹1,500.',
    minIncome: 2_000_000,
    minScore: 660,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['vehicle', 'logistics', 'delivery', 'term-loan'],
  }),
  businessLoan({
    id: 'bl-northwind-shop-overdraft',
    name: 'Northwind Shopkeeper Overdraft',
    provider: 'Northwind Credit Union',
    description:
      'An overdraft for shops and small traders sized to your daily UPI and card collections. Repayments are swept automatically from collections, so there is no fixed EMI.',
    apr: [13.0, 17.0],
    fees: 'Processing fee ₹2,500; no renewal fee.',
    minIncome: 1_200_000,
    minScore: 620,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['overdraft', 'retail', 'upi-collections', 'working-capital'],
  }),
  businessLoan({
    id: 'bl-saffron-udyam-micro',
    name: 'Saffron Udyam Micro Enterprise Loan',
    provider: 'Saffron Small Finance Bank',
    description:
      'Collateral-free loans of ₹50,000 to ₹10 lakh for micro enterprises such as tailoring units, salons and kirana stores. First-time borrowers without a bureau score are welcome.',
    apr: [14.0, 22.0],
    fees: 'Processing fee 1%; no prepayment charges.',
    minIncome: 600_000,
    minScore: null,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['micro-enterprise', 'collateral-free', 'new-to-credit', 'shop'],
  }),
  businessLoan({
    id: 'bl-kisan-crop-loan',
    name: 'Kisan Rabi-Kharif Crop Loan',
    provider: 'Kisan Cooperative Bank',
    description:
      'A short-term crop loan sized per acre for wheat, paddy, sugarcane and cotton, with a single repayment after each harvest. Available to farmers and farmer-producer organisations in Punjab and Uttar Pradesh.',
    apr: [7.0, 9.0],
    fees: 'No processing fee up to ₹3 lakh; crop insurance mandatory.',
    minIncome: 50_000,
    minScore: null,
    minAge: 18,
    maxAge: 75,
    regions: ['Punjab', 'Uttar Pradesh'],
    customerKind: 'ANY',
    tags: ['agriculture', 'crop', 'seasonal-repayment', 'working-capital'],
  }),
  businessLoan({
    id: 'bl-kisan-tractor',
    name: 'Kisan Tractor & Farm Equipment Loan',
    provider: 'Kisan Cooperative Bank',
    description:
      'Finance up to 85% of a new tractor, harvester or rotavator, with half-yearly instalments timed to the rabi and kharif harvests. Tenure of up to 7 years.',
    apr: [9.0, 12.5],
    fees: 'Processing fee 0.5%; hypothecation of the equipment.',
    minIncome: 200_000,
    minScore: 600,
    minAge: 21,
    maxAge: 70,
    regions: KISAN_REGIONS,
    customerKind: 'ANY',
    tags: ['agriculture', 'tractor', 'equipment', 'seasonal-repayment'],
  }),
  businessLoan({
    id: 'bl-kisan-dairy-livestock',
    name: 'Kisan Dairy & Livestock Loan',
    provider: 'Kisan Cooperative Bank',
    description:
      'Loans to buy milch cattle, build sheds and install chilling units, repaid monthly from milk-collection income. A steady second income alongside crops.',
    apr: [9.5, 12.0],
    fees: 'Processing fee 0.5%; livestock insurance required.',
    minIncome: 100_000,
    minScore: null,
    minAge: 18,
    maxAge: 70,
    regions: KISAN_REGIONS,
    customerKind: 'ANY',
    tags: ['dairy', 'livestock', 'agriculture', 'monthly-income'],
  }),
  businessLoan({
    id: 'bl-kisan-micro-irrigation',
    name: 'Kisan Drip & Solar Pump Loan',
    provider: 'Kisan Cooperative Bank',
    description:
      'Finance drip or sprinkler irrigation and solar water pumps, with help claiming the state subsidy. Cuts water and diesel costs, with repayment after the next harvest.',
    apr: [8.0, 10.5],
    fees: 'No processing fee; subsidy credited against the loan.',
    minIncome: 120_000,
    minScore: 550,
    minAge: 18,
    maxAge: 70,
    regions: ['Maharashtra', 'Gujarat', 'Telangana', 'Karnataka', 'Tamil Nadu'],
    customerKind: 'ANY',
    tags: ['irrigation', 'solar', 'agriculture', 'subsidy', 'seasonal-repayment'],
  }),
  businessLoan({
    id: 'bl-kisan-warehouse-receipt',
    name: 'Kisan Warehouse Receipt Loan',
    provider: 'Kisan Cooperative Bank',
    description:
      'Borrow up to 70% of the value of produce stored in an accredited warehouse, so you can wait for better prices instead of selling at harvest. Repay when the stock is sold.',
    apr: [7.5, 9.5],
    fees: 'Processing fee ₹500; warehouse charges extra.',
    minIncome: 100_000,
    minScore: null,
    minAge: 18,
    maxAge: 75,
    regions: KISAN_REGIONS,
    customerKind: 'ANY',
    tags: ['agriculture', 'storage', 'post-harvest', 'seasonal-repayment'],
  }),

  // ---------------------------------------------------------------- mortgages
  mortgage({
    id: 'mg-aurora-first-home',
    name: 'Aurora First Home Loan',
    provider: 'Aurora Bank',
    description:
      'Up to 90% of the property value for first-time buyers, with step-up EMIs that start low and rise with your salary. Tenure of up to 30 years and tax benefits on principal and interest.',
    apr: [8.4, 9.6],
    fees: 'Processing fee 0.5% (maximum ₹10,000); no prepayment charges on floating rate.',
    minIncome: 600_000,
    minScore: 720,
    minAge: 23,
    maxAge: 45,
    tags: ['home', 'first-home', 'step-up', 'tax-saving'],
  }),
  mortgage({
    id: 'mg-aurora-premier-home',
    name: 'Aurora Premier Home Loan',
    provider: 'Aurora Bank',
    description:
      'Home loans above ₹1 crore for premium homes, with an overdraft-linked account that cuts interest on surplus funds. A dedicated mortgage manager handles the paperwork.',
    apr: [8.25, 9.1],
    fees: 'Processing fee 0.25%; no prepayment charges.',
    minIncome: 3_000_000,
    minScore: 770,
    minAge: 25,
    maxAge: 60,
    tags: ['home', 'premium', 'large-ticket', 'overdraft-linked'],
  }),
  mortgage({
    id: 'mg-aurora-home-improvement',
    name: 'Aurora Home Improvement Loan',
    provider: 'Aurora Bank',
    description:
      'A top-up on your home for renovation, a modular kitchen, solar panels or an extra floor, at home-loan rates. Tenure of up to 15 years.',
    apr: [9.0, 11.0],
    fees: 'Processing fee 0.5%.',
    minIncome: 600_000,
    minScore: 700,
    minAge: 25,
    maxAge: 65,
    tags: ['home', 'renovation', 'top-up', 'family'],
  }),
  mortgage({
    id: 'mg-aurora-reverse-mortgage',
    name: 'Aurora Reverse Mortgage for Seniors',
    provider: 'Aurora Bank',
    description:
      'Homeowners over 60 receive a monthly payout against their self-occupied house while continuing to live in it. Nothing is repaid during their lifetime; heirs can keep the home by settling the loan.',
    apr: [9.5, 10.5],
    fees: 'Processing fee 0.5%; property valuation every five years.',
    minIncome: 0,
    minScore: 600,
    minAge: 60,
    maxAge: 90,
    tags: ['retirement', 'senior', 'monthly-income', 'home'],
  }),
  mortgage({
    id: 'mg-meridian-home-flex',
    name: 'Meridian Home Flex for the Self-Employed',
    provider: 'Meridian Finance',
    description:
      'Home loans for doctors, consultants and business owners assessed on bank statements and tax returns rather than salary slips. Flexible EMIs in lean months.',
    apr: [8.9, 11.0],
    fees: 'Processing fee 1%; part-prepayment free from own funds.',
    minIncome: 800_000,
    minScore: 700,
    minAge: 25,
    maxAge: 60,
    tags: ['home', 'self-employed', 'flexible', 'family'],
  }),
  mortgage({
    id: 'mg-meridian-plot-construction',
    name: 'Meridian Plot & Construction Loan',
    provider: 'Meridian Finance',
    description:
      'Buy a residential plot and build on it, with construction funds released in stages as the work progresses. Interest-only payments until the house is complete.',
    apr: [9.0, 10.75],
    fees: 'Processing fee 0.75%; site inspection ₹2,000 per stage.',
    minIncome: 900_000,
    minScore: 710,
    minAge: 25,
    maxAge: 55,
    tags: ['home', 'construction', 'plot', 'staged-disbursal'],
  }),
  mortgage({
    id: 'mg-northwind-affordable-home',
    name: 'Northwind Affordable Home Loan',
    provider: 'Northwind Credit Union',
    description:
      'For homes under ₹35 lakh, with help applying for the interest subsidy for first-time buyers. Accepts co-applicants and informal income with a guarantor.',
    apr: [8.6, 10.2],
    fees: 'Processing fee ₹2,500 flat.',
    minIncome: 300_000,
    minScore: 650,
    minAge: 21,
    maxAge: 55,
    tags: ['home', 'affordable', 'first-home', 'subsidy'],
  }),
  mortgage({
    id: 'mg-kisan-gramin-housing',
    name: 'Kisan Gramin Housing Loan',
    provider: 'Kisan Cooperative Bank',
    description:
      'Build or repair a pucca house in a village or small town, with yearly or half-yearly repayments that fall due after harvests. Land records accepted as proof of income.',
    apr: [8.75, 10.5],
    fees: 'Processing fee 0.5%.',
    minIncome: 200_000,
    minScore: 620,
    minAge: 21,
    maxAge: 65,
    regions: KISAN_REGIONS,
    tags: ['home', 'rural', 'seasonal-repayment', 'agriculture'],
  }),
  mortgage({
    id: 'mg-lotus-loan-against-property',
    name: 'Lotus Loan Against Property',
    provider: 'Lotus Capital',
    description:
      'Raise up to 65% of the market value of a home or shop for business expansion or large family expenses. Tenure of up to 15 years at rates well below unsecured credit.',
    apr: [9.5, 12.5],
    fees: 'Processing fee 1%; legal and valuation charges at cost.',
    minIncome: 2_400_000,
    minScore: 690,
    minAge: 25,
    maxAge: 65,
    customerKind: 'ANY',
    tags: ['property', 'business', 'large-ticket', 'working-capital'],
  }),

  // ---------------------------------------------------------------- insurance
  cover({
    id: 'in-harbor-term-protect',
    name: 'Harbor Term Protect',
    provider: 'Harbor Mutual Insurance',
    description:
      'Pure life cover of ₹50 lakh to ₹5 crore up to age 75, from about ₹900 a month for a 30-year-old non-smoker. Premiums qualify for tax deduction and claims are settled within 30 days.',
    annualFee: 11_000,
    fees: 'Annual premium depends on age, cover and health; shown for ₹1 crore cover at age 30.',
    minIncome: 300_000,
    minAge: 18,
    maxAge: 60,
    tags: ['term', 'life', 'family', 'tax-saving'],
  }),
  cover({
    id: 'in-harbor-family-health',
    name: 'Harbor Family Floater Health Plan',
    provider: 'Harbor Mutual Insurance',
    description:
      'Health cover of ₹5 to 25 lakh for your whole family with cashless treatment at 10,000 network hospitals. Includes maternity, day-care procedures and a free annual check-up.',
    annualFee: 18_500,
    fees: 'Annual premium shown for ₹10 lakh cover, two adults and two children.',
    minAge: 18,
    maxAge: 65,
    tags: ['health', 'family', 'cashless', 'tax-saving'],
  }),
  cover({
    id: 'in-harbor-senior-care',
    name: 'Harbor Senior Care Health Plan',
    provider: 'Harbor Mutual Insurance',
    description:
      'Health insurance for people aged 60 to 80 that covers pre-existing conditions after one year, with no pre-policy medical tests up to age 70. Includes home care and cataract surgery.',
    annualFee: 32_000,
    fees: 'Annual premium shown for ₹5 lakh cover at age 65; co-payment 20%.',
    minAge: 60,
    maxAge: 80,
    tags: ['health', 'senior', 'retirement', 'cashless'],
  }),
  cover({
    id: 'in-harbor-super-top-up',
    name: 'Harbor Super Top-up ₹50 Lakh',
    provider: 'Harbor Mutual Insurance',
    description:
      'Adds ₹50 lakh of cover above your existing health policy for major illnesses and surgeries, including treatment abroad. Covers the whole family for a modest premium.',
    annualFee: 9_500,
    fees: 'Annual premium shown for a family of four with a ₹5 lakh deductible.',
    minIncome: 1_500_000,
    minAge: 18,
    maxAge: 70,
    tags: ['health', 'premium', 'top-up', 'family'],
  }),
  cover({
    id: 'in-harbor-travel-annual',
    name: 'Harbor Annual Multi-Trip Travel Cover',
    provider: 'Harbor Mutual Insurance',
    description:
      'One policy for every international trip in a year: medical emergencies up to US$500,000 (cover abroad is quoted in dollars), trip cancellation, lost baggage and flight delays. Trips of up to 45 days each.',
    annualFee: 12_000,
    fees: 'Annual premium for worldwide cover excluding the US; ₹16,000 including it.',
    minIncome: 1_200_000,
    minAge: 18,
    maxAge: 70,
    tags: ['travel', 'international', 'premium'],
  }),
  cover({
    id: 'in-harbor-child-future',
    name: 'Harbor Child Future Plan',
    provider: 'Harbor Mutual Insurance',
    description:
      "A savings-linked life policy that pays lump sums at your child's key education milestones. If the parent dies, future premiums are waived and the plan continues.",
    annualFee: 50_000,
    fees: 'Minimum annual premium ₹50,000 for 10 years; surrender charges in the first 5 years.',
    minIncome: 600_000,
    minAge: 25,
    maxAge: 50,
    tags: ['education', 'children', 'family', 'tax-saving'],
  }),
  cover({
    id: 'in-harbor-suraksha-micro',
    name: 'Harbor Suraksha Micro Cover',
    provider: 'Harbor Mutual Insurance',
    description:
      'Accident cover of ₹2 lakh and hospital cash of ₹500 a day for ₹499 a year, bought in two minutes on UPI. No medical tests and no paperwork.',
    annualFee: 499,
    fees: '₹499 a year, auto-renewed by UPI mandate.',
    minAge: 18,
    maxAge: 70,
    tags: ['micro', 'affordable', 'accident', 'new-to-credit'],
  }),
  cover({
    id: 'in-harbor-crop-shield',
    name: 'Harbor Crop Shield',
    provider: 'Harbor Mutual Insurance',
    description:
      'Yield and weather insurance for kharif and rabi crops against drought, flood, hailstorm and pest attack. The farmer pays 1.5 to 2% of the sum insured; claims are assessed by satellite and paid to the bank account.',
    annualFee: 2_400,
    fees: 'Premium 2% of sum insured for kharif, 1.5% for rabi; shown for 5 acres of wheat.',
    minAge: 18,
    maxAge: 80,
    regions: KISAN_REGIONS,
    tags: ['agriculture', 'crop', 'monsoon', 'seasonal'],
  }),
  cover({
    id: 'in-harbor-livestock',
    name: 'Harbor Livestock Insurance',
    provider: 'Harbor Mutual Insurance',
    description:
      'Covers cows, buffaloes and goats against death from disease or accident at market value. Tagged animals, fast claims through the village veterinary officer.',
    annualFee: 1_800,
    fees: 'Premium about 3% of the animal value a year; shown for two milch cows.',
    minAge: 18,
    maxAge: 80,
    customerKind: 'ANY',
    tags: ['dairy', 'livestock', 'agriculture', 'rural'],
  }),
  cover({
    id: 'in-harbor-shop-secure',
    name: 'Harbor Shop & Stock Secure',
    provider: 'Harbor Mutual Insurance',
    description:
      'Protects shops, small factories and their stock against fire, flood, burglary and earthquakes, with public liability cover. Stock value can be declared monthly to match the season.',
    annualFee: 6_500,
    fees: 'Annual premium shown for ₹25 lakh of stock and fittings.',
    minIncome: 500_000,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['business', 'shop', 'stock', 'fire'],
  }),
  cover({
    id: 'in-harbor-group-health-sme',
    name: 'Harbor Group Health for Small Teams',
    provider: 'Harbor Mutual Insurance',
    description:
      'Group health insurance for teams of 5 to 100 employees, covering their families from day one including pre-existing conditions. Helps small firms hire and keep staff.',
    annualFee: 60_000,
    fees: 'Annual premium shown for 10 employees with ₹3 lakh cover each.',
    minIncome: 3_000_000,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['business', 'group-health', 'staff', 'payroll'],
  }),

  // ---------------------------------------------------------------- savings
  savings({
    id: 'sv-aurora-salary-plus',
    name: 'Aurora Salary Plus Account',
    provider: 'Aurora Bank',
    description:
      'A zero-balance salary account with a free platinum debit card, airport lounge visits and pre-approved offers. Salary credits are never charged.',
    rate: 3.0,
    fees: 'No minimum balance while salary is credited; otherwise ₹10,000 average monthly balance.',
    minIncome: 300_000,
    minAge: 18,
    maxAge: 60,
    tags: ['salaried', 'zero-balance', 'digital', 'young'],
  }),
  savings({
    id: 'sv-aurora-premier-savings',
    name: 'Aurora Premier Savings',
    provider: 'Aurora Bank',
    description:
      'A relationship account with a personal banker, automatic sweep of surplus funds into higher-yield deposits and priority service at every branch.',
    rate: 3.5,
    fees: 'Average monthly balance ₹2 lakh, or ₹10 lakh across deposits and investments.',
    minIncome: 2_500_000,
    minAge: 18,
    tags: ['premium', 'relationship-manager', 'sweep-in', 'wealth'],
  }),
  savings({
    id: 'sv-aurora-senior-fd',
    name: 'Aurora Senior Citizen Fixed Deposit',
    provider: 'Aurora Bank',
    description:
      'Fixed deposits for customers over 60 paying 0.5% above card rates, with monthly or quarterly interest payouts to your savings account. Loan against the deposit at any time.',
    rate: 7.75,
    fees: 'Premature withdrawal penalty 0.5%.',
    minAge: 60,
    tags: ['senior', 'fixed-deposit', 'retirement', 'monthly-income'],
  }),
  savings({
    id: 'sv-aurora-tax-saver-fd',
    name: 'Aurora 5-Year Tax Saver Deposit',
    provider: 'Aurora Bank',
    description:
      'A five-year fixed deposit that qualifies for a deduction of up to ₹1.5 lakh under section 80C. Guaranteed returns with no market risk.',
    rate: 7.0,
    fees: 'Locked in for five years; no premature withdrawal.',
    minAge: 18,
    tags: ['tax-saving', 'fixed-deposit', 'lock-in', 'low-risk'],
  }),
  savings({
    id: 'sv-meridian-business-current',
    name: 'Meridian Business Current Account',
    provider: 'Meridian Finance',
    description:
      'A current account for shops and firms with unlimited UPI collections, a free POS terminal, and same-day GST and payroll payments. Cash deposits at any branch up to ₹5 lakh a month free.',
    rate: 0,
    fees: 'Average monthly balance ₹25,000; cash deposits above ₹5 lakh at ₹3 per ₹1,000.',
    minIncome: 1_000_000,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['business', 'current-account', 'upi-collections', 'payments'],
  }),
  savings({
    id: 'sv-northwind-basic',
    name: 'Northwind Basic Savings',
    provider: 'Northwind Credit Union',
    description:
      'A zero-balance account with a RuPay card, UPI and free cash withdrawals at any ATM. No charges of any kind, opened with just an Aadhaar card.',
    rate: 3.0,
    fees: 'No fees and no minimum balance.',
    minAge: 18,
    tags: ['zero-balance', 'basic', 'low-fee', 'new-to-credit', 'upi'],
  }),
  savings({
    id: 'sv-northwind-goal-rd',
    name: 'Northwind Goal Recurring Deposit',
    provider: 'Northwind Credit Union',
    description:
      'Save from ₹500 a month by auto-debit towards a named goal such as a bike, a wedding or school fees. Earns fixed-deposit rates and can be paused once a year.',
    rate: 7.0,
    fees: 'No fees; premature closure at 1% lower interest.',
    minAge: 18,
    tags: ['recurring-deposit', 'goal', 'habit', 'small-ticket'],
  }),
  savings({
    id: 'sv-northwind-merchant',
    name: 'Northwind Merchant Account',
    provider: 'Northwind Credit Union',
    description:
      'A low-cost account for small traders and service businesses with a free UPI QR sound box and daily settlement of collections. Members share in the credit union surplus each year.',
    rate: 2.5,
    fees: 'Average monthly balance ₹5,000; no charges on UPI collections.',
    minIncome: 300_000,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['business', 'upi-collections', 'low-fee', 'retail'],
  }),
  savings({
    id: 'sv-saffron-high-yield',
    name: 'Saffron High Yield Savings',
    provider: 'Saffron Small Finance Bank',
    description:
      'A digital savings account paying 7% a year on balances above ₹5 lakh and 6% below, credited monthly. Deposits are insured up to ₹5 lakh.',
    rate: 7.0,
    fees: 'Average monthly balance ₹5,000.',
    minAge: 18,
    tags: ['high-interest', 'digital', 'savings', 'monthly-income'],
  }),
  savings({
    id: 'sv-kisan-gramin-savings',
    name: 'Kisan Gramin Savings',
    provider: 'Kisan Cooperative Bank',
    description:
      'A zero-balance account for farmers that receives subsidy and crop-sale payments directly, with doorstep banking through village correspondents. Overdraft of ₹10,000 after six months.',
    rate: 3.25,
    fees: 'No fees and no minimum balance.',
    minAge: 18,
    regions: KISAN_REGIONS,
    tags: ['rural', 'agriculture', 'zero-balance', 'subsidy'],
  }),
  savings({
    id: 'sv-kisan-harvest-deposit',
    name: 'Kisan Harvest Flexi Deposit',
    provider: 'Kisan Cooperative Bank',
    description:
      'Park your harvest money at deposit rates and withdraw in parts for the next sowing season without breaking the whole deposit. Sweeps automatically from your savings account.',
    rate: 6.5,
    fees: 'No fees; withdrawals in multiples of ₹5,000.',
    minAge: 18,
    regions: KISAN_REGIONS,
    customerKind: 'ANY',
    tags: ['agriculture', 'seasonal', 'fixed-deposit', 'flexible'],
  }),

  // ---------------------------------------------------------------- investments
  investment({
    id: 'iv-lotus-flexicap-sip',
    name: 'Lotus Flexicap Fund',
    provider: 'Lotus Capital',
    description:
      'A diversified equity fund that invests across large, mid and small companies, with monthly SIPs from ₹500. Suited to goals at least five years away.',
    rate: null,
    fees: 'Expense ratio 0.65% (direct plan); exit load 1% within one year.',
    minAge: 18,
    tags: ['equity', 'sip', 'long-term', 'wealth'],
  }),
  investment({
    id: 'iv-lotus-elss-tax-saver',
    name: 'Lotus ELSS Tax Saver Fund',
    provider: 'Lotus Capital',
    description:
      'An equity fund with a three-year lock-in, the shortest among 80C tax-saving options, for deductions of up to ₹1.5 lakh a year. Start with a ₹500 SIP.',
    rate: null,
    fees: 'Expense ratio 0.7% (direct plan); three-year lock-in per instalment.',
    minAge: 18,
    tags: ['tax-saving', 'equity', 'sip', 'young'],
  }),
  investment({
    id: 'iv-lotus-retirement-income',
    name: 'Lotus Retirement Income Fund',
    provider: 'Lotus Capital',
    description:
      'A conservative hybrid fund, about 75% in bonds and 25% in equity, with a systematic withdrawal plan that pays a monthly income in retirement.',
    rate: null,
    fees: 'Expense ratio 0.8%; no exit load after 12 months.',
    minAge: 40,
    tags: ['retirement', 'monthly-income', 'low-risk', 'pension'],
  }),
  investment({
    id: 'iv-lotus-pension-builder',
    name: 'Lotus Pension Builder (NPS Tier I)',
    provider: 'Lotus Capital',
    description:
      'Build a retirement corpus through the National Pension System with an extra tax deduction of ₹50,000 under 80CCD(1B). Choose how much goes into equity, and take an annuity at 60.',
    rate: null,
    fees: 'Fund management fee 0.09%; contribution charge 0.2%.',
    minAge: 18,
    maxAge: 70,
    tags: ['retirement', 'pension', 'tax-saving', 'long-term'],
  }),
  investment({
    id: 'iv-lotus-gold-savings',
    name: 'Lotus Gold Savings Fund',
    provider: 'Lotus Capital',
    description:
      'Invest in gold from ₹100 without the worry of storing jewellery, backed by physical gold in a vault. A hedge against inflation and a classic savings for weddings.',
    rate: null,
    fees: 'Expense ratio 0.5%.',
    minAge: 18,
    customerKind: 'ANY',
    tags: ['gold', 'sip', 'diversification', 'small-ticket'],
  }),
  investment({
    id: 'iv-lotus-corporate-bond',
    name: 'Lotus AAA Corporate Bond Fund',
    provider: 'Lotus Capital',
    description:
      'Invests only in AAA-rated corporate and public-sector bonds for steadier returns than equity, currently yielding about 7.5%. Useful for parking money for one to three years.',
    rate: null,
    fees: 'Expense ratio 0.35%; no exit load.',
    minIncome: 600_000,
    minAge: 18,
    customerKind: 'ANY',
    tags: ['bonds', 'fixed-income', 'low-risk', 'wealth'],
  }),
  investment({
    id: 'iv-lotus-wealth-pms',
    name: 'Lotus Wealth Portfolio Management',
    provider: 'Lotus Capital',
    description:
      'A personally managed equity portfolio from ₹50 lakh, with a dedicated fund manager and quarterly reviews. Built for high-net-worth investors with long horizons.',
    rate: null,
    fees: 'Management fee 2% a year, or 1% plus 15% of gains above 10%.',
    minIncome: 5_000_000,
    minScore: 700,
    minAge: 25,
    tags: ['premium', 'wealth', 'equity', 'advisory'],
  }),
  investment({
    id: 'iv-lotus-liquid-treasury',
    name: 'Lotus Liquid Fund for Business Treasury',
    provider: 'Lotus Capital',
    description:
      'Park surplus business cash overnight or for a few weeks in a liquid fund that typically earns more than a current account, with redemptions credited the next day.',
    rate: null,
    fees: 'Expense ratio 0.2%; graded exit load for the first six days.',
    minIncome: 2_000_000,
    minAge: null,
    customerKind: 'BUSINESS',
    tags: ['liquid', 'treasury', 'business', 'low-risk'],
  }),
  investment({
    id: 'iv-lotus-children-education',
    name: "Lotus Children's Education Fund",
    provider: 'Lotus Capital',
    description:
      "A balanced fund with a lock-in until your child turns 18, built to pay for college and professional courses. SIPs from ₹1,000 and free insurance on the SIP.",
    rate: null,
    fees: 'Expense ratio 0.9%; locked in for 5 years or until the child turns 18.',
    minIncome: 400_000,
    minAge: 22,
    maxAge: 55,
    tags: ['education', 'children', 'family', 'long-term'],
  }),
  investment({
    id: 'iv-aurora-senior-income-bond',
    name: 'Aurora Senior Income Bond',
    provider: 'Aurora Bank',
    description:
      'A five-year bond for investors over 60 that pays 8.2% a year as quarterly interest, up to ₹30 lakh per person. Interest can be credited straight to your pension account.',
    rate: 8.2,
    fees: 'No fees; premature exit after one year at 1% lower interest.',
    minAge: 60,
    tags: ['senior', 'retirement', 'quarterly-income', 'low-risk'],
  }),
  investment({
    id: 'iv-northwind-starter-sip',
    name: 'Northwind Starter Index SIP',
    provider: 'Northwind Credit Union',
    description:
      'A Nifty 50 index fund you can start with ₹100 a month, with no advice fees and an app that explains every statement. The easiest first step into investing.',
    rate: null,
    fees: 'Expense ratio 0.15%; no exit load.',
    minAge: 18,
    tags: ['sip', 'index-fund', 'small-ticket', 'beginner'],
  }),
];

const byId = new Map(CATALOG.map((p) => [p.id, p]));

export function catalogProduct(id: string): CatalogEntry {
  const product = byId.get(id);
  if (!product) throw new Error(`unknown product ${id}`);
  return product;
}
