import { EXPORT_EVENTS } from '../contract/export-handshake';
import { createEventBus, viewEvents } from '../testing/forge-host/event-bus';
import { linkExportFrame } from './export-frame-link';

const TO = '2026-11-02T23:59:59.999+01:00';

/** The page's events on the host's bus, and what the dialog hears of them. */
const conversation = () => {
  const bus = createEventBus();
  const searches: unknown[] = [];
  bus.subscribe('frame', EXPORT_EVENTS.search, (payload) => searches.push(payload));
  const fromFrame = (event: string, payload: unknown) => bus.emit('frame', event, payload);
  return { bus, page: viewEvents(bus, 'page'), searches, fromFrame };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("the page's half of the export handshake", () => {
  it('answers a ready dialog with the search, without the table page size', async () => {
    const { page, searches, fromFrame } = conversation();
    linkExportFrame({
      events: page,
      search: { filter: 'x', to: TO, limit: 50 },
      onRunning: () => undefined,
    });
    await settle();

    fromFrame(EXPORT_EVENTS.ready, { protocol: 1 });
    await settle();

    expect(searches).toEqual([{ protocol: 1, search: { filter: 'x', to: TO } }]);
  });

  it('sends the archive search’s structured filters, but neither empty lists nor the order', async () => {
    const { page, searches, fromFrame } = conversation();
    const object = { typeName: 'PERMISSION_SCHEME', id: '10000' };
    linkExportFrame({
      events: page,
      search: {
        to: TO,
        limit: 50,
        order: 'asc',
        authors: ['5b10a2844c20165700ede21g', 'system'],
        categories: [],
        objectTypes: ['PROJECT'],
        object,
        ip: '10.0.0.0/8',
      },
      onRunning: () => undefined,
    });
    await settle();

    fromFrame(EXPORT_EVENTS.ready, { protocol: 1 });
    await settle();

    expect(searches).toEqual([
      {
        protocol: 1,
        search: {
          to: TO,
          authors: ['5b10a2844c20165700ede21g', 'system'],
          objectTypes: ['PROJECT'],
          object,
          ip: '10.0.0.0/8',
        },
      },
    ]);
  });

  it.each([
    ['a ready message from another version', { protocol: 2 }],
    ['a ready message of no known shape', 'ready'],
  ])('sends nothing for %s', async (_name, ready) => {
    const { page, searches, fromFrame } = conversation();
    linkExportFrame({ events: page, search: { to: TO, limit: 50 }, onRunning: () => undefined });
    await settle();

    fromFrame(EXPORT_EVENTS.ready, ready);
    await settle();

    expect(searches).toEqual([]);
  });

  it('follows the running status and stops listening when unlinked', async () => {
    const { bus, page, fromFrame } = conversation();
    const running: boolean[] = [];
    const unlink = linkExportFrame({
      events: page,
      search: { to: TO, limit: 50 },
      onRunning: (value) => running.push(value),
    });
    await settle();

    fromFrame(EXPORT_EVENTS.status, { protocol: 1, running: true });
    fromFrame(EXPORT_EVENTS.status, { protocol: 1, running: 'no' });
    await settle();
    unlink();
    await settle();

    expect(running).toEqual([true]);
    expect(bus.subscriptions(EXPORT_EVENTS.status)).toBe(0);
  });
});
