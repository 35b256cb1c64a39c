/** The export dialog's state: open on the search of the moment, whether the dialog says it is exporting, and the ask. */
import { useCallback, useEffect, useState } from 'react';
import { linkExportFrame, type PageEvents } from './export-frame-link';
import type { PinnedSearch } from './search-model';

export interface ExportDialogState {
  /** The search the open dialog exports; undefined while closed. */
  readonly search: PinnedSearch | undefined;
  readonly running: boolean;
  /** The admin asked to close while an export runs: the dialog asks "Stop the export?" first. */
  readonly confirmingStop: boolean;
  readonly open: () => void;
  readonly requestClose: () => void;
  readonly keepExporting: () => void;
  readonly close: () => void;
}

export const useExportDialog = (
  current: PinnedSearch | undefined,
  events: PageEvents,
): ExportDialogState => {
  const [search, setSearch] = useState<PinnedSearch | undefined>(undefined);
  const [running, setRunning] = useState(false);
  const [confirmingStop, setConfirmingStop] = useState(false);

  useEffect(
    () =>
      search === undefined ? undefined : linkExportFrame({ events, search, onRunning: setRunning }),
    [events, search],
  );

  const close = useCallback(() => {
    setSearch(undefined);
    setRunning(false);
    setConfirmingStop(false);
  }, []);

  return {
    search,
    running,
    confirmingStop,
    open: useCallback(() => setSearch(current), [current]),
    // Closing removes the Frame and with it the running export: ask first.
    requestClose: useCallback(
      () => (running ? setConfirmingStop(true) : close()),
      [running, close],
    ),
    keepExporting: useCallback(() => setConfirmingStop(false), []),
    close,
  };
};
