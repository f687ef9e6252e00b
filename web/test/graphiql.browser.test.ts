// The self-hosted GraphQL IDE: a browser opening /graphql gets GraphiQL from web/dist, which
// runs queries against the real server (in-process, in-memory database of 60 customers) without
// any request leaving the machine.
//   npx vitest run --project browser
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, ensureBuilt, hasChromium, launchChromium, startTestServer } from './support';

const SCREENSHOT = '/tmp/creditgraph-graphiql.png';
const QUERY = '{ customers(first: 2) { totalCount edges { node { name } } } }';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

if (!hasChromium) {
  console.warn(`[web/test/graphiql.browser.test.ts] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium).`);
}

/** Only the test server's own host; data: and blob: URLs never leave the page. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1';
}

/**
 * The text of the `index`th CodeMirror 5 editor inside `selector` (GraphiQL 4 keeps the instance
 * on the editor's element), null if there is none yet.
 */
function editorValue(page: Page, selector: string, index = 0): Promise<string | null> {
  return page.evaluate(
    ([sel, i]) => {
      const el = document.querySelectorAll(`${sel} .CodeMirror`)[i] as (Element & { CodeMirror?: { getValue(): string } }) | undefined;
      return el?.CodeMirror ? el.CodeMirror.getValue() : null;
    },
    [selector, index] as const,
  );
}

/** The operation GraphiQL will run: it keeps the name on the query editor's CodeMirror instance. */
function operationName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.querySelector('.graphiql-query-editor .CodeMirror') as Element & { CodeMirror: { operationName?: string | null } };
    return el.CodeMirror.operationName ?? null;
  });
}

/**
 * Replaces the query, then waits for GraphiQL to take it in: it re-reads the operation name
 * 100 ms after an edit (debounced), and running before that would send the old one.
 */
async function setQuery(page: Page, query: string, name: string | null = null): Promise<void> {
  await page.evaluate((q) => {
    const el = document.querySelector('.graphiql-query-editor .CodeMirror') as Element & { CodeMirror: { setValue(v: string): void } };
    el.CodeMirror.setValue(q);
  }, query);
  await expect.poll(() => operationName(page)).toBe(name);
}

/** Runs whatever is in the query editor and returns the parsed result pane. */
async function runAndReadResult(page: Page): Promise<{ data?: any; errors?: { message: string }[] }> {
  const before = await editorValue(page, '.result-window');
  await page.locator('.graphiql-execute-button').click();
  let text = '';
  await expect
    .poll(async () => {
      text = (await editorValue(page, '.result-window')) ?? '';
      return text !== before && text.trim().startsWith('{');
    }, { timeout: 30_000 })
    .toBe(true);
  return JSON.parse(text);
}

describe.skipIf(!hasChromium)('GraphQL IDE at /graphql', () => {
  let app: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    app = await startTestServer(60);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // Record every request, then refuse the non-local ones, so the page behaves here as it
    // would on a machine without internet access whether or not this one has it.
    context.on('request', (r) => requested.push(r.url()));
    context.on('page', (p) => p.on('websocket', (ws) => requested.push(ws.url())));
    await context.route((url) => !isLocal(url.href), (route) => route.abort('internetdisconnected'));
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (err) => pageErrors.push(err.message));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('answers browsers with the IDE page and GraphQL clients with GraphQL', async () => {
    const page = await fetch(`${app!.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<title>creditgraph GraphQL IDE</title>');
    expect(html).not.toMatch(/cdn\.apollographql\.com/);

    const get = await fetch(`${app!.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

    // A client that takes HTML only as a last resort is still a GraphQL client.
    const json = await fetch(`${app!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/html;q=0.1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await json.json()).toEqual({ data: { __typename: 'Query' } });

    // The app itself does not load the IDE's code.
    const index = await (await fetch(`${app!.url}/`, { headers: { accept: BROWSER_ACCEPT } })).text();
    expect(index).toContain('<title>creditgraph</title>');
    expect(index).not.toMatch(/graphiql/i);
  });

  it('runs a query in GraphiQL without any request leaving the machine', async () => {
    await page.goto(`${app!.url}/graphql`);
    expect(await page.title()).toBe('creditgraph GraphQL IDE');
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    await expect.poll(() => editorValue(page, '.graphiql-query-editor')).toContain('recommendations(k: 3)');
    // The editor tools hold the variables editor, then the headers editor: both start empty.
    await expect.poll(() => editorValue(page, '.graphiql-editor-tool', 1)).toBe('');

    // The default query runs as it is: customers with their top 3 recommendations and reasons.
    await expect.poll(() => operationName(page)).toBe('FirstCustomersWithRecommendations');
    const first = await runAndReadResult(page);
    expect(first.errors).toBeUndefined();
    const recs = first.data.customers.edges[0].node.recommendations as { rank: number; reasons: { text: string }[] }[];
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThanOrEqual(3);
    expect(recs[0].rank).toBe(1);
    expect(recs[0].reasons.length).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/creditgraph-graphiql-default.png' });

    await setQuery(page, QUERY);
    const result = await runAndReadResult(page);
    expect(result.errors).toBeUndefined();
    // 60 seeded customers over the tenants: the demo viewer sees its tenant's share.
    expect(Number.isInteger(result.data.customers.totalCount)).toBe(true);
    expect(result.data.customers.totalCount).toBeGreaterThan(0);
    expect(result.data.customers.totalCount).toBeLessThanOrEqual(60);
    expect(result.data.customers.edges).toHaveLength(2);
    await expect.poll(() => page.locator('.result-window').textContent()).toMatch(/"totalCount": \d+/);

    // The schema was fetched too: the docs explorer lists the root types.
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    await expect.poll(() => page.locator('.graphiql-plugin').textContent()).toMatch(/Root Types.*query:\s*Query/);
    await page.screenshot({ path: SCREENSHOT });

    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('sends the web app’s stored token as a Bearer header', async () => {
    const gql = async (query: string, variables?: object) => {
      const res = await fetch(`${app!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data: any };
    };
    const tenants = (await gql('{ devTenants { id name } }')).data.devTenants as { id: string; name: string }[];
    const tenant = tenants[tenants.length - 1];
    const login = (await gql('mutation ($t: ID) { devLogin(role: ANALYST, tenantId: $t) { token } }', { t: tenant.id })).data.devLogin;

    await page.evaluate((token) => localStorage.setItem('creditgraph.token', token), login.token as string);
    const authHeaders: (string | undefined)[] = [];
    const onRequest = (r: { url(): string; method(): string; headers(): Record<string, string> }) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') authHeaders.push(r.headers().authorization);
    };
    page.on('request', onRequest);
    try {
      await page.reload();
      await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
      await setQuery(page, '{ viewer { role tenant { name } } }');
      const result = await runAndReadResult(page);
      expect(result.data.viewer).toEqual({ role: 'ANALYST', tenant: { name: tenant.name } });
      expect(authHeaders.length).toBeGreaterThan(0);
      expect(authHeaders.every((h) => h === `Bearer ${login.token}`)).toBe(true);
    } finally {
      page.off('request', onRequest);
      await page.evaluate(() => localStorage.removeItem('creditgraph.token'));
    }
    expect(requested.filter((u) => !isLocal(u))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
