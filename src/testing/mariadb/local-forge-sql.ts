/**
 * Forge SQL for the preview and benchmarks, outside jest: a database of its own on ARCHIVE_DB_URL's server or on a
 * private MariaDB started for it, behind the Forge SQL bridge. Route `sql.fetch` through routeForgeFetch and the
 * app's real `@forge/sql` calls land there; `close()` drops the databases and stops a private server.
 */
import {
  createSqlBackend,
  type SqlBackend,
  type SqlBackendOptions,
} from '../forge-host/sql-backend';
import { startPrivateServer } from './private-server';
import { ARCHIVE_DB_URL, createScratchDatabase, type ScratchDatabase } from './scratch-database';

type BridgeOptions = Omit<SqlBackendOptions, 'url'>;

export interface LocalForgeSql {
  readonly database: ScratchDatabase;
  readonly sql: SqlBackend;
  /** Another database on the same server, for a second installation (dropped on close too). */
  addDatabase(
    prefix: string,
  ): Promise<{ readonly database: ScratchDatabase; readonly sql: SqlBackend }>;
  close(): Promise<void>;
}

export const startLocalForgeSql = async ({
  bufferPoolMb,
  prefix = 'ale_local',
  ...bridge
}: BridgeOptions & {
  readonly bufferPoolMb?: number;
  readonly prefix?: string;
} = {}): Promise<LocalForgeSql> => {
  const existing = process.env[ARCHIVE_DB_URL];
  const server = existing ? undefined : await startPrivateServer({ bufferPoolMb });
  const serverUrl = existing ?? server!.url;
  const opened: { database: ScratchDatabase; sql: SqlBackend }[] = [];
  const open = async (name: string) => {
    const database = await createScratchDatabase(serverUrl, name);
    const entry = { database, sql: createSqlBackend({ url: database.url, ...bridge }) };
    opened.push(entry);
    return entry;
  };
  const close = async () => {
    for (const { sql, database } of opened.splice(0)) {
      await sql.close();
      await database.drop();
    }
    await server?.stop();
  };
  try {
    const first = await open(prefix);
    return { ...first, addDatabase: open, close };
  } catch (error) {
    await close();
    throw error;
  }
};
