/** The modal's search and the admin's site and timezone, from `view.getContext()`. */
import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import { DateTime } from 'luxon';
import { readExportSearch, type ExportSearch } from '../../../src/export/search';

export type ModalContext =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly search: ExportSearch;
      readonly siteUrl?: string;
      readonly timezone: string;
    };

export const useModalContext = (): ModalContext => {
  const [context, setContext] = useState<ModalContext>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (full) => {
        if (!live) return;
        const read = readExportSearch(full.extension?.modal, () => DateTime.utc().toISO()!);
        setContext(
          read.ok
            ? {
                status: 'ready',
                search: read.search,
                siteUrl: full.siteUrl,
                timezone: full.timezone || 'UTC',
              }
            : { status: 'error', message: read.message },
        );
      },
      (error: unknown) =>
        live &&
        setContext({ status: 'error', message: `Could not read the context: ${String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, []);
  return context;
};
