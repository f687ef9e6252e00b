// The stock baseline (stock-server.ts) and the floor (floor-server.ts) as servers under test, on
// the server core. Both take the same endpoints: /healthz, POST /publish.
import { freePort, stopProcess, waitFor } from '../../processes.js';
import { SERVER_CPU, profileArgs, startPinnedProcess } from './cpu-pinning.js';
import { HeapProbe } from './heap-probe.js';
import type { ServerUnderTest } from './server-under-test.js';

const BASELINES = {
  stock: { script: 'ops/bench/subscriptions/stock-server.ts', name: 'stock graphql-ws useServer + PubSub' },
  floor: { script: 'ops/bench/subscriptions/floor-server.ts', name: 'floor: execute once, one write per socket' },
};

/** With `cpuProfileDir`, the server writes a V8 CPU profile there when it stops. */
export async function startBaseline(kind: keyof typeof BASELINES, cpuProfileDir?: string): Promise<ServerUnderTest> {
  const { script, name } = BASELINES[kind];
  const port = await freePort();
  const heap = await HeapProbe.create();
  const child = startPinnedProcess(SERVER_CPU, script, { PORT: String(port), NODE_ENV: 'production' }, [
    ...heap.nodeArgs,
    ...profileArgs(cpuProfileDir),
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child, (s) => s === 200, 60_000);
  return {
    name,
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
