import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const chunks: string[] = [];
  return { chunks, destination: { write: (s: string) => chunks.push(s) } };
}

describe('createLogger', () => {
  it('writes JSON lines with level, time, msg, bound request id and an error with its stack', () => {
    const out = capture();
    const log = createLogger('info', { format: 'json', destination: out.destination });
    log.child({ requestId: 'req-12345678' }).error('decision failed', new Error('bureau exploded'));
    expect(out.chunks).toHaveLength(1);
    const line = JSON.parse(out.chunks[0]);
    expect(line).toMatchObject({ level: 'error', msg: 'decision failed', requestId: 'req-12345678' });
    expect(new Date(line.time).getTime()).toBeGreaterThan(0);
    expect(line.err.message).toBe('bureau exploded');
    expect(line.err.stack).toContain('logger.test.ts');
  });

  it('merges plain fields, keeps other values under extra, and never lets a field replace msg', () => {
    const out = capture();
    const log = createLogger('debug', { format: 'json', destination: out.destination });
    log.info('op', { operation: 'Viewer', durationMs: 3 });
    log.warn('odd', 'a string');
    log.debug('clash', { msg: 'not the message' });
    const [a, b, c] = out.chunks.map((s) => JSON.parse(s));
    expect(a).toMatchObject({ msg: 'op', operation: 'Viewer', durationMs: 3 });
    expect(b).toMatchObject({ level: 'warn', msg: 'odd', extra: 'a string' });
    expect(c).toMatchObject({ msg: 'clash', extra: { msg: 'not the message' } });
  });

  it('drops entries below the level, and silent writes nothing at all', () => {
    const out = capture();
    const info = createLogger('info', { format: 'json', destination: out.destination });
    info.debug('hidden');
    expect(out.chunks).toEqual([]);
    const silent = createLogger('silent', { format: 'json', destination: out.destination });
    silent.error('nothing', new Error('x'));
    silent.child({ requestId: 'r' }).warn('nothing either');
    const pretty = createLogger('silent', { format: 'pretty', destination: out.destination });
    pretty.error('still nothing');
    expect(out.chunks).toEqual([]);
  });

  it('prints a readable line with fields and the stack in the pretty format', () => {
    const out = capture();
    const log = createLogger('info', { format: 'pretty', destination: out.destination });
    log.child({ requestId: 'abc-12345' }).info('listening at http://localhost:4000');
    log.warn('failed', new Error('boom'));
    expect(out.chunks[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO listening at http:\/\/localhost:4000 requestId=abc-12345\n$/);
    expect(out.chunks[1]).toMatch(/ WARN failed\nError: boom\n\s+at /);
  });
});
