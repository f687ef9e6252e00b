// The simulator's side of the graph: the documents a frontend would send, and one POST per
// operation that never throws (an HTTP error, a GraphQL error or a dead socket is a `failed` reply).

export const DEV_LOGIN = /* GraphQL */ `
  mutation SimDevLogin($role: Role!, $tenant: ID) {
    devLogin(role: $role, tenantId: $tenant) { token viewer { userId role tenant { name } } }
  }
`;

export const VIEWER = /* GraphQL */ `
  query SimViewer { viewer { userId role tenant { name } } }
`;

export const CUSTOMERS = /* GraphQL */ `
  query SimCustomers($after: String) {
    customers(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id kind annualIncome region consents { purpose granted } } }
    }
  }
`;

export const PRODUCTS = /* GraphQL */ `
  query SimProducts($after: String) {
    products(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id code name category
          creditTerms { minAmount maxAmount minTermMonths maxTermMonths revolving seasonal }
        }
      }
    }
  }
`;

/** What the customer page of the web app asks for; every answer is logged as served by the server. */
export const RECOMMEND = /* GraphQL */ `
  query SimRecommend($id: ID!) {
    customer(id: $id) {
      id
      recommendations(k: 5) { rank confidence product { id } }
    }
  }
`;

export const RECORD_INTERACTION = /* GraphQL */ `
  mutation SimInteraction($input: InteractionInput!, $eventId: String!) {
    recordInteraction(input: $input, eventId: $eventId) {
      __typename
      ... on InteractionRejected { field message }
      ... on Interaction { id kind servedRank }
    }
  }
`;

export const SUBMIT_APPLICATION = /* GraphQL */ `
  mutation SimApply($input: LoanApplicationInput!, $key: String!) {
    submitLoanApplication(input: $input, idempotencyKey: $key) {
      __typename
      ... on ApplicationRejected { field message }
      ... on LoanApplication {
        id status submittedAt
        decision { outcome approvedAmount creditLimit monthlyInstalment repaymentSchedule { dueDate amount } }
      }
    }
  }
`;

export const RECORD_REPAYMENT = /* GraphQL */ `
  mutation SimRepay($input: RepaymentInput!, $key: String!) {
    recordRepayment(input: $input, idempotencyKey: $key) {
      __typename
      ... on RepaymentRejected { field message }
      ... on Repayment { id status daysLate }
    }
  }
`;

export type Reply<T = any> = { ok: true; data: T } | { ok: false; error: string };

export interface GraphClient {
  post<T = any>(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<Reply<T>>;
  close(): void;
}

/** A client over fetch (keep-alive); each request is cut after `timeoutMs`. */
export function graphClient(url: string, timeoutMs = 10_000): GraphClient {
  const controllers = new Set<AbortController>();
  return {
    async post(query, variables, token) {
      const controller = new AbortController();
      controllers.add(controller);
      const timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
          signal: controller.signal,
        });
        const text = await res.text();
        let body: { data?: any; errors?: { message?: string; extensions?: { code?: string } }[] } | null = null;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: reported below with the status
        }
        if (body?.errors?.length) {
          const e = body.errors[0];
          const code = e.extensions?.code ? `${e.extensions.code}: ` : '';
          return { ok: false, error: `${code}${e.message ?? 'GraphQL error'}` };
        }
        if (!res.ok || !body || body.data == null) return { ok: false, error: `HTTP ${res.status}: ${text.slice(0, 160).replace(/\s+/g, ' ')}` };
        return { ok: true, data: body.data };
      } catch (e) {
        const err = e as Error & { cause?: { message?: string; code?: string } };
        const why = controller.signal.aborted ? String((controller.signal.reason as Error)?.message ?? 'aborted') : (err.cause?.code ?? err.cause?.message ?? err.message);
        return { ok: false, error: `network: ${why}` };
      } finally {
        clearTimeout(timer);
        controllers.delete(controller);
      }
    },
    close() {
      for (const c of controllers) c.abort(new Error('simulator stopped'));
    },
  };
}
