/**
 * Forge's async events (@forge/events v2+) behind `__forge_fetch__`: `Queue.push` posts to the publish path, the
 * host checks Forge's push limits, then runs the queue's consumer function later, never inside `push`, in an
 * invocation of its own, with Forge's AsyncEvent (https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/).
 */
import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import type { ForgeFetch } from './forge-fetch';
import { DEFAULT_CLOUD_ID } from './invoke-function';
import { runInvocation } from './invocation';
import { checkPush } from './async-events-limits';

/** The AsyncEvent a consumer function receives: the pushed event plus the queue's ids. */
export interface AsyncEvent {
  readonly body: Record<string, unknown>;
  readonly delayInSeconds?: number;
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
}

export type ConsumerFunction = (
  event: AsyncEvent,
  context: Record<string, unknown>,
) => Promise<unknown>;

export interface Delivery {
  readonly queueName: string;
  readonly eventId: string;
  readonly result?: unknown;
  readonly error?: unknown;
}

export interface AsyncEventsHost {
  /** Answers the publish path; `routeForgeFetch` sends it what `isAsyncEventsRequest` picks. */
  readonly fetch: ForgeFetch;
  /** Every event Forge accepted, in push order. */
  readonly pushed: readonly AsyncEvent[];
  /** Every consumer run that finished, in order. */
  readonly delivered: readonly Delivery[];
  /** Events accepted and not yet handed to their consumer. */
  readonly waiting: () => number;
  /** Resolves when no event waits and no consumer runs, including events those consumers pushed. */
  readonly idle: () => Promise<void>;
  /** Holds deliveries (to overlap a consumer with something else); `deliverNext` then runs them one by one. */
  readonly hold: () => void;
  readonly release: () => void;
  /** Runs the oldest waiting event's consumer now and answers what it returned. */
  readonly deliverNext: () => Promise<unknown>;
}

export const PUBLISH_PATH = '/webhook/queue/publish/';

const pushRequest = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(
    z.object({
      body: z.record(z.string(), z.unknown()),
      delayInSeconds: z.optional(z.number()),
    }),
  ),
});

const answer = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const createAsyncEventsHost = ({
  consumers,
  cloudId = DEFAULT_CLOUD_ID,
  report = (error) => console.error(error),
}: {
  /** Queue name → the consumer module's function (see manifest-consumers.ts). */
  readonly consumers: ReadonlyMap<string, ConsumerFunction>;
  readonly cloudId?: string;
  readonly report?: (error: unknown) => void;
}): AsyncEventsHost => {
  const pushed: AsyncEvent[] = [];
  const delivered: Delivery[] = [];
  const queue: AsyncEvent[] = [];
  const running = new Set<Promise<unknown>>();
  let held = false;

  const run = (event: AsyncEvent): Promise<unknown> => {
    const consumer = consumers.get(event.queueName)!;
    const context = { installContext: `ari:cloud:jira::site/${cloudId}` };
    const work = runInvocation({}, () =>
      consumer(JSON.parse(JSON.stringify(event)) as AsyncEvent, context),
    ).then(
      (result) => {
        delivered.push({ queueName: event.queueName, eventId: event.eventId, result });
        return result;
      },
      (error: unknown) => {
        delivered.push({ queueName: event.queueName, eventId: event.eventId, error });
        report(error);
        return undefined;
      },
    );
    running.add(work);
    void work.finally(() => running.delete(work));
    return work;
  };
  const schedule = (event: AsyncEvent) =>
    setTimeout(
      () => {
        if (held) return;
        const index = queue.indexOf(event);
        if (index < 0) return;
        queue.splice(index, 1);
        void run(event);
      },
      (event.delayInSeconds ?? 0) * 1000,
    );

  const fetch: ForgeFetch = async (_target, path, init) => {
    if (!path.startsWith(PUBLISH_PATH) || init?.method !== 'POST')
      return answer(404, { message: `The Forge host does not implement ${path}.` });
    const raw: unknown = JSON.parse(typeof init.body === 'string' ? init.body : 'null');
    const parsed = pushRequest.safeParse(raw);
    if (!parsed.success) return answer(400, { message: 'Malformed push.' });
    // Sized as sent (fields the host does not read included), as @forge/events sizes it.
    const refusal = checkPush((raw as { payload: unknown[] }).payload, parsed.data.payload);
    if (refusal) return answer(refusal.status, refusal.body);
    const { queueName, jobId } = parsed.data;
    // Stricter than Forge, which would keep the events: a queue no consumer listens on is a manifest mistake.
    if (!consumers.has(queueName))
      return answer(400, { message: `No consumer module listens on the queue "${queueName}".` });
    for (const event of parsed.data.payload) {
      const delivery: AsyncEvent = { ...event, queueName, jobId, eventId: randomUUID() };
      pushed.push(delivery);
      queue.push(delivery);
      schedule(delivery);
    }
    return answer(201, { jobId });
  };

  const host: AsyncEventsHost = {
    fetch,
    pushed,
    delivered,
    waiting: () => queue.length,
    idle: async () => {
      for (;;) {
        // Let timers that are due hand their events over before deciding nothing is left.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (running.size > 0) await Promise.all([...running]);
        else if (queue.length === 0 || held) return;
      }
    },
    hold: () => {
      held = true;
    },
    release: () => {
      held = false;
      for (const event of queue) schedule(event);
    },
    deliverNext: async () => {
      const event = queue.shift();
      if (event === undefined) throw new Error('No async event is waiting.');
      return run(event);
    },
  };
  return host;
};
