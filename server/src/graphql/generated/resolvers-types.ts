import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerModel, ProductModel, HoldingModel, RecommendationModel, TenantModel, ViewerModel, ProductMatchModel, SpendProfileModel, ThemeModel, DevLoginModel } from '../mappers.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time with offset, e.g. 2026-11-21T05:00:00.000Z. */
  DateTime: { input: Date | string; output: Date | string; }
};

export type Customer = Node & {
  __typename?: 'Customer';
  /** Individuals only. */
  age?: Maybe<Scalars['Int']['output']>;
  /** Annual income, or annual revenue for a business. */
  annualIncome: Scalars['Float']['output'];
  /** Bureau score 300-850; null for a customer who is new to credit. */
  creditScore?: Maybe<Scalars['Int']['output']>;
  employment: Scalars['String']['output'];
  goals: Scalars['String']['output'];
  holdings: Array<Holding>;
  id: Scalars['ID']['output'];
  kind: CustomerKind;
  name: Scalars['String']['output'];
  newToCredit: Scalars['Boolean']['output'];
  /** Products that peers in the same segment commonly hold and this customer does not. */
  productGaps: Array<Product>;
  /** The top-k products for this customer, ranked, each with a confidence and reasons. k is 1-50. */
  recommendations: Array<Recommendation>;
  region: Scalars['String']['output'];
  /** Segment code, e.g. YOUNG_PROFESSIONAL; see Query.segments for labels. */
  segment: Scalars['String']['output'];
  segmentLabel: Scalars['String']['output'];
  /** Twelve months of transactions, summarised. */
  spendingProfile?: Maybe<SpendingProfile>;
  /** Businesses only. */
  yearsInBusiness?: Maybe<Scalars['Int']['output']>;
};


export type CustomerRecommendationsArgs = {
  k?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  kind?: InputMaybe<CustomerKind>;
  region?: InputMaybe<Scalars['String']['input']>;
  /** Part of the customer's name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerKind =
  | 'BUSINESS'
  | 'INDIVIDUAL';

export type DevLogin = {
  __typename?: 'DevLogin';
  token: Scalars['String']['output'];
  viewer: Viewer;
};

export type Eligibility = {
  __typename?: 'Eligibility';
  customerKind: ProductAudience;
  maxAge?: Maybe<Scalars['Int']['output']>;
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Null: open to customers who are new to credit. */
  minCreditScore?: Maybe<Scalars['Int']['output']>;
  /** Annual income, or revenue for businesses. */
  minIncome: Scalars['Float']['output'];
  /** Empty: offered in every region. */
  regions: Array<Scalars['String']['output']>;
};

export type Holding = {
  __typename?: 'Holding';
  balance: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  product: Product;
  status: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Development only (NODE_ENV other than production): a signed token for the chosen role and tenant.
   * Send it as `Authorization: Bearer <token>`.
   */
  devLogin: DevLogin;
};


export type MutationDevLoginArgs = {
  role: Role;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

/** An object with a globally unique id, fetchable with Query.node. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Relay cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Product = Node & {
  __typename?: 'Product';
  annualFee: Scalars['Float']['output'];
  aprMax?: Maybe<Scalars['Float']['output']>;
  /** Annual percentage rate range for credit products. */
  aprMin?: Maybe<Scalars['Float']['output']>;
  category: ProductCategory;
  /** Stable readable code, e.g. cc-aurora-travel-elite. */
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  eligibility: Eligibility;
  fees: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Annual interest paid to the customer, for savings products. */
  interestRate?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  provider: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
};

export type ProductAudience =
  | 'ANY'
  | 'BUSINESS'
  | 'INDIVIDUAL';

export type ProductCategory =
  | 'BUSINESS_LOAN'
  | 'CREDIT_CARD'
  | 'INSURANCE'
  | 'INVESTMENT'
  | 'MORTGAGE'
  | 'PERSONAL_LOAN'
  | 'SAVINGS';

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  category?: InputMaybe<ProductCategory>;
  customerKind?: InputMaybe<CustomerKind>;
  provider?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ProductMatch = {
  __typename?: 'ProductMatch';
  product: Product;
  /** Cosine similarity between the text and the product, -1 to 1. */
  score: Scalars['Float']['output'];
};

/** A prospect with no record. Invalid values are rejected with BAD_USER_INPUT naming the field. */
export type ProfileInput = {
  /** 18 or over. */
  age?: InputMaybe<Scalars['Int']['input']>;
  /** 300-850; leave out for someone new to credit. */
  creditScore?: InputMaybe<Scalars['Int']['input']>;
  /** Product codes or ids the prospect already holds. */
  existingProducts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Free text, e.g. "save for my daughter's education". */
  goals?: InputMaybe<Scalars['String']['input']>;
  /** Annual income, or revenue for a business; not negative. */
  income: Scalars['Float']['input'];
  kind: CustomerKind;
  /** One of Query.regions. */
  region: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  customer?: Maybe<Customer>;
  /** The viewer's customers, newest id first. first is 1-100 (default 20). */
  customers: CustomerConnection;
  /** Tenants a development login may choose; outside production only. */
  devTenants: Array<Tenant>;
  /** Any object by its global id; null when the id is unknown or not visible to the viewer. */
  node?: Maybe<Node>;
  product?: Maybe<Product>;
  /** Products offered by the viewer's tenant. first is 1-100 (default 20). */
  products: ProductConnection;
  /** Top-k products for a prospect with no record. k is 1-50. */
  recommendationsForProfile: Array<Recommendation>;
  regions: Array<Scalars['String']['output']>;
  /** Semantic search over the catalog with the embedding model. first is 1-50. */
  searchProducts: Array<ProductMatch>;
  segments: Array<SegmentInfo>;
  viewer: Viewer;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecommendationsForProfileArgs = {
  k?: InputMaybe<Scalars['Int']['input']>;
  profile: ProfileInput;
};


export type QuerySearchProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};

export type Reason = {
  __typename?: 'Reason';
  /** Stable machine code, e.g. NEED_MATCH, PEER_UPTAKE, PRODUCT_GAP, ELIGIBILITY_MARGIN, APPROVAL_LIKELIHOOD. */
  code: Scalars['String']['output'];
  text: Scalars['String']['output'];
  /** This reason's share of the score, 0 to 1. */
  weight: Scalars['Float']['output'];
};

export type Recommendation = {
  __typename?: 'Recommendation';
  /** 0 to 100. */
  confidence: Scalars['Float']['output'];
  modelVersion: Scalars['String']['output'];
  product: Product;
  /** 1 is the best. */
  rank: Scalars['Int']['output'];
  /** Two to four plain-language reasons, strongest first. */
  reasons: Array<Reason>;
  /** The combined score behind the rank and the confidence. */
  score: Scalars['Float']['output'];
};

/** What a viewer may do. Every query is scoped to the viewer's tenant. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'COLLECTOR'
  | 'RELATIONSHIP_MANAGER';

export type SegmentInfo = {
  __typename?: 'SegmentInfo';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type Share = {
  __typename?: 'Share';
  name: Scalars['String']['output'];
  /** 0 to 1. */
  share: Scalars['Float']['output'];
};

export type SpendingProfile = {
  __typename?: 'SpendingProfile';
  channels: Array<Share>;
  /** Coefficient of variation of monthly inflows: near 0 for a salary, high for seasonal income. */
  incomeVariability: Scalars['Float']['output'];
  monthlyInflow: Scalars['Float']['output'];
  monthlyOutflow: Scalars['Float']['output'];
  /** Months (1-12) with the highest inflows. */
  peakIncomeMonths: Array<Scalars['Int']['output']>;
  topCategories: Array<Share>;
};

/** A white-label partner with its own customers, catalog and look. */
export type Tenant = Node & {
  __typename?: 'Tenant';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  theme: Theme;
};

export type Theme = {
  __typename?: 'Theme';
  accentColor: Scalars['String']['output'];
  fontFamily: Scalars['String']['output'];
  logoText: Scalars['String']['output'];
  primaryColor: Scalars['String']['output'];
};

/** Who is asking: from the signed token, or the demo relationship manager outside production. */
export type Viewer = {
  __typename?: 'Viewer';
  role: Role;
  tenant: Tenant;
  userId: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( CustomerModel )
    | ( ProductModel )
    | ( TenantModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerKind: CustomerKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DevLogin: ResolverTypeWrapper<DevLoginModel>;
  Eligibility: ResolverTypeWrapper<ProductModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Holding: ResolverTypeWrapper<HoldingModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Product: ResolverTypeWrapper<ProductModel>;
  ProductAudience: ProductAudience;
  ProductCategory: ProductCategory;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductMatch: ResolverTypeWrapper<ProductMatchModel>;
  ProfileInput: ProfileInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reason: ResolverTypeWrapper<Reason>;
  Recommendation: ResolverTypeWrapper<RecommendationModel>;
  Role: Role;
  SegmentInfo: ResolverTypeWrapper<SegmentInfo>;
  Share: ResolverTypeWrapper<Share>;
  SpendingProfile: ResolverTypeWrapper<SpendProfileModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Tenant: ResolverTypeWrapper<TenantModel>;
  Theme: ResolverTypeWrapper<ThemeModel>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Customer: CustomerModel;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  DateTime: Scalars['DateTime']['output'];
  DevLogin: DevLoginModel;
  Eligibility: ProductModel;
  Float: Scalars['Float']['output'];
  Holding: HoldingModel;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Product: ProductModel;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductMatch: ProductMatchModel;
  ProfileInput: ProfileInput;
  Query: Record<PropertyKey, never>;
  Reason: Reason;
  Recommendation: RecommendationModel;
  SegmentInfo: SegmentInfo;
  Share: Share;
  SpendingProfile: SpendProfileModel;
  String: Scalars['String']['output'];
  Tenant: TenantModel;
  Theme: ThemeModel;
  Viewer: ViewerModel;
}>;

export type CustomerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  annualIncome?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  creditScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  employment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  goals?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CustomerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newToCredit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  productGaps?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<CustomerRecommendationsArgs, 'k'>>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segmentLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spendingProfile?: Resolver<Maybe<ResolversTypes['SpendingProfile']>, ParentType, ContextType>;
  yearsInBusiness?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DevLoginResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DevLogin'] = ResolversParentTypes['DevLogin']> = ResolversObject<{
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type EligibilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Eligibility'] = ResolversParentTypes['Eligibility']> = ResolversObject<{
  customerKind?: Resolver<ResolversTypes['ProductAudience'], ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minCreditScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minIncome?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HoldingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Holding'] = ResolversParentTypes['Holding']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  devLogin?: Resolver<ResolversTypes['DevLogin'], ParentType, ContextType, RequireFields<MutationDevLoginArgs, 'role'>>;
}>;

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer' | 'Product' | 'Tenant', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  annualFee?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  aprMax?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  aprMin?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ProductCategory'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eligibility?: Resolver<ResolversTypes['Eligibility'], ParentType, ContextType>;
  fees?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interestRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProductMatch'] = ResolversParentTypes['ProductMatch']> = ResolversObject<{
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  devTenants?: Resolver<Array<ResolversTypes['Tenant']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryProductsArgs>>;
  recommendationsForProfile?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendationsForProfileArgs, 'k' | 'profile'>>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  searchProducts?: Resolver<Array<ResolversTypes['ProductMatch']>, ParentType, ContextType, RequireFields<QuerySearchProductsArgs, 'first' | 'text'>>;
  segments?: Resolver<Array<ResolversTypes['SegmentInfo']>, ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
}>;

export type ReasonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Reason'] = ResolversParentTypes['Reason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  modelVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['Reason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SegmentInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SegmentInfo'] = ResolversParentTypes['SegmentInfo']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Share'] = ResolversParentTypes['Share']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SpendingProfileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SpendingProfile'] = ResolversParentTypes['SpendingProfile']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['Share']>, ParentType, ContextType>;
  incomeVariability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monthlyInflow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  monthlyOutflow?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  peakIncomeMonths?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  topCategories?: Resolver<Array<ResolversTypes['Share']>, ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = ResolversObject<{
  accentColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fontFamily?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  logoText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryColor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DevLogin?: DevLoginResolvers<ContextType>;
  Eligibility?: EligibilityResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductMatch?: ProductMatchResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reason?: ReasonResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  SegmentInfo?: SegmentInfoResolvers<ContextType>;
  Share?: ShareResolvers<ContextType>;
  SpendingProfile?: SpendingProfileResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

