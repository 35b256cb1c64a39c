/**
 * Forge SQL for the preview and benchmarks, outside jest: a database of its own on ARCHIVE_DB_URL's server or on a
 * private MariaDB started for it, behind the Forge SQL bridge. Route `sql.fetch` through routeForgeFetch and the
 * app's real `@forge/sql` calls land there; `close()` drops the database and stops a private server.
 */
import {
  createSqlBackend,
  type SqlBackend,
  type SqlBackendOptions,
} from '../forge-host/sql-backend';
import { startPrivateServer } from './private-server';
import { ARCHIVE_DB_URL, createScratchDatabase, type ScratchDatabase } from './scratch-database';

export interface LocalForgeSql {
  readonly database: ScratchDatabase;
  readonly sql: SqlBackend;
  close(): Promise<void>;
}

export const startLocalForgeSql = async ({
  bufferPoolMb,
  prefix = 'ale_local',
  ...bridge
}: Omit<SqlBackendOptions, 'url'> & {
  readonly bufferPoolMb?: number;
  readonly prefix?: string;
} = {}): Promise<LocalForgeSql> => {
  const existing = process.env[ARCHIVE_DB_URL];
  const server = existing ? undefined : await startPrivateServer({ bufferPoolMb });
  try {
    const database = await createScratchDatabase(existing ?? server!.url, prefix);
    const sql = createSqlBackend({ url: database.url, ...bridge });
    return {
      database,
      sql,
      close: async () => {
        await sql.close();
        await database.drop();
        await server?.stop();
      },
    };
  } catch (error) {
    await server?.stop();
    throw error;
  }
};
