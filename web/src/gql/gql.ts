/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DevTenants {\n    devTenants {\n      id\n      name\n    }\n  }\n": typeof types.DevTenantsDocument,
    "\n  mutation DevLogin($role: Role!, $tenantId: ID) {\n    devLogin(role: $role, tenantId: $tenantId) {\n      token\n      viewer {\n        userId\n        role\n      }\n    }\n  }\n": typeof types.DevLoginDocument,
    "\n  fragment RecommendationFields on Recommendation {\n    rank\n    confidence\n    score\n    modelVersion\n    product {\n      id\n      name\n      provider\n      category\n    }\n    reasons {\n      code\n      text\n      weight\n    }\n  }\n": typeof types.RecommendationFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      userId\n      role\n      tenant {\n        id\n        name\n        theme {\n          primaryColor\n          accentColor\n          logoText\n          fontFamily\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      kind\n      segment\n      segmentLabel\n      region\n      creditScore\n      newToCredit\n      age\n      yearsInBusiness\n      annualIncome\n      employment\n      goals\n      spendingProfile {\n        monthlyInflow\n        monthlyOutflow\n        incomeVariability\n        peakIncomeMonths\n        topCategories {\n          name\n          share\n        }\n        channels {\n          name\n          share\n        }\n      }\n      holdings {\n        id\n        openedAt\n        balance\n        status\n        product {\n          id\n          name\n          category\n          provider\n        }\n      }\n      productGaps {\n        id\n        name\n        category\n        provider\n      }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          segment\n          segmentLabel\n          region\n          creditScore\n          newToCredit\n          annualIncome\n        }\n      }\n    }\n  }\n": typeof types.CustomerListDocument,
    "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      category\n      provider\n      description\n      aprMin\n      aprMax\n      interestRate\n      annualFee\n      fees\n      tags\n      eligibility {\n        minIncome\n        minCreditScore\n        minAge\n        maxAge\n        regions\n        customerKind\n      }\n    }\n  }\n": typeof types.ProductDetailDocument,
    "\n  query ProspectRecommendations($profile: ProfileInput!, $k: Int) {\n    recommendationsForProfile(profile: $profile, k: $k) {\n      ...RecommendationFields\n    }\n  }\n": typeof types.ProspectRecommendationsDocument,
    "\n  query CustomerRecommendations($id: ID!, $k: Int!) {\n    customer(id: $id) {\n      id\n      recommendations(k: $k) {\n        ...RecommendationFields\n      }\n    }\n  }\n": typeof types.CustomerRecommendationsDocument,
    "\n  query CustomerFilterOptions {\n    segments {\n      code\n      label\n    }\n    regions\n  }\n": typeof types.CustomerFilterOptionsDocument,
    "\n  query ProductCatalog($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          category\n          provider\n          aprMin\n          aprMax\n          interestRate\n          annualFee\n          eligibility {\n            customerKind\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductCatalogDocument,
    "\n  query SearchProducts($text: String!, $first: Int) {\n    searchProducts(text: $text, first: $first) {\n      score\n      product {\n        id\n        name\n        provider\n        category\n        description\n        tags\n      }\n    }\n  }\n": typeof types.SearchProductsDocument,
    "\n  query ProspectRegions {\n    regions\n  }\n": typeof types.ProspectRegionsDocument,
};
const documents: Documents = {
    "\n  query DevTenants {\n    devTenants {\n      id\n      name\n    }\n  }\n": types.DevTenantsDocument,
    "\n  mutation DevLogin($role: Role!, $tenantId: ID) {\n    devLogin(role: $role, tenantId: $tenantId) {\n      token\n      viewer {\n        userId\n        role\n      }\n    }\n  }\n": types.DevLoginDocument,
    "\n  fragment RecommendationFields on Recommendation {\n    rank\n    confidence\n    score\n    modelVersion\n    product {\n      id\n      name\n      provider\n      category\n    }\n    reasons {\n      code\n      text\n      weight\n    }\n  }\n": types.RecommendationFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      userId\n      role\n      tenant {\n        id\n        name\n        theme {\n          primaryColor\n          accentColor\n          logoText\n          fontFamily\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      kind\n      segment\n      segmentLabel\n      region\n      creditScore\n      newToCredit\n      age\n      yearsInBusiness\n      annualIncome\n      employment\n      goals\n      spendingProfile {\n        monthlyInflow\n        monthlyOutflow\n        incomeVariability\n        peakIncomeMonths\n        topCategories {\n          name\n          share\n        }\n        channels {\n          name\n          share\n        }\n      }\n      holdings {\n        id\n        openedAt\n        balance\n        status\n        product {\n          id\n          name\n          category\n          provider\n        }\n      }\n      productGaps {\n        id\n        name\n        category\n        provider\n      }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          segment\n          segmentLabel\n          region\n          creditScore\n          newToCredit\n          annualIncome\n        }\n      }\n    }\n  }\n": types.CustomerListDocument,
    "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      category\n      provider\n      description\n      aprMin\n      aprMax\n      interestRate\n      annualFee\n      fees\n      tags\n      eligibility {\n        minIncome\n        minCreditScore\n        minAge\n        maxAge\n        regions\n        customerKind\n      }\n    }\n  }\n": types.ProductDetailDocument,
    "\n  query ProspectRecommendations($profile: ProfileInput!, $k: Int) {\n    recommendationsForProfile(profile: $profile, k: $k) {\n      ...RecommendationFields\n    }\n  }\n": types.ProspectRecommendationsDocument,
    "\n  query CustomerRecommendations($id: ID!, $k: Int!) {\n    customer(id: $id) {\n      id\n      recommendations(k: $k) {\n        ...RecommendationFields\n      }\n    }\n  }\n": types.CustomerRecommendationsDocument,
    "\n  query CustomerFilterOptions {\n    segments {\n      code\n      label\n    }\n    regions\n  }\n": types.CustomerFilterOptionsDocument,
    "\n  query ProductCatalog($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          category\n          provider\n          aprMin\n          aprMax\n          interestRate\n          annualFee\n          eligibility {\n            customerKind\n          }\n        }\n      }\n    }\n  }\n": types.ProductCatalogDocument,
    "\n  query SearchProducts($text: String!, $first: Int) {\n    searchProducts(text: $text, first: $first) {\n      score\n      product {\n        id\n        name\n        provider\n        category\n        description\n        tags\n      }\n    }\n  }\n": types.SearchProductsDocument,
    "\n  query ProspectRegions {\n    regions\n  }\n": types.ProspectRegionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevTenants {\n    devTenants {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DevTenants {\n    devTenants {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevLogin($role: Role!, $tenantId: ID) {\n    devLogin(role: $role, tenantId: $tenantId) {\n      token\n      viewer {\n        userId\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevLogin($role: Role!, $tenantId: ID) {\n    devLogin(role: $role, tenantId: $tenantId) {\n      token\n      viewer {\n        userId\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecommendationFields on Recommendation {\n    rank\n    confidence\n    score\n    modelVersion\n    product {\n      id\n      name\n      provider\n      category\n    }\n    reasons {\n      code\n      text\n      weight\n    }\n  }\n"): (typeof documents)["\n  fragment RecommendationFields on Recommendation {\n    rank\n    confidence\n    score\n    modelVersion\n    product {\n      id\n      name\n      provider\n      category\n    }\n    reasons {\n      code\n      text\n      weight\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      userId\n      role\n      tenant {\n        id\n        name\n        theme {\n          primaryColor\n          accentColor\n          logoText\n          fontFamily\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      userId\n      role\n      tenant {\n        id\n        name\n        theme {\n          primaryColor\n          accentColor\n          logoText\n          fontFamily\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      kind\n      segment\n      segmentLabel\n      region\n      creditScore\n      newToCredit\n      age\n      yearsInBusiness\n      annualIncome\n      employment\n      goals\n      spendingProfile {\n        monthlyInflow\n        monthlyOutflow\n        incomeVariability\n        peakIncomeMonths\n        topCategories {\n          name\n          share\n        }\n        channels {\n          name\n          share\n        }\n      }\n      holdings {\n        id\n        openedAt\n        balance\n        status\n        product {\n          id\n          name\n          category\n          provider\n        }\n      }\n      productGaps {\n        id\n        name\n        category\n        provider\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      kind\n      segment\n      segmentLabel\n      region\n      creditScore\n      newToCredit\n      age\n      yearsInBusiness\n      annualIncome\n      employment\n      goals\n      spendingProfile {\n        monthlyInflow\n        monthlyOutflow\n        incomeVariability\n        peakIncomeMonths\n        topCategories {\n          name\n          share\n        }\n        channels {\n          name\n          share\n        }\n      }\n      holdings {\n        id\n        openedAt\n        balance\n        status\n        product {\n          id\n          name\n          category\n          provider\n        }\n      }\n      productGaps {\n        id\n        name\n        category\n        provider\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          segment\n          segmentLabel\n          region\n          creditScore\n          newToCredit\n          annualIncome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {\n    customers(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          segment\n          segmentLabel\n          region\n          creditScore\n          newToCredit\n          annualIncome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      category\n      provider\n      description\n      aprMin\n      aprMax\n      interestRate\n      annualFee\n      fees\n      tags\n      eligibility {\n        minIncome\n        minCreditScore\n        minAge\n        maxAge\n        regions\n        customerKind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductDetail($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      name\n      category\n      provider\n      description\n      aprMin\n      aprMax\n      interestRate\n      annualFee\n      fees\n      tags\n      eligibility {\n        minIncome\n        minCreditScore\n        minAge\n        maxAge\n        regions\n        customerKind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProspectRecommendations($profile: ProfileInput!, $k: Int) {\n    recommendationsForProfile(profile: $profile, k: $k) {\n      ...RecommendationFields\n    }\n  }\n"): (typeof documents)["\n  query ProspectRecommendations($profile: ProfileInput!, $k: Int) {\n    recommendationsForProfile(profile: $profile, k: $k) {\n      ...RecommendationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerRecommendations($id: ID!, $k: Int!) {\n    customer(id: $id) {\n      id\n      recommendations(k: $k) {\n        ...RecommendationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerRecommendations($id: ID!, $k: Int!) {\n    customer(id: $id) {\n      id\n      recommendations(k: $k) {\n        ...RecommendationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFilterOptions {\n    segments {\n      code\n      label\n    }\n    regions\n  }\n"): (typeof documents)["\n  query CustomerFilterOptions {\n    segments {\n      code\n      label\n    }\n    regions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductCatalog($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          category\n          provider\n          aprMin\n          aprMax\n          interestRate\n          annualFee\n          eligibility {\n            customerKind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductCatalog($first: Int!, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          name\n          category\n          provider\n          aprMin\n          aprMax\n          interestRate\n          annualFee\n          eligibility {\n            customerKind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchProducts($text: String!, $first: Int) {\n    searchProducts(text: $text, first: $first) {\n      score\n      product {\n        id\n        name\n        provider\n        category\n        description\n        tags\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchProducts($text: String!, $first: Int) {\n    searchProducts(text: $text, first: $first) {\n      score\n      product {\n        id\n        name\n        provider\n        category\n        description\n        tags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProspectRegions {\n    regions\n  }\n"): (typeof documents)["\n  query ProspectRegions {\n    regions\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;