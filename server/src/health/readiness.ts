// Readiness (/readyz): whether this replica can serve now. Liveness (/healthz) only says the
// process is up and started; readiness also asks the database (reachable, every migration of this
// build applied) and Redis when it is configured, each with a short timeout, so a load balancer
// stops sending traffic to a replica that would only fail it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { AppDb } from '../db/index.js';
import { MIGRATIONS_FOLDER } from '../db/index.js';
import { resultRows } from '../db/result-rows.js';

export interface ReadinessCheck {
  name: 'database' | 'migrations' | 'redis';
  ok: boolean;
  detail: string;
  ms: number;
}

export interface Readiness {
  ready: boolean;
  checks: ReadinessCheck[];
}

const TIMEOUT_MS = 1_000;

/** Migrations this build ships (drizzle-kit's journal). */
export function shippedMigrations(): number {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

export async function checkReadiness(deps: { db: AppDb; migrations: number; redisPing?: () => Promise<unknown> }): Promise<Readiness> {
  const checks = await Promise.all([
    timed('database', async () => {
      await deps.db.execute(sql`select 1`);
      return 'reachable';
    }),
    timed('migrations', async () => {
      const [row] = resultRows(await deps.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
      const applied = Number(row?.n ?? 0);
      if (applied < deps.migrations) throw new Error(`${applied} of ${deps.migrations} migrations applied`);
      return `${applied} applied`;
    }),
    ...(deps.redisPing
      ? [
          timed('redis', async () => {
            await deps.redisPing!();
            return 'reachable';
          }),
        ]
      : []),
  ]);
  return { ready: checks.every((c) => c.ok), checks };
}

async function timed(name: ReadinessCheck['name'], f: () => Promise<string>): Promise<ReadinessCheck> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const detail = await Promise.race([
      f(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { name, ok: true, detail, ms: Math.round(performance.now() - started) };
  } catch (e) {
    return { name, ok: false, detail: (e as Error).message, ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
