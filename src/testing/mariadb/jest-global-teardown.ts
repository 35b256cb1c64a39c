/** Jest global teardown: stops the private MariaDB the global setup started, if it started one. */
import type { PrivateServer } from './private-server';
import { ARCHIVE_DB_URL } from './scratch-database';

type WithServer = { __archivePrivateServer__?: PrivateServer };

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as WithServer;
  const server = holder.__archivePrivateServer__;
  if (!server) return;
  delete holder.__archivePrivateServer__;
  delete process.env[ARCHIVE_DB_URL];
  await server.stop();
}
