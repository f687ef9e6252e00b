// One core for the server under test, the other for everything that measures it: the
// orchestrator pins itself (its children inherit the mask), the server is started under taskset.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ROOT } from '../../processes.js';

export const SERVER_CPU = '0';
export const CLIENT_CPU = '1';

/** Pins every thread of this process; processes started later inherit it. */
export function pinSelf(cpu: string): void {
  execFileSync('taskset', ['-a', '-p', '-c', cpu, String(process.pid)], { stdio: 'ignore' });
}

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

/**
 * As processes.ts startProcess, on one core from its first instruction: taskset execs node, so
 * the child's pid is the server's pid (for /proc/<pid>). `nodeArgs` go to node, e.g. --cpu-prof.
 */
export function startPinnedProcess(cpu: string, script: string, env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  const child = spawn('taskset', ['-c', cpu, process.execPath, ...nodeArgs, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The server's errors, without the inspector's notices (heap-probe.ts attaches and detaches).
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (!/^(Debugger listening on|Debugger attached|Debugger ending|For help, see:)/.test(line)) process.stderr.write(`${line}\n`);
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** node arguments that make a process write a V8 CPU profile into `dir` when it exits. */
export const profileArgs = (dir?: string): string[] => (dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []);
