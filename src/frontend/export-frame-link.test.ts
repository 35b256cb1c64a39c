import { EXPORT_EVENTS } from '../contract/export-handshake';
import { linkExportFrame, type PageEvents } from './export-frame-link';

const TO = '2026-11-02T23:59:59.999+01:00';

const pageEvents = () => {
  const listeners = new Map<string, (payload?: unknown) => unknown>();
  const emitted: { event: string; payload: unknown }[] = [];
  const events: PageEvents = {
    on: async (event, callback) => {
      listeners.set(event, callback);
      return { unsubscribe: () => listeners.delete(event) };
    },
    emit: async (event, payload) => emitted.push({ event, payload }),
  };
  return { events, emitted, listeners };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the page's half of the export handshake", () => {
  it('answers a ready dialog with the search, without the table page size', async () => {
    const view = pageEvents();
    linkExportFrame({
      events: view.events,
      search: { filter: 'x', to: TO, limit: 50 },
      onRunning: () => undefined,
    });
    await settle();

    view.listeners.get(EXPORT_EVENTS.ready)?.({ protocol: 1 });

    expect(view.emitted).toEqual([
      { event: EXPORT_EVENTS.search, payload: { protocol: 1, search: { filter: 'x', to: TO } } },
    ]);
  });

  it.each([
    ['a ready message from another version', { protocol: 2 }],
    ['a ready message of no known shape', 'ready'],
  ])('sends nothing for %s', async (_name, ready) => {
    const view = pageEvents();
    linkExportFrame({
      events: view.events,
      search: { to: TO, limit: 50 },
      onRunning: () => undefined,
    });
    await settle();

    view.listeners.get(EXPORT_EVENTS.ready)?.(ready);

    expect(view.emitted).toEqual([]);
  });

  it('follows the running status and stops listening when unlinked', async () => {
    const view = pageEvents();
    const running: boolean[] = [];
    const unlink = linkExportFrame({
      events: view.events,
      search: { to: TO, limit: 50 },
      onRunning: (value) => running.push(value),
    });
    await settle();

    view.listeners.get(EXPORT_EVENTS.status)?.({ protocol: 1, running: true });
    view.listeners.get(EXPORT_EVENTS.status)?.({ protocol: 1, running: 'no' });
    unlink();
    await settle();

    expect(running).toEqual([true]);
    expect(view.listeners.size).toBe(0);
  });
});
