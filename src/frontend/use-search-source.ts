/**
 * Which source the page searches: the live log first (first rows never wait for the archive), then, once a page
 * has shown and the archive says it holds records, the archive, re-running the running search on it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AuditClient } from './bridge-client';
import {
  archiveHasRecords,
  archiveSource,
  liveSource,
  type SearchSource,
  type SourceKind,
} from './search-source';

export interface SearchSourceChoice {
  readonly kind: SourceKind;
  readonly source: SearchSource;
}

export const useSearchSource = (
  client: AuditClient,
  /** Whether the page has shown a page of records: the moment to ask the archive. */
  shownPage: boolean,
  /** Searches again with the running search, on whichever source is current then. */
  rerun: () => void,
): SearchSourceChoice => {
  const [kind, setKind] = useState<SourceKind>('live');
  const asked = useRef(false);
  useEffect(() => {
    if (!shownPage || asked.current) return;
    asked.current = true;
    client.getArchiveStatus().then(
      (status) => archiveHasRecords(status) && setKind('archive'),
      () => undefined, // no archive to read (or no consent yet): the live log goes on
    );
  }, [shownPage, client]);
  const source = useMemo(
    () => (kind === 'archive' ? archiveSource(client) : liveSource(client)),
    [kind, client],
  );
  const rerunRef = useRef(rerun);
  rerunRef.current = rerun;
  useEffect(() => {
    if (kind === 'archive') rerunRef.current();
  }, [kind]);
  return { kind, source };
};
