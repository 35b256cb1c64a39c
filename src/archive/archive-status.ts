/** getArchiveStatus: what the archive holds and whether its backfill is done. */
import type { ArchiveStatusResult, ArchiveStatusState } from '../contract';
import type { ArchiveDeps } from './archive-deps';
import { readExtent, toInstant } from './archive-extent';
import { guardArchive } from './archive-failure';

// Fields left undefined vanish on the way through Forge (results cross it as JSON).
export const archiveStatus = (archive: ArchiveDeps): Promise<ArchiveStatusResult> =>
  guardArchive(async () => {
    await archive.schema.ready();
    const extent = await readExtent(archive.db, true);
    const state: ArchiveStatusState = extent.complete
      ? 'ready'
      : extent.records === 0
        ? 'empty'
        : 'backfilling';
    return {
      ok: true,
      state,
      records: extent.records,
      oldest: toInstant(extent.oldest),
      newest: toInstant(extent.newest),
      lastSyncAt: toInstant(extent.lastSyncAt),
    };
  });
