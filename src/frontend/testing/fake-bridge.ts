/**
 * Stands in for the Forge host: the global bridge UI Kit code talks to (`callBridge(cmd, data)`).
 * Install it before @forge/bridge is imported: that module looks the bridge up once, on import.
 */
import { isForgeDoc, type ForgeDoc } from './forge-doc';

export interface BridgeCall {
  readonly cmd: string;
  readonly data: unknown;
}

export interface InvokeCall {
  readonly functionKey: string;
  readonly payload: unknown;
}

export interface FakeBridgeOptions {
  /** What `view.getContext()` (and so `useProductContext`) resolves to. */
  readonly context: Readonly<Record<string, unknown>>;
  /** The backend: receives what `invoke(functionKey, payload)` sent, returns the resolver's result. */
  readonly invoke: (functionKey: string, payload: unknown) => Promise<unknown>;
}

export interface FakeBridge {
  readonly calls: readonly BridgeCall[];
  readonly invokes: readonly InvokeCall[];
  /** Invokes sent and not yet answered. */
  readonly pendingInvokes: number;
  /** The root the app rendered into (the first `reconcile` seen), kept current by the reconciler. */
  readonly root: ForgeDoc | undefined;
  readonly unknownCommands: readonly string[];
}

type BridgeGlobal = {
  self?: unknown;
  __bridge?: { callBridge: (cmd: string, data?: unknown) => Promise<unknown> };
};

// Results cross the real bridge as JSON: dates become strings, undefined fields vanish.
const overJson = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

const IGNORED = new Set(['onError', 'emitReadyEvent']);

export const installFakeBridge = (options: FakeBridgeOptions): FakeBridge => {
  const calls: BridgeCall[] = [];
  const invokes: InvokeCall[] = [];
  const unknownCommands: string[] = [];
  let pendingInvokes = 0;
  let root: ForgeDoc | undefined;

  const callBridge = async (cmd: string, data?: unknown): Promise<unknown> => {
    calls.push({ cmd, data });
    switch (cmd) {
      case 'reconcile': {
        const forgeDoc = (data as { forgeDoc?: unknown } | undefined)?.forgeDoc;
        // Roots of pages rendered by earlier tests may still commit; only the first root seen is ours.
        if (root === undefined && isForgeDoc(forgeDoc)) root = forgeDoc;
        return undefined;
      }
      case 'getContext':
        return overJson(options.context);
      case 'invoke': {
        const { functionKey, payload } = data as InvokeCall;
        const sent = overJson(payload);
        invokes.push({ functionKey, payload: sent });
        pendingInvokes += 1;
        try {
          return overJson(await options.invoke(functionKey, sent));
        } finally {
          pendingInvokes -= 1;
        }
      }
      // @forge/bridge's Modal: the Custom UI modal is not rendered here; tests read the call from `calls`.
      case 'openModal':
        return true;
      default:
        if (!IGNORED.has(cmd)) unknownCommands.push(cmd);
        return undefined;
    }
  };

  const forge = globalThis as BridgeGlobal;
  // Forge's reconciler reaches the bridge as `self.__bridge`, as in the host's worker.
  forge.self = globalThis;
  forge.__bridge = { callBridge };

  return {
    calls,
    invokes,
    unknownCommands,
    get pendingInvokes() {
      return pendingInvokes;
    },
    get root() {
      return root;
    },
  };
};
