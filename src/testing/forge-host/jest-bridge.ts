/** Jest only: puts a host's bridge where Forge's code finds it, and loads the real @forge/bridge against a view. */
import type { CallBridge } from './ui-host';

type BridgeGlobal = { self?: unknown; __bridge?: { callBridge: CallBridge } };

/** ForgeReconciler reaches the bridge as `self.__bridge` on every call, as in the host's worker. */
export const installPageBridge = (callBridge: CallBridge): void => {
  const forge = globalThis as BridgeGlobal;
  forge.self = globalThis;
  forge.__bridge = { callBridge };
};

/**
 * A fresh @forge/bridge bound to `callBridge`: the package looks the bridge up once, on import, so a Frame's copy
 * is loaded while its bridge is installed, then the page's is put back (synchronously, so no render slips between).
 */
export const loadForgeBridge = (callBridge: CallBridge): typeof import('@forge/bridge') => {
  const forge = globalThis as BridgeGlobal;
  const previous = forge.__bridge;
  forge.__bridge = { callBridge };
  try {
    let loaded: typeof import('@forge/bridge') | undefined;
    jest.isolateModules(() => {
      loaded = jest.requireActual<typeof import('@forge/bridge')>('@forge/bridge');
    });
    return loaded!;
  } finally {
    if (previous === undefined) delete forge.__bridge;
    else forge.__bridge = previous;
  }
};
