import { EXPORT_EVENTS } from '../contract/export-handshake';
import { awaitPinnedSearch, NO_ANSWER_MESSAGE, type BridgeEvents } from './pinned-search';

const TO = '2026-11-02T23:59:59.999+01:00';

/** Events as one view sees them: what it emitted, and a way to deliver what another view sends. */
const fakeEvents = () => {
  const listeners = new Map<string, (payload?: unknown) => unknown>();
  const emitted: { event: string; payload: unknown }[] = [];
  const events: BridgeEvents = {
    on: async (event, callback) => {
      listeners.set(event, callback);
      return { unsubscribe: () => listeners.delete(event) };
    },
    emit: async (event, payload) => emitted.push({ event, payload }),
  };
  return {
    events,
    emitted,
    deliver: (event: string, payload: unknown) => listeners.get(event)?.(payload),
    listeners,
  };
};

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the export dialog's half of the handshake", () => {
  it('subscribes before it says it is ready, then takes the search the page answers with', async () => {
    const view = fakeEvents();
    const { result } = awaitPinnedSearch({ events: view.events });
    await tick();
    expect(view.listeners.has(EXPORT_EVENTS.search)).toBe(true);
    expect(view.emitted).toEqual([{ event: EXPORT_EVENTS.ready, payload: { protocol: 1 } }]);

    view.deliver(EXPORT_EVENTS.search, { protocol: 1, search: { filter: 'group', to: TO } });

    await expect(result).resolves.toEqual({ ok: true, search: { filter: 'group', to: TO } });
    expect(view.listeners.has(EXPORT_EVENTS.search)).toBe(false);
  });

  it('announces again until the page, which may subscribe late, answers', async () => {
    const view = fakeEvents();
    const { result } = awaitPinnedSearch({ events: view.events, announceEveryMs: 10 });
    await tick(45);
    expect(view.emitted.length).toBeGreaterThanOrEqual(3);
    view.deliver(EXPORT_EVENTS.search, { protocol: 1, search: { to: TO } });
    await result;
    const announced = view.emitted.length;
    await tick(30);
    expect(view.emitted).toHaveLength(announced);
  });

  it('exports nothing and says why when the answer is not a usable search', async () => {
    const view = fakeEvents();
    const { result } = awaitPinnedSearch({ events: view.events });
    await tick();

    view.deliver(EXPORT_EVENTS.search, { protocol: 1, search: { filter: 'group' } });

    const outcome = await result;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /^The admin page sent a search the export cannot use: "to" must be/,
    );
  });

  it('exports nothing and says why when no answer comes', async () => {
    const view = fakeEvents();
    const { result } = awaitPinnedSearch({
      events: view.events,
      timeoutMs: 20,
      announceEveryMs: 5,
    });

    await expect(result).resolves.toEqual({ ok: false, message: NO_ANSWER_MESSAGE });
    const announced = view.emitted.length;
    await tick(20);
    expect(view.emitted).toHaveLength(announced);
  });
});
