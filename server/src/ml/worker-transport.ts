// Where a model runs: a worker thread or a child process, behind one small handle.
//
// Worker threads are the default: cheap to start, and vectors come back as transferred buffers.
// transformers.js runs on onnxruntime-node 1.21 (pinned by @huggingface/transformers 3.8), whose
// native addon is not context-aware: a second thread that loads it in the same process fails
// ("Module did not self-register") or aborts the whole process ("HandleScope ... without proper
// locking"), so neither a pool of more than one thread nor a restart after a crash would work.
// That backend therefore runs in child processes, which also keeps a native crash in the model
// from taking the server down with it.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EmbedRequestMessage, WorkerInit, WorkerMessage } from './worker-protocol.js';

export type WorkerIsolation = 'thread' | 'process';

export interface EmbedWorkerHandle {
  send(message: EmbedRequestMessage): void;
  onMessage(handler: (message: WorkerMessage) => void): void;
  /** An uncaught error inside the worker, reported before it exits (threads only). */
  onError(handler: (error: Error) => void): void;
  /** `reason` is e.g. "exit code 1" or "signal SIGSEGV". */
  onExit(handler: (reason: string) => void): void;
  /** Whether this worker keeps the process alive. */
  ref(): void;
  unref(): void;
  terminate(): Promise<void>;
}

export function startEmbedWorker(script: URL, init: WorkerInit, isolation: WorkerIsolation): EmbedWorkerHandle {
  return isolation === 'thread' ? startThread(script, init) : startProcess(script, init);
}

function startThread(script: URL, init: WorkerInit): EmbedWorkerHandle {
  const worker = new Worker(script, { workerData: init });
  return {
    send: (message) => worker.postMessage(message),
    onMessage: (handler) => void worker.on('message', handler),
    onError: (handler) => void worker.on('error', handler),
    onExit: (handler) => void worker.on('exit', (code) => handler(`exit code ${code}`)),
    ref: () => worker.ref(),
    unref: () => worker.unref(),
    terminate: async () => void (await worker.terminate()),
  };
}

function startProcess(script: URL, init: WorkerInit): EmbedWorkerHandle {
  // The script is plain JavaScript: no loader flags needed, and none of the parent's inherited
  // (tsx, vitest, --inspect) are wanted in the child.
  const child: ChildProcess = fork(fileURLToPath(script), [JSON.stringify(init)], {
    execArgv: [],
    serialization: 'advanced', // structured clone over IPC, so Float32Arrays arrive as such
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    send: (message) => void child.send(message),
    onMessage: (handler) => void child.on('message', (m) => handler(m as WorkerMessage)),
    onError: (handler) => void child.on('error', handler),
    onExit: (handler) => void child.on('exit', (code, signal) => handler(signal ? `signal ${signal}` : `exit code ${code}`)),
    ref: () => {
      child.ref();
      child.channel?.ref();
    },
    unref: () => {
      child.unref();
      child.channel?.unref();
    },
    terminate: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.ref(); // an unref'd child would let the event loop end before its exit is seen
        child.kill('SIGTERM');
      }
      await exited;
    },
  };
}
