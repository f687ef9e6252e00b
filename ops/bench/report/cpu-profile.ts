// Summarises a V8 .cpuprofile (node --cpu-prof): self time per function and per origin
// (a package under node_modules, node's internals, the project's own code, GC, idle).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Busy time: all but (idle). */
  busyMs: number;
  functions: { name: string; where: string; selfMs: number; shareOfBusy: number }[];
  origins: { origin: string; selfMs: number; shareOfBusy: number }[];
}

function origin(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/(server\/src|ops|seeds)\//.exec(url);
  if (own) return `creditgraph ${own[1]}`;
  return 'other';
}

function where(url: string, line: number): string {
  if (!url) return '';
  const nm = /node_modules\/(.*)$/.exec(url);
  const short = nm ? nm[1] : url.replace(/^file:\/\/.*?\/(server|ops|seeds)\//, '$1/');
  return `${short}:${line + 1}`;
}

export function summariseProfile(file: string, top = 15): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) selfUs.set(p.samples[i], (selfUs.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const fns = new Map<string, { name: string; where: string; us: number }>();
  const origins = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName || '(anonymous)';
    total += us;
    if (name === '(idle)') {
      idle += us;
      continue;
    }
    const key = `${name}@${n.callFrame.url}:${n.callFrame.lineNumber}`;
    const f = fns.get(key) ?? { name, where: where(n.callFrame.url, n.callFrame.lineNumber), us: 0 };
    f.us += us;
    fns.set(key, f);
    const o = origin(n.callFrame.url, name);
    origins.set(o, (origins.get(o) ?? 0) + us);
  }
  const busy = total - idle;
  return {
    file: path.basename(file),
    totalMs: total / 1000,
    busyMs: busy / 1000,
    functions: [...fns.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, selfMs: f.us / 1000, shareOfBusy: f.us / busy })),
    origins: [...origins]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([o, us]) => ({ origin: o, selfMs: us / 1000, shareOfBusy: us / busy })),
  };
}

/** The main thread's .cpuprofile in a folder (the largest: worker threads write their own, smaller). */
export function mainProfile(dir: string): string | null {
  try {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => path.join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size);
    return files[0] ?? null;
  } catch {
    return null;
  }
}
