/** Loaded first in a Custom UI resource's page: a `window.__bridge` that relays every call to the host page. */
import { FRAME_CALL, isFrameReply, type FrameCall } from './frame-protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

const pending = new Map<number, Pending>();
let nextId = 1;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window.parent || !isFrameReply(event.data)) return;
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

const callBridge = (cmd: string, data?: unknown): Promise<unknown> => {
  // Event subscriptions carry functions, which cannot cross postMessage: the host sends no events to frames.
  if (cmd === 'on' || cmd === 'onPublic') return Promise.resolve({ unsubscribe: () => undefined });
  const id = nextId++;
  const message: FrameCall = { type: FRAME_CALL, id, cmd, data };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    window.parent.postMessage(message, window.location.origin);
  });
};

(window as unknown as { __bridge: unknown }).__bridge = { callBridge };
