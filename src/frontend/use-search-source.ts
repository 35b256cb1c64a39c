/**
 * Which source the page searches: the live log first (first rows never wait for the archive), then, once a page
 * has shown and the archive says it holds records, the archive. One switch per page instance.
 */
import { useMemo } from 'react';
import type { AuditClient } from './bridge-client';
import { archiveHasRecords, archiveSource, liveSource, type SearchSource } from './search-source';

export interface SourceSwitch {
  readonly current: () => SearchSource;
  /** Called after a page has shown: asks the archive once, and calls `onArchive` when the page moved to it. */
  readonly pageShown: (onArchive: () => void) => void;
}

export const createSourceSwitch = (client: AuditClient): SourceSwitch => {
  const live = liveSource(client);
  const archive = archiveSource(client);
  let current = live;
  let asked = false;
  return {
    current: () => current,
    pageShown: (onArchive) => {
      if (asked) return;
      asked = true;
      client.getArchiveStatus().then(
        (status) => {
          if (!archiveHasRecords(status)) return;
          current = archive;
          onArchive();
        },
        () => undefined, // no archive to read (or no consent yet): the live log goes on
      );
    },
  };
};

export const useSourceSwitch = (client: AuditClient): SourceSwitch =>
  useMemo(() => createSourceSwitch(client), [client]);
