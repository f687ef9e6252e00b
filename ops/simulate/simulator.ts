// Live traffic through the graph, as the web app's users would make it: customers are shown their
// recommendations, see some, open a few, dismiss others; some of those who opened a credit product
// apply for it, and approved loans and cards are repaid (mostly on time). Everything goes over
// HTTP POST /graphql, so the server logs, decides, stores and publishes exactly as for real users
// and the KPI dashboard moves.
//
// Pacing: operations start evenly spaced at `rate` per second in total. Each slot runs the
// follow-up that is due (a view after a list was served, a click after a view, ...), or else
// starts a new customer session. At most `maxInFlight` requests are open; a slot that finds them
// all busy is skipped and counted (the server is slower than the asked rate). A share of the
// mutations is sent again with the same key or event id, as clients retry, and the two answers
// must name the same record.
//
// Nothing here throws once started: HTTP errors, GraphQL errors and typed rejections are counted
// per operation and shown in the progress line.
import {
  DEFAULT_FUNNEL,
  applicationFor,
  childRng,
  intBetween,
  repaymentFor,
  rng,
  uniform,
  type ApprovedCredit,
  type CreditTerms,
  type Funnel,
  type Rng,
  type SimCustomer,
  consentsTo,
  type SimProduct,
} from './behaviour.js';
import { CUSTOMERS, DEV_LOGIN, VIEWER, PRODUCTS, RECOMMEND, RECORD_INTERACTION, RECORD_REPAYMENT, SUBMIT_APPLICATION, graphClient, type GraphClient, type Reply } from './graph.js';

export const OPERATION_KINDS = ['recommend', 'view', 'click', 'dismiss', 'apply', 'repay'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

export interface SimulatorOptions {
  /** The graph, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Operations started per second, over all kinds (retries included). */
  rate: number;
  /**
   * Bearer token for reads, interactions and applications (a RELATIONSHIP_MANAGER or ADMIN), or a
   * function that makes one (called at start and every hour, e.g. TokenService.sign in-process,
   * where tokens outlive no server restart but do expire). Unset: one from devLogin (outside
   * production only).
   */
  token?: TokenSource;
  /** Bearer token for repayments (COLLECTOR or ADMIN), or a function. Unset: `token` when given, else devLogin. */
  collectorToken?: TokenSource;
  /** Tenant for devLogin (id or global id); unset: the default tenant. */
  tenant?: string;
  /** Stop by itself after this long; unset: run until stop(). */
  durationMs?: number;
  /** Seed of every random choice; unset: from the clock. */
  seed?: number;
  /** Requests open at once, at most. Default max(16, 2 x rate). */
  maxInFlight?: number;
  /** Customers loaded at start (pages of 100), at most. Default 5,000. */
  maxCustomers?: number;
  /** Shares of the funnel; see DEFAULT_FUNNEL. */
  funnel?: Partial<Funnel>;
  /** Pause of a person between two steps of a session (list served -> view -> click -> apply -> pay), in ms. */
  thinkTimeMs?: [number, number];
  /** Share of mutations sent again with the same key or event id. Default 0.03. */
  retryRate?: number;
  /** Most applications by one customer in an hour (more would look like fraud velocity). Default 2. */
  maxApplicationsPerCustomerPerHour?: number;
  /** Per-request timeout. Default 10 s. */
  requestTimeoutMs?: number;
  /** A progress line every this often, to `log`. Default 5 s; 0: none. */
  reportEveryMs?: number;
  /** Progress lines and notices. Default: none. */
  log?: (line: string) => void;
}

export interface KindStats {
  /** Distinct operations sent (retries not included). */
  sent: number;
  /** Answered with the record or data asked for. */
  ok: number;
  /** Answered with a typed rejection (…Rejected), or null for a customer. */
  rejected: number;
  /** HTTP errors, GraphQL errors, timeouts, refused connections. */
  failed: number;
}

export interface SimulatorStats {
  startedAt: Date;
  elapsedMs: number;
  /** Operations started, retries included. */
  started: number;
  completed: number;
  /** completed / elapsed seconds. */
  achievedRate: number;
  inFlight: number;
  /** Slots skipped because maxInFlight requests were open. */
  skipped: number;
  /** Follow-ups dropped because too many were waiting. */
  dropped: number;
  byKind: Record<OperationKind, KindStats>;
  /** Recommendations (products) in the lists served. */
  recommendationsServed: number;
  decisions: { APPROVE: number; DECLINE: number; REFER: number; COUNTER_OFFER: number };
  retries: {
    sent: number;
    /** Both answers named the same record. */
    consistent: number;
    /** The answers differed: an idempotency bug. Counted in `errors`. */
    inconsistent: number;
    /** The retry itself was rejected or failed. Counted in `errors`. */
    failed: number;
    /** The first request did not answer with a record (its error is counted there); nothing to compare. */
    incomplete: number;
  };
  /** rejected + failed over all kinds, plus inconsistent and failed retries. */
  errors: number;
  /** The latest error messages, newest last (at most 10), each prefixed with its kind. */
  recentErrors: string[];
}

export interface Simulator {
  /** Stops starting operations, waits for those in flight (at most their timeout), reports once more. */
  stop(): Promise<void>;
  stats(): SimulatorStats;
  /** Settles when the simulator has stopped (after durationMs, or stop()). */
  done: Promise<void>;
  /** The prefix of every key and event id of this run. */
  runId: string;
}

export type TokenSource = string | (() => string | Promise<string>);

type Outcome = { status: 'ok'; id: string | null } | { status: 'rejected' | 'failed'; message: string };

interface Task {
  due: number;
  run: () => void;
}

/** Logs in (unless tokens are given), loads customers and the catalog, then starts the traffic. */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  if (!(options.rate > 0 && Number.isFinite(options.rate))) throw new Error(`rate must be a number above 0, not ${options.rate}`);
  const log = options.log ?? (() => {});
  const funnel: Funnel = { ...DEFAULT_FUNNEL, ...options.funnel };
  const [thinkLo, thinkHi] = options.thinkTimeMs ?? [500, 3000];
  const retryRate = options.retryRate ?? 0.03;
  const maxInFlight = options.maxInFlight ?? Math.max(16, Math.ceil(options.rate * 2));
  const maxQueued = Math.max(1000, Math.ceil(options.rate * 120));
  const maxPerHour = options.maxApplicationsPerCustomerPerHour ?? 2;
  const seed = (options.seed ?? Date.now()) >>> 0;
  const runId = `sim-${seed.toString(36)}-${Date.now().toString(36)}`;
  const client: GraphClient = graphClient(options.url, options.requestTimeoutMs ?? 10_000);

  // ------------------------------------------------------------------ set-up: who, and what
  const tokens = await obtainTokens(client, options);
  const products = await loadProducts(client, tokens.rm);
  const customers = await loadCustomers(client, tokens.rm, options.maxCustomers ?? 5000);
  if (customers.length === 0) throw new Error('the viewer sees no customers: nothing to simulate (is the database seeded?)');
  const credit = [...products.values()].filter((p) => p.creditTerms).length;
  log(`simulate: ${customers.length} customers, ${products.size} products (${credit} credit) of ${tokens.tenant}; ${options.rate} ops/s, seed ${seed}, run ${runId}`);

  // ------------------------------------------------------------------ state
  const main = rng(seed);
  // Retries are drawn from their own stream: they happen as answers arrive, in whatever order.
  const retryDice = rng(seed ^ 0x2545f491);
  const emptyKind = (): KindStats => ({ sent: 0, ok: 0, rejected: 0, failed: 0 });
  const s = {
    started: 0,
    completed: 0,
    skipped: 0,
    dropped: 0,
    byKind: Object.fromEntries(OPERATION_KINDS.map((k) => [k, emptyKind()])) as Record<OperationKind, KindStats>,
    recommendationsServed: 0,
    decisions: { APPROVE: 0, DECLINE: 0, REFER: 0, COUNTER_OFFER: 0 },
    retries: { sent: 0, consistent: 0, inconsistent: 0, failed: 0, incomplete: 0 },
    recentErrors: [] as string[],
  };
  const startedAt = new Date();
  const t0 = performance.now();
  const queue: Task[] = []; // follow-ups, earliest due first
  const inFlight = new Set<Promise<unknown>>();
  const applicationsOf = new Map<string, number[]>(); // customer -> times of this run's applications
  let sessions = 0;
  let keys = 0;
  let stopping = false;
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));

  const noteError = (kind: string, message: string) => {
    s.recentErrors.push(`${kind}: ${message}`);
    if (s.recentErrors.length > 10) s.recentErrors.shift();
  };
  const think = (r: Rng) => uniform(r, thinkLo, thinkHi);
  const newKey = (kind: string) => `${runId}-${kind}-${(keys++).toString(36)}`;

  function later(delayMs: number, run: () => void): void {
    if (stopping) return;
    if (queue.length >= maxQueued) {
      s.dropped += 1;
      return;
    }
    const due = performance.now() + delayMs;
    let lo = 0;
    let hi = queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (queue[mid].due <= due) lo = mid + 1;
      else hi = mid;
    }
    queue.splice(lo, 0, { due, run });
  }

  /** Sends one operation; counts it; `then` sees the outcome and the data. Never rejects. */
  function send(kind: OperationKind, query: string, variables: Record<string, unknown>, token: string | undefined, read: (data: any) => Outcome, then?: (o: Outcome, data: any) => void, retryable = true): void {
    s.byKind[kind].sent += 1;
    const first = exchange(query, variables, token, read);
    void first.then(([o, data]) => {
      const k = s.byKind[kind];
      if (o.status === 'ok') k.ok += 1;
      else {
        k[o.status] += 1;
        noteError(kind, o.message);
      }
      try {
        then?.(o, data);
      } catch (e) {
        noteError(kind, `simulator: ${(e as Error).message}`);
      }
    });
    if (retryable && retryDice() < retryRate) {
      // As a client that did not see the answer in time: the same request again, shortly after
      // (sometimes while the first is still in flight).
      later(uniform(retryDice, 20, 400), () => {
        s.retries.sent += 1;
        const again = exchange(query, variables, token, read);
        void Promise.all([first, again]).then(([[a], [b]]) => {
          if (b.status !== 'ok') {
            s.retries.failed += 1;
            noteError(`${kind} retry`, b.message);
          } else if (a.status !== 'ok' || a.id == null || b.id == null) s.retries.incomplete += 1;
          else if (a.id === b.id) s.retries.consistent += 1;
          else {
            s.retries.inconsistent += 1;
            noteError(`${kind} retry`, `the same key answered ${a.id} and then ${b.id}`);
          }
        });
      });
    }
  }

  function exchange(query: string, variables: Record<string, unknown>, token: string | undefined, read: (data: any) => Outcome): Promise<[Outcome, any]> {
    s.started += 1;
    const p = client.post(query, variables, token).then(
      (reply): [Outcome, any] => {
        if (!reply.ok) return [{ status: 'failed', message: reply.error }, null];
        try {
          return [read(reply.data), reply.data];
        } catch (e) {
          return [{ status: 'failed', message: `unexpected answer: ${(e as Error).message}` }, reply.data];
        }
      },
      (e: Error): [Outcome, any] => [{ status: 'failed', message: e.message }, null],
    );
    const tracked = p.finally(() => {
      s.completed += 1;
      inFlight.delete(tracked);
    });
    inFlight.add(tracked);
    return tracked;
  }

  // ------------------------------------------------------------------ the funnel
  function startSession(): void {
    const customer = customers[Math.floor(main() * customers.length)];
    const r = childRng(seed, sessions++);
    send('recommend', RECOMMEND, { id: customer.id }, tokens.rm, (d) => (d.customer ? { status: 'ok', id: d.customer.id } : { status: 'rejected', message: `customer ${customer.id} not found` }), (o, d) => {
      if (o.status !== 'ok') return;
      const recs: { rank: number; product: { id: string } }[] = d.customer.recommendations ?? [];
      s.recommendationsServed += recs.length;
      for (const rec of recs) {
        const pView = funnel.viewByRank[Math.min(rec.rank, funnel.viewByRank.length) - 1] ?? 0;
        // Each product's story draws from its own stream (they unfold interleaved, in any order);
        // every number is drawn whatever happens, so the session's stream stays aligned.
        const story = rng(Math.floor(r() * 2 ** 32));
        const seen = r() < pView;
        const delay = think(r);
        if (seen) later(delay, () => view(story, customer, rec.product.id));
      }
    }, false);
  }

  function interaction(kind: 'view' | 'click' | 'dismiss', customer: SimCustomer, productId: string): void {
    const input = { customerId: customer.id, productId, kind: kind.toUpperCase() };
    send(kind, RECORD_INTERACTION, { input, eventId: newKey(kind) }, tokens.rm, (d) => typed(d.recordInteraction, 'Interaction'));
  }

  function view(r: Rng, customer: SimCustomer, productId: string): void {
    // The person's behaviour does not wait for the analytics call to succeed.
    const u = r();
    const delay = think(r);
    interaction('view', customer, productId);
    if (u < funnel.click) later(delay, () => click(r, customer, productId));
    else if (u < funnel.click + (1 - funnel.click) * funnel.dismiss) later(delay, () => interaction('dismiss', customer, productId));
  }

  function click(r: Rng, customer: SimCustomer, productId: string): void {
    const converts = r() < funnel.apply;
    const delay = think(r);
    interaction('click', customer, productId);
    const product = products.get(productId);
    if (converts && product?.creditTerms && consentsTo(customer, 'CREDIT_CHECK') && mayApply(customer.id)) later(delay * 2, () => apply(r, customer, product as SimProduct & { creditTerms: CreditTerms }));
  }

  function mayApply(customerId: string): boolean {
    const now = Date.now();
    const recent = (applicationsOf.get(customerId) ?? []).filter((t) => now - t < 3_600_000);
    if (recent.length >= maxPerHour) return false;
    recent.push(now);
    applicationsOf.set(customerId, recent);
    return true;
  }

  function apply(r: Rng, customer: SimCustomer, product: SimProduct & { creditTerms: CreditTerms }): void {
    const input = applicationFor(r, customer, product, funnel);
    const payments = intBetween(r, funnel.repaymentsPerLoan[0], funnel.repaymentsPerLoan[1]);
    const pay = rng(Math.floor(r() * 2 ** 32));
    send('apply', SUBMIT_APPLICATION, { input, key: newKey('apply') }, tokens.rm, (d) => typed(d.submitLoanApplication, 'LoanApplication'), (o, d) => {
      if (o.status !== 'ok') return;
      const a = d.submitLoanApplication;
      const outcome = a.decision?.outcome as keyof SimulatorStats['decisions'] | undefined;
      if (outcome && outcome in s.decisions) s.decisions[outcome] += 1;
      if (a.status !== 'APPROVED' || !a.decision) return;
      const approved: ApprovedCredit = {
        applicationId: a.id,
        submittedAt: Date.parse(a.submittedAt),
        revolving: product.creditTerms.revolving,
        amount: a.decision.creditLimit ?? a.decision.approvedAmount ?? input.amount,
        instalment: a.decision.monthlyInstalment ?? null,
        schedule: a.decision.repaymentSchedule ?? [],
      };
      later(think(pay) * 2, () => repay(pay, approved, 0, payments));
    });
  }

  function repay(r: Rng, approved: ApprovedCredit, n: number, total: number): void {
    const input = repaymentFor(r, approved, n, Date.now(), funnel);
    send('repay', RECORD_REPAYMENT, { input, key: newKey('repay') }, tokens.collector, (d) => typed(d.recordRepayment, 'Repayment'));
    if (n + 1 < total) later(think(r) * 3, () => repay(r, approved, n + 1, total));
  }

  // ------------------------------------------------------------------ pacing
  const interval = 1000 / options.rate;
  let next = performance.now();
  let timer: NodeJS.Timeout | undefined;

  function slot(): void {
    if (inFlight.size >= maxInFlight) {
      s.skipped += 1;
      return;
    }
    const now = performance.now();
    const task = queue.length > 0 && queue[0].due <= now ? queue.shift()! : null;
    try {
      if (task) task.run();
      else startSession();
    } catch (e) {
      noteError('simulator', (e as Error).message);
    }
  }

  function pump(): void {
    timer = undefined;
    if (stopping) return;
    const now = performance.now();
    // After a stall (a blocked event loop, a sleeping laptop) do not burst to catch up: skip ahead.
    if (now - next > 1000) {
      s.skipped += Math.floor((now - next) / interval);
      next = now;
    }
    while (next <= now && !stopping) {
      slot();
      next += interval;
    }
    timer = setTimeout(pump, Math.max(0, next - performance.now()));
  }

  function stats(): SimulatorStats {
    const elapsedMs = performance.now() - t0;
    const kinds = Object.values(s.byKind);
    return {
      startedAt,
      elapsedMs,
      started: s.started,
      completed: s.completed,
      achievedRate: elapsedMs > 0 ? s.completed / (elapsedMs / 1000) : 0,
      inFlight: inFlight.size,
      skipped: s.skipped,
      dropped: s.dropped,
      byKind: structuredClone(s.byKind),
      recommendationsServed: s.recommendationsServed,
      decisions: { ...s.decisions },
      retries: { ...s.retries },
      errors: kinds.reduce((n, k) => n + k.rejected + k.failed, 0) + s.retries.inconsistent + s.retries.failed,
      recentErrors: [...s.recentErrors],
    };
  }

  let lastReport = { at: t0, completed: 0, errors: 0 };
  function report(final = false): void {
    const st = stats();
    const now = performance.now();
    const windowRate = (st.completed - lastReport.completed) / Math.max(0.001, (now - lastReport.at) / 1000);
    const newErrors = st.errors > lastReport.errors;
    lastReport = { at: now, completed: st.completed, errors: st.errors };
    log(formatReport(st, final ? st.achievedRate : windowRate, final));
    if (newErrors && st.recentErrors.length > 0) log(`  latest error: ${st.recentErrors[st.recentErrors.length - 1]}`);
  }

  const reportEvery = options.reportEveryMs ?? 5000;
  const reporter = reportEvery > 0 ? setInterval(() => report(), reportEvery) : undefined;
  const refresher = tokens.refresh ? setInterval(() => void tokens.refresh!().catch((e: Error) => noteError('tokens', e.message)), 3_600_000) : undefined;
  const stopTimer = options.durationMs != null ? setTimeout(() => void stop(), options.durationMs) : undefined;
  let stopped: Promise<void> | null = null;

  async function stop(): Promise<void> {
    if (stopped) return stopped;
    stopping = true;
    stopped = (async () => {
      if (timer) clearTimeout(timer);
      if (reporter) clearInterval(reporter);
      if (refresher) clearInterval(refresher);
      if (stopTimer) clearTimeout(stopTimer);
      queue.length = 0;
      // In flight: each ends by its timeout at the latest. Their follow-ups are not started.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      client.close();
      if (reportEvery > 0) report(true);
      resolveDone();
    })();
    return stopped;
  }

  pump();
  return { stop, stats, done, runId };
}

/** A result union member: the record's id, or the rejection's field and message. */
function typed(result: any, okType: string): Outcome {
  if (result == null) return { status: 'failed', message: 'no result' };
  if (result.__typename === okType) return { status: 'ok', id: result.id ?? null };
  return { status: 'rejected', message: `${result.__typename} ${result.field ?? ''}: ${result.message ?? ''}`.trim() };
}

export function formatReport(st: SimulatorStats, rate: number, final = false): string {
  const k = st.byKind;
  const d = st.decisions;
  const secs = (st.elapsedMs / 1000).toFixed(0).padStart(4);
  const kinds = OPERATION_KINDS.map((kind) => {
    const extra = kind === 'apply' ? ` (${d.APPROVE} approved, ${d.DECLINE} declined, ${d.REFER} referred, ${d.COUNTER_OFFER} countered)` : '';
    return `${kind} ${k[kind].ok}${extra}`;
  }).join('  ');
  const errors = OPERATION_KINDS.filter((kind) => k[kind].rejected + k[kind].failed > 0)
    .map((kind) => `${kind} ${k[kind].rejected + k[kind].failed}`)
    .join(', ');
  const lines = [
    `${final ? 'total' : `${secs}s`}  ${rate.toFixed(1)} ops/s  |  ${kinds}  |  retries ${st.retries.sent}${st.retries.inconsistent ? ` (${st.retries.inconsistent} INCONSISTENT)` : ''}  |  errors ${st.errors}${errors ? ` (${errors})` : ''}`,
  ];
  if (st.skipped > 0 || st.dropped > 0) lines[0] += `  |  skipped ${st.skipped}, dropped ${st.dropped}`;
  if (!final) lines[0] += `  |  in flight ${st.inFlight}`;
  return lines.join('\n');
}

// ------------------------------------------------------------------ set-up helpers

interface Tokens {
  rm: string | undefined;
  collector: string | undefined;
  tenant: string;
  refresh?: () => Promise<void>;
}

/** Tokens given, made by the caller's functions, or from devLogin; renewed hourly unless all were given as strings. */
async function obtainTokens(client: GraphClient, o: SimulatorOptions): Promise<Tokens> {
  const login = async (role: string) => {
    const r = await client.post(DEV_LOGIN, { role, tenant: o.tenant ?? null }, undefined);
    if (!r.ok) {
      const hint = /FORBIDDEN|UNAUTHENTICATED/.test(r.error) ? '; in production, pass tokens instead' : '';
      throw new Error(`devLogin(${role}) failed (${r.error})${hint}`);
    }
    return r.data.devLogin as { token: string; viewer: { tenant: { name: string } } };
  };
  const resolve = async (source: TokenSource) => (typeof source === 'string' ? source : await source());
  const tokens: Tokens = { rm: undefined, collector: undefined, tenant: '' };
  const refresh = async () => {
    if (o.token) tokens.rm = await resolve(o.token);
    else {
      const rm = await login('RELATIONSHIP_MANAGER');
      tokens.rm = rm.token;
      tokens.tenant = rm.viewer.tenant.name;
    }
    if (o.collectorToken) tokens.collector = await resolve(o.collectorToken);
    else tokens.collector = o.token ? tokens.rm : (await login('COLLECTOR')).token;
  };
  await refresh();
  if (o.token) {
    const who = await client.post(VIEWER, {}, tokens.rm);
    if (!who.ok) throw new Error(`the token is not accepted: ${who.error}`);
    tokens.tenant = `${who.data.viewer.tenant.name} (as ${who.data.viewer.role})`;
  }
  // devLogin tokens last 12 hours; strings given by the caller are theirs to renew.
  if (typeof o.token !== 'string' || (o.collectorToken !== undefined && typeof o.collectorToken !== 'string')) tokens.refresh = refresh;
  return tokens;
}

async function paged<T>(client: GraphClient, query: string, field: string, token: string | undefined, max: number): Promise<T[]> {
  const out: T[] = [];
  for (let after: string | null = null; out.length < max; ) {
    const r: Reply = await client.post(query, { after }, token);
    if (!r.ok) throw new Error(`loading ${field} failed: ${r.error}`);
    const conn: { edges: { node: unknown }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = r.data[field];
    for (const e of conn.edges) out.push(e.node as T);
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return out.slice(0, max);
}

async function loadProducts(client: GraphClient, token: string | undefined): Promise<Map<string, SimProduct>> {
  const list = await paged<SimProduct>(client, PRODUCTS, 'products', token, 100_000);
  return new Map(list.map((p) => [p.id, p]));
}

/** Customers who may be shown recommendations: the funnel starts there (those who have not consented are not ranked). */
async function loadCustomers(client: GraphClient, token: string | undefined, max: number): Promise<SimCustomer[]> {
  return (await paged<SimCustomer>(client, CUSTOMERS, 'customers', token, max)).filter((c) => consentsTo(c, 'RECOMMENDATION'));
}
