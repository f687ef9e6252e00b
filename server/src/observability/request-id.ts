// Every request gets an id that travels with its logs, its errors and its response header, so that
// a user's "request id 3f2c…" on a screen is one search away in the logs. A caller (a load
// balancer, another service) may pass its own in x-request-id; anything that does not look like
// an id is replaced rather than trusted into the logs.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

export function newRequestId(): string {
  return randomUUID();
}

/** The caller's x-request-id when it looks like one, else a fresh id; echoed on the response. */
export function requestIdFor(req: IncomingMessage, res?: ServerResponse): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && ACCEPTABLE.test(given) ? given : newRequestId();
  if (res && !res.headersSent) res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
