import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { startPrivateServer } from './private-server';
import { archiveServerUrl, createScratchDatabase } from './scratch-database';

describe('private MariaDB server', () => {
  it('starts on 127.0.0.1, answers as MariaDB in utf8mb4_bin, and leaves nothing behind when stopped', async () => {
    const server = await startPrivateServer({ bufferPoolMb: 64 });
    let row: { version: string; collation: string; dataDir: string } | undefined;
    try {
      expect(new URL(server.url).hostname).toBe('127.0.0.1');
      const connection = await mysql.createConnection(server.url);
      const [rows] = await connection.query(
        'SELECT VERSION() AS version, @@collation_server AS collation, @@datadir AS dataDir',
      );
      await connection.end();
      row = (rows as NonNullable<typeof row>[])[0];
      expect(row!.version).toMatch(/MariaDB/);
      expect(row!.collation).toBe('utf8mb4_bin');
      expect(existsSync(row!.dataDir)).toBe(true);
    } finally {
      await server.stop();
    }
    expect(existsSync(row!.dataDir)).toBe(false);
    await expect(mysql.createConnection(server.url)).rejects.toThrow();
  });

  it('goes down with a process that dies of an uncaught error without stopping it', async () => {
    const owner = path.join(__dirname, 'fixtures', 'crashing-owner.ts');
    const outcome = await promisify(execFile)(process.execPath, ['--import', 'tsx', owner]).then(
      () => ({ failed: false, stdout: '' }),
      (error: { stdout: string }) => ({ failed: true, stdout: error.stdout }),
    );
    expect(outcome.failed).toBe(true);
    const { url, dataDir } = JSON.parse(outcome.stdout.trim()) as { url: string; dataDir: string };
    await expect(mysql.createConnection(url)).rejects.toThrow();
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);
});

describe('scratch database on the run’s server', () => {
  it('creates a database of its own in utf8mb4_bin and drops it', async () => {
    const database = await createScratchDatabase();
    const connection = await mysql.createConnection(archiveServerUrl());
    const schemata = async () =>
      (
        await connection.query(
          'SELECT DEFAULT_COLLATION_NAME AS collation FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
          [database.name],
        )
      )[0] as { collation: string }[];
    expect(await schemata()).toEqual([{ collation: 'utf8mb4_bin' }]);
    await database.drop();
    expect(await schemata()).toEqual([]);
    await connection.end();
  });
});
