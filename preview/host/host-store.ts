/** The host page's state: the latest forgeDoc and the views (page, Frames) whose place Forge's consent screen takes. */
import { useSyncExternalStore } from 'react';
import type { ForgeDoc } from '../../src/testing/forge-host/forge-doc';

export interface HostState {
  readonly doc: ForgeDoc | undefined;
  readonly revision: number;
  /** Views whose resolver call needs the admin's consent (`page`, `frame:export:1`, …). */
  readonly needsConsent: readonly string[];
}

export interface HostStore {
  readonly get: () => HostState;
  readonly update: (change: Partial<HostState>) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export const createHostStore = (): HostStore => {
  let state: HostState = { doc: undefined, revision: 0, needsConsent: [] };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update: (change) => {
      state = { ...state, ...change };
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export const useHostState = (store: HostStore): HostState =>
  useSyncExternalStore(store.subscribe, store.get);
