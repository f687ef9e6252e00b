// postgres.js 3.4.9 can throw from a setImmediate after a connection dropped: nextWrite() writes
// a buffered chunk to a socket closed() has already set to null (porsager/postgres#1154, #1208;
// the guard of PRs #1168/#1176 is not released). Nothing can catch it, so one PostgreSQL restart
// took the whole server down. By then closed() has rejected the connection's queries with
// CONNECTION_CLOSED, so the lost write is moot: this exception, and only it, is logged and
// survived; any other uncaught exception still ends the process as Node would.
export function isPostgresNullSocketWrite(e: unknown): boolean {
  return e instanceof TypeError && /reading 'write'/.test(e.message) && /nextWrite \(.*postgres[\\/]src[\\/]connection\.js/.test(e.stack ?? '');
}

export function survivePostgresNullSocketWrites(warn: (message: string) => void): void {
  process.on('uncaughtException', (e) => {
    if (isPostgresNullSocketWrite(e)) {
      warn('postgres.js wrote to a closed connection (porsager/postgres#1154); its queries already failed, carrying on');
      return;
    }
    console.error(e);
    process.exit(1);
  });
}
