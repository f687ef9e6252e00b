// Memory figures that a garbage collection has settled: the server under test runs with
// --inspect on a loopback port, and before each reading the orchestrator asks it (over the
// inspector protocol) for a full collection, then for its JS heap in use. Without this an RSS
// difference of a 1 GB process is mostly whenever V8 happened to give memory back.
import WebSocket from 'ws';
import { freePort } from '../../processes.js';

export class HeapProbe {
  private constructor(readonly port: number) {}

  static async create(): Promise<HeapProbe> {
    return new HeapProbe(await freePort());
  }

  /** node arguments for the server. */
  get nodeArgs(): string[] {
    return [`--inspect=127.0.0.1:${this.port}`];
  }

  /** A full collection, then the JS heap in use, in bytes. */
  async collect(): Promise<number> {
    const targets = (await (await fetch(`http://127.0.0.1:${this.port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
    const ws = new WebSocket(targets[0].webSocketDebuggerUrl, { perMessageDeflate: false });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    let nextId = 1;
    const call = (method: string) =>
      new Promise<any>((resolve, reject) => {
        const id = nextId++;
        const onMessage = (data: Buffer) => {
          const m = JSON.parse(data.toString('utf8'));
          if (m.id !== id) return;
          ws.off('message', onMessage);
          if (m.error) reject(new Error(`${method}: ${m.error.message}`));
          else resolve(m.result);
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ id, method }));
      });
    try {
      await call('HeapProfiler.collectGarbage');
      const usage: { usedSize: number } = await call('Runtime.getHeapUsage');
      return usage.usedSize;
    } finally {
      ws.close();
    }
  }
}
