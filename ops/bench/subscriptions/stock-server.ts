// The stock baseline: graphql-ws's `useServer` (graphql-ws/use/ws) over the in-process `PubSub`
// of graphql-subscriptions, executing the subscription document once per subscriber per event, on
// creditgraph's own SDL (schema/*.graphql). Like creditgraph, a new subscriber gets the current
// state at once, then every published state.
//   GET  /healthz  200 {"status":"ok"}
//   POST /publish  one more view: publishes the new dashboard, answers {"views":n}
// PORT from the environment; prints READY when it listens.
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { PubSub } from 'graphql-subscriptions';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { StockDashboard } from './stock-dashboard.js';
import { dashboardSchema } from './stock-schema.js';

const TOPIC = 'DASHBOARD';

// One listener per subscriber: many more than EventEmitter's default warning threshold.
const pubsub = new PubSub({ eventEmitter: new EventEmitter().setMaxListeners(0) });
const dashboard = new StockDashboard();

/** `first`, then whatever `rest` yields; closing it closes `rest` (no generator in between). */
function startingWith<T>(first: T, rest: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  let firstSent = false;
  return {
    next() {
      if (firstSent) return rest.next();
      firstSent = true;
      return Promise.resolve({ value: first, done: false });
    },
    return: () => rest.return!(),
    throw: (e) => rest.throw!(e),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const schema = dashboardSchema(() => startingWith(dashboard.snapshot(), pubsub.asyncIterableIterator(TOPIC)));

const http = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  } else if (req.url === '/publish' && req.method === 'POST') {
    req.resume();
    req.on('end', () => {
      dashboard.recordView();
      void pubsub.publish(TOPIC, dashboard.snapshot());
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ views: dashboard.currentViews }));
    });
  } else {
    res.writeHead(404).end();
  }
});
useServer({ schema }, new WebSocketServer({ server: http, path: '/graphql' }));
http.listen(Number(process.env.PORT ?? 4200), '127.0.0.1', () => console.log('READY'));
// An orderly exit on SIGTERM, so that a --cpu-prof profile is written.
process.on('SIGTERM', () => process.exit(0));
