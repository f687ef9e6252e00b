// Assembles the BFF: config -> database (migrated, seeded on first start) -> embedder ->
// in-memory catalog -> Apollo Server, on one HTTP server with /graphql, graphql-ws, /healthz
// and the web app. The port answers at once; /healthz says 200 only once everything is ready.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { HotReadCache } from './cache/hot-reads.js';
import { CatalogStore } from './catalog/catalog-store.js';
import { watchCatalogChanges, type CatalogWatch } from './catalog/catalog-changes.js';
import { loadConfig, type Config } from './config/index.js';
import { openDatabase, type Database } from './db/index.js';
import type { GraphQLContext, Services } from './graphql/context.js';
import { unauthenticated } from './graphql/errors.js';
import { maskInternal } from './graphql/error-masking.js';
import { createGraphProtection, type GraphProtection } from './graphql/protection/index.js';
import { graphqlHttpHandler } from './graphql/http.js';
import { apolloLandingPage, ideHandler } from './graphql/ide.js';
import { buildSchema } from './graphql/schema.js';
import { startLiveServer } from './graphql/live/live-server.js';
import type { MultiplexerStats } from './graphql/live/subscription-multiplexer.js';
import { createLoaders } from './loaders/index.js';
import { createLogger, type Logger } from './logger.js';
import { createEmbedder } from './ml/index.js';
import type { Embedder } from './ml/embedder.js';
import { RecommendationLogger } from './services/recommendation-log.js';
import { RecommendationService } from './services/recommendations.js';
import { RankingModelService } from './services/ranking-models.js';
import { scheduleRetraining } from './services/retraining.js';
import { checkReadiness, shippedMigrations } from './health/readiness.js';
import { WEB_APP_CSP, setSecurityHeaders } from './health/security-headers.js';
import { newRequestId, requestIdFor } from './observability/request-id.js';
import { METRICS_PATH, startObservability } from './observability/index.js';
import { RankerDriftSource } from './services/ranker-drift.js';
import { RecommendationExperimentService } from './services/recommendation-experiments.js';
import { VerifiedTokenCache } from './security/token-cache.js';
import { auditLog } from './security/audit-log.js';
import { AuditSealer } from './security/audit-sealer.js';
import { installPiiKeys } from './security/pii-crypto.js';
import { encryptPlaintextNames } from './security/pii-reencrypt.js';
import { DEMO_VIEWER, InvalidTokenError, TokenService, type Viewer } from './security/viewer.js';
import { ensureDemoUsers, isSeeded, seedDatabase } from '../../seeds/index.js';
import { LoginService } from './security/login.js';
import { createBureauClient, type BureauClient } from './bureau/client.js';
import { DbRecordSource } from './bureau/record-source.js';
import { createReplyCache, type ManagedReplyCache } from './bureau/reply-cache.js';
import { startBureauSimulator, type BureauSimulator } from './bureau/simulator.js';
import { CreditDecisionService } from './services/credit-decisions.js';
import { CreditPolicyService } from './services/credit-policies.js';
import { RepaymentService } from './services/repayments.js';
import { createEventBus, type EventBus } from './events/event-bus.js';
import { applicationDecidedTopic, customerScoreTopic, type ApplicationDecidedEvent, type CustomerScoreEvent } from './events/topics.js';
import { KpiFeed } from './events/kpi/kpi-feed.js';
import { countedInKpis, decisionEvent, interactionEvent, servedRecommendationEvent } from './events/kpi/kpi-events.js';
import { InteractionService } from './services/interactions.js';
import { ConsentService } from './services/consents.js';
import { FeedbackService } from './services/feedback.js';
import { KnowledgeService } from './services/knowledge.js';
import type { ApplicationRecord } from './repositories/credit.js';
import type { CustomerRow } from './repositories/customers.js';
import { RiskModelService } from './services/risk-models.js';
import { createRecoveryServices, type RecoveryServices } from './services/recovery/index.js';
import { complianceReportHandler } from './reports/compliance-report.js';
import type { ReportHandler } from './reports/report-route.js';
import { recoveryCaseTopic, type RecoveryCaseEvent } from './events/topics.js';
import { loanByApplication } from './repositories/loans.js';
import { OutreachQueue } from './outreach/queue.js';
import { SegmentService } from './services/segments.js';
import { CampaignService } from './services/campaigns.js';
import { ModelDriftService, RiskDriftSource } from './services/model-drift.js';
import { CAMPAIGN_AUDIENCE_PATH, campaignAudienceCsvHandler } from './reports/campaign-audience-csv.js';
import { RECOMMENDATION_ANALYTICS_PATH, recommendationAnalyticsCsvHandler } from './reports/recommendation-analytics-csv.js';
import { MEETING_PACK_PATH, meetingPackPdfHandler } from './reports/meeting-pack-pdf.js';
import { OPENAPI_PATH, REST_BASE, restApiHandler, type RestHandler } from './rest/rest-api.js';
import { swaggerUiHandler } from './rest/swagger-ui.js';

const OUTREACH_RESUME_MS = 5 * 60_000;

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface RunningApp {
  url: string;
  config: Config;
  services: Services;
  /** Subscribers, groups and slow consumers of the WebSocket side (tests and health checks). */
  liveStats(): MultiplexerStats;
  close(): Promise<void>;
  /** What close() is waiting on, while it runs (named by a shutdown that hangs). */
  closing(): string | null;
}

/** Starts everything; `env` overrides process.env, e.g. { PORT: '0', PGLITE_DIR: 'memory://' }. */
export async function startApp(env: Record<string, string | undefined> = {}): Promise<RunningApp> {
  const config = loadConfig({ ...process.env, ...env });
  const log = createLogger(config.LOG_LEVEL, { format: config.LOG_FORMAT });
  const observability = startObservability(config, log);
  const state: { ready: boolean; phase: string; handleGraphql?: (req: IncomingMessage, res: ServerResponse, search: string) => Promise<void>; handleReport?: ReportHandler; handleRest?: RestHandler } = {
    ready: false,
    phase: 'starting',
  };
  const serveWeb = config.SERVE_WEB && existsSync(path.join(WEB_DIST, 'index.html')) ? sirv(WEB_DIST, { single: true, dev: false }) : null;
  // Browsers opening /graphql get the offline GraphiQL from web/dist (not in production, where
  // introspection is off); otherwise Apollo's landing page answers them.
  const serveIde = serveWeb && config.NODE_ENV !== 'production' ? ideHandler(path.join(WEB_DIST, 'graphiql.html')) : null;
  // Swagger UI for the REST face, off in production with the OpenAPI document (as introspection is).
  const serveDocs = config.NODE_ENV !== 'production' ? swaggerUiHandler(OPENAPI_PATH) : null;

  const migrations = shippedMigrations();
  async function answerReadiness(res: ServerResponse) {
    const body = state.ready && database ? await checkReadiness({ db: database.db, migrations, redisPing: events?.ping ?? undefined }) : null;
    res.statusCode = body?.ready ? 200 : 503;
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify(body ? { status: body.ready ? 'ready' : 'not ready', checks: body.checks } : { status: 'starting', phase: state.phase }));
  }

  const httpServer = createServer((req, res) => {
    setSecurityHeaders(res);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q < 0 ? url : url.slice(0, q);
    if (pathname === '/graphql') {
      const search = q < 0 ? '' : url.slice(q);
      if (serveIde?.(req, res, search)) return;
      if (!state.handleGraphql) return unavailable(res, state.phase);
      void state.handleGraphql(req, res, search);
      return;
    }
    // Before the web app: its single-page fallback would answer any path.
    if (pathname.startsWith('/reports/')) return void (state.handleReport ? state.handleReport(req, res) : unavailable(res, state.phase));
    // The issue's short form: /recommend/{customerId} and /recommend answer as /rest/recommend...
    if (pathname === '/recommend' || pathname.startsWith('/recommend/')) req.url = `${REST_BASE}${url}`;
    if (req.url!.startsWith(`${REST_BASE}/`) || pathname === REST_BASE) return void (state.handleRest ? state.handleRest(req, res) : unavailable(res, state.phase));
    if (serveDocs?.(req, res, pathname)) return;
    if (pathname === '/readyz') {
      void answerReadiness(res);
      return;
    }
    if (pathname === '/healthz') {
      res.statusCode = state.ready ? 200 : 503;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: state.ready ? 'ok' : 'starting', phase: state.phase }));
      return;
    }
    if (pathname === METRICS_PATH) return void observability.handleMetrics(req, res);
    if (serveWeb) {
      res.setHeader('content-security-policy', WEB_APP_CSP);
      return serveWeb(req, res, () => notFound(res));
    }
    if (pathname === '/') {
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('creditgraph: the web app is not built (npm run build:web). GraphQL is at /graphql.\n');
      return;
    }
    notFound(res);
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const url = `http://${displayHost(config.HOST)}:${(httpServer.address() as AddressInfo).port}`;

  let database: Database | undefined;
  let embedder: Embedder | undefined;
  let recLog: RecommendationLogger | undefined;
  let bureauSim: BureauSimulator | undefined;
  let bureauCache: ManagedReplyCache | undefined;
  let bureau: BureauClient | undefined;
  let events: EventBus | undefined;
  let outreachQueue: OutreachQueue | undefined;
  let catalogWatch: CatalogWatch | undefined;
  let protection: GraphProtection | undefined;
  let pii: ReturnType<typeof installPiiKeys> | undefined;
  let sealer: AuditSealer | undefined;
  try {
    pii = installPiiKeys(config);
    if (pii.usedDevelopmentKeys) log.warn('PII_KEYS or PII_INDEX_KEY is not set: customer PII is encrypted with the public development keys (README, Configuration)');
    state.phase = 'opening the database';
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, pgliteDump: config.PGLITE_LOAD_DUMP, poolSize: config.DB_POOL_SIZE, transactionPoolSize: config.DB_TRANSACTION_POOL_SIZE, connectTimeoutSeconds: config.DB_CONNECT_TIMEOUT_SECONDS });
    log.info(`database: ${database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.PGLITE_DIR})`}`);
    state.phase = 'migrating';
    await database.migrate();
    sealer = new AuditSealer(database.db, auditLog, log, { intervalMs: config.AUDIT_SEAL_INTERVAL_MS });
    sealer.start();
    // Databases from before PII encryption hold plaintext names: SQL cannot encrypt (the key is not
    // in the database), so it is done here, before anything reads a name.
    state.phase = 'encrypting PII';
    const encrypted = await encryptPlaintextNames(database.db, pii.cipher);
    if (encrypted > 0) log.info(`PII: encrypted ${encrypted} plaintext customer names`);
    state.phase = 'loading the embedding model';
    const model = await createEmbedder({ model: config.EMBEDDING_MODEL, modelDir: config.EMBEDDING_MODEL_DIR, workers: config.EMBEDDING_WORKERS });
    embedder = model;
    if (config.SEED_ON_START && !(await isSeeded(database))) {
      await seedWithProgress(database, model, config, log, (p) => (state.phase = p));
    }
    if (config.demoPassword) {
      // A database seeded before users existed gets its demo users and its customers shared out.
      const made = await ensureDemoUsers(database.db, config.demoPassword);
      if (made.users + made.customers + made.cases > 0) log.info(`demo users: ${made.users} created; ${made.customers} customers and ${made.cases} cases assigned`);
    }
    state.phase = 'loading the catalog';
    const catalog = new CatalogStore(database.db);
    await catalog.reload();
    catalogWatch = await watchCatalogChanges(database, catalog, log); // product imports on any replica or command line
    events = createEventBus({ redisUrl: config.REDIS_URL, log });
    log.info(`events: ${events.kind}`);
    const kpis = new KpiFeed(database.db, events, log);
    recLog = new RecommendationLogger(
      database.db,
      (e) => log.warn('recommendation log write failed; will retry', e),
      (rows) => {
        observability.metrics.recordRecommendationsServed(rows.length);
        kpis.record(rows.map((r) => servedRecommendationEvent(r.tenantId, r.id, r.servedAt, r.productId)));
      },
    );
    const tokens = new TokenService(config.authSecret);
    const hotReads = new HotReadCache({ ttlMs: config.HOT_CACHE_TTL_SECONDS * 1000, maxCustomers: config.HOT_CACHE_MAX_CUSTOMERS });

    state.phase = 'loading customer segments';
    const segments = new SegmentService(database.db);
    await loadOrTrainSegments(segments, config, log);

    state.phase = 'loading the risk model';
    const riskModels = new RiskModelService(database.db);
    const riskModel = await riskModels.reload();
    if (riskModel) log.info(`risk model: ${riskModel.version} (${riskModel.features.length} features, AUC ${riskModel.auc?.toFixed(3) ?? '?'})`);
    else log.warn('no active risk model: applications will fail until one is trained (npm run seed)');
    const policies = new CreditPolicyService(database.db);
    // Without a bureau of our own, the simulator stands in for one, over HTTP on loopback.
    let bureauUrl = config.BUREAU_URL;
    if (!bureauUrl) {
      bureauSim = await startBureauSimulator({
        source: new DbRecordSource(database.db),
        latencyMs: config.BUREAU_SIM_LATENCY_MS,
        failureRate: config.BUREAU_SIM_FAILURE_RATE,
      });
      bureauUrl = bureauSim.url;
      log.info(`credit bureau: simulator at ${bureauUrl} (${config.BUREAU_SIM_LATENCY_MS} ms latency)`);
    }
    bureauCache = createReplyCache({ redisUrl: config.REDIS_URL, logger: log });
    bureau = createBureauClient({
      url: bureauUrl,
      timeoutMs: config.BUREAU_TIMEOUT_MS,
      rateLimitPerSecond: config.BUREAU_RATE_LIMIT_PER_SECOND,
      cache: bureauCache,
      cacheTtlSeconds: config.BUREAU_CACHE_TTL_SECONDS,
      logger: log,
    });
    outreachQueue = new OutreachQueue({
      database,
      connectionString: config.DATABASE_URL,
      retryLimit: config.OUTREACH_RETRY_LIMIT,
      retryDelaySeconds: config.OUTREACH_RETRY_DELAY_SECONDS,
      pollSeconds: config.OUTREACH_POLL_SECONDS,
      log,
    });
    const recovery = createRecoveryServices({
      db: database.db,
      catalog,
      log,
      gatewayFailureRate: config.PAYMENT_GATEWAY_FAILURE_RATE,
      outreachQueue,
      outreachFailureRate: config.OUTREACH_FAILURE_RATE,
      onCaseChanged: (tenantId, caseId) => events!.publish(recoveryCaseTopic(tenantId), { caseId, changedAt: new Date().toISOString() } satisfies RecoveryCaseEvent),
    });
    state.phase = 'loading the ranker';
    const rankingModels = new RankingModelService(database.db);
    const ranker = await rankingModels.reload();
    if (ranker) log.info(`ranker: ${ranker.version} (${ranker.trainingRows} training rows)`);
    else log.warn(`no learned ranker${rankingModels.rejected ? ` (${rankingModels.rejected})` : ''}: the rules engine's order is served until one is trained (npm run train:ranker)`);
    rankingModels.watch((e) => log.warn('ranker reload failed', e));
    const stopRiskWatch = riskModels.watch((e) => log.warn('risk model reload failed', e));
    const stopRetraining = scheduleRetraining(database, config.RETRAIN_INTERVAL_HOURS, config.SEED, log, () => Promise.all([riskModels.reload(), rankingModels.reload()]));
    const recommendationExperiments = new RecommendationExperimentService(database.db);
    await recommendationExperiments.refresh();
    recommendationExperiments.watch((e) => log.warn('recommendation experiments refresh failed', e));
    const recommendations = new RecommendationService(catalog, model, recLog, hotReads, rankingModels, recommendationExperiments);
    const services: Services = {
      config,
      database,
      catalog,
      embedder: model,
      recommendations,
      tokens,
      logins: new LoginService(database.db, tokens, (tenantId) => catalog.current.tenants.has(tenantId)),
      verifiedTokens: new VerifiedTokenCache(tokens),
      hotReads,
      policies,
      riskModels,
      bureau,
      credit: new CreditDecisionService({
        db: database.db,
        catalog,
        policies,
        models: riskModels,
        bureau,
        hotReads,
        linkSecret: config.FRAUD_LINK_SECRET ?? config.authSecret,
        log,
        onDecided: (tenantId, a, customer) => {
          if (a.decision) observability.metrics.recordDecision(a.decision.outcome);
          announceDecision(events!, kpis, tenantId, a, customer);
        },
      }),
      repayments: new RepaymentService(database.db, catalog, policies, {
        onLimitChanged: (tenantId, customerId) =>
          events!.publish(customerScoreTopic(tenantId), { customerId, cause: 'CREDIT_LIMIT', changedAt: new Date().toISOString() } satisfies CustomerScoreEvent),
        onRecorded: (tenantId, applicationId) => void refreshLoanOf(recovery, database!.db, tenantId, applicationId, log),
      }),
      interactions: new InteractionService(
        database.db,
        catalog,
        (tenantId, row, customer) => {
          if (countedInKpis(row.kind)) kpis.record([interactionEvent(tenantId, row, customer.region)]); // not APPLY, APPROVE
        },
        undefined,
        hotReads,
      ),
      feedback: new FeedbackService(database.db, catalog, hotReads),
      // A consent change changes who may be in an audience: audiences scored before it are not served again.
      consents: new ConsentService(database.db, hotReads, (tenantId) => services.campaigns.invalidate(tenantId)),
      events,
      kpis,
      recovery,
      knowledge: new KnowledgeService(model),
      segments,
      // Audiences follow the hot-read cache's staleness bound (0: scored afresh every time).
      campaigns: new CampaignService(database.db, catalog, recommendations, hotReads, { ttlMs: config.HOT_CACHE_TTL_SECONDS * 1000 }),
      // Drift of each model against its training data; the ranker registers its own source.
      modelDrift: new ModelDriftService([new RiskDriftSource(database.db, riskModels), new RankerDriftSource(database.db, catalog, rankingModels)]),
      rankingModels,
      recommendationExperiments,
      audit: auditLog,
    };
    state.phase = 'rebuilding the dashboards';
    await kpis.start();
    state.phase = 'resuming disbursements';
    const resumed = await recovery.disbursements.resumeUnfinished();
    if (resumed.found > 0) log.info(`disbursements: resumed ${resumed.found} unfinished (${resumed.completed} completed, ${resumed.compensated} compensated)`);
    // The first sweep (cases may have aged while the server was down) completes before the server
    // reports ready, so that early requests do not queue behind it on the embedded database.
    state.phase = 'refreshing recovery cases';
    const sweeps = scheduleRecoverySweeps(recovery, config.RECOVERY_SWEEP_MINUTES, log);
    await sweeps.first;
    state.phase = 'starting the outreach queue';
    await outreachQueue.start({
      send: (job) => recovery.outreach.deliver(job),
      dead: (job, error) => recovery.outreach.markDead(job, error),
    });
    const outreachResume = scheduleOutreachResume(recovery, log);

    const schema = buildSchema();
    const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
    // Query limits, trusted documents and rate limits (server/src/graphql/protection).
    const viewerKey = (v: Viewer) => `${v.tenantId}:${v.userId}`;
    protection = createGraphProtection(config, log, (authorization) => viewerFor(services, authorization).then(viewerKey, () => null));
    const guard = protection;
    const live = startLiveServer({
      schema,
      wsServer,
      authenticate: (params) => viewerFor(services, authHeaderOf(params)),
      contextFor: (viewer) => contextForViewer(services, viewer, newRequestId()),
      onError: (message, e) => log.error(message, e),
      validationRules: guard.validationRules,
      checkSubscribe: (payload, viewer, request) => guard.checkSubscribe(payload, viewerKey(viewer), request),
    });
    observability.watch(services, () => live.multiplexer.stats());
    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      introspection: config.NODE_ENV !== 'production',
      includeStacktraceInErrorResponses: config.NODE_ENV === 'development',
      formatError: (formatted, error) => maskInternal(formatted, error, log, config),
      validationRules: guard.apollo.validationRules,
      persistedQueries: guard.apollo.persistedQueries,
      // main.ts owns shutdown. Apollo's own SIGINT/SIGTERM handler would race it: a second
      // apollo.stop() while the first is draining waits on a barrier that a successful stop
      // never releases (@apollo/server 5.5), so close() hung until the 15 s exit timer.
      stopOnTerminationSignals: false,
      plugins: [
        // No HTTP cache hints are served (responses are per viewer), so do not compute them per field.
        ApolloServerPluginCacheControlDisabled(),
        ...guard.apollo.plugins,
        apolloLandingPage(config.NODE_ENV),
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
        { async serverWillStart() { return { async drainServer() { await live.dispose(); } }; } },
        observability.plugin,
      ],
    });
    await apollo.start();
    const complianceReport = complianceReportHandler(services, log);
    const campaignReport = campaignAudienceCsvHandler(services, log);
    const analyticsReport = recommendationAnalyticsCsvHandler(services, log);
    const meetingPack = meetingPackPdfHandler(services, log);
    const reportsByPath: Record<string, ReportHandler> = { [CAMPAIGN_AUDIENCE_PATH]: campaignReport, [RECOMMENDATION_ANALYTICS_PATH]: analyticsReport, [MEETING_PACK_PATH]: meetingPack };
    state.handleReport = (req, res) => (reportsByPath[new URL(req.url ?? '/', 'http://localhost').pathname] ?? complianceReport)(req, res);
    state.handleGraphql = guard.guardHttp(graphqlHttpHandler(
      apollo,
      ({ req, res }) => contextFor(services, req.headers.authorization, requestIdFor(req, res)),
      (e) => log.error('request failed', e),
    ));
    state.handleRest = guard.guardHttp(restApiHandler({ graph: schema, contextFor: (authorization, requestId) => contextFor(services, authorization, requestId), production: config.NODE_ENV === 'production', log }));
    state.ready = true;
    state.phase = 'ready';

    let closed = false;
    let closingStep: string | null = null;
    return {
      url,
      config,
      services,
      liveStats: () => live.multiplexer.stats(),
      closing: () => closingStep,
      async close() {
        if (closed) return;
        closed = true;
        state.ready = false;
        const step = async (name: string, run: () => unknown) => {
          closingStep = name;
          await run();
        };
        sweeps.stop();
        await step('outreach resume', () => outreachResume.stop());
        await step('draining HTTP and WebSocket connections', () => apollo.stop());
        await step('rate limits', () => guard.close());
        await step('outreach queue', () => outreachQueue?.stop()); // after the last request could queue a message, before the database closes
        await step('bureau', () => bureau?.close());
        await step('bureau reply cache', () => bureauCache?.close());
        await step('recommendation log', () => recLog?.close());
        await step('audit sealer', () => sealer?.stop()); // after the last request could append, before the database closes
        services.rankingModels.stop();
        stopRetraining();
        stopRiskWatch();
        services.recommendationExperiments.stop();
        await step('dashboards', () => services.kpis.close());
        await step('event bus', () => events?.close());
        await step('bureau simulator', () => bureauSim?.close());
        await step('embedding model', () => embedder?.close());
        await step('catalog watch', () => catalogWatch?.close());
        await step('database', () => database?.close());
        pii?.release();
        await step('traces', () => observability.close()); // flushes the last spans
        closingStep = null;
      },
    };
  } catch (e) {
    pii?.release();
    await outreachQueue?.stop().catch(() => {});
    await bureau?.close().catch(() => {});
    await bureauCache?.close().catch(() => {});
    await events?.close().catch(() => {});
    await bureauSim?.close().catch(() => {});
    await recLog?.close().catch(() => {});
    await sealer?.stop().catch(() => {});
    await embedder?.close().catch(() => {});
    await catalogWatch?.close().catch(() => {});
    await database?.close().catch(() => {});
    await protection?.close().catch(() => {});
    await observability.close();
    await new Promise((r) => httpServer.close(r));
    throw e;
  }
}

/**
 * Queued outreach messages back on the queue: now (a restart may have caught some between being
 * stored and being queued) and every few minutes (an enqueue that failed). Enqueueing is idempotent.
 */
function scheduleOutreachResume(recovery: RecoveryServices, log: Logger): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => recovery.outreach.resumeQueued())
      .catch((e) => log.warn('re-queueing outreach messages failed; the next run retries', e));
  };
  run();
  const timer = setInterval(run, OUTREACH_RESUME_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** After a repayment: the loan's delinquency and its case, at once rather than at the next sweep. */
async function refreshLoanOf(recovery: RecoveryServices, db: Database['db'], tenantId: string, applicationId: number, log: Logger): Promise<void> {
  try {
    const loan = await loanByApplication(db, tenantId, applicationId);
    if (loan) await recovery.engine.refreshLoan(tenantId, loan.id, new Date());
  } catch (e) {
    log.warn(`refreshing the loan of application ${applicationId} after a repayment failed; the next sweep will`, e);
  }
}

/** A sweep now (cases may have aged while the server was down) and every `minutes` after. */
function scheduleRecoverySweeps(recovery: RecoveryServices, minutes: number, log: Logger): { first: Promise<unknown>; stop(): void } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running
      .then(() => recovery.engine.sweep(null, new Date()))
      .then((c) => {
        if (c.casesOpened + c.casesClosed + c.escalated + c.chargedOff > 0) log.info(`recovery sweep: ${JSON.stringify(c)}`);
      })
      .catch((e) => log.warn('recovery sweep failed; the next one retries', e));
    return running;
  };
  if (minutes <= 0) return { first: Promise.resolve(), stop() {} };
  const first = run();
  const timer = setInterval(run, minutes * 60_000);
  timer.unref();
  return { first, stop: () => clearInterval(timer) };
}

/** A stored decision goes to applicationDecided, to the dashboards, and to the customer's score. */
function announceDecision(events: EventBus, kpis: KpiFeed, tenantId: string, a: ApplicationRecord, customer: CustomerRow | null): void {
  events.publish(applicationDecidedTopic(tenantId), { applicationId: a.id, customerId: a.customerId } satisfies ApplicationDecidedEvent);
  if (!a.decision) return;
  const region = customer?.region ?? (typeof a.applicant?.region === 'string' ? a.applicant.region : null);
  kpis.record([decisionEvent(tenantId, { ...a.decision, productId: a.productId }, region)]);
  if (customer) {
    const changedAt = a.decision.decidedAt.toISOString();
    events.publish(customerScoreTopic(tenantId), { customerId: customer.id, cause: 'DECISION', changedAt } satisfies CustomerScoreEvent);
  }
}

async function contextFor(services: Services, authorization: string | undefined, requestId: string): Promise<GraphQLContext> {
  return contextForViewer(services, await viewerFor(services, authorization), requestId);
}

function contextForViewer(services: Services, viewer: Viewer, requestId: string): GraphQLContext {
  return { viewer, requestId, services, loaders: createLoaders(services.database.db, viewer.tenantId, services.hotReads) };
}

async function viewerFor(services: Services, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) {
    if (services.config.NODE_ENV === 'production') throw unauthenticated('a bearer token is required');
    return DEMO_VIEWER;
  }
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  try {
    const viewer = await services.verifiedTokens.verify(m[1]);
    if (!services.catalog.current.tenants.has(viewer.tenantId)) throw unauthenticated('the token names an unknown tenant');
    return viewer;
  } catch (e) {
    if (e instanceof InvalidTokenError) throw unauthenticated(e.message);
    throw e;
  }
}

function authHeaderOf(params: Record<string, unknown> | undefined): string | undefined {
  const v = params?.authorization ?? params?.Authorization;
  return typeof v === 'string' ? v : undefined;
}

async function seedWithProgress(database: Database, embedder: Embedder, config: Config, log: Logger, setPhase: (p: string) => void) {
  log.info(`first start: seeding ${config.SEED_CUSTOMERS} demo customers (seed ${config.SEED})`);
  let lastPct = -1;
  const summary = await seedDatabase(database, {
    customers: config.SEED_CUSTOMERS,
    seed: config.SEED,
    embedder,
    demoPassword: config.demoPassword,
    onProgress: (done, total, phase) => {
      const pct = total > 0 ? Math.floor((done / total) * 100) : 0;
      setPhase(`seeding: ${phase} ${pct}%`);
      if (pct >= lastPct + 10 || (pct === 100 && lastPct !== 100)) {
        lastPct = pct;
        log.info(`seeding: ${phase} ${done}/${total}`);
      }
    },
  });
  log.info(`seeded ${summary.customers} customers, ${summary.holdings} holdings, ${summary.transactions} transactions, ${summary.products} products in ${(summary.ms / 1000).toFixed(1)} s`);
}

/**
 * Loads the active segmentation models; when there is none yet (first start after seeding), fits
 * them on the customers (about a second for the 2,000-customer demo), so that the demo has
 * clusters. A failure is logged, not fatal: clusters are then null until npm run train:segments.
 */
async function loadOrTrainSegments(segments: SegmentService, config: Config, log: Logger): Promise<void> {
  try {
    if ((await segments.reload()) > 0) return;
    for (const t of await segments.train({ seed: config.SEED })) {
      log.info(`segments: ${t.tenantId}: ${t.k} clusters of ${t.customers} customers, silhouette ${t.silhouette.toFixed(3)}, fit in ${t.fitMs} ms (${t.totalMs} ms in all)`);
    }
  } catch (e) {
    log.warn('customer segments could not be trained (npm run train:segments); clusters stay empty', e);
    await segments.reload().catch(() => 0);
  }
}

function unavailable(res: ServerResponse, phase: string) {
  res.statusCode = 503;
  res.setHeader('content-type', 'application/json');
  res.setHeader('retry-after', '2');
  res.end(JSON.stringify({ errors: [{ message: `the server is starting (${phase})`, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
}

function notFound(res: ServerResponse) {
  res.statusCode = 404;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('not found\n');
}

function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? 'localhost' : host;
}

