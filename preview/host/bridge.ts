/** The fake Forge bridge (`window.__bridge.callBridge`) that @forge/bridge and ForgeReconciler talk to. */
import type { ForgeDoc } from './forge-doc';
import type { HostStore } from './host-store';
import { ResolverInvocationError } from './invoke-client';
import { forgeContext, type PreviewConfig } from './preview-config';

export type CallBridge = (cmd: string, data?: unknown) => Promise<unknown>;

export interface BridgeServices {
  readonly store: HostStore;
  readonly config: PreviewConfig;
  readonly invoke: (functionKey: string, payload: unknown) => Promise<unknown>;
  readonly openModal: (options: Record<string, unknown>) => boolean;
}

/** Set for a bridge that serves a Custom UI modal's iframe rather than the page itself. */
export interface ModalFrame {
  readonly context: unknown;
  readonly close: (payload?: unknown) => void;
}

type Listener = (payload: unknown) => unknown;

const listeners = new Map<string, Set<Listener>>();

const record = (data: unknown): Record<string, unknown> =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};

// Calls a Forge page makes that need no host behaviour in the preview.
const IGNORED = new Set([
  'emitReadyEvent',
  'enableTheming',
  'changeWindowTitle',
  'emitFrontendCustomMetric',
  'initFeatureFlags',
]);

export const createCallBridge =
  (services: BridgeServices, frame?: ModalFrame): CallBridge =>
  async (cmd, data) => {
    const args = record(data);
    switch (cmd) {
      case 'reconcile':
        services.store.update({
          doc: args.forgeDoc as ForgeDoc,
          revision: services.store.get().revision + 1,
        });
        return undefined;
      case 'invoke':
        return invokeAndReport(services, String(args.functionKey), args.payload);
      case 'getContext':
        return forgeContext(services.config, frame === undefined ? {} : { modal: frame.context });
      case 'openModal':
        return services.openModal(args);
      case 'close':
      case 'submit':
        if (frame === undefined) return false;
        frame.close(data);
        return true;
      case 'on': {
        const event = String(args.event);
        const callback = args.callback as Listener;
        const set = listeners.get(event) ?? new Set<Listener>();
        set.add(callback);
        listeners.set(event, set);
        return { unsubscribe: () => set.delete(callback) };
      }
      case 'emit':
        listeners.get(String(args.event))?.forEach((listener) => listener(args.payload));
        return undefined;
      case 'onError':
        console.error('[preview] ForgeReconciler reported an error:', args.error);
        return undefined;
      case 'showFlag':
        console.info('[preview] flag:', args.title, args.description);
        return { id: String(args.id ?? Date.now()) };
      default:
        if (IGNORED.has(cmd)) return undefined;
        console.error(`[preview] bridge call "${cmd}" is not supported by the preview host.`);
        throw new Error(`The preview host does not support "${cmd}".`);
    }
  };

const invokeAndReport = async (services: BridgeServices, functionKey: string, payload: unknown) => {
  try {
    const result = await services.invoke(functionKey, payload);
    if (services.store.get().platformError !== undefined)
      services.store.update({ platformError: undefined });
    return result;
  } catch (error) {
    if (error instanceof ResolverInvocationError)
      services.store.update({ platformError: error.platformError });
    throw error;
  }
};
