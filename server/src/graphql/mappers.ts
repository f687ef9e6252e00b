// What each GraphQL type is backed by on the server (codegen "mappers").
import type { ProductRow, TenantRow } from '../catalog/catalog-store.js';
import type { CustomerRow, HoldingRow } from '../repositories/customers.js';
import type { ServedRecommendation } from '../services/recommendations.js';
import type { SpendProfile } from '../../../drizzle/schema.js';
import type { Viewer } from '../security/viewer.js';

export type CustomerModel = CustomerRow;
export type ProductModel = ProductRow;
export type HoldingModel = HoldingRow;
export type RecommendationModel = ServedRecommendation;
export type TenantModel = TenantRow;
export type ViewerModel = Viewer;
export type ProductMatchModel = { productId: string; score: number };
export type SpendProfileModel = SpendProfile;
export type ThemeModel = Record<string, string>;
export type DevLoginModel = { token: string; viewer: Viewer };
