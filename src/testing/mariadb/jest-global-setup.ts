/** Jest global setup: one private MariaDB per run (unless ARCHIVE_DB_URL names a server); workers inherit its URL. */
import { startPrivateServer, type PrivateServer } from './private-server';
import { ARCHIVE_DB_URL } from './scratch-database';

type WithServer = { __archivePrivateServer__?: PrivateServer };

export default async function globalSetup(): Promise<void> {
  if (process.env[ARCHIVE_DB_URL]) return;
  const server = await startPrivateServer();
  (globalThis as WithServer).__archivePrivateServer__ = server;
  process.env[ARCHIVE_DB_URL] = server.url;
}
