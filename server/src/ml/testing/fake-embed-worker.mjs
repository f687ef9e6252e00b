// A stand-in for embed-worker.mjs that speaks the same protocol with a trivial "model", so the
// pool's batching, crash and restart handling can be tested in milliseconds.
//
// Backend spec (init.backend): { kind: 'fake', dimensions?, delayMs?, failLoad? }.
// Texts that steer it: "__crash__" throws an uncaught error (the worker dies), "__fail__" makes
// the batch fail politely (embed-failed).
import { close, init, onMessage, send } from '../worker-channel.mjs';

const spec = init.backend;
const dimensions = spec.dimensions ?? 8;

/** Deterministic unit vector from the text's characters; blank text gives the zero vector. */
function fakeVector(text) {
  const v = new Float32Array(dimensions);
  for (let i = 0; i < text.length; i++) v[(text.charCodeAt(i) + i) % dimensions] += 1 + (i % 3);
  const norm = Math.hypot(...v);
  if (norm > 0) for (let i = 0; i < dimensions; i++) v[i] /= norm;
  return v;
}

if (spec.failLoad) {
  send({ type: 'load-failed', message: 'fake model file is corrupt' });
  close();
} else {
  setTimeout(() => send({ type: 'ready', modelId: 'fake-model', dimensions, loadMs: 1 }), 5);
  onMessage((msg) => {
    if (msg.texts.includes('__crash__')) throw new Error('fake model segfault');
    setTimeout(() => {
      if (msg.texts.includes('__fail__')) {
        send({ type: 'embed-failed', id: msg.id, message: 'fake model rejected the batch' });
        return;
      }
      const vectors = msg.texts.map(fakeVector);
      send({ type: 'embedded', id: msg.id, vectors }, vectors.map((v) => v.buffer));
    }, spec.delayMs ?? 0);
  });
}
