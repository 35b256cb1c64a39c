import { EXPORT_EVENTS } from '../contract/export-handshake';
import { createEventBus, viewEvents } from '../testing/forge-host/event-bus';
import { awaitPinnedSearch, NO_ANSWER_MESSAGE } from './pinned-search';

const TO = '2026-11-02T23:59:59.999+01:00';

/** The dialog's events on the host's bus, and what the page hears of them. */
const conversation = () => {
  const bus = createEventBus();
  const readies: unknown[] = [];
  bus.subscribe('page', EXPORT_EVENTS.ready, (payload) => readies.push(payload));
  const events = viewEvents(bus, 'frame');
  const sent = { count: 0 };
  return {
    bus,
    // Counted as sent, not as heard: a delivery may still be on its way when a test looks.
    frame: {
      ...events,
      emit: (event: string, payload?: unknown) => ((sent.count += 1), events.emit(event, payload)),
    },
    sent,
    readies,
    answer: (payload: unknown) => bus.emit('page', EXPORT_EVENTS.search, payload),
  };
};

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the export dialog's half of the handshake", () => {
  it('subscribes before it says it is ready, then takes the search the page answers with', async () => {
    const { bus, frame, readies, answer } = conversation();
    const { result } = awaitPinnedSearch({ events: frame });
    await tick();
    expect(bus.subscriptions(EXPORT_EVENTS.search)).toBe(1);
    expect(readies).toEqual([{ protocol: 1 }]);

    answer({ protocol: 1, search: { filter: 'group', to: TO } });

    await expect(result).resolves.toEqual({ ok: true, search: { filter: 'group', to: TO } });
    await tick();
    expect(bus.subscriptions(EXPORT_EVENTS.search)).toBe(0);
  });

  it('announces again until the page, which may subscribe late, answers', async () => {
    const { frame, sent, readies, answer } = conversation();
    const { result } = awaitPinnedSearch({ events: frame, announceEveryMs: 10 });
    for (let waited = 0; readies.length < 3 && waited < 2_000; waited += 10) await tick(10);
    expect(readies.length).toBeGreaterThanOrEqual(3);

    answer({ protocol: 1, search: { to: TO } });
    await result;
    const announced = sent.count;
    await tick(50);

    expect(sent.count).toBe(announced);
  });

  it('exports nothing and says why when the answer is not a usable search', async () => {
    const { frame, answer } = conversation();
    const { result } = awaitPinnedSearch({ events: frame });
    await tick();

    answer({ protocol: 1, search: { filter: 'group' } });

    const outcome = await result;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /^The admin page sent a search the export cannot use: "to" must be/,
    );
  });

  it('exports nothing and says why when no answer comes', async () => {
    const { frame, sent } = conversation();
    const { result } = awaitPinnedSearch({ events: frame, timeoutMs: 20, announceEveryMs: 5 });

    await expect(result).resolves.toEqual({ ok: false, message: NO_ANSWER_MESSAGE });
    const announced = sent.count;
    await tick(20);
    expect(sent.count).toBe(announced);
  });
});
