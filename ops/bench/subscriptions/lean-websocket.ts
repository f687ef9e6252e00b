// A minimal WebSocket client (RFC 6455) for the benchmark's client workers: handshake, unmasked
// server frames in, masked text frames out, ping/pong and close; no extensions, no fragmented
// sends. The `ws` client spends several µs of JavaScript per message; with 10,000 subscribers on
// the one client core that queueing, not the server, set the measured latency. This keeps the
// measuring side cheap. The interface is the part of `ws` the workers use.
import { createHash, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export class LeanWebSocket extends EventEmitter {
  private readonly socket: Socket;
  private buffered: Buffer | null = null;
  private handshaken = false;
  private readonly key = randomBytes(16).toString('base64');
  private fragments: Buffer[] = [];
  private closed = false;

  constructor(url: string, protocol: string, handshakeTimeoutMs = 120_000) {
    super();
    const u = new URL(url);
    this.socket = connect(Number(u.port || 80), u.hostname);
    this.socket.setNoDelay(true);
    const timer = setTimeout(() => this.fail(new Error('handshake timed out')), handshakeTimeoutMs);
    this.socket.once('connect', () => {
      this.socket.write(
        `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${this.key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`,
      );
    });
    this.socket.on('data', (chunk: Buffer) => {
      if (this.handshaken) return this.onData(chunk);
      this.buffered = this.buffered ? Buffer.concat([this.buffered, chunk]) : chunk;
      const end = this.buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      clearTimeout(timer);
      const head = this.buffered.toString('latin1', 0, end);
      const rest = this.buffered.subarray(end + 4);
      this.buffered = null;
      const accept = createHash('sha1').update(this.key + GUID).digest('base64');
      if (!/^HTTP\/1\.1 101/.test(head) || !head.toLowerCase().includes(`sec-websocket-accept: ${accept.toLowerCase()}`)) {
        return this.fail(new Error(`handshake refused: ${head.split('\r\n')[0]}`));
      }
      this.handshaken = true;
      this.emit('open');
      if (rest.length > 0) this.onData(rest);
    });
    this.socket.on('error', (e) => this.fail(e));
    this.socket.on('close', () => this.finish(1006));
  }

  send(text: string): void {
    if (this.closed) return;
    this.writeFrame(0x1, Buffer.from(text, 'utf8'));
  }

  terminate(): void {
    this.socket.destroy();
    this.finish(1006);
  }

  private writeFrame(opcode: number, payload: Buffer): void {
    const length = payload.length;
    const ext = length < 126 ? 0 : length < 65_536 ? 2 : 8;
    const frame = Buffer.allocUnsafe(2 + ext + 4 + length);
    frame[0] = 0x80 | opcode;
    frame[1] = 0x80 | (ext === 0 ? length : ext === 2 ? 126 : 127);
    if (ext === 2) frame.writeUInt16BE(length, 2);
    if (ext === 8) frame.writeBigUInt64BE(BigInt(length), 2);
    const mask = randomBytes(4);
    mask.copy(frame, 2 + ext);
    const start = 2 + ext + 4;
    for (let i = 0; i < length; i++) frame[start + i] = payload[i] ^ mask[i & 3];
    this.socket.write(frame);
  }

  private onData(chunk: Buffer): void {
    const data = this.buffered ? Buffer.concat([this.buffered, chunk]) : chunk;
    this.buffered = null;
    let offset = 0;
    while (data.length - offset >= 2) {
      const b0 = data[offset];
      let length = data[offset + 1] & 0x7f;
      let header = 2;
      if (length === 126) {
        if (data.length - offset < 4) break;
        length = data.readUInt16BE(offset + 2);
        header = 4;
      } else if (length === 127) {
        if (data.length - offset < 10) break;
        length = Number(data.readBigUInt64BE(offset + 2));
        header = 10;
      }
      if (data.length - offset < header + length) break;
      const payload = data.subarray(offset + header, offset + header + length);
      offset += header + length;
      this.onFrame(b0 & 0x0f, (b0 & 0x80) !== 0, payload);
    }
    if (offset < data.length) this.buffered = Buffer.from(data.subarray(offset));
  }

  private onFrame(opcode: number, fin: boolean, payload: Buffer): void {
    if (opcode === 0x8) {
      const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      if (!this.closed) this.writeFrame(0x8, payload.subarray(0, 2));
      this.socket.end();
      this.finish(code);
    } else if (opcode === 0x9) {
      this.writeFrame(0xa, payload);
    } else if (opcode === 0x1 || opcode === 0x2 || opcode === 0x0) {
      if (!fin) {
        this.fragments.push(Buffer.from(payload));
        return;
      }
      if (this.fragments.length > 0) {
        payload = Buffer.concat([...this.fragments, payload]);
        this.fragments = [];
      }
      this.emit('message', payload);
    }
  }

  private fail(e: Error): void {
    this.emit('error', e);
    this.socket.destroy();
    this.finish(1006);
  }

  private finish(code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', code);
  }
}
