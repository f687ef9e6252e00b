// Worker entry: loads one embedding model and answers embed requests from worker-pool.ts, one
// batch at a time. Plain JavaScript on purpose: it must start the same way under tsx (the
// server), vitest and plain node, and a worker does not inherit a TypeScript loader reliably.
// The message contract is typed in worker-protocol.ts.
import { close, init, onMessage, send } from './worker-channel.mjs';

/** @typedef {{ modelId: string, embed(texts: string[]): Promise<Float32Array[]> }} LoadedModel */

/** @returns {Promise<LoadedModel>} */
async function loadBackend(backend) {
  switch (backend?.kind) {
    case 'use-lite':
      return (await import('./backends/use-lite.mjs')).loadUseLite();
    case 'transformers':
      return (await import('./backends/transformers.mjs')).loadTransformers(backend);
    default:
      throw new Error(`unknown embedding backend ${JSON.stringify(backend)}`);
  }
}

/** Blank texts have no meaning to embed (USE-lite would even drop their rows): they get zero vectors. */
async function embedTexts(model, dimensions, texts) {
  const vectors = new Array(texts.length);
  const present = [];
  texts.forEach((t, i) => (t.length > 0 ? present.push(i) : (vectors[i] = new Float32Array(dimensions))));
  if (present.length > 0) {
    const embedded = await model.embed(present.map((i) => texts[i]));
    present.forEach((textIndex, k) => (vectors[textIndex] = embedded[k]));
  }
  return vectors;
}

const errorMessage = (err) => (err instanceof Error ? err.message : String(err));

let model;
let dimensions;
try {
  const started = performance.now();
  model = await loadBackend(init?.backend);
  // A probe embedding tells the dimensions and pays the first-call compile/warm-up cost here
  // rather than on a user's request.
  const [probe] = await model.embed(['warm up']);
  dimensions = probe.length;
  send({ type: 'ready', modelId: model.modelId, dimensions, loadMs: performance.now() - started });
} catch (err) {
  send({ type: 'load-failed', message: errorMessage(err) });
  close(); // nothing left to do; the worker ends
}

if (model) {
  onMessage(async (msg) => {
    if (msg?.type !== 'embed') return;
    try {
      const vectors = await embedTexts(model, dimensions, msg.texts);
      send({ type: 'embedded', id: msg.id, vectors }, vectors.map((v) => v.buffer));
    } catch (err) {
      send({ type: 'embed-failed', id: msg.id, message: errorMessage(err) });
    }
  });
}
