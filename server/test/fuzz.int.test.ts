// Fuzzing /graphql with fast-check: random selections from the real schema (deep nesting, many
// aliases), garbage and truncated documents, wrong variable types, huge lists, long strings and
// injection strings in every argument and input field of every mutation. Properties: no 5xx, no
// unhandled rejection, the server stays up, and invalid input writes nothing.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/schema.js';
import { startTestApp, type TestApp } from './harness.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_607);
console.log(`fuzz seed ${SEED} (rerun with FUZZ_SEED=${SEED})`);

/** Tables the mutations write. */
const WRITTEN_TABLES = [
  'loan_applications', 'credit_decisions', 'application_links', 'interactions', 'customer_feedback', 'customer_consents', 'audit_events', 'recommendation_log',
  'repayments', 'credit_limit_changes', 'loans', 'disbursements', 'recovery_cases', 'case_events', 'repayment_plans', 'payment_promises', 'outreach_messages',
  'recovery_experiments', 'recommendation_experiments', 'escalation_rule_versions', 'credit_policies', 'products',
];

const INJECTIONS = [
  "' OR 1=1 --", "'; drop table customers; --", '" OR ""="', '${process.exit(1)}', '#{7*7}', '{{7*7}}', '__proto__', 'constructor', 'prototype',
  '{"__proto__":{"admin":true}}', 'a\u0000b', '\u0000', '\uD800', '\uFFFF', '😀'.repeat(50), 'e\u0301', '\u202Eevil', '../../../../etc/passwd', '<script>alert(1)</script>',
  'Q3VzdG9tZXI6MQ==', 'Customer:1', 'Q3VzdG9tZXI6LTE=', 'NaN', '-1', '1e309', '', ' ', 'x'.repeat(5000),
];

const schema: GraphQLSchema = buildSchema();
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);

let t: TestApp;
let admin: string;
const statuses = new Map<number, number>();

async function send(body: unknown, raw = false): Promise<{ status: number; body: any }> {
  const post = () =>
    fetch(`${t.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: raw ? (body as string) : JSON.stringify(body),
    });
  // One retry when a kept-alive connection was closed by the server's idle timeout just as it was
  // reused (ECONNRESET before any answer); the server's health is checked at the end.
  const res = await post().catch((e: { cause?: { code?: string } }) => {
    if (e.cause?.code !== 'ECONNRESET') throw e;
    return post();
  });
  const text = await res.text();
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  let parsed: any = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { text };
  }
  return { status: res.status, body: parsed };
}

/** The properties every answer keeps: no 5xx; a refused request (4xx) carries errors and no data. */
function assertSane(r: { status: number; body: any }, what: unknown): void {
  const context = `${JSON.stringify(what).slice(0, 400)} -> ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`;
  expect(r.status, context).toBeLessThan(500);
  if (r.status >= 400 && r.status !== 413) {
    expect(r.body?.errors?.length, context).toBeGreaterThan(0);
    expect(r.body?.data, context).toBeUndefined();
  }
  for (const e of r.body?.errors ?? []) expect(e.extensions?.code, context).not.toBe('INTERNAL_SERVER_ERROR');
}

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of WRITTEN_TABLES) {
    const result: any = await t.app.services.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    counts[table] = Number((result.rows ?? result)[0].n);
  }
  return counts;
}

/** Counts once background writes (the write-behind recommendation log) have settled. */
async function settledRowCounts(): Promise<Record<string, number>> {
  let last = await rowCounts();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 700));
    const now = await rowCounts();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

// ---- random documents from the schema -------------------------------------------------------

type Rng = () => number;
const pick = <T,>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
function mulberry(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A literal for an argument: mostly of the right type, sometimes hostile. */
function literal(type: GraphQLInputType, rng: Rng, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, rng, depth);
  if (isListType(type)) return `[${Array.from({ length: Math.floor(rng() * 3) }, () => literal(type.ofType, rng, depth + 1)).join(', ')}]`;
  const named = getNamedType(type);
  if (isEnumType(named)) return pick(rng, named.getValues()).name;
  if (isInputObjectType(named)) {
    if (depth > 3) return '{}';
    return `{ ${Object.values(named.getFields()).map((f) => `${f.name}: ${literal(f.type, rng, depth + 1)}`).join(', ')} }`;
  }
  if (named.name === 'Int') return String(pick(rng, [0, 1, 5, -1, 2_147_483_647, 50]));
  if (named.name === 'Float') return String(pick(rng, [0, 1.5, -3, 1e9]));
  if (named.name === 'Boolean') return pick(rng, ['true', 'false']);
  return JSON.stringify(pick(rng, INJECTIONS));
}

function selection(type: GraphQLNamedType, rng: Rng, depth: number, maxDepth: number): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    return `{ __typename ${possible.length ? `... on ${pick(rng, possible).name} ${selection(pick(rng, possible), rng, depth, maxDepth) || '{ __typename }'}` : ''} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields());
  const scalars = fields.filter((f) => !selectable(f));
  const chosen = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => (depth < maxDepth && rng() < 0.7 ? pick(rng, fields) : pick(rng, scalars.length ? scalars : fields)));
  return `{ ${chosen.map((f, i) => field(f, rng, depth + 1, maxDepth, rng() < 0.2 ? `a${i}` : undefined)).join(' ')} }`;
}

const selectable = (f: GraphQLField<unknown, unknown>) => !isScalarType(getNamedType(f.type)) && !isEnumType(getNamedType(f.type));

function field(f: GraphQLField<unknown, unknown>, rng: Rng, depth: number, maxDepth: number, alias?: string): string {
  const args = f.args.filter((a) => isNonNullType(a.type) || rng() < 0.3).map((a) => `${a.name}: ${literal(a.type, rng)}`);
  const sub = selectable(f) ? selection(getNamedType(f.type), rng, depth, maxDepth) || '{ __typename }' : '';
  return `${alias ? `${alias}: ` : ''}${f.name}${args.length ? `(${args.join(', ')})` : ''} ${sub}`;
}

function randomQuery(seed: number, maxDepth: number, aliases: number): string {
  const rng = mulberry(seed);
  const roots = Object.values(schema.getQueryType()!.getFields());
  const root = pick(rng, roots);
  const copies = Array.from({ length: aliases }, (_, i) => field(root, rng, 1, maxDepth, `r${i}`));
  return `{ ${field(root, rng, 1, maxDepth)} ${copies.join(' ')} }`;
}

// ---- hostile variables for every mutation ---------------------------------------------------

const mutations = Object.values(schema.getMutationType()!.getFields());
const hasId = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => hasId(f.type, seen));
};
/** Mutations whose every call names a record by id: injection in every string makes their input invalid. */
const idMutations = mutations.filter((m) => m.args.some((a) => hasId(a.type)));

function mutationDocument(m: GraphQLField<unknown, unknown>): string {
  const vars = m.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation Fuzz${vars ? `(${vars})` : ''} { ${m.name}${args ? `(${args})` : ''} ${selection(getNamedType(m.type), mulberry(1), 1, 2) || ''} }`;
}

/** fast-check value of an input type with an injection (or garbage) string in every String and ID. */
function hostileValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return hostileValue(type.ofType, depth);
  if (isListType(type)) return fc.array(hostileValue(type.ofType, depth + 1), { maxLength: 3 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name));
  if (isInputObjectType(named)) {
    if (depth > 4) return fc.constant({});
    return fc.record(Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, hostileValue(f.type, depth + 1)])));
  }
  if (named.name === 'Int') return fc.constantFrom(0, 1, -1, 2_147_483_647, 12, 60);
  if (named.name === 'Float') return fc.constantFrom(0, 0.5, -1, 1e12, 1000);
  if (named.name === 'Boolean') return fc.boolean();
  return fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ unit: 'binary', maxLength: 40 }));
}

const wrongValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, '', [], {}, 1e308, -0, true, '__proto__', { __proto__: { polluted: true } }));

describe('fuzzing /graphql', () => {
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    t = await startTestApp();
    admin = await t.app.services.tokens.sign({ userId: 'u-fuzz', role: 'ADMIN', tenantId: 'demo' });
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    console.log(`fuzz statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
    await t?.close();
  });

  it('answers random selections of the schema (deep, aliased) without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer({ min: 1, max: 18 }), fc.integer({ min: 0, max: 20 }), async (seed, maxDepth, aliases) => {
        const query = randomQuery(seed, maxDepth, aliases);
        assertSane(await send({ query }), query);
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  describe('invalid input writes nothing', () => {
    let before: Record<string, number>;
    beforeAll(async () => {
      before = await settledRowCounts();
    });

    it('answers garbage and truncated documents with a 4xx', async () => {
      const real = randomQuery(SEED, 4, 2);
      const mutationTexts = mutations.map(mutationDocument);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 200 }),
            fc.string({ unit: fc.constantFrom('{', '}', '(', ')', '[', ']', '$', ':', '!', '@', '...', 'query', 'mutation', ' ', 'a', '"', '#', '\n', ','), maxLength: 200 }),
            fc.tuple(fc.constantFrom(real, ...mutationTexts), fc.nat()).map(([text, cut]) => text.slice(0, 1 + (cut % text.length))),
          ),
          fc.oneof(fc.constant(undefined), wrongValue),
          async (query, variables) => {
            assertSane(await send({ query, variables }), { query, variables });
          },
        ),
        { seed: SEED, numRuns: 150 },
      );
      for (const body of ['', '{', 'null', '[]', '[{"query":"{ __typename }"}]', '{"query": 1}', '{"query": null, "variables": "x"}', '{"__proto__": {"query": "{ __typename }"}}', '\u0000']) {
        assertSane(await send(body, true), body);
      }
    });

    it('answers wrong variable types, huge lists and long strings for every mutation with a 4xx', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...mutations), fc.dictionary(fc.string({ maxLength: 12 }), wrongValue, { maxKeys: 4 }), async (m, junk) => {
          const variables = Object.fromEntries(m.args.map((a) => [a.name, junk[a.name] ?? Object.values(junk)[0] ?? 42]));
          assertSane(await send({ query: mutationDocument(m), variables }), { m: m.name, variables });
        }),
        { seed: SEED, numRuns: 120 },
      );
      for (const m of idMutations) {
        const big = Object.fromEntries(m.args.map((a) => [a.name, Array.from({ length: 50_000 }, (_, i) => i)]));
        const r = await send({ query: mutationDocument(m), variables: big });
        assertSane(r, m.name);
        expect(r.status).toBe(400);
        const long = Object.fromEntries(m.args.map((a) => [a.name, 'x'.repeat(400_000)]));
        assertSane(await send({ query: mutationDocument(m), variables: long }), m.name);
      }
    });

    it('answers injection strings in every string argument and input field of every mutation without writing', async () => {
      for (const m of idMutations) {
        await fc.assert(
          fc.asyncProperty(fc.record(Object.fromEntries(m.args.map((a) => [a.name, hostileValue(a.type)]))), async (variables) => {
            assertSane(await send({ query: mutationDocument(m), variables }), { m: m.name, variables });
          }),
          { seed: SEED, numRuns: 6 },
        );
      }
    });

    it('left every table the mutations write as it was', async () => {
      expect(await settledRowCounts()).toEqual(before);
    });
  });

  it('answers injection strings in the mutations that name no record (which may write) without a 5xx', async () => {
    for (const m of mutations.filter((x) => !idMutations.includes(x) && x.name !== 'runRecoverySweep')) {
      await fc.assert(
        fc.asyncProperty(fc.record(Object.fromEntries(m.args.map((a) => [a.name, hostileValue(a.type)]))), async (variables) => {
          assertSane(await send({ query: mutationDocument(m), variables }), { m: m.name, variables });
        }),
        { seed: SEED, numRuns: 4 },
      );
    }
  });

  it('stays up, with no unhandled rejection', async () => {
    const health = await fetch(`${t.app.url}/healthz`);
    expect(health.status).toBe(200);
    expect((await send({ query: '{ viewer { userId } }' })).body.data.viewer.userId).toBe('u-fuzz');
    expect(unhandled).toEqual([]);
  });
});
