/** Puts a fetch behind Forge's `globalThis.__forge_fetch__` (what @forge/api and @forge/sql call) and puts back what was there. */

import type { ForgeFetch } from './forge-fetch';

type ForgeGlobal = { __forge_fetch__?: ForgeFetch };

export interface ForgeFetchSlot {
  /** Idempotent: a second install keeps the fetch found by the first. */
  install(): void;
  /** Restores the fetch found at install; does nothing when not installed. */
  uninstall(): void;
}

export const forgeFetchSlot = (fetch: ForgeFetch): ForgeFetchSlot => {
  const forge = globalThis as ForgeGlobal;
  let previous: ForgeFetch | undefined;
  let installed = false;
  return {
    install() {
      if (!installed) previous = forge.__forge_fetch__;
      forge.__forge_fetch__ = fetch;
      installed = true;
    },
    uninstall() {
      if (!installed) return;
      if (previous === undefined) delete forge.__forge_fetch__;
      else forge.__forge_fetch__ = previous;
      installed = false;
    },
  };
};
