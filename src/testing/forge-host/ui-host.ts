/**
 * The Forge UI host in-process: the `callBridge(cmd, data)` a UI Kit page and the Custom UI resources in its Frames
 * talk to, with exactly the commands this app's host implements and the real host's refusals for the rest. Jest page
 * tests, the preview host and e2e all run on it; it is browser-safe (the preview bundles it).
 */
import { createEventBus, type EventBus } from './event-bus';
import { isForgeDoc, type ForgeDoc } from './forge-doc';
import { refuse, type Refusal, type ViewKind } from './platform-rules';
import { docProblems } from './ui-kit-nodes';

export type CallBridge = (cmd: string, data?: unknown) => Promise<unknown>;

/** An error as it crosses the bridge: a name and a message, never the resolver's own object. */
export interface BridgeError {
  readonly name: string;
  readonly message: string;
}

export interface HostCall {
  readonly view: string;
  readonly cmd: string;
  readonly data: unknown;
}

export interface HostInvoke {
  readonly view: string;
  readonly functionKey: string;
  readonly payload: unknown;
}

export interface ForgeUiHostOptions {
  /** What `view.getContext()` resolves to, in the page and in its Frames. */
  readonly context: Readonly<Record<string, unknown>>;
  /** Keys of the manifest's resources: what a Frame may load. */
  readonly resources: readonly string[];
  /** The app's resolver as Forge runs it; a throw is a platform error (e.g. missing consent). */
  readonly invoke: (functionKey: string, payload: unknown) => Promise<unknown>;
  readonly onReconcile?: (doc: ForgeDoc) => void;
  /** The resolver threw for a view's invoke: the real host shows its own screen (consent, error) there. */
  readonly onPlatformError?: (view: string, error: BridgeError) => void;
  readonly onFlag?: (flag: Readonly<Record<string, unknown>>) => void;
  readonly report?: (message: string, detail?: unknown) => void;
}

export interface FrameView {
  readonly view: string;
  readonly resource: string;
  readonly callBridge: CallBridge;
  /** The Frame left the page: its subscriptions end with it. */
  readonly close: () => void;
}

export interface ForgeUiHost {
  readonly pageBridge: CallBridge;
  /** A Frame's iframe loads `resource`; throws "Not Found" for a key the manifest lacks, as the Frame shows. */
  readonly openFrame: (resource: string) => FrameView;
  readonly events: EventBus;
  readonly calls: readonly HostCall[];
  readonly invokes: readonly HostInvoke[];
  readonly refusals: readonly Refusal[];
  /** Components or props in the page's forgeDoc that UI Kit does not have (ui-kit-nodes.ts), each once. */
  readonly renderProblems: () => readonly string[];
  readonly pendingInvokes: () => number;
}

const PAGE = 'page';

const record = (data: unknown): Readonly<Record<string, unknown>> =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};

// Payloads and results cross the real bridge as JSON: dates become strings, undefined fields vanish.
const overJson = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);

export const toBridgeError = (error: unknown): BridgeError => ({
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
});

const asError = ({ name, message }: BridgeError): Error =>
  Object.assign(new Error(message), { name });

export const createForgeUiHost = (options: ForgeUiHostOptions): ForgeUiHost => {
  const report = options.report ?? ((message, detail) => console.error(message, detail));
  const events = createEventBus((error) => report('[forge host] an event callback threw', error));
  const calls: HostCall[] = [];
  const invokes: HostInvoke[] = [];
  const refusals: Refusal[] = [];
  const renderProblems = new Set<string>();
  let pending = 0;
  let frames = 0;

  const invoke = async (view: string, args: Readonly<Record<string, unknown>>) => {
    const functionKey = String(args.functionKey);
    const payload = overJson(args.payload);
    invokes.push({ view, functionKey, payload });
    pending += 1;
    try {
      return overJson(await options.invoke(functionKey, payload));
    } catch (thrown) {
      const error = toBridgeError(thrown);
      options.onPlatformError?.(view, error);
      throw asError(error);
    } finally {
      pending -= 1;
    }
  };

  const bridgeFor =
    (view: string, kind: ViewKind): CallBridge =>
    async (cmd, data) => {
      calls.push({ view, cmd, data });
      const args = record(data);
      switch (cmd) {
        case 'reconcile':
          if (kind !== 'ui-kit' || !isForgeDoc(args.forgeDoc)) break;
          docProblems(args.forgeDoc).forEach((problem) => renderProblems.add(problem));
          options.onReconcile?.(args.forgeDoc);
          return undefined;
        case 'onError':
          report('[forge host] ForgeReconciler reported an error', args.error);
          return undefined;
        case 'getContext':
          return overJson(options.context);
        case 'invoke':
          return invoke(view, args);
        case 'on': {
          const callback = args.callback as (payload: unknown) => unknown;
          return { unsubscribe: events.subscribe(view, String(args.event), callback) };
        }
        case 'emit':
          events.emit(view, String(args.event), args.payload);
          return undefined;
        case 'showFlag':
          options.onFlag?.(args);
          return undefined;
        case 'closeFlag':
          return undefined;
      }
      const refusal = refuse(kind, cmd);
      refusals.push({ ...refusal, view });
      if (refusal.answer === 'false') return false;
      throw new Error(refusal.reason);
    };

  return {
    pageBridge: bridgeFor(PAGE, 'ui-kit'),
    openFrame: (resource) => {
      if (!options.resources.includes(resource)) throw new Error('Not Found');
      frames += 1;
      const view = `frame:${resource}:${frames}`;
      const unsubscribeAll: (() => void)[] = [];
      const bridge = bridgeFor(view, 'custom-ui-frame');
      const callBridge: CallBridge = async (cmd, data) => {
        const answer = await bridge(cmd, data);
        if (cmd === 'on') unsubscribeAll.push((answer as { unsubscribe: () => void }).unsubscribe);
        return answer;
      };
      return {
        view,
        resource,
        callBridge,
        close: () => unsubscribeAll.splice(0).forEach((unsubscribe) => unsubscribe()),
      };
    },
    events,
    calls,
    invokes,
    refusals,
    renderProblems: () => [...renderProblems],
    pendingInvokes: () => pending,
  };
};
