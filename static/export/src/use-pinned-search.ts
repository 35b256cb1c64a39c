/** The search to export, from the admin page over the bridge's events, plus the admin's zone and site from the context. */
import { useEffect, useState } from 'react';
import { events, view } from '@forge/bridge';
import type { ExportSearch } from '../../../src/contract/export-search';
import { awaitPinnedSearch } from '../../../src/export/pinned-search';

export type DialogSetup =
  | { readonly status: 'waiting' }
  | { readonly status: 'refused'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly search: ExportSearch;
      readonly zone: string;
      readonly siteUrl?: string;
    };

const readContext = async () => {
  const context = await view.getContext();
  return { zone: context.timezone || 'UTC', siteUrl: context.siteUrl };
};

export const usePinnedSearch = (): DialogSetup => {
  const [setup, setSetup] = useState<DialogSetup>({ status: 'waiting' });
  useEffect(() => {
    const handshake = awaitPinnedSearch({ events });
    let live = true;
    Promise.all([handshake.result, readContext()]).then(
      ([pinned, context]) => {
        if (!live) return;
        setSetup(
          pinned.ok
            ? { status: 'ready', search: pinned.search, ...context }
            : { status: 'refused', message: pinned.message },
        );
      },
      (error: unknown) =>
        live &&
        setSetup({ status: 'refused', message: `Could not read the context: ${String(error)}` }),
    );
    return () => {
      live = false;
      handshake.cancel();
    };
  }, []);
  return setup;
};
