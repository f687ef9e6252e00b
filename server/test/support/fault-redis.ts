// A private redis-server on its own port, which a fault test may kill (SIGKILL, as a crash would)
// and start again on the same port, without touching the machine's shared Redis.
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, killProcess } from '../../../ops/processes.js';

export interface PrivateRedis {
  port: number;
  url: string;
  start(): Promise<void>;
  kill(): Promise<void>;
}

export async function createPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      for (let i = 0; i < 50; i++) {
        if (await pong(port)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`redis-server did not start on port ${port}`);
    },
    async kill() {
      if (child) await killProcess(child);
      child = undefined;
    },
  };
}

function pong(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const cli = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    cli.stdout.on('data', (d) => (out += d));
    cli.on('exit', () => resolve(out.includes('PONG')));
  });
}
