// Regional Indian names for people and businesses. A person's surname pool follows their state,
// so a customer list reads like one from that state.
import type { Region } from '../server/src/domain/reference.js';
import type { Random } from './random.js';

interface NamePool {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
  /** Surnames used only by women, e.g. Kaur in Punjab; mixed into their choice. */
  femaleSurnames?: readonly string[];
}

const NAMES: Record<Region, NamePool> = {
  Maharashtra: {
    male: ['Aditya', 'Rohan', 'Omkar', 'Sai', 'Prathamesh', 'Vishal', 'Sachin', 'Mangesh', 'Ganesh', 'Nilesh'],
    female: ['Sneha', 'Pooja', 'Prachi', 'Vaishnavi', 'Rutuja', 'Sayali', 'Ashwini', 'Madhuri', 'Shubhangi', 'Kavita'],
    surnames: ['Patil', 'Deshmukh', 'Kulkarni', 'Joshi', 'Shinde', 'Pawar', 'Jadhav', 'Gokhale', 'More', 'Bhosale'],
  },
  Karnataka: {
    male: ['Darshan', 'Raghav', 'Manjunath', 'Kiran', 'Prajwal', 'Suresh', 'Naveen', 'Chetan', 'Vinay', 'Basavaraj'],
    female: ['Kavya', 'Shreya', 'Ananya', 'Pallavi', 'Deepa', 'Sahana', 'Bhavya', 'Rashmi', 'Sowmya', 'Nandini'],
    surnames: ['Gowda', 'Hegde', 'Rao', 'Shetty', 'Kamath', 'Naik', 'Bhat', 'Patil', 'Reddy', 'Acharya'],
  },
  'Tamil Nadu': {
    male: ['Karthik', 'Arun', 'Senthil', 'Vignesh', 'Prakash', 'Balaji', 'Murali', 'Saravanan', 'Dinesh', 'Gokul'],
    female: ['Divya', 'Lakshmi', 'Priya', 'Meena', 'Revathi', 'Keerthana', 'Gayathri', 'Janani', 'Sangeetha', 'Vidya'],
    surnames: ['Iyer', 'Subramanian', 'Krishnan', 'Murugan', 'Raman', 'Selvam', 'Natarajan', 'Sundaram', 'Chandrasekaran', 'Rajan'],
  },
  Delhi: {
    male: ['Rahul', 'Aman', 'Kunal', 'Rohit', 'Varun', 'Nikhil', 'Sahil', 'Gaurav', 'Akash', 'Tarun'],
    female: ['Neha', 'Ritu', 'Simran', 'Pallavi', 'Shruti', 'Megha', 'Nidhi', 'Aditi', 'Swati', 'Tanya'],
    surnames: ['Sharma', 'Gupta', 'Malhotra', 'Kapoor', 'Arora', 'Khanna', 'Bhatia', 'Verma', 'Sethi', 'Chopra'],
  },
  Gujarat: {
    male: ['Hardik', 'Dhruv', 'Parth', 'Jignesh', 'Chirag', 'Bhavesh', 'Nirav', 'Ketan', 'Mehul', 'Alpesh'],
    female: ['Jinal', 'Krupa', 'Hetal', 'Komal', 'Nisha', 'Foram', 'Dhara', 'Riddhi', 'Mansi', 'Bhumi'],
    surnames: ['Patel', 'Shah', 'Mehta', 'Desai', 'Parikh', 'Trivedi', 'Chauhan', 'Joshi', 'Pandya', 'Vyas'],
  },
  'West Bengal': {
    male: ['Arnab', 'Soumya', 'Debashish', 'Sourav', 'Anirban', 'Subhajit', 'Rajib', 'Abhijit', 'Partha', 'Indranil'],
    female: ['Riya', 'Payel', 'Ananya', 'Moumita', 'Sreya', 'Tanushree', 'Sharmistha', 'Debjani', 'Rupa', 'Shreya'],
    surnames: ['Banerjee', 'Chatterjee', 'Mukherjee', 'Das', 'Ghosh', 'Bose', 'Sen', 'Roy', 'Dutta', 'Mondal'],
  },
  Punjab: {
    male: ['Gurpreet', 'Harpreet', 'Manpreet', 'Jaspreet', 'Navjot', 'Amandeep', 'Baljit', 'Sukhwinder', 'Kuldeep', 'Harjit'],
    female: ['Simranjeet', 'Gurleen', 'Harleen', 'Jasleen', 'Navneet', 'Rupinder', 'Manjit', 'Paramjit', 'Amrit', 'Kiranjot'],
    surnames: ['Singh', 'Gill', 'Sandhu', 'Dhillon', 'Brar', 'Grewal', 'Sidhu', 'Bains', 'Virk', 'Randhawa'],
    femaleSurnames: ['Kaur'],
  },
  'Uttar Pradesh': {
    male: ['Ankit', 'Saurabh', 'Ravi', 'Vikas', 'Shivam', 'Rajesh', 'Abhishek', 'Deepak', 'Ramesh', 'Ajay'],
    female: ['Pooja', 'Shivani', 'Priyanka', 'Anjali', 'Sunita', 'Neelam', 'Kajal', 'Shalini', 'Rekha', 'Archana'],
    surnames: ['Yadav', 'Mishra', 'Tiwari', 'Pandey', 'Srivastava', 'Shukla', 'Verma', 'Chaudhary', 'Dubey', 'Maurya'],
  },
  Kerala: {
    male: ['Arjun', 'Vishnu', 'Jithin', 'Midhun', 'Anoop', 'Sreejith', 'Rahul', 'Abin', 'Jibin', 'Sanjay'],
    female: ['Anjali', 'Aswathy', 'Reshma', 'Athira', 'Sruthi', 'Neethu', 'Lekshmi', 'Anu', 'Divya', 'Maria'],
    surnames: ['Nair', 'Menon', 'Pillai', 'Kurian', 'Thomas', 'Varghese', 'Joseph', 'Panicker', 'Namboothiri', 'Mathew'],
  },
  Telangana: {
    male: ['Srinivas', 'Venkat', 'Harish', 'Ramesh', 'Sai Kiran', 'Mahesh', 'Naresh', 'Praveen', 'Anil', 'Srikanth'],
    female: ['Sravani', 'Swathi', 'Keerthi', 'Lavanya', 'Sindhu', 'Madhavi', 'Haritha', 'Spandana', 'Bhargavi', 'Sirisha'],
    surnames: ['Reddy', 'Rao', 'Goud', 'Naidu', 'Varma', 'Chowdary', 'Yadav', 'Sharma', 'Kumar', 'Achari'],
  },
};

export function personName(rng: Random, region: Region): string {
  const pool = NAMES[region];
  const female = rng.chance(0.48);
  const first = rng.pick(female ? pool.female : pool.male);
  const surname =
    female && pool.femaleSurnames && rng.chance(0.6) ? rng.pick(pool.femaleSurnames) : rng.pick(pool.surnames);
  return `${first} ${surname}`;
}

/** What a small business does; drives its name, employment text and spending. */
export interface Trade {
  /** Shown as the customer's employment, e.g. "Kirana and general store". */
  label: string;
  nameWords: readonly string[];
  /** Share of revenue spent on stock and supplies, 0..1. */
  inventoryShare: number;
  /** Share of revenue paid as wages, 0..1. */
  payrollShare: number;
}

export const TRADES: readonly Trade[] = [
  { label: 'Kirana and general store', nameWords: ['General Store', 'Kirana Mart', 'Provision Stores'], inventoryShare: 0.7, payrollShare: 0.06 },
  { label: 'Textiles and garments', nameWords: ['Textiles', 'Garments', 'Fabrics', 'Saree Centre'], inventoryShare: 0.55, payrollShare: 0.12 },
  { label: 'Auto parts and service', nameWords: ['Auto Parts', 'Motors', 'Auto Works'], inventoryShare: 0.5, payrollShare: 0.15 },
  { label: 'Pharmacy', nameWords: ['Medicals', 'Pharmacy', 'Chemists'], inventoryShare: 0.65, payrollShare: 0.08 },
  { label: 'Restaurant and catering', nameWords: ['Restaurant', 'Bhojanalaya', 'Caterers', 'Tiffin Centre'], inventoryShare: 0.38, payrollShare: 0.25 },
  { label: 'IT services', nameWords: ['Infotech', 'Software Solutions', 'Digital Services'], inventoryShare: 0.05, payrollShare: 0.55 },
  { label: 'Logistics and transport', nameWords: ['Roadways', 'Logistics', 'Transport Co.'], inventoryShare: 0.25, payrollShare: 0.22 },
  { label: 'Hardware and building materials', nameWords: ['Hardware', 'Building Materials', 'Steel Traders'], inventoryShare: 0.65, payrollShare: 0.08 },
  { label: 'Electronics and mobile retail', nameWords: ['Electronics', 'Mobile Point', 'Digital World'], inventoryShare: 0.68, payrollShare: 0.07 },
  { label: 'Bakery and sweets', nameWords: ['Bakers', 'Sweets', 'Mithai Bhandar'], inventoryShare: 0.45, payrollShare: 0.18 },
  { label: 'Printing and packaging', nameWords: ['Printers', 'Packaging', 'Offset Press'], inventoryShare: 0.45, payrollShare: 0.2 },
  { label: 'Beauty salon', nameWords: ['Beauty Parlour', 'Salon', 'Unisex Salon'], inventoryShare: 0.15, payrollShare: 0.35 },
  { label: 'Clinic and diagnostics', nameWords: ['Clinic', 'Diagnostics', 'Health Centre'], inventoryShare: 0.2, payrollShare: 0.35 },
  { label: 'Agro processing', nameWords: ['Agro Industries', 'Rice Mill', 'Oil Mill', 'Agro Foods'], inventoryShare: 0.6, payrollShare: 0.12 },
];

const AUSPICIOUS = ['Shree Ganesh', 'Sai', 'Lakshmi', 'Jai Ambe', 'Balaji', 'Om Sai', 'Shree Krishna', 'Durga', 'Guru Kripa', 'Mahalaxmi'];
const DESCRIPTIVE = ['Star', 'New India', 'Royal', 'Green Leaf', 'Sunrise', 'Metro', 'Galaxy', 'Pioneer', 'Prime', 'Navrang'];
const LEGAL_SUFFIXES = ['', '', '', ' & Sons', ' Enterprises', ' LLP', ' Pvt Ltd'];

export function businessName(rng: Random, region: Region, trade: Trade): string {
  const style = rng.next();
  const prefix =
    style < 0.4 ? rng.pick(AUSPICIOUS) : style < 0.7 ? rng.pick(NAMES[region].surnames) : rng.pick(DESCRIPTIVE);
  return `${prefix} ${rng.pick(trade.nameWords)}${rng.pick(LEGAL_SUFFIXES)}`;
}
