// The app's observability in one piece: metrics (with the /metrics route), optional tracing, and
// the GraphQL operation plugin that feeds both and the logs. Created before anything else starts,
// so /metrics answers while the app is still starting; the app's state is attached by watch().
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from '../config/index.js';
import type { GraphQLContext, Services } from '../graphql/context.js';
import type { MultiplexerStats } from '../graphql/live/subscription-multiplexer.js';
import type { Logger } from '../logger.js';
import { NoActiveModelError } from '../services/risk-models.js';
import { AppMetrics } from './metrics.js';
import { metricsHandler } from './metrics-route.js';
import { operationObservabilityPlugin } from './operation-plugin.js';
import { cachedOutreachBacklog } from './outreach-backlog.js';
import { startTracing } from './tracing.js';

export { METRICS_PATH } from './metrics-route.js';

/** A scrape reads the outreach backlog from the database at most this often. */
const OUTREACH_BACKLOG_TTL_MS = 10_000;

export interface Observability {
  metrics: AppMetrics;
  plugin: ApolloServerPlugin<GraphQLContext>;
  handleMetrics(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Attaches what the gauges read, once the services and the live server exist. */
  watch(services: Services, liveStats: () => MultiplexerStats): void;
  /** Flushes the spans still batched. */
  close(): Promise<void>;
}

export function startObservability(config: Config, log: Logger): Observability {
  const metrics = new AppMetrics((what, e) => log.warn(`metrics: reading ${what} failed`, e));
  const tracing = startTracing({ endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: config.OTEL_SERVICE_NAME });
  if (tracing) log.info(`tracing: OTLP to ${config.OTEL_EXPORTER_OTLP_ENDPOINT} as ${config.OTEL_SERVICE_NAME}`);
  return {
    metrics,
    plugin: operationObservabilityPlugin({ log, metrics, tracer: tracing?.tracer }),
    handleMetrics: metricsHandler(metrics, config.METRICS_TOKEN, (e) => log.error('metrics scrape failed', e)),
    watch(services, liveStats) {
      metrics.watch({
        activeSubscriptions: () => liveStats().subscribers,
        breakerState: () => services.bureau.health().state,
        outreachBacklog: cachedOutreachBacklog(services.database.db, OUTREACH_BACKLOG_TTL_MS),
        modelVersions: () => modelVersionsOf(services),
      });
    },
    async close() {
      await tracing?.shutdown().catch((e) => log.warn('tracing: flushing spans failed', e));
    },
  };
}

function modelVersionsOf(s: Services): { model: string; version: string }[] {
  const out: { model: string; version: string }[] = [];
  try {
    out.push({ model: 'risk', version: s.riskModels.info.version });
  } catch (e) {
    if (!(e instanceof NoActiveModelError)) throw e;
  }
  const ranker = s.rankingModels.info;
  if (ranker) out.push({ model: 'ranker', version: ranker.version });
  for (const tenantId of s.catalog.current.tenants.keys()) {
    const segments = s.segments.modelOf(tenantId);
    if (segments) out.push({ model: 'segments', version: segments.version });
  }
  return out;
}
