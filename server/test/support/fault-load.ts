// Load for the fault tests: a writer submitting loan applications, each under its own idempotency
// key and retried with the SAME key until the server acknowledges it (as a careful client does),
// and a reader asking for customers and their recommendations. Every request is timed and kept,
// so a test can check what clients saw during an outage and when service came back.

export interface Sample {
  op: 'submit' | 'read';
  startedAt: number;
  ms: number;
  /** HTTP status; 0 when the request itself failed (connection refused, timed out). */
  status: number;
  ok: boolean;
  errors: { message: string; code?: string }[];
}

export interface GqlReply {
  status: number;
  ms: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

/** One POST /graphql, never longer than `timeoutMs` (a hang shows as status 0 and its duration). */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, timeoutMs = 10_000): Promise<GqlReply> {
  const started = performance.now();
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = await res.json().catch(() => null);
    return { status: res.status, ms: performance.now() - started, body };
  } catch {
    return { status: 0, ms: performance.now() - started, body: null };
  }
}

const READ = `query($id: ID!) { customers(first: 5) { edges { node { id } } } customer(id: $id) { id } }`;
/** The decision without its explanations: those need consents the fault test does not record. */
export const SUBMIT = `mutation($input: LoanApplicationInput!, $key: String!) {
  submitLoanApplication(input: $input, idempotencyKey: $key) { __typename ... on LoanApplication { id idempotencyKey decision { outcome bureauUsed } } }
}`;

export function applicationInput(customerId: string) {
  return { customerId, productId: 'pl-meridian-instant', amount: 90_000, termMonths: 12, purpose: 'fault test', consent: { creditAssessment: true, bureauCheck: true } };
}

export class Load {
  readonly samples: Sample[] = [];
  /** Idempotency key -> application id, for every submission the server acknowledged. */
  readonly acknowledged = new Map<string, string>();
  /** Keys sent at least once and never acknowledged (the load stopped first). */
  readonly pending = new Set<string>();
  private running = false;
  private loops: Promise<void>[] = [];
  private n = 0;

  constructor(
    private readonly url: string,
    private readonly customerIds: string[],
    private readonly label: string,
  ) {}

  start(): void {
    this.running = true;
    this.loops = [this.writer(), this.reader()];
  }

  /** Stops once the writer's current key is acknowledged (or has been retried for 30 s). */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  samplesBetween(from: number, to: number, op?: Sample['op']): Sample[] {
    return this.samples.filter((s) => s.startedAt >= from && s.startedAt < to && (!op || s.op === op));
  }

  private async writer(): Promise<void> {
    while (this.running) {
      const key = `${this.label}-${this.n}`;
      const customerId = this.customerIds[this.n++ % this.customerIds.length];
      this.pending.add(key);
      // Same key until acknowledged, even once stopping: an unacknowledged write may have committed.
      const giveUpAt = Date.now() + 30_000;
      while (Date.now() < giveUpAt) {
        const reply = await this.timed('submit', SUBMIT, { key, input: applicationInput(customerId) });
        const app = reply.body?.data?.submitLoanApplication;
        if (app?.__typename === 'LoanApplication') {
          this.acknowledged.set(key, app.id);
          this.pending.delete(key);
          break;
        }
        await pause(100);
      }
      await pause(30);
    }
  }

  private async reader(): Promise<void> {
    for (let i = 0; this.running; i++) {
      await this.timed('read', READ, { id: this.customerIds[i % this.customerIds.length] });
      await pause(30);
    }
  }

  private async timed(op: Sample['op'], query: string, variables: Record<string, unknown>): Promise<GqlReply> {
    const startedAt = Date.now();
    const reply = await gql(this.url, query, variables);
    const errors = (reply.body?.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code }));
    this.samples.push({ op, startedAt, ms: reply.ms, status: reply.status, ok: reply.status === 200 && errors.length === 0, errors });
    return reply;
  }
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
