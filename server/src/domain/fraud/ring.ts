// Fraud rings: applications that share a phone, device, address or payout account are linked,
// and the connected component around the application being decided is explored breadth-first,
// one batched lookup per hop, within bounds (maxDepth hops, maxNodes applications).
//
// What counts is people, not applications: a customer re-applying with their own phone links
// their own applications and nothing else, so the component is measured in distinct applicant
// keys. It is flagged when it is large (ringMinApplicants distinct applicants, the start
// included) or growing fast (growthMinApplicants other applicants who first appeared in it within
// growthWindowHours): a ring is often caught while it is still forming.
import type { IdentifierKind } from './identifiers.js';

/** An identifier hash and its kind; kinds other than IdentifierKind link but are not named. */
export interface LinkIdentifier {
  kind: IdentifierKind | (string & {});
  hash: string;
}

export interface LinkedApplication {
  applicationId: string;
  /** Customer or applicant identity: the same person's applications share it. */
  applicantKey: string;
  submittedAt: Date;
  identifiers: readonly LinkIdentifier[];
}

export interface RingStart {
  /** null: the application being decided, not stored yet. */
  applicationId: string | null;
  applicantKey: string;
  identifiers: readonly LinkIdentifier[];
}

/** Applications that carry any of these identifier hashes (one batched query per hop). */
export type LinkLookup = (hashes: string[]) => Promise<readonly LinkedApplication[]>;

export interface RingOptions {
  /** Hops of lookups from the start. */
  maxDepth: number;
  /** Most applications explored, the start included. */
  maxNodes: number;
  now: Date;
  ringMinApplicants: number;
  growthWindowHours: number;
  growthMinApplicants: number;
}

export const RING_DEFAULTS: Omit<RingOptions, 'now'> = {
  maxDepth: 3,
  maxNodes: 200,
  ringMinApplicants: 4,
  growthWindowHours: 24,
  growthMinApplicants: 3,
};

export interface RingResult {
  /** Distinct applicant keys in the component, the start included. */
  applicants: number;
  /** Applications in the component, the start included. */
  applications: number;
  /** Kinds of identifier that are shared by two or more distinct applicants. */
  sharedKinds: IdentifierKind[];
  /** Other applicants whose first application in the component is within the growth window. */
  recentApplicants: number;
  flagged: boolean;
  /** Why it is flagged, in plain language; null when it is not. */
  reason: string | null;
  /** maxNodes was reached: the component is at least this large. */
  truncated: boolean;
  /** maxDepth was reached with identifiers still unexplored. */
  depthLimited: boolean;
  /** The linked applications found (the start excluded), nearest first. */
  applicationIds: string[];
}

const KIND_ORDER: IdentifierKind[] = ['DEVICE', 'PHONE', 'PAYOUT_ACCOUNT', 'ADDRESS'];
const KIND_NOUN: Record<IdentifierKind, string> = {
  PHONE: 'phone',
  DEVICE: 'device',
  ADDRESS: 'address',
  PAYOUT_ACCOUNT: 'payout account',
};

interface Node {
  applicantKey: string;
  submittedAt: number | null;
  depth: number;
  identifiers: readonly LinkIdentifier[];
}

export async function findRing(
  start: RingStart,
  lookup: LinkLookup,
  options: Partial<RingOptions> & { now: Date },
): Promise<RingResult> {
  const o: RingOptions = { ...RING_DEFAULTS, ...options };
  const now = o.now.getTime();
  const maxNodes = Math.max(1, Math.floor(o.maxNodes));

  const nodes = new Map<string, Node>();
  const START = start.applicationId ?? '\u0000start';
  nodes.set(START, { applicantKey: start.applicantKey, submittedAt: null, depth: 0, identifiers: start.identifiers });

  const seenHashes = new Set<string>();
  let frontier = unique(start.identifiers.map((i) => i.hash));
  frontier.forEach((h) => seenHashes.add(h));
  let truncated = false;
  let depth = 0;

  while (frontier.length > 0 && depth < o.maxDepth && !truncated) {
    depth += 1;
    const found = await lookup(frontier);
    // Most recent first, so that when the cap bites the applications that matter for growth are in.
    const ordered = [...found].sort(
      (a, b) => toMs(b.submittedAt) - toMs(a.submittedAt) || a.applicationId.localeCompare(b.applicationId),
    );
    const next: string[] = [];
    for (const app of ordered) {
      const id = app.applicationId === start.applicationId ? START : app.applicationId;
      const known = nodes.get(id);
      if (known) {
        // The start as stored may carry identifiers the caller did not pass in.
        if (id === START) known.identifiers = mergeIdentifiers(known.identifiers, app.identifiers);
        else continue;
      } else {
        if (nodes.size >= maxNodes) {
          truncated = true;
          break;
        }
        nodes.set(id, { applicantKey: app.applicantKey, submittedAt: toMs(app.submittedAt), depth, identifiers: app.identifiers });
      }
      for (const ident of app.identifiers) {
        if (!seenHashes.has(ident.hash)) {
          seenHashes.add(ident.hash);
          next.push(ident.hash);
        }
      }
    }
    frontier = next;
  }
  const depthLimited = !truncated && frontier.length > 0;

  // Applicants: the depth at which each was first reached and their first application here.
  const applicants = new Map<string, { depth: number; first: number | null }>();
  for (const node of nodes.values()) {
    const a = applicants.get(node.applicantKey);
    if (!a) applicants.set(node.applicantKey, { depth: node.depth, first: node.submittedAt });
    else {
      a.depth = Math.min(a.depth, node.depth);
      if (node.submittedAt !== null) a.first = a.first === null ? node.submittedAt : Math.min(a.first, node.submittedAt);
    }
  }

  // Kinds that actually join different people (not one person's own re-applications).
  const holders = new Map<string, { kind: string; applicants: Set<string> }>();
  for (const node of nodes.values()) {
    for (const ident of node.identifiers) {
      let h = holders.get(ident.hash);
      if (!h) holders.set(ident.hash, (h = { kind: ident.kind, applicants: new Set() }));
      h.applicants.add(node.applicantKey);
    }
  }
  const kinds = new Set<string>();
  for (const h of holders.values()) if (h.applicants.size >= 2) kinds.add(h.kind);
  const sharedKinds = KIND_ORDER.filter((k) => kinds.has(k));

  const windowStart = now - o.growthWindowHours * 3_600_000;
  let recentApplicants = 0;
  let allDirect = true;
  for (const [key, a] of applicants) {
    if (key === start.applicantKey) continue;
    if (a.first !== null && a.first >= windowStart) recentApplicants += 1;
    if (a.depth > 1) allDirect = false;
  }

  const applicantCount = applicants.size;
  const flagged = applicantCount >= o.ringMinApplicants || recentApplicants >= o.growthMinApplicants;
  let reason: string | null = null;
  if (flagged) {
    const others = applicantCount - 1;
    const names = sharedKinds.map((k) => KIND_NOUN[k]);
    const nouns = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? 'details');
    const link = allDirect ? `shares ${/^[aeiou]/.test(nouns) ? 'an' : 'a'} ${nouns} with` : `is linked by shared ${nouns} to`;
    const who = `${truncated ? 'at least ' : ''}${others} other applicant${others === 1 ? '' : 's'}`;
    const recent =
      recentApplicants === 0
        ? ''
        : recentApplicants === others
          ? `, ${others === 1 ? 'who applied' : `all ${others} of them`} in the last ${o.growthWindowHours} hours`
          : `, ${recentApplicants} of them in the last ${o.growthWindowHours} hours`;
    reason = `${link} ${who}${recent}`;
  }

  const applicationIds = [...nodes.entries()]
    .filter(([id]) => id !== START)
    .sort((a, b) => a[1].depth - b[1].depth)
    .map(([id]) => id);

  return {
    applicants: applicantCount,
    applications: nodes.size,
    sharedKinds,
    recentApplicants,
    flagged,
    reason,
    truncated,
    depthLimited,
    applicationIds,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function mergeIdentifiers(a: readonly LinkIdentifier[], b: readonly LinkIdentifier[]): LinkIdentifier[] {
  const seen = new Set(a.map((i) => i.hash));
  return [...a, ...b.filter((i) => !seen.has(i.hash))];
}

function toMs(d: Date | string): number {
  const t = (d instanceof Date ? d : new Date(d)).getTime();
  return Number.isNaN(t) ? 0 : t;
}
