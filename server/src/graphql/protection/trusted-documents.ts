// Trusted documents: the operations our own clients send, known at build time. The web app's come
// from graphql-codegen's manifest (web/src/gql/persisted-documents.json: "sha256:<hex>" -> text);
// the in-process demo simulator's (ops/simulate/graph.ts) are trusted too. TRUSTED_DOCUMENTS:
//   off    free-form queries only; a hash is answered PERSISTED_QUERY_NOT_SUPPORTED
//   allow  a hash runs its manifest document; free-form queries run too (default outside production)
//   only   a document runs only when it is one of the trusted ones (default in production)
// Apollo's automatic persisted queries stay off in every mode: with them any client could register
// a document by sending it with its hash. A client's text is matched against the trusted set by a
// canonical form (fields sorted, __typename left out), since Apollo Client adds __typename and
// codegen's manifest prints documents normalised.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphQLError, parse, print, visit, type ASTNode, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Config } from '../../config/index.js';
import * as simulatorDocuments from '../../../../ops/simulate/graph.js';

export type TrustedDocumentsMode = 'off' | 'allow' | 'only';

export const MANIFEST_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../web/src/gql/persisted-documents.json');

export function trustedDocumentsModeOf(config: Pick<Config, 'NODE_ENV' | 'TRUSTED_DOCUMENTS'>): TrustedDocumentsMode {
  return config.TRUSTED_DOCUMENTS ?? (config.NODE_ENV === 'production' ? 'only' : 'allow');
}

/** The manifest's hash function: sha256 of the document text, hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** "sha256:<hex>" or "<hex>", any case, as "<hex>"; anything else null. */
export function normaliseHash(hash: unknown): string | null {
  if (typeof hash !== 'string') return null;
  const hex = hash.replace(/^sha256:/i, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

const byPrint = (a: ASTNode, b: ASTNode) => {
  const pa = print(a);
  const pb = print(b);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
};

/** The document with __typename fields dropped and every list of siblings in one order. */
function canonicalDocument(document: DocumentNode): DocumentNode {
  const sorted = visit(document, {
    Field: {
      leave: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
    },
    SelectionSet: { leave: (node) => ({ ...node, selections: [...node.selections].sort(byPrint) }) },
  });
  return { ...sorted, definitions: [...sorted.definitions].sort(byPrint) };
}

/** sha256 of the canonical form of a document's text; null when it does not parse. */
export function canonicalHash(text: string): string | null {
  try {
    return sha256Hex(print(canonicalDocument(parse(text, { noLocation: true }))));
  } catch {
    return null;
  }
}

export type Resolution = { query: string | undefined } | { error: GraphQLError };

const refusal = (message: string, code: string, status: number) => ({ error: new GraphQLError(message, { extensions: { code, http: { status } } }) });

export class TrustedDocuments {
  private readonly byHash = new Map<string, string>();
  private readonly canonical = new Set<string>();
  /** Canonical hashes of texts seen, since clients send the same few documents again and again. */
  private readonly seen = new LRUCache<string, string | false>({ max: 1000 });

  constructor(
    readonly mode: TrustedDocumentsMode,
    documents: Iterable<[hash: string, text: string]>,
  ) {
    for (const [hash, text] of documents) {
      const key = canonicalHash(text);
      if (!key) throw new Error(`trusted document ${hash} does not parse`);
      this.byHash.set(normaliseHash(hash) ?? sha256Hex(text), text);
      this.canonical.add(key);
    }
  }

  /** The manifest (required in `only` mode) and the simulator's documents. */
  static load(mode: TrustedDocumentsMode, manifestPath = MANIFEST_PATH): TrustedDocuments {
    if (mode === 'off') return new TrustedDocuments(mode, []);
    if (!existsSync(manifestPath)) {
      if (mode === 'only') throw new Error(`TRUSTED_DOCUMENTS=only needs the manifest ${manifestPath} (npm run codegen)`);
      return new TrustedDocuments(mode, []);
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    const simulator = Object.values(simulatorDocuments as Record<string, unknown>)
      .filter((v): v is string => typeof v === 'string' && /^\s*(query|mutation|subscription)\b/.test(v))
      .map((text): [string, string] => [sha256Hex(text), text]);
    return new TrustedDocuments(mode, [...Object.entries(manifest), ...simulator]);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** Whether a document's text is one of the trusted documents (in its canonical form). */
  isTrusted(text: string): boolean {
    let key = this.seen.get(text);
    if (key === undefined) {
      key = canonicalHash(text) ?? false;
      this.seen.set(text, key);
    }
    return key !== false && this.canonical.has(key);
  }

  /**
   * The document a request runs: its hash's trusted document, or its own text when the mode lets it
   * run; or the reason it may not.
   */
  resolve(query: string | undefined, hash: unknown): Resolution {
    const hashGiven = hash !== undefined && hash !== null;
    if (this.mode === 'off') {
      if (hashGiven) return refusal('PersistedQueryNotSupported: persisted documents are off (TRUSTED_DOCUMENTS=off); send the query text', 'PERSISTED_QUERY_NOT_SUPPORTED', 200);
      return { query };
    }
    if (hashGiven) {
      const hex = normaliseHash(hash);
      if (!hex) return refusal('persistedQuery.sha256Hash must be 64 hexadecimal digits (optionally prefixed "sha256:")', 'BAD_REQUEST', 400);
      const trusted = this.byHash.get(hex);
      if (trusted !== undefined) {
        if (query !== undefined && query !== trusted && canonicalHash(query) !== canonicalHash(trusted)) {
          return refusal(`the query text is not the trusted document of hash sha256:${hex}`, 'BAD_REQUEST', 400);
        }
        return { query: trusted };
      }
      if (query === undefined) {
        // 200 and this message, as Apollo's own: Apollo Client's persisted-query link then retries with the text.
        return refusal(`PersistedQueryNotFound: no trusted document has hash sha256:${hex}`, 'PERSISTED_QUERY_NOT_FOUND', 200);
      }
    }
    if (this.mode === 'only' && query !== undefined && !this.isTrusted(query)) {
      return refusal('PersistedQueryNotFound: only trusted documents are accepted (TRUSTED_DOCUMENTS=only) and this document is not one of them', 'PERSISTED_QUERY_NOT_FOUND', 400);
    }
    return { query };
  }
}
