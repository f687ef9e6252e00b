// The stock baseline (stock-server.ts) as a server under test, on the server core.
import { freePort, stopProcess, waitFor } from '../../processes.js';
import { SERVER_CPU, profileArgs, startPinnedProcess } from './cpu-pinning.js';
import { HeapProbe } from './heap-probe.js';
import type { ServerUnderTest } from './server-under-test.js';

/** With `cpuProfileDir`, the server writes a V8 CPU profile there when it stops. */
export async function startStock(cpuProfileDir?: string): Promise<ServerUnderTest> {
  const port = await freePort();
  const heap = await HeapProbe.create();
  const child = startPinnedProcess(SERVER_CPU, 'ops/bench/subscriptions/stock-server.ts', { PORT: String(port), NODE_ENV: 'production' }, [
    ...heap.nodeArgs,
    ...profileArgs(cpuProfileDir),
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child, (s) => s === 200, 60_000);
  return {
    name: 'stock graphql-ws useServer + PubSub',
    pid: child.pid!,
    heap,
    healthUrl: `${url}/healthz`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    connectionParams: {},
    async publish() {
      const res = await fetch(`${url}/publish`, { method: 'POST' });
      if (res.status !== 200) throw new Error(`publish: HTTP ${res.status}`);
      await res.arrayBuffer();
    },
    stop: () => stopProcess(child),
  };
}
