// The frames written straight to the TCP socket are read by a real ws client as the exact text,
// for each of the three header sizes, and in order with ws's own messages on the same socket.
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { frameSinkFor } from './frame-writer.js';

let server: WebSocketServer;
let serverSide: WebSocket;
let client: WebSocket;
const received: string[] = [];

beforeAll(async () => {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  const connected = once(server, 'connection');
  client = new WebSocket(`ws://127.0.0.1:${port}`);
  client.on('message', (data, isBinary) => {
    expect(isBinary).toBe(false);
    received.push(data.toString());
  });
  [serverSide] = (await connected) as [WebSocket];
  await once(client, 'open');
});
afterAll(async () => {
  client.close();
  await new Promise((r) => server.close(r));
});

describe('frameSinkFor', () => {
  it('writes text frames of every header size that a ws client reads back exactly, in order with ws.send', async () => {
    const sink = frameSinkFor(serverSide);
    const bodies = [10, 125, 126, 65_535, 70_000].map((n, i) => 'x'.repeat(n) + `#${i}`);
    sink.write(Buffer.from('{"a":'), Buffer.from(bodies[0]));
    serverSide.send('from ws');
    for (const body of bodies.slice(1)) sink.write(Buffer.from('{"a":'), Buffer.from(body));
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(6);
    expect(received).toEqual([`{"a":${bodies[0]}`, 'from ws', ...bodies.slice(1).map((b) => `{"a":${b}`)]);
    expect(sink.open).toBe(true);
    expect(sink.pending).toBeGreaterThanOrEqual(0);
  });

  it('falls back to ws.send when an extension was negotiated', () => {
    const sent: unknown[] = [];
    const fake = { extensions: 'permessage-deflate', readyState: 1, bufferedAmount: 7, send: (d: unknown) => sent.push(d) } as unknown as WebSocket;
    const sink = frameSinkFor(fake);
    sink.write(Buffer.from('a'), Buffer.from('b'));
    expect(sent.map(String)).toEqual(['ab']);
    expect(sink.pending).toBe(7);
  });
});
