/**
 * Forge function entries (manifest.yml): `index.handler` behind the admin page, `index.syncArchive` on a schedule,
 * `index.syncArchiveContinuation` as the consumer of the sync's async-events queue.
 */
import { createArchiveDeps } from './archive/archive-deps';
import { createSyncArchive, createSyncContinuation } from './archive/sync/sync-archive';
import { createJiraDeps } from './jira/jira-deps';
import { createResolverHandler } from './resolvers';

/** One set per function instance: a warm instance keeps its author cache, access proofs and migration check. */
const deps = createJiraDeps();
const archive = createArchiveDeps();

export const handler = createResolverHandler(deps, archive);

export const syncArchive = createSyncArchive(deps, archive);

export const syncArchiveContinuation = createSyncContinuation(deps, archive);
