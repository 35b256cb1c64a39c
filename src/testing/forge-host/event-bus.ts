/**
 * The bridge's `events` between the views of one app on a page (the UI Kit page and the Custom UI resources in its
 * Frames): https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/events/.
 * Payloads travel as JSON and arrive later, never inside `emit`; a view does not hear its own events.
 */

export type EventCallback = (payload: unknown) => unknown;

export interface EventBus {
  /** Returns the subscription's `unsubscribe`; it removes this subscription only, as Forge's does. */
  readonly subscribe: (view: string, event: string, callback: EventCallback) => () => void;
  readonly emit: (view: string, event: string, payload: unknown) => void;
  /** Subscriptions still open, for tests that check a view cleaned up. */
  readonly subscriptions: (event?: string) => number;
}

interface Subscription {
  readonly view: string;
  readonly event: string;
  readonly callback: EventCallback;
}

const overJson = (value: unknown): unknown =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);

export const createEventBus = (
  report: (error: unknown) => void = (error) => console.error(error),
): EventBus => {
  const open = new Set<Subscription>();
  return {
    subscribe: (view, event, callback) => {
      const subscription = { view, event, callback };
      open.add(subscription);
      return () => void open.delete(subscription);
    },
    emit: (view, event, payload) => {
      const sent = overJson(payload);
      const targets = [...open].filter((each) => each.event === event && each.view !== view);
      setTimeout(() => {
        for (const target of targets) {
          if (!open.has(target)) continue;
          Promise.resolve()
            .then(() => target.callback(overJson(sent)))
            .catch(report);
        }
      }, 0);
    },
    subscriptions: (event) =>
      [...open].filter((each) => event === undefined || each.event === event).length,
  };
};

/** The bus as one view's `events` (@forge/bridge's `on`/`emit`), for tests of a single side of a conversation. */
export const viewEvents = (bus: EventBus, view: string) => ({
  on: async (event: string, callback: EventCallback) => ({
    unsubscribe: bus.subscribe(view, event, callback),
  }),
  emit: async (event: string, payload?: unknown) => bus.emit(view, event, payload),
});
