// One-line pricing summary for a product: APR range, interest rate, annual fee.
import { formatINR } from '../../format';

interface Priced {
  aprMin?: number | null;
  aprMax?: number | null;
  interestRate?: number | null;
  annualFee: number;
}

const pct = (n: number) => `${Number(n.toFixed(2))}%`;

export function pricing(p: Priced): string {
  const parts: string[] = [];
  if (p.aprMin != null && p.aprMax != null) {
    parts.push(p.aprMin === p.aprMax ? `APR ${pct(p.aprMin)}` : `APR ${pct(p.aprMin)}–${pct(p.aprMax)}`);
  } else if (p.aprMin != null) parts.push(`APR from ${pct(p.aprMin)}`);
  if (p.interestRate != null) parts.push(`Interest ${pct(p.interestRate)} p.a.`);
  parts.push(p.annualFee > 0 ? `Fee ${formatINR(p.annualFee)}/yr` : 'No annual fee');
  return parts.join(' · ');
}
