/**
 * The export dialog's half of the handshake with the admin page (src/contract/export-handshake.ts): subscribe to the
 * search, announce readiness until the page answers (it may subscribe after the first announcement), and read the
 * answer with the contract's schema. No valid answer means no export, and the reason to show.
 */
import { EXPORT_EVENTS, EXPORT_PROTOCOL } from '../contract/export-handshake';
import { readExportSearchMessage, type ExportSearch } from '../contract/export-search';

/** The part of @forge/bridge's `events` the handshake uses. */
export interface BridgeEvents {
  on(event: string, callback: (payload?: unknown) => unknown): Promise<{ unsubscribe(): void }>;
  emit(event: string, payload?: unknown): Promise<unknown>;
}

export type PinnedSearch =
  | { readonly ok: true; readonly search: ExportSearch }
  | { readonly ok: false; readonly message: string };

export interface AwaitPinnedSearchOptions {
  readonly events: BridgeEvents;
  readonly timeoutMs?: number;
  readonly announceEveryMs?: number;
}

export const NO_ANSWER_MESSAGE =
  'The admin page sent no search to export, so nothing was exported. Close this dialog and press Export again.';

export const awaitPinnedSearch = ({
  events,
  timeoutMs = 10_000,
  announceEveryMs = 500,
}: AwaitPinnedSearchOptions): {
  readonly result: Promise<PinnedSearch>;
  readonly cancel: () => void;
} => {
  let finish: (result: PinnedSearch) => void = () => undefined;
  let timers: ReturnType<typeof setTimeout>[] = [];
  const subscription = events.on(EXPORT_EVENTS.search, (payload) => {
    const read = readExportSearchMessage(payload);
    finish(
      read.ok
        ? read
        : {
            ok: false,
            message: `The admin page sent a search the export cannot use: ${read.message}`,
          },
    );
  });
  const result = new Promise<PinnedSearch>((resolve) => {
    finish = (outcome) => {
      timers.forEach((timer) => clearTimeout(timer));
      timers = [];
      finish = () => undefined;
      void subscription.then((each) => each.unsubscribe());
      resolve(outcome);
    };
  });
  const announce = () => void events.emit(EXPORT_EVENTS.ready, { protocol: EXPORT_PROTOCOL });
  void subscription.then(() => {
    announce();
    timers.push(setInterval(announce, announceEveryMs));
    timers.push(setTimeout(() => finish({ ok: false, message: NO_ANSWER_MESSAGE }), timeoutMs));
  });
  return { result, cancel: () => finish({ ok: false, message: 'The dialog closed.' }) };
};
