/** The host page's state: the latest forgeDoc, an open Custom UI modal, and platform errors to show. */
import { useSyncExternalStore } from 'react';
import type { ForgeDoc } from './forge-doc';

export interface CustomUiModal {
  readonly id: number;
  readonly resource: string;
  readonly src: string;
  readonly title: string;
  readonly size: unknown;
  readonly context: unknown;
  readonly closeOnEscape: boolean;
  readonly closeOnOverlayClick: boolean;
  readonly onClose: (payload?: unknown) => void;
}

export interface PlatformError {
  readonly name: string;
  readonly message: string;
}

export interface HostState {
  readonly doc: ForgeDoc | undefined;
  readonly revision: number;
  readonly modal: CustomUiModal | undefined;
  readonly platformError: PlatformError | undefined;
}

export interface HostStore {
  readonly get: () => HostState;
  readonly update: (change: Partial<HostState>) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

export const createHostStore = (): HostStore => {
  let state: HostState = {
    doc: undefined,
    revision: 0,
    modal: undefined,
    platformError: undefined,
  };
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
