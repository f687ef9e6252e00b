// Contact details and account numbers of the synthetic customers: an email, an Indian mobile
// number, a date of birth consistent with the age (individuals), a postal address in the
// customer's state. They draw from their own stream (seed, 'contact', id), after the customer is
// made, so that adding them changed nothing else the generator draws.
import type { PostalAddress } from '../server/src/repositories/customer-pii.js';
import type { Region } from '../server/src/domain/reference.js';
import { foldText } from '../server/src/security/blind-index.js';
import { Random } from './random.js';

export interface ContactDetails {
  email: string;
  /** +91 and ten digits, written "+91 98765 43210". */
  phone: string;
  /** YYYY-MM-DD; null for a business. */
  dateOfBirth: string | null;
  address: PostalAddress;
}

/** Cities of each state with the first three digits of their PIN codes. */
const CITIES: Record<Region, readonly (readonly [string, string])[]> = {
  Maharashtra: [['Mumbai', '400'], ['Pune', '411'], ['Nagpur', '440'], ['Nashik', '422']],
  Karnataka: [['Bengaluru', '560'], ['Mysuru', '570'], ['Hubballi', '580'], ['Mangaluru', '575']],
  'Tamil Nadu': [['Chennai', '600'], ['Coimbatore', '641'], ['Madurai', '625'], ['Tiruchirappalli', '620']],
  Delhi: [['New Delhi', '110']],
  Gujarat: [['Ahmedabad', '380'], ['Surat', '395'], ['Vadodara', '390'], ['Rajkot', '360']],
  'West Bengal': [['Kolkata', '700'], ['Howrah', '711'], ['Siliguri', '734'], ['Durgapur', '713']],
  Punjab: [['Ludhiana', '141'], ['Amritsar', '143'], ['Jalandhar', '144'], ['Patiala', '147']],
  'Uttar Pradesh': [['Lucknow', '226'], ['Kanpur', '208'], ['Varanasi', '221'], ['Agra', '282']],
  Kerala: [['Kochi', '682'], ['Thiruvananthapuram', '695'], ['Kozhikode', '673'], ['Thrissur', '680']],
  Telangana: [['Hyderabad', '500'], ['Warangal', '506'], ['Karimnagar', '505']],
};

const STREETS = ['MG Road', 'Station Road', 'Gandhi Nagar', 'Nehru Street', 'Main Bazaar Road', 'Temple Street', 'Market Road', 'Lake View Colony', 'Shivaji Nagar', 'Old Bus Stand Road', 'Ambedkar Colony', 'Sector 4'];
const PERSONAL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.in', 'outlook.com', 'rediffmail.com'];
const DAY_MS = 86_400_000;

/** Letters and digits of a name, folded to ASCII, for the local part of an email. */
function slug(text: string): string[] {
  return foldText(text).split(/[^a-z0-9]+/).filter(Boolean);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function contactDetails(
  seed: number,
  c: { id: number; name: string; kind: string; region: Region; age: number | null },
  asOf: Date,
): ContactDetails {
  const rng = Random.stream(seed, 'contact', c.id);
  const words = slug(c.name);
  // The id keeps every address distinct, so an exact email finds one customer.
  const email =
    c.kind === 'BUSINESS' ? `accounts.${words.join('')}${c.id}@${rng.pick(['gmail.com', 'outlook.com'])}` : `${words.join(rng.pick(['.', '_', '']))}${c.id}@${rng.pick(PERSONAL_DOMAINS)}`;
  const mobile = `${rng.int(6, 9)}${pad(rng.int(0, 999_999_999), 9)}`;
  const phone = `+91 ${mobile.slice(0, 5)} ${mobile.slice(5)}`;
  let dateOfBirth: string | null = null;
  if (c.age !== null) {
    // `age` full years on asOf: born 1-365 days before the asOf date, age years earlier.
    const anniversary = Date.UTC(asOf.getUTCFullYear() - c.age, asOf.getUTCMonth(), asOf.getUTCDate());
    dateOfBirth = new Date(anniversary - rng.int(1, 364) * DAY_MS).toISOString().slice(0, 10);
  }
  const [city, pin] = rng.pick(CITIES[c.region]);
  const address = { line1: `${rng.int(1, 240)}, ${rng.pick(STREETS)}`, city, state: c.region, postalCode: `${pin}${pad(rng.int(1, 99), 3)}` };
  return { email, phone, dateOfBirth, address };
}

/** Luhn check digit of a digit string. */
function luhn(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A card number (16 digits, valid Luhn) for a card, else a 14-digit bank account number. */
export function accountNumber(seed: number, customerId: number, productId: string): string {
  const rng = Random.stream(seed, 'account', customerId, productId);
  if (productId.startsWith('cc-')) {
    const body = `4${pad(rng.int(0, 99_999), 5)}${pad(rng.int(0, 999_999_999), 9)}`;
    return body + luhn(body);
  }
  return `${pad(rng.int(1, 9_999), 4)}${pad(rng.int(0, 9_999_999_999), 10)}`;
}
