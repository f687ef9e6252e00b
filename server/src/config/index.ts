// Environment parsed and validated once. A bad value stops start-up with a message naming it.
import { z } from 'zod';
import { DEFAULT_DEMO_PASSWORD } from '../security/viewer.js';
import { PiiKeyError, piiKeysFromEnv } from '../security/pii-crypto.js';
import { parseTrustedProxies } from '../graphql/protection/client-ip.js';

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(p)), {
      message: `must start with ${protocols.join(' or ')}`,
    });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  DATABASE_URL: optionalUrl(['postgres://', 'postgresql://']),
  /** Where PGlite keeps its files; "memory://" keeps nothing. */
  PGLITE_DIR: z.string().default('.data/pglite'),
  /**
   * A PGlite data-directory dump (the tarball of PGlite's dumpDataDir) to start an in-memory
   * database from, instead of migrating and seeding an empty one: the tests seed once per run.
   */
  PGLITE_LOAD_DUMP: z.string().min(1).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** PostgreSQL connections kept for transactions (db/transaction-connections.ts), beside DB_POOL_SIZE's. */
  DB_TRANSACTION_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(4),
  /** How long a new PostgreSQL connection may take (postgres.js waits 30 s by default): while the database is down, requests fail after this rather than hang. */
  DB_CONNECT_TIMEOUT_SECONDS: z.coerce.number().min(0.5).max(120).default(3),
  /** Secret that signs viewer tokens (HS256). Required in production. */
  AUTH_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** "use-lite" (the shipped Universal Sentence Encoder lite) or a transformers.js model id. */
  EMBEDDING_MODEL: z.string().min(1).default('use-lite'),
  /** Local folder holding transformers.js models (<dir>/<model id>/...). */
  EMBEDDING_MODEL_DIR: z.string().optional(),
  EMBEDDING_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  /** Seed demo data on first start when the database has no customers. */
  SEED_ON_START: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  SEED_CUSTOMERS: z.coerce.number().int().min(1).max(10_000_000).default(2000),
  SEED: z.coerce.number().int().default(42),
  /** Serve the built web app (web/dist) from the same port. */
  SERVE_WEB: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** How long customer rows and holdings may be served from memory; 0 turns the hot-read cache off. */
  HOT_CACHE_TTL_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  HOT_CACHE_MAX_CUSTOMERS: z.coerce.number().int().min(0).default(50_000),
  /** Redis for shared caches (bureau replies, its rate limit); in-process when absent. */
  REDIS_URL: optionalUrl(['redis://', 'rediss://']),
  /** A credit bureau's URL; when absent the bureau simulator starts on a loopback port. */
  BUREAU_URL: optionalUrl(['http://', 'https://']),
  /** The simulator's reply latency and failure rate (0-1), when it is started. */
  BUREAU_SIM_LATENCY_MS: z.coerce.number().min(0).max(60_000).default(20),
  BUREAU_SIM_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  /** Share of payouts the simulated payment gateway fails (transiently); the disbursement saga retries them. */
  PAYMENT_GATEWAY_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  /** Share of outreach sends (0-1) the simulated SMS, WhatsApp, email and voice providers fail (transiently); the queue retries them. */
  OUTREACH_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  /** Retries of a failed outreach send before it goes to the dead-letter queue. */
  OUTREACH_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(4),
  /** First retry delay in whole seconds; each later retry waits about twice as long (with jitter). */
  OUTREACH_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** How often an idle outreach worker looks for jobs, in seconds (at least 0.5). */
  OUTREACH_POLL_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
  /**
   * Hours between scheduled retraining of the risk and ranking models (npm run retrain does the
   * same by hand); 0, the default, turns the schedule off. One replica runs each round.
   */
  RETRAIN_INTERVAL_HOURS: z.coerce.number().min(0).max(24 * 90).default(0),
  /**
   * Milliseconds between sweeps that chain every unsealed audit row (security/audit-sealer.ts). A
   * row written by this replica is chained about 25 ms after it commits anyway; the sweep catches
   * the rest. Until chained, a row is protected by the append-only triggers but not yet by the hash chain.
   */
  AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /** Minutes between recovery sweeps (days past due grow with no event); 0 turns the schedule off. */
  RECOVERY_SWEEP_MINUTES: z.coerce.number().min(0).max(10_080).default(60),
  /** Budget for one bureau call, retries included; past it the decision uses alternative data only. */
  BUREAU_TIMEOUT_MS: z.coerce.number().int().min(5).max(10_000).default(60),
  BUREAU_RATE_LIMIT_PER_SECOND: z.coerce.number().int().min(1).max(100_000).default(200),
  BUREAU_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(30 * 86_400).default(3_600),
  /**
   * Password of the seeded demo users (seeds/users.ts). Outside production it defaults to
   * "creditgraph-demo"; in production demo users are created only when it is set.
   */
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  /**
   * PII encryption keys, "keyId:base64(32 bytes)" comma-separated: the first encrypts new values,
   * all decrypt (rotation: npm run pii:reencrypt). Required in production; else development keys.
   */
  PII_KEYS: z.string().trim().optional(),
  /** Key (base64, 32 bytes) of the blind indexes that PII search matches. Required in production. */
  PII_INDEX_KEY: z.string().trim().optional(),
  /** Key of the hashes that link applications in the fraud-ring graph; derived from AUTH_SECRET when absent. */
  FRAUD_LINK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * Demo traffic through the server's own graph (ops/simulate), in operations per second; 0 is
   * off. Left unset, the embedded demo (development, no DATABASE_URL) runs 2/s so its dashboard
   * moves; anything else runs none.
   */
  SIMULATE_RATE: z.coerce.number().min(0).max(10_000).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Query limits (graphql-armor), checked before execution on HTTP and WebSocket alike (protection/query-limits.ts). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(1000).default(14),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(25_000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(15),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(10).max(1_000_000).default(1_000),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(10_000).default(20),
  /** Longest list accepted anywhere in an operation's variables. */
  GRAPHQL_MAX_LIST_LENGTH: z.coerce.number().int().min(1).max(1_000_000).default(100),
  /** off | allow | only (web/src/gql/persisted-documents.json); unset: only in production, else allow. */
  TRUSTED_DOCUMENTS: z.enum(['off', 'allow', 'only']).optional(),
  /** Requests per RATE_LIMIT_WINDOW_SECONDS per viewer (tenant and user) and per client IP; 0 is off. */
  RATE_LIMIT_PER_VIEWER: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(0).default(1_200),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /**
   * Proxies whose X-Forwarded-For the per-IP rate limit believes: comma-separated addresses or CIDR
   * ranges, or loopback, linklocal, uniquelocal. Empty (the default): the socket's address counts,
   * which behind a proxy is the proxy's (protection/client-ip.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .superRefine((v, ctx) => {
      try {
        parseTrustedProxies(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
      }
    }),
  /** Prefix of the rate limiter's Redis keys (replicas sharing it share their counts). */
  RATE_LIMIT_KEY_PREFIX: z.string().trim().min(1).default('creditgraph:rate'),
  /** json: one JSON object per line (the default in production); pretty: one readable line. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  /** When set, /metrics answers only requests with "Authorization: Bearer <METRICS_TOKEN>". */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** OTLP/HTTP collector (the standard OpenTelemetry variable); when set, operations are traced. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl(['http://', 'https://']),
  OTEL_SERVICE_NAME: z.string().trim().min(1).default('creditgraph'),
});

export type Config = Omit<z.infer<typeof schema>, 'SIMULATE_RATE' | 'LOG_FORMAT'> & {
  authSecret: string;
  SIMULATE_RATE: number;
  LOG_FORMAT: 'json' | 'pretty';
  /** The demo users' password; null in production without DEMO_PASSWORD (no demo users then). */
  demoPassword: string | null;
};

const DEMO_SIMULATE_RATE = 2;

const DEV_SECRET = 'creditgraph-development-secret-not-for-production';

export class ConfigError extends Error {}

/** For commands: the configuration, or null after printing what is wrong with it (exit 2 then). */
export function loadConfigForCommand(env: NodeJS.ProcessEnv = process.env): Config | null {
  try {
    return loadConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    return null;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.AUTH_SECRET) {
    throw new ConfigError('Invalid configuration:\n  AUTH_SECRET: required when NODE_ENV=production');
  }
  try {
    piiKeysFromEnv(c); // a missing or malformed key stops start-up, naming the variable
  } catch (e) {
    if (e instanceof PiiKeyError) throw new ConfigError(`Invalid configuration:\n  ${e.message}`);
    throw e;
  }
  const embeddedDemo = c.NODE_ENV === 'development' && !c.DATABASE_URL;
  return {
    ...c,
    authSecret: c.AUTH_SECRET ?? DEV_SECRET,
    demoPassword: c.DEMO_PASSWORD ?? (c.NODE_ENV === 'production' ? null : DEFAULT_DEMO_PASSWORD),
    SIMULATE_RATE: c.SIMULATE_RATE ?? (embeddedDemo ? DEMO_SIMULATE_RATE : 0),
    LOG_FORMAT: c.LOG_FORMAT ?? (c.NODE_ENV === 'production' ? 'json' : 'pretty'),
  };
}
