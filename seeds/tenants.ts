// The two seeded tenants: the default demo bank, which offers the whole catalog, and a
// white-label credit union that offers a member-focused subset under its own look.
import type { tenants } from '../drizzle/schema.js';
import { CATALOG } from './catalog.js';

export type NewTenant = typeof tenants.$inferInsert;

export const DEFAULT_TENANT_ID = 'demo';
export const NORTHWIND_TENANT_ID = 'northwind';

export interface Theme {
  primaryColor: string;
  accentColor: string;
  logoText: string;
  fontFamily: string;
  [key: string]: string;
}

export interface TenantSeed {
  id: string;
  name: string;
  theme: Theme;
  productIds: readonly string[];
}

/** The credit union's own products plus the partner products it distributes. */
const NORTHWIND_PRODUCT_IDS = [
  'cc-northwind-member-rewards',
  'cc-northwind-secured-builder',
  'cc-kisan-credit-card',
  'pl-northwind-credit-builder',
  'pl-northwind-two-wheeler',
  'pl-saffron-sahaj-small-ticket',
  'bl-northwind-shop-overdraft',
  'bl-saffron-udyam-micro',
  'bl-kisan-crop-loan',
  'bl-kisan-tractor',
  'mg-northwind-affordable-home',
  'in-harbor-term-protect',
  'in-harbor-family-health',
  'in-harbor-senior-care',
  'in-harbor-suraksha-micro',
  'in-harbor-crop-shield',
  'in-harbor-shop-secure',
  'sv-northwind-basic',
  'sv-northwind-goal-rd',
  'sv-northwind-merchant',
  'sv-saffron-high-yield',
  'sv-kisan-gramin-savings',
  'iv-northwind-starter-sip',
  'iv-lotus-flexicap-sip',
  'iv-lotus-elss-tax-saver',
  'iv-lotus-retirement-income',
  'iv-lotus-gold-savings',
] as const;

export const TENANTS: readonly TenantSeed[] = [
  {
    id: DEFAULT_TENANT_ID,
    name: 'Creditgraph Demo Bank',
    theme: {
      primaryColor: '#1f3a93',
      accentColor: '#f5a623',
      logoText: 'Creditgraph',
      fontFamily: 'Inter, system-ui, sans-serif',
    },
    productIds: CATALOG.map((p) => p.id),
  },
  {
    id: NORTHWIND_TENANT_ID,
    name: 'Northwind Credit Union',
    theme: {
      primaryColor: '#0b6e4f',
      accentColor: '#e4572e',
      logoText: 'Northwind CU',
      fontFamily: '"Source Sans 3", "Segoe UI", sans-serif',
    },
    productIds: NORTHWIND_PRODUCT_IDS,
  },
];

export function tenantSeed(id: string): TenantSeed {
  const tenant = TENANTS.find((t) => t.id === id);
  if (!tenant) throw new Error(`unknown tenant ${id}`);
  return tenant;
}

/** Rows for the tenants table. */
export function tenantRows(): NewTenant[] {
  return TENANTS.map(({ id, name, theme }) => ({ id, name, theme }));
}

/** Rows for the tenant_products table. */
export function tenantProductRows(): { tenantId: string; productId: string }[] {
  return TENANTS.flatMap((t) => t.productIds.map((productId) => ({ tenantId: t.id, productId })));
}
