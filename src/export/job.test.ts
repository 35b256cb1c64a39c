import fc from 'fast-check';
import type { AuditRecord } from '../contract';
import {
  TRANSIENT_429,
  TRANSIENT_503,
  aLog,
  collecting,
  fakeResolver,
  noWait,
} from '../testing/fixtures/fake-resolver';
import { createExportJob, type ExportProgress } from './job';

const idsOf = (log: readonly AuditRecord[]) => log.map((record) => record.id);

describe('export job', () => {
  it('hands every record of the range over in Jira order, page by page, with progress', async () => {
    const log = aLog(2500);
    const resolver = fakeResolver(log);
    const progress: ExportProgress[] = [];
    const { job, handed, ids } = collecting({
      fetchPage: resolver.fetchPage,
      limit: 1000,
      onProgress: (p) => progress.push(p),
    });
    expect(await job.run()).toEqual({ status: 'done', received: 2500, pages: 3 });
    expect(ids()).toEqual(idsOf(log));
    expect(handed.map((page) => page.length)).toEqual([1000, 1000, 500]);
    expect(resolver.requests.map((r) => r.limit)).toEqual(resolver.requests.map(() => 1000));
    expect(progress.at(-1)).toEqual({ records: 2500, pages: 3, retrying: false });
  });

  it('holds pages that arrive early until the late one before them is in, then hands all over in order', async () => {
    const log = aLog(50);
    const resolver = fakeResolver(log);
    const { job, handed, ids } = collecting({
      fetchPage: resolver.fetchPage,
      limit: 10,
      maxInFlight: 3,
    });
    let releaseSecond = () => {};
    resolver.delayAt.set(10, new Promise<void>((resolve) => (releaseSecond = resolve)));
    const running = job.run();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(handed.map((page) => page[0]?.id)).toEqual([50]);
    // Pages 20 and 30 are in, but wait for 10; and nothing starts past 10 + 3 pages while it is late.
    expect(resolver.requests.map((r) => r.offset)).toEqual([0, 10, 20, 30]);
    releaseSecond();
    expect(await running).toMatchObject({ status: 'done', received: 50 });
    expect(ids()).toEqual(idsOf(log));
  });

  it('reads a page once more after a transient failure, waiting 2 s, and still finishes', async () => {
    const log = aLog(30);
    const resolver = fakeResolver(log);
    resolver.faultsAt.set(10, [TRANSIENT_503]);
    const waits: number[] = [];
    const { job, ids } = collecting({
      fetchPage: resolver.fetchPage,
      limit: 10,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(await job.run()).toMatchObject({ status: 'done', received: 30 });
    expect(waits).toEqual([2000]);
    expect(ids()).toEqual(idsOf(log));
  });

  it('waits 30 s after RATE_LIMITED and starts no new page meanwhile', async () => {
    const resolver = fakeResolver(aLog(50));
    resolver.faultsAt.set(10, [TRANSIENT_429]);
    const asked: number[] = [];
    const { job } = collecting({
      fetchPage: resolver.fetchPage,
      limit: 10,
      maxInFlight: 2,
      sleep: async (ms) => {
        asked.push(ms, resolver.requests.length);
        await new Promise((resolve) => setTimeout(resolve, 20));
        // Only the pages already on their way were asked for during the wait.
        asked.push(resolver.requests.length);
      },
    });
    expect(await job.run()).toMatchObject({ status: 'done', received: 50 });
    expect(asked[0]).toBe(30_000);
    expect(asked[2]! - asked[1]!).toBeLessThanOrEqual(0);
  });

  it.each([
    ['RATE_LIMITED twice', [TRANSIENT_429, TRANSIENT_429], 'RATE_LIMITED', [30_000]],
    ['a transient error twice', [TRANSIENT_503, TRANSIENT_503], 'JIRA_ERROR', [2000]],
    [
      'a rate limit, then a transient error',
      [TRANSIENT_429, TRANSIENT_503],
      'JIRA_ERROR',
      [30_000],
    ],
  ] as const)('pauses after two reads of a page: %s', async (_, faults, code, expectedWaits) => {
    const resolver = fakeResolver(aLog(5));
    resolver.faults.push(...faults);
    const waits: number[] = [];
    const { job } = collecting({
      fetchPage: resolver.fetchPage,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(await job.run()).toMatchObject({ status: 'paused', error: { code }, records: 0 });
    expect(resolver.requests).toHaveLength(2);
    expect(waits).toEqual(expectedWaits);
  });

  it('pauses and resumes without asking again for the pages it has or handing any over twice', async () => {
    const log = aLog(30);
    const resolver = fakeResolver(log);
    resolver.faultsAt.set(10, [TRANSIENT_503, TRANSIENT_503]);
    const { job, ids } = collecting({ fetchPage: resolver.fetchPage, limit: 10, sleep: noWait });
    expect(await job.run()).toMatchObject({
      status: 'paused',
      error: { code: 'JIRA_ERROR', retryable: true },
    });
    expect(ids()).toEqual(idsOf(log).slice(0, 10));
    expect(await job.run()).toEqual({ status: 'done', received: 30, pages: 3 });
    expect(ids()).toEqual(idsOf(log));
    const others = resolver.requests.map((r) => r.offset).filter((offset) => offset !== 10);
    expect(others).toEqual(expect.arrayContaining([0, 20]));
    expect(new Set(others).size).toBe(others.length);
  });

  it.each([
    ['FORBIDDEN', 'FORBIDDEN'],
    ['BAD_REQUEST', 'BAD_REQUEST'],
    ['UNAUTHORIZED', 'UNAUTHORIZED'],
    ['a JIRA_ERROR that is not retryable (HTTP 400/404)', 'JIRA_ERROR'],
  ] as const)('stops at once on %s without reading again', async (_name, code) => {
    const resolver = fakeResolver(aLog(5));
    resolver.faults.push({ code, retryable: false });
    const outcome = await createExportJob({ fetchPage: resolver.fetchPage, sleep: noWait }).run();
    expect(outcome).toMatchObject({ status: 'paused', error: { code, retryable: false } });
    expect(resolver.requests).toHaveLength(1);
  });

  it('treats a thrown invoke as a transient failure', async () => {
    let calls = 0;
    const outcome = await createExportJob({
      sleep: noWait,
      fetchPage: async () => {
        calls++;
        if (calls === 1) throw new Error('network down');
        return { ok: true, records: [], offset: 0, limit: 1000, hasMore: false };
      },
    }).run();
    expect(outcome).toEqual({ status: 'done', received: 0, pages: 1 });
    expect(calls).toBe(2);
  });

  it('cancels at once, even while a page is still on its way, and asks for nothing more', async () => {
    const requests: unknown[] = [];
    const job = createExportJob({
      fetchPage: (range) => {
        requests.push(range);
        return new Promise<never>(() => {});
      },
    });
    const running = job.run();
    job.cancel();
    await expect(running).resolves.toEqual({ status: 'cancelled' });
    expect(requests).toHaveLength(1);
  });

  it('stops reading and rejects when the file cannot take a page', async () => {
    const resolver = fakeResolver(aLog(30));
    const job = createExportJob({
      fetchPage: resolver.fetchPage,
      limit: 10,
      maxInFlight: 1,
      onRecords: () => {
        throw new Error('disk full');
      },
    });
    await expect(job.run()).rejects.toThrow('disk full');
    expect(resolver.requests).toHaveLength(1);
  });

  it('hands over exactly the log, whatever its size, page size, concurrency and transient failures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.option(fc.constantFrom(TRANSIENT_429, TRANSIENT_503)), { maxLength: 8 }),
        async (size, limit, maxInFlight, faultPerPage) => {
          const log = aLog(size);
          const resolver = fakeResolver(log);
          // At most one fault a page: the second read gets through.
          faultPerPage.forEach((fault, page) => {
            if (fault) resolver.faultsAt.set(page * limit, [fault]);
          });
          const { job, ids } = collecting({
            fetchPage: resolver.fetchPage,
            limit,
            maxInFlight,
            sleep: noWait,
          });
          expect(await job.run()).toMatchObject({ status: 'done', received: size });
          expect(ids()).toEqual(idsOf(log));
          expect(resolver.maxInFlight()).toBeLessThanOrEqual(maxInFlight);
        },
      ),
      { numRuns: 60 },
    );
  });
});
