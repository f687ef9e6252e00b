// The server as a child process (server/src/main.ts, with its signal handling), its output kept
// in memory: a fault test prints the tail when something fails, rather than interleaving it with
// the test's own output, and can check that nothing crashed.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { ROOT, freePort, killProcess, waitFor } from '../../../ops/processes.js';

const KEEP_LINES = 400;

export interface FaultServer {
  url: string;
  child: ChildProcess;
  /** The last lines the server wrote (stdout and stderr). */
  output(): string;
  /** Resolves to the exit code (or the signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): Promise<void>;
}

export async function startFaultServer(env: Record<string, string>, readyTimeoutMs = 170_000): Promise<FaultServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > KEEP_LINES) lines.splice(0, lines.length - KEEP_LINES);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  const server: FaultServer = {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => lines.join('\n'),
    exited,
    kill: () => killProcess(child),
  };
  try {
    await waitFor(`${server.url}/healthz`, child, (s) => s === 200, readyTimeoutMs);
  } catch (e) {
    await server.kill();
    throw new Error(`${(e as Error).message}\n--- server output ---\n${server.output()}`);
  }
  return server;
}
