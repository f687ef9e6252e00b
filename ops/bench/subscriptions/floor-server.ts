// The floor: the least a graphql-ws server can do per event on this machine, measured in the same
// run so that creditgraph's figures can be read against what the kernel and the network stack
// cost alone. Same SDL, dashboard and endpoints as stock-server.ts, but no graphql-ws server and
// no per-subscriber work beyond the socket write: each distinct document is executed and
// serialised once per event, then one prebuilt frame is written to every socket in a single
// synchronous loop (no slicing, no queues, no backpressure handling: a server that did only this
// would stall its HTTP requests and let slow consumers grow without bound).
//   GET  /healthz  200 {"status":"ok"}
//   POST /publish  one more view: sends the new dashboard to every subscriber
// PORT from the environment; prints READY when it listens.
import { createServer } from 'node:http';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { frameSinkFor, type FrameSink } from '../../../server/src/graphql/live/frame-writer.js';
import { StockDashboard } from './stock-dashboard.js';
import { dashboardSchema } from './stock-schema.js';

const schema = dashboardSchema(() => {
  throw new Error('the floor server executes each event itself');
});
const dashboard = new StockDashboard();

interface Subscriber {
  sink: FrameSink;
  head: Buffer;
}
/** Each distinct document, parsed once, with its subscribers. */
const documents = new Map<string, { document: DocumentNode; subscribers: Set<Subscriber> }>();

/** The result of `document` on the current state, with the brace that closes each message. */
function body(document: DocumentNode): Buffer {
  const result = execute({ schema, document, rootValue: dashboard.snapshot() });
  if ('then' in result) throw new Error('the dashboard resolves synchronously');
  return Buffer.from(JSON.stringify(result) + '}');
}

/** Adds the subscriber and sends it the current state; returns how to remove it, or null when the document is invalid. */
function subscribe(ws: WebSocket, id: string, query: string): (() => void) | null {
  let entry = documents.get(query);
  if (!entry) {
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length) {
      ws.send(JSON.stringify({ id, type: 'error', payload: errors.map((e) => ({ message: e.message })) }));
      return null;
    }
    entry = { document, subscribers: new Set() };
    documents.set(query, entry);
  }
  const subscriber: Subscriber = { sink: frameSinkFor(ws), head: Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`) };
  entry.subscribers.add(subscriber);
  subscriber.sink.write(subscriber.head, body(entry.document));
  const { subscribers } = entry;
  return () => subscribers.delete(subscriber);
}

const http = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  } else if (req.url === '/publish' && req.method === 'POST') {
    req.resume();
    req.on('end', () => {
      dashboard.recordView();
      for (const { document, subscribers } of documents.values()) {
        const message = body(document);
        for (const s of subscribers.values()) s.sink.write(s.head, message);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ views: dashboard.currentViews }));
    });
  } else {
    res.writeHead(404).end();
  }
});

const wss = new WebSocketServer({ server: http, path: '/graphql', perMessageDeflate: false });
wss.on('connection', (ws) => {
  const unsubscribe = new Map<string, () => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { type: string; id?: string; payload?: { query?: string } };
    if (m.type === 'connection_init') ws.send('{"type":"connection_ack"}');
    else if (m.type === 'ping') ws.send('{"type":"pong"}');
    else if (m.type === 'subscribe' && m.id && m.payload?.query) {
      const remove = subscribe(ws, m.id, m.payload.query);
      if (remove) unsubscribe.set(m.id, remove);
    } else if (m.type === 'complete' && m.id) {
      unsubscribe.get(m.id)?.();
      unsubscribe.delete(m.id);
    }
  });
  ws.on('close', () => unsubscribe.forEach((remove) => remove()));
});
http.listen(Number(process.env.PORT ?? 4200), '127.0.0.1', () => console.log('READY'));
process.on('SIGTERM', () => process.exit(0));
