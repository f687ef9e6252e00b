// A private PostgreSQL 15 cluster in a temp dir on a free port, which a fault test may stop
// (immediate: as a crash would) and start again without touching the machine's shared one.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../../ops/processes.js';

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database: string): string;
  start(): Promise<void>;
  /** `pg_ctl stop -m immediate`: every backend is killed, no checkpoint, recovery on the next start. */
  crash(): Promise<void>;
  /** Stops the cluster if it runs and deletes its directory; never throws. */
  destroy(): Promise<void>;
}

/** initdb refuses to run as root: then the cluster belongs to the postgres user. */
function asOwner(cmd: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

async function exec(cmd: string, args: string[]): Promise<void> {
  const [c, a] = asOwner(cmd, args);
  await run(c, a, { timeout: 60_000 });
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-faults-pg-'));
  if (process.getuid?.() === 0) chownSync(dir, ...postgresIds());
  const data = path.join(dir, 'data');
  const port = await freePort();
  const pgCtl = (...args: string[]) => exec(path.join(BIN, 'pg_ctl'), ['-D', data, '-w', '-t', '30', ...args]);
  await exec(path.join(BIN, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=60`;
  let running = false;
  const pg: PrivatePostgres = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await pgCtl('start', '-l', path.join(dir, 'log'), '-o', options);
      running = true;
    },
    async crash() {
      await pgCtl('stop', '-m', 'immediate');
      running = false;
    },
    async destroy() {
      if (running) await pgCtl('stop', '-m', 'immediate').catch(() => undefined);
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return pg;
}

/** uid and gid of the postgres user, who must own the cluster's directory. */
function postgresIds(): [number, number] {
  const fields = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' }).split(':');
  return [Number(fields[2]), Number(fields[3])];
}
