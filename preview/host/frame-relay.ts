/** The host side of a Frame's iframe: runs its bridge calls on the Forge UI host and posts back answers and events. */
import type { FrameView } from '../../src/testing/forge-host/ui-host';
import {
  FRAME_EVENT,
  FRAME_REPLY,
  isFrameCall,
  isFrameResize,
  type FrameCall,
  type FrameEvent,
  type FrameReply,
} from './frame-protocol';

export interface FrameWindow {
  readonly postMessage: (message: FrameReply | FrameEvent, targetOrigin: string) => void;
}

export interface FrameRelayOptions {
  readonly frame: FrameView;
  /** The iframe's window: only its messages are relayed, only to it are answers posted. */
  readonly source: () => FrameWindow | null | undefined;
  readonly origin: string;
  readonly onResize?: (height: number) => void;
}

type Unsubscribe = () => void;

const describeError = (error: unknown) => ({
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
});

/** Returns the `message` listener for the host window; `frame.close()` ends the frame's subscriptions. */
export const createFrameRelay = ({ frame, source, origin, onResize }: FrameRelayOptions) => {
  const subscriptions = new Map<number, Unsubscribe>();

  const run = async (target: FrameWindow, { cmd, data }: FrameCall): Promise<unknown> => {
    const args = (data ?? {}) as { event?: unknown; subscription?: unknown };
    const subscription = Number(args.subscription);
    if (cmd === 'unsubscribe') {
      subscriptions.get(subscription)?.();
      subscriptions.delete(subscription);
      return undefined;
    }
    if (cmd !== 'on') return frame.callBridge(cmd, data);
    const deliver = (payload: unknown) =>
      target.postMessage({ type: FRAME_EVENT, subscription, payload }, origin);
    const answer = (await frame.callBridge('on', { event: args.event, callback: deliver })) as {
      unsubscribe: Unsubscribe;
    };
    subscriptions.set(subscription, answer.unsubscribe);
    return undefined;
  };

  return (event: MessageEvent<unknown>): void => {
    const target = source();
    if (target === null || target === undefined || event.source !== target) return;
    if (isFrameResize(event.data)) return onResize?.(event.data.height);
    if (!isFrameCall(event.data)) return;
    const { id } = event.data;
    const reply = (message: Omit<FrameReply, 'type' | 'id'>) =>
      target.postMessage({ type: FRAME_REPLY, id, ...message }, origin);
    run(target, event.data).then(
      (result) => reply({ ok: true, result }),
      (error: unknown) => reply({ ok: false, error: describeError(error) }),
    );
  };
};
