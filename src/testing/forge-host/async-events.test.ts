/** The async-events host refuses what Forge refuses in a push, and delivers the rest as Forge does: later, as JSON. */
import { PayloadTooBigError, Queue, TooManyEventsError } from '@forge/events';
import { createAsyncEventsHost, type AsyncEvent, type AsyncEventsHost } from './async-events';
import { routeForgeFetch } from './forge-fetch';
import { forgeFetchSlot, type ForgeFetchSlot } from './forge-fetch-slot';
import { bindConsumers, readManifestConsumers } from './manifest-consumers';

const QUEUE = 'work';
let received: AsyncEvent[];
let host: AsyncEventsHost;
let slot: ForgeFetchSlot;

beforeEach(() => {
  received = [];
  host = createAsyncEventsHost({
    consumers: new Map([[QUEUE, async (event: AsyncEvent) => void received.push(event)]]),
  });
  slot = forgeFetchSlot(routeForgeFetch({ events: host.fetch }));
  slot.install();
});

afterEach(() => slot.uninstall());

/** A push as @forge/events sends it, past its own checks, straight to what Forge's proxy receives. */
const rawPush = (payload: unknown[], queueName = QUEUE) =>
  (globalThis as unknown as { __forge_fetch__: typeof host.fetch }).__forge_fetch__(
    { provider: 'app', remote: 'stargate', type: 'fpp' },
    '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}',
    {
      method: 'POST',
      body: JSON.stringify({ queueName, jobId: 'job-1', payload, time: new Date().toISOString() }),
    },
  );

describe('async events host', () => {
  it('delivers a pushed event later, never inside push, with the AsyncEvent fields', async () => {
    const { jobId } = await new Queue({ key: QUEUE }).push({ body: { n: 1 } });
    expect(received).toHaveLength(0);
    await host.idle();
    expect(received).toEqual([
      { body: { n: 1 }, queueName: QUEUE, jobId, eventId: expect.any(String) as string },
    ]);
  });

  it('accepts 50 events of one push and refuses 51, delivering none of them', async () => {
    const events = (count: number) => Array.from({ length: count }, (_, n) => ({ body: { n } }));
    expect((await rawPush(events(51))).status).toBe(400);
    await expect(new Queue({ key: QUEUE }).push(events(51))).rejects.toThrow(TooManyEventsError);
    expect(host.pushed).toHaveLength(0);
    expect((await rawPush(events(50))).status).toBe(201);
    await host.idle();
    expect(received).toHaveLength(50);
  });

  it('refuses a push over 200 KB with the 413 @forge/events reads as PayloadTooBigError', async () => {
    const big = [{ body: { text: 'x'.repeat(201 * 1024) } }];
    const answer = await rawPush(big);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toEqual({ errorMessage: 'The maximum payload size is 200KB.' });
    await expect(new Queue({ key: QUEUE }).push(big)).rejects.toThrow(PayloadTooBigError);
    expect((await rawPush([{ body: { text: 'x'.repeat(199 * 1024) } }])).status).toBe(201);
  });

  it('refuses a delay over 15 minutes', async () => {
    expect((await rawPush([{ body: {}, delayInSeconds: 901 }])).status).toBe(400);
    expect(host.pushed).toHaveLength(0);
  });

  it('refuses a queue no consumer listens on', async () => {
    expect((await rawPush([{ body: {} }], 'elsewhere')).status).toBe(400);
  });
});

describe("the project's manifest", () => {
  it('names a function module for every consumer, and the sync continuation consumes archive-sync', () => {
    const consumer = async () => undefined;
    expect([...bindConsumers({ 'index.syncArchiveContinuation': consumer }).keys()]).toEqual([
      'archive-sync',
    ]);
    expect(() =>
      readManifestConsumers(
        'modules:\n  function: []\n  consumer:\n    - { key: c, queue: q, function: missing }\n',
      ),
    ).toThrow(/names no function module/);
  });
});
