// The worker side of the pool's message channel. The same worker script runs either as a worker
// thread (parentPort, ArrayBuffers transferred) or as a child process (IPC with the "advanced"
// serialisation, so typed arrays survive the trip); see worker-transport.ts for why both exist.
import { parentPort, workerData } from 'node:worker_threads';

const inProcessMode = !parentPort && typeof process.send === 'function';
if (!parentPort && !inProcessMode) throw new Error('this script must run as a worker thread or a forked child process');

if (inProcessMode) {
  // The pool died or closed the channel without killing us: do not linger as an orphan.
  process.on('disconnect', () => process.exit(0));
}

/** The pool's WorkerInit. */
export const init = inProcessMode ? JSON.parse(process.argv[2] ?? '{}') : workerData;

/** Sends a message; `transfer` lists ArrayBuffers to move rather than copy (threads only). */
export function send(message, transfer = []) {
  if (inProcessMode) process.send(message);
  else parentPort.postMessage(message, transfer);
}

export function onMessage(handler) {
  if (inProcessMode) process.on('message', handler);
  else parentPort.on('message', handler);
}

/** Lets the worker end once it has nothing left to do. */
export function close() {
  if (inProcessMode) process.disconnect();
  else parentPort.close();
}
