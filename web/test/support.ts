// Shared by the browser tests: build web/dist when it is stale, and launch Debian Chromium.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { RunningApp } from '../../server/src/app.js';
import { DEFAULT_DEMO_PASSWORD } from '../../server/src/security/viewer.js';

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
  // What the Content-Security-Policy blocked (server/src/health/security-headers.ts) is an error too.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
  });
  return page;
}

/** The seeded user (seeds/users.ts) the browser tests sign in as for each role. */
export const USER_OF_ROLE: Record<string, string> = {
  RELATIONSHIP_MANAGER: 'asha',
  ANALYST: 'ravi',
  COLLECTOR: 'kiran',
  ADMIN: 'anita',
  PARTNER: 'northwind',
};

/** The seeded users' password on the test server (startTestServer does not set DEMO_PASSWORD). */
export const TEST_PASSWORD = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;

/**
 * Polls `probe` until it returns something other than undefined. Unlike expect.poll it also works
 * in beforeAll, where startSignedIn runs.
 */
async function pollFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, failure: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(await failure());
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the page shows either the sign-in page or a signed-in header; says which. */
function whoIsOnPage(page: Page): Promise<'signed-out' | 'signed-in'> {
  return pollFor(
    async () => {
      if (await page.getByTestId('sign-in-page').isVisible()) return 'signed-out' as const;
      if (await page.getByTestId('sign-out').isVisible()) return 'signed-in' as const;
      return undefined;
    },
    60_000,
    async () => 'neither the sign-in page nor a signed-in header appeared within 60 s',
  );
}

/**
 * Signs in through the sign-in page as the seeded user of `role` (or `username`), signing out
 * first when someone is signed in, and waits until the header's viewer matches `label`.
 */
export async function signInAs(page: Page, role: string, label: RegExp, username = USER_OF_ROLE[role]): Promise<void> {
  if (!username) throw new Error(`no seeded test user for role ${role}`);
  if ((await whoIsOnPage(page)) === 'signed-in') {
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in-page').waitFor();
  }
  await page.getByTestId('sign-in-username').fill(username);
  await page.getByTestId('sign-in-password').fill(TEST_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  const viewerText = async () => ((await page.getByTestId('viewer').count()) > 0 ? ((await page.getByTestId('viewer').textContent()) ?? '') : '');
  await pollFor(
    async () => {
      // A refused sign-in fails here with the server's message rather than as a timeout on the header.
      if ((await page.getByTestId('sign-in-error').count()) > 0) throw new Error(`sign-in as ${username} refused: ${await page.getByTestId('sign-in-error').textContent()}`);
      return label.test(await viewerText()) ? true : undefined;
    },
    30_000,
    async () => `signed in as ${username}, the header's viewer did not match ${label} within 30 s (it reads "${await viewerText()}")`,
  );
}

/**
 * Where a test file starts: opens the app and signs in as `role` (the relationship manager asha by
 * default). The token stays in localStorage, so later page.goto calls of the file stay signed in.
 */
export async function startSignedIn(page: Page, baseUrl: string, role = 'RELATIONSHIP_MANAGER'): Promise<void> {
  await page.goto(`${baseUrl}/#/customers`);
  await signInAs(page, role, new RegExp(humanizeRole(role)));
}

/** As the header writes a role: RELATIONSHIP_MANAGER → "Relationship manager". */
function humanizeRole(role: string): string {
  const s = role.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
