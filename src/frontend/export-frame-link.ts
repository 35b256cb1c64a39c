/**
 * The page's half of the export handshake (src/contract/export-handshake.ts): answer the dialog's `ready` with the
 * pinned search, and follow its `status`, checking both with the contract's schemas. The dialog checks the search.
 */
import {
  EXPORT_EVENTS,
  EXPORT_PROTOCOL,
  exportReadySchema,
  exportStatusSchema,
} from '../contract/export-handshake';
import type { ExportSearchMessage } from '../contract/export-search';
import { structuredOf } from './filter-request';
import type { PinnedSearch } from './search-model';

/** The part of @forge/bridge's `events` the page uses. */
export interface PageEvents {
  on(event: string, callback: (payload?: unknown) => unknown): Promise<{ unsubscribe(): void }>;
  emit(event: string, payload?: unknown): Promise<unknown>;
}

/** The search the export runs: the table's filters and pinned range, without its page size or order. */
export const exportSearchMessage = (search: PinnedSearch): ExportSearchMessage => {
  const { filter, from, to } = search;
  return {
    protocol: EXPORT_PROTOCOL,
    search: {
      ...structuredOf(search),
      ...(filter === undefined ? {} : { filter }),
      ...(from === undefined ? {} : { from }),
      to,
    },
  };
};

export interface ExportFrameLink {
  readonly events: PageEvents;
  readonly search: PinnedSearch;
  readonly onRunning: (running: boolean) => void;
}

/** Links the page to the dialog's Frame until the returned function is called. */
export const linkExportFrame = ({ events, search, onRunning }: ExportFrameLink): (() => void) => {
  const message = exportSearchMessage(search);
  const subscriptions = [
    events.on(EXPORT_EVENTS.ready, (payload) => {
      if (exportReadySchema.safeParse(payload).success)
        void events.emit(EXPORT_EVENTS.search, message);
    }),
    events.on(EXPORT_EVENTS.status, (payload) => {
      const status = exportStatusSchema.safeParse(payload);
      if (status.success) onRunning(status.data.running);
    }),
  ];
  return () =>
    subscriptions.forEach((subscription) => void subscription.then((each) => each.unsubscribe()));
};
