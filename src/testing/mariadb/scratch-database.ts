/** A database of its own on the archive server for one test file, preview or benchmark run, dropped afterwards. */
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';

/** Set by jest's global setup (one private server per run) or by you, to use an existing MySQL-compatible server. */
export const ARCHIVE_DB_URL = 'ARCHIVE_DB_URL';

export interface ScratchDatabase {
  readonly name: string;
  /** The server URL with this database selected. */
  readonly url: string;
  drop(): Promise<void>;
}

export const archiveServerUrl = (): string => {
  const url = process.env[ARCHIVE_DB_URL];
  if (!url) {
    throw new Error(
      `${ARCHIVE_DB_URL} is not set: run the tests through jest (its global setup starts MariaDB), or point it at a MySQL-compatible server (mysql://user:password@host:port/).`,
    );
  }
  return url;
};

export const withDatabase = (serverUrl: string, database: string): string => {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export const createScratchDatabase = async (
  serverUrl: string = archiveServerUrl(),
  prefix = 'ale_test',
): Promise<ScratchDatabase> => {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection(withDatabase(serverUrl, ''));
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: async () => {
      const connection = await mysql.createConnection(withDatabase(serverUrl, ''));
      try {
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await connection.end();
      }
    },
  };
};
