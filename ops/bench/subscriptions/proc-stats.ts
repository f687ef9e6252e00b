// What /proc says about the server under test: resident memory and CPU time consumed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** VmRSS of /proc/<pid>/status, in bytes. */
export function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for ${pid}`);
  return Number(m[1]) * 1024;
}

/** utime + stime of /proc/<pid>/stat (all its threads), in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Which cores the process may run on, e.g. "0". */
export function allowedCpus(pid: number): string {
  return /^Cpus_allowed_list:\s+(\S+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '?';
}

/**
 * RSS once it has stopped moving: V8 gives memory back some seconds after a burst of garbage (a
 * start-up, a seeding, a connection ramp), so a single reading can be tens of MiB off. Reads every
 * second until three readings in a row lie within 1 MiB, for at most `maxMs`.
 */
export async function settledRssBytes(pid: number, maxMs: number): Promise<number> {
  const readings: number[] = [rssBytes(pid)];
  for (const deadline = Date.now() + maxMs; Date.now() < deadline; ) {
    await new Promise((r) => setTimeout(r, 1_000));
    readings.push(rssBytes(pid));
    const last = readings.slice(-3);
    if (last.length === 3 && Math.max(...last) - Math.min(...last) < 2 ** 20) break;
  }
  return readings[readings.length - 1];
}
