/** The activity chart's data: loaded when the admin asks for it, then again whenever the search changes. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActivitySummarySuccess, ResolverError } from '../contract';
import { isConsentRequired } from '../contract/consent';
import type { ActivityClient } from './activity-client';
import type { PinnedSearch } from './search-model';
import { strings } from './strings';

export type ActivityState =
  | { readonly status: 'hidden' }
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly summary: ActivitySummarySuccess }
  | {
      readonly status: 'failed';
      readonly error: ResolverError | { readonly code: 'UNREACHABLE'; readonly message: string };
    };

export interface ActivitySummaryOptions {
  readonly client: ActivityClient;
  readonly search: PinnedSearch | undefined;
  readonly zone: string;
}

export const useActivitySummary = ({ client, search, zone }: ActivitySummaryOptions) => {
  const [shown, setShown] = useState(false);
  const [state, setState] = useState<ActivityState>({ status: 'hidden' });
  const lastRequest = useRef(0);
  // Paging and page size do not change the chart: only the filter, the range and the zone do.
  const key = search ? JSON.stringify([search.filter, search.from, search.to, zone]) : undefined;
  const requestedKey = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!shown || search === undefined || requestedKey.current === key) return;
    requestedKey.current = key;
    const request = ++lastRequest.current;
    setState({ status: 'loading' });
    const { filter, from, to } = search;
    client.getActivitySummary({ filter, from, to, timezone: zone }).then(
      (result) => {
        if (request !== lastRequest.current) return;
        setState(
          result.ok
            ? { status: 'loaded', summary: result }
            : { status: 'failed', error: result.error },
        );
      },
      (error: unknown) => {
        if (request !== lastRequest.current) return;
        // Forge's consent prompt takes the app's place; the chart has nothing to say about it.
        if (isConsentRequired(error)) return setState({ status: 'hidden' });
        const message =
          error instanceof Error && error.message
            ? error.message
            : strings.errors.unreachableMessage;
        setState({ status: 'failed', error: { code: 'UNREACHABLE', message } });
      },
    );
  }, [shown, key, search, zone, client]);

  return {
    state,
    show: useCallback(() => setShown(true), []),
    hide: useCallback(() => {
      setShown(false);
      requestedKey.current = undefined;
      lastRequest.current += 1;
      setState({ status: 'hidden' });
    }, []),
  };
};
