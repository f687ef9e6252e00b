// Writes a prepared WebSocket text frame straight to a subscriber's TCP socket. A fan-out sends
// the same payload to thousands of sockets; ws.send would turn each string into a buffer, frame
// it and write header and body as two buffers. Here the body is encoded once per fan-out and each
// socket gets one buffer: its frame header, its operation id, the shared payload.
//
// This reaches into ws (8.x): `_socket` is the net.Socket under the WebSocket. It is only used
// when no extension (permessage-deflate) was negotiated: frames are then written synchronously
// and in order by ws itself, so a frame written here never splits one of ws's.
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';

export interface FrameSink {
  /** Bytes written but not yet handed to the kernel: the backpressure signal. */
  readonly pending: number;
  readonly open: boolean;
  /** Sends one text message made of `head` then `body`. */
  write(head: Buffer, body: Buffer): void;
}

const OPEN = 1;

export function frameSinkFor(ws: WebSocket): FrameSink {
  const raw = (ws as unknown as { _socket?: Socket | null })._socket;
  if (ws.extensions !== '' || !raw || typeof raw.write !== 'function') return viaWs(ws);
  return {
    get pending() {
      return raw.writableLength;
    },
    get open() {
      return ws.readyState === OPEN;
    },
    write(head, body) {
      const length = head.length + body.length;
      const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
      const frame = Buffer.allocUnsafe(headerLength + length);
      frame[0] = 0x81; // FIN, text
      if (length < 126) {
        frame[1] = length;
      } else if (length < 65_536) {
        frame[1] = 126;
        frame.writeUInt16BE(length, 2);
      } else {
        frame[1] = 127;
        frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
        frame.writeUInt32BE(length >>> 0, 6);
      }
      head.copy(frame, headerLength);
      body.copy(frame, headerLength + head.length);
      raw.write(frame);
    },
  };
}

/** Through ws's own sender, e.g. when compression was negotiated. */
function viaWs(ws: WebSocket): FrameSink {
  return {
    get pending() {
      return ws.bufferedAmount;
    },
    get open() {
      return ws.readyState === OPEN;
    },
    write: (head, body) => ws.send(Buffer.concat([head, body]), { binary: false }),
  };
}
