// The application's logger, on pino: JSON lines (time, level, msg, bound fields such as requestId,
// err with its stack) for log collectors, or one readable line per entry for a person at a
// terminal (pino-pretty is not a dependency, so a small destination formats pino's own lines).
// Logs go to stderr, as they always have; LOG_LEVEL=silent writes nothing (tests, benchmarks).
import { types } from 'node:util';
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'json' | 'pretty';

/** What most code needs: `extra` is an Error (logged as err, with its stack), fields, or any value. */
export interface Logger {
  debug(msg: string, extra?: unknown): void;
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, extra?: unknown): void;
}

/** The logger createLogger makes: also a child that adds fields (a request id) to every entry. */
export interface AppLogger extends Logger {
  child(bindings: Record<string, unknown>): AppLogger;
  readonly level: LogLevel;
}

export interface LoggerOptions {
  /** Default: pretty (a person reads it); the server passes LOG_FORMAT. */
  format?: LogFormat;
  /** Where lines go; default stderr. Tests pass their own to read what was written. */
  destination?: { write(chunk: string): unknown };
}

/** Keys pino writes itself; fields with these names would duplicate them in a JSON line. */
const RESERVED = new Set(['time', 'level', 'msg']);

export function createLogger(level: LogLevel, opts: LoggerOptions = {}): AppLogger {
  const format = opts.format ?? 'pretty';
  const sink: DestinationStream = opts.destination ?? pino.destination({ dest: 2, sync: true });
  const root = pino(
    {
      level,
      base: undefined, // no pid and hostname: the platform's log collector knows which pod wrote a line
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: pino.stdSerializers.err },
    },
    format === 'pretty' ? readableLines(sink) : sink,
  );
  return wrap(root);
}

function wrap(p: PinoLogger): AppLogger {
  const at = (l: 'debug' | 'info' | 'warn' | 'error') => (msg: string, extra?: unknown) => {
    if (!p.isLevelEnabled(l)) return;
    if (extra === undefined) p[l](msg);
    else p[l](fieldsOf(extra), msg);
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (bindings) => wrap(p.child(bindings)),
    get level() {
      return p.level as LogLevel;
    },
  };
}

function fieldsOf(extra: unknown): Record<string, unknown> {
  if (types.isNativeError(extra) || extra instanceof Error) return { err: extra };
  if (extra !== null && typeof extra === 'object' && !Array.isArray(extra) && Object.getPrototypeOf(extra) === Object.prototype) {
    const fields = extra as Record<string, unknown>;
    if (!Object.keys(fields).some((k) => RESERVED.has(k))) return fields;
  }
  return { extra };
}

/** A destination that turns pino's JSON lines into `time LEVEL msg key=value…` and an error's stack. */
export function readableLines(out: { write(chunk: string): unknown }): DestinationStream {
  return { write: (line: string) => void out.write(readable(line)) };
}

function readable(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { time, level, msg, err, ...fields } = entry;
  let text = `${String(time)} ${String(level).toUpperCase()} ${String(msg ?? '')}`;
  for (const [k, v] of Object.entries(fields)) text += ` ${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`;
  if (err && typeof err === 'object') {
    const e = err as { type?: string; message?: string; stack?: string };
    text += `\n${e.stack ?? `${e.type ?? 'Error'}: ${e.message ?? ''}`}`;
  }
  return `${text}\n`;
}
