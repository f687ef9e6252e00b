// Shared by the browser tests: build web/dist when it is stale, and launch Debian Chromium.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningApp } from '../../server/src/app.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The pages of the build (the Vite inputs); each must be in web/dist and newer than the sources. */
const PAGES = ['index.html', 'graphiql.html'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  const sourcesChanged = Math.max(
    newestMtime(path.join(WEB, 'src')),
    ...PAGES.map((p) => statSync(path.join(WEB, p)).mtimeMs),
    statSync(path.join(WEB, 'vite.config.ts')).mtimeMs,
  );
  return PAGES.every((p) => {
    const built = path.join(WEB, 'dist', p);
    return existsSync(built) && statSync(built).mtimeMs >= sourcesChanged;
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `fn` holding a lock shared by the test workers of this checkout: vitest runs the browser
 * test files in parallel, and two builds at once would empty web/dist under each other.
 */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = path.join(os.tmpdir(), `creditgraph-web-build-${createHash('sha1').update(WEB).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let owner = NaN;
      try {
        owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {
        // the owner has just created the lock and not yet written its pid, or has just removed it
      }
      if (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) {
        rmSync(lock, { recursive: true, force: true }); // left behind by a killed run
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the web build lock ${lock}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Build web/dist when it is missing or older than the sources (the server serves it at "/"). */
export async function ensureBuilt(): Promise<void> {
  if (isBuilt()) return;
  await withBuildLock(async () => {
    if (isBuilt()) return; // another worker built it while this one waited
    const { build } = await import('vite');
    // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: path.join(WEB, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  });
}

/** Headless Debian Chromium without any background traffic of its own. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The app on a free local port with an in-memory database seeded with `customers` demo customers;
 * `env` adds or overrides settings (e.g. RECOVERY_SWEEP_MINUTES).
 */
export async function startTestServer(customers: number, env: Record<string, string> = {}): Promise<RunningApp> {
  // Imported lazily: the server's modules load only when a browser test actually runs.
  const { startApp } = await import('../../server/src/app.js');
  return startApp({
    PORT: '0',
    HOST: '127.0.0.1',
    PGLITE_DIR: 'memory://',
    SEED_CUSTOMERS: String(customers),
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    ...env,
  });
}

/** POSTs an operation to the server under test, as another client would; any GraphQL error fails the test. */
export async function callGraph<T = any>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** A page that waits up to 30 s for what it is asked to find, and keeps its uncaught errors in `errors`. */
export async function openPage(browser: Browser, errors: string[], height = 1100): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height } });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (err) => errors.push(err.message));
  return page;
}

/** Signs in through the header's dev login as `role` of the current tenant, and waits until the header names it. */
export async function signInAs(page: Page, role: string, label: RegExp): Promise<void> {
  const select = page.getByTestId('role-select');
  await expect.poll(() => select.isEnabled(), { timeout: 30_000 }).toBe(true);
  if ((await select.inputValue()) !== role) await select.selectOption(role);
  await expect.poll(() => page.getByTestId('viewer').textContent(), { timeout: 30_000 }).toMatch(label);
}
