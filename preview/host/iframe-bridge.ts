/**
 * Loaded first in a Custom UI resource's page: a `window.__bridge` that relays every call to the host page, keeps
 * event subscriptions on this side (callbacks cannot be posted) and reports the content height the Frame sizes to.
 */
import {
  FRAME_CALL,
  FRAME_RESIZE,
  isFrameEvent,
  isFrameReply,
  type FrameCall,
  type FrameResize,
} from './frame-protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Callback = (payload: unknown) => unknown;

const pending = new Map<number, Pending>();
const subscriptions = new Map<number, Callback>();
let nextId = 1;

const post = (message: FrameCall | FrameResize) =>
  window.parent.postMessage(message, window.location.origin);

const send = (cmd: string, data?: unknown): Promise<unknown> => {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: FRAME_CALL, id, cmd, data });
  });
};

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window.parent) return;
  if (isFrameEvent(event.data)) {
    void subscriptions.get(event.data.subscription)?.(event.data.payload);
    return;
  }
  if (!isFrameReply(event.data)) return;
  const waiting = pending.get(event.data.id);
  if (waiting === undefined) return;
  pending.delete(event.data.id);
  if (event.data.ok) waiting.resolve(event.data.result);
  else {
    const error = new Error(event.data.error?.message ?? 'Bridge call failed.');
    error.name = event.data.error?.name ?? 'Error';
    waiting.reject(error);
  }
});

const subscribe = async (data: { event?: unknown; callback?: unknown }) => {
  const subscription = nextId++;
  subscriptions.set(subscription, data.callback as Callback);
  await send('on', { event: data.event, subscription });
  return {
    unsubscribe: () => {
      subscriptions.delete(subscription);
      void send('unsubscribe', { subscription });
    },
  };
};

const callBridge = (cmd: string, data?: unknown): Promise<unknown> =>
  cmd === 'on'
    ? subscribe((data ?? {}) as { event?: unknown; callback?: unknown })
    : send(cmd, data);

(window as unknown as { __bridge: unknown }).__bridge = { callBridge };

// A Frame without a `height` grows and shrinks with its content, as Forge's does.
// The root's box is its content's height; scrollHeight would never drop below the iframe's own.
const reportHeight = () =>
  post({
    type: FRAME_RESIZE,
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
  });
window.addEventListener('DOMContentLoaded', () => {
  reportHeight();
  new ResizeObserver(reportHeight).observe(document.documentElement);
});
