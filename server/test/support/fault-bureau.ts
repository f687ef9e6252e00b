// A credit bureau the fault test controls: it speaks the simulator's POST /v1/reports protocol
// (a no-hit report for any subject), and can be told to fail every request with a 503 or to hold
// each reply for a while. It counts the requests that reached it, so a test can see the client's
// breaker stop calling it.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { noHitReport } from '../../src/bureau/report.js';

export interface FaultBureau {
  url: string;
  /** Requests to /v1/reports received so far. */
  hits: number;
  failing: boolean;
  delayMs: number;
  close(): Promise<void>;
}

export async function startFaultBureau(): Promise<FaultBureau> {
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (req.method !== 'POST' || req.url !== '/v1/reports') {
        res.statusCode = 404;
        return res.end();
      }
      bureau.hits += 1;
      if (bureau.failing) {
        res.statusCode = 503;
        return res.end(JSON.stringify({ error: 'bureau down (fault test)' }));
      }
      if (bureau.delayMs > 0) await new Promise((r) => setTimeout(r, bureau.delayMs));
      const { subjectRef } = JSON.parse(body) as { subjectRef: string };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ report: noHitReport(subjectRef) }));
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bureau: FaultBureau = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits: 0,
    failing: false,
    delayMs: 0,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return bureau;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}
