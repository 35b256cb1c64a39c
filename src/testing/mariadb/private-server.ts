/**
 * A private MariaDB for tests, the preview and benchmarks: `mariadb-install-db` into a temporary data directory,
 * `mariadbd` on a free 127.0.0.1 port with its own socket and pid file, stopped and deleted afterwards.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';

export interface PrivateServer {
  /** `mysql://root@127.0.0.1:<port>/`: no database selected, no password (grant tables skipped). */
  readonly url: string;
  stop(): Promise<void>;
}

export interface PrivateServerOptions {
  /** InnoDB buffer pool; the search benchmark wants its whole archive in memory, as TiDB keeps hot data. */
  readonly bufferPoolMb?: number;
  readonly readyTimeoutMs?: number;
}

// Debian puts the server in /usr/sbin, which is not on every user's PATH.
const findBinary = (name: string): string => {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  const found = dirs.map((dir) => path.join(dir, name)).find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `${name} not found: install Debian's mariadb-server (npm run system-deps), or set ARCHIVE_DB_URL to a MySQL-compatible server.`,
    );
  }
  return found;
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

// Durability is not under test: skipping fsyncs and the binary log makes a fresh server start in ~2 s.
const serverFlags = (dataDir: string, bufferPoolMb: number): string[] => [
  '--no-defaults',
  `--datadir=${dataDir}`,
  '--skip-log-bin',
  '--innodb-flush-log-at-trx-commit=2',
  '--innodb-doublewrite=0',
  '--innodb-log-file-size=64M',
  `--innodb-buffer-pool-size=${bufferPoolMb}M`,
  '--character-set-server=utf8mb4',
  '--collation-server=utf8mb4_bin',
  ...(process.getuid?.() === 0 ? ['--user=root'] : []),
];

const waitUntilReady = async (
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  logFile: string,
): Promise<void> => {
  const started = Date.now();
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (;;) {
    try {
      const connection = await mysql.createConnection(url);
      await connection.end();
      return;
    } catch {
      if (exited || Date.now() - started > timeoutMs) {
        const log = await readFile(logFile, 'utf8').catch(() => '');
        throw new Error(`mariadbd did not start:\n${log.split('\n').slice(-15).join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
};

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });

export const startPrivateServer = async ({
  bufferPoolMb = 256,
  readyTimeoutMs = 60_000,
}: PrivateServerOptions = {}): Promise<PrivateServer> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ale-mariadb-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  try {
    await promisify(execFile)(findBinary('mariadb-install-db'), [
      ...serverFlags(dataDir, bufferPoolMb),
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
    ]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  const child = spawn(
    findBinary('mariadbd'),
    [
      ...serverFlags(dataDir, bufferPoolMb),
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${path.join(dir, 'mariadbd.sock')}`,
      `--pid-file=${path.join(dir, 'mariadbd.pid')}`,
      `--log-error=${logFile}`,
      '--skip-grant-tables',
      '--skip-name-resolve',
      '--max-connections=500',
    ],
    { stdio: 'ignore' },
  );
  // A process that dies without stopping its server (an uncaught error) takes the server and its files along,
  // rather than leaving a mariadbd running on a port nobody knows.
  const orphanGuard = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', orphanGuard);
  const stop = async () => {
    process.off('exit', orphanGuard);
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  const url = `mysql://root@127.0.0.1:${port}/`;
  try {
    await waitUntilReady(url, child, readyTimeoutMs, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
};
