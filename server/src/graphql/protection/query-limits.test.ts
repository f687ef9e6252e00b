// The default query limits admit every real operation: the web app's (the trusted-documents
// manifest), the simulator's and the integration tests'; and refuse one just past each limit.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { buildSchema } from '../schema.js';
import * as simulator from '../../../../ops/simulate/graph.js';
import { queryLimitProtection, queryLimitsOf, tokenLimitError } from './query-limits.js';
import { MANIFEST_PATH } from './trusted-documents.js';

const schema = buildSchema();
const defaults = queryLimitsOf(loadConfig({}));
const { validationRules } = queryLimitProtection(defaults);
const check = (text: string) => [...validate(schema, parse(text), validationRules).map((e) => e.message), ...[tokenLimitError(text, defaults.maxTokens)?.message ?? []].flat()];

function realDocuments(): [string, string][] {
  const docs: [string, string][] = Object.entries(JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as Record<string, string>).map(([h, d]) => [`web ${h}`, d]);
  for (const [name, v] of Object.entries(simulator as Record<string, unknown>)) if (typeof v === 'string' && /^\s*(query|mutation|subscription)/.test(v)) docs.push([`simulator ${name}`, v]);
  const testDir = path.resolve(import.meta.dirname, '../../../test');
  for (const f of readdirSync(testDir).filter((f) => f.endsWith('.ts') && f !== 'fuzz.int.test.ts' && f !== 'graph-protection.int.test.ts')) {
    for (const m of readFileSync(path.join(testDir, f), 'utf8').matchAll(/`([^`]*)`/g)) {
      const text = m[1].replace(/\$\{[^}]*\}/g, 'x');
      if (!/^\s*(query|mutation|subscription|\{)/.test(text)) continue;
      try {
        if (validate(schema, parse(text)).length === 0) docs.push([`test ${f}`, text]);
      } catch {
        // not a whole document (a fragment of one built up in code)
      }
    }
  }
  return docs;
}

describe('default query limits', () => {
  const docs = realDocuments();

  it('admit every operation of the web app, the simulator and the tests', () => {
    expect(docs.filter(([n]) => n.startsWith('web')).length).toBeGreaterThan(20);
    expect(docs.filter(([n]) => n.startsWith('test')).length).toBeGreaterThan(50);
    const refused = docs.map(([name, text]) => ({ name, errors: check(text) })).filter((d) => d.errors.length > 0);
    expect(refused).toEqual([]);
  });

  it('refuse a document past each limit, naming the limit, its value and what was found', () => {
    const deep = `{ customers(first: 1) { edges { node { ${'holdings { product { '.repeat(6)}id${' } }'.repeat(6)} } } } }`;
    expect(check(deep)).toEqual([expect.stringMatching(new RegExp(`depth limit of ${defaults.maxDepth} exceeded, found \\d+ \\(GRAPHQL_MAX_DEPTH\\)`))]);
    const aliases = `{ ${Array.from({ length: defaults.maxAliases + 1 }, (_, i) => `a${i}: viewer { userId }`).join(' ')} }`;
    expect(check(aliases)).toEqual([`Aliases limit of ${defaults.maxAliases} exceeded, found ${defaults.maxAliases + 1} (GRAPHQL_MAX_ALIASES)`]);
    const costly = `{ customers(first: 1000) { edges { node { holdings { product { id name code category } } recommendations(k: 50) { product { id name } reasons { code text } } } } } }`;
    expect(check(costly)[0]).toMatch(new RegExp(`Query Cost limit of ${defaults.maxCost} exceeded, found \\d+ \\(GRAPHQL_MAX_COST\\)`));
    const directives = `{ viewer ${'@include(if: true) '.repeat(defaults.maxDirectives + 1)} { userId } }`;
    expect(check(directives)).toContain(`Directives limit of ${defaults.maxDirectives} exceeded, found ${defaults.maxDirectives + 1} (GRAPHQL_MAX_DIRECTIVES)`);
    const long = `{ ${'viewer { userId } '.repeat(defaults.maxTokens)} }`;
    expect(tokenLimitError(long, defaults.maxTokens)?.message).toBe(`Token limit of ${defaults.maxTokens} exceeded, found more than ${defaults.maxTokens} tokens (GRAPHQL_MAX_TOKENS)`);
  });
});
