import fc from 'fast-check';
import type { AuditPageResult, AuditRecord, ErrorCode } from '../contract';
import { createExportJob, type ExportProgress } from './job';
import type { PageRange } from './paging-plan';
import { aRecord } from '../testing/fixtures/export-records';

const aLog = (size: number): AuditRecord[] =>
  Array.from({ length: size }, (_, index) => aRecord({ id: size - index }));

type Fault = { readonly code: ErrorCode; readonly retryable: boolean };
const TRANSIENT_429: Fault = { code: 'RATE_LIMITED', retryable: true };
const TRANSIENT_503: Fault = { code: 'JIRA_ERROR', retryable: true };

/** A resolver over `log`; `faults` fail requests in turn, `faultsAt` fail the first tries at an offset. */
const fakeResolver = (log: readonly AuditRecord[]) => {
  const requests: PageRange[] = [];
  const faults: Fault[] = [];
  const faultsAt = new Map<number, Fault[]>();
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchPage = async (range: PageRange): Promise<AuditPageResult> => {
    requests.push(range);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, (range.offset * 7) % 3));
    inFlight--;
    const fault = faults.shift() ?? faultsAt.get(range.offset)?.shift();
    if (fault) return { ok: false, error: { ...fault, message: `fault ${fault.code}` } };
    const records = log.slice(range.offset, range.offset + range.limit);
    return {
      ok: true,
      records,
      offset: range.offset,
      limit: range.limit,
      hasMore: range.offset + records.length < log.length,
    };
  };
  return { fetchPage, requests, faults, faultsAt, maxInFlight: () => maxInFlight };
};

const noWait = async () => {};

describe('export job', () => {
  it('collects every record of the range in order, pinned to Jira order, with pages and progress', async () => {
    const log = aLog(2500);
    const resolver = fakeResolver(log);
    const progress: ExportProgress[] = [];
    const job = createExportJob({
      fetchPage: resolver.fetchPage,
      limit: 1000,
      onProgress: (p) => progress.push(p),
    });
    const outcome = await job.run();
    expect(outcome).toEqual({ status: 'done', records: log, pages: 3 });
    expect(resolver.requests.map((r) => r.limit)).toEqual(resolver.requests.map(() => 1000));
    expect(progress.at(-1)).toEqual({ records: 2500, pages: 3, retrying: false });
    expect(progress.map((p) => p.records)).toEqual(
      [...progress.map((p) => p.records)].sort((a, b) => a - b),
    );
  });

  it('retries a rate-limited page with growing backoff and still finishes', async () => {
    const resolver = fakeResolver(aLog(30));
    resolver.faults.push(TRANSIENT_429, TRANSIENT_503);
    const waits: number[] = [];
    const job = createExportJob({
      fetchPage: resolver.fetchPage,
      limit: 10,
      sleep: async (ms) => void waits.push(ms),
    });
    const outcome = await job.run();
    expect(outcome.status).toBe('done');
    expect(waits).toEqual([1000, 2000]);
  });

  it('pauses after the last try and resumes without asking again for the pages it has', async () => {
    const log = aLog(30);
    const resolver = fakeResolver(log);
    // First page answers, then the second fails three times in a row.
    const original = resolver.fetchPage;
    let calls = 0;
    const flaky = createExportJob({
      limit: 10,
      maxInFlight: 1,
      sleep: noWait,
      fetchPage: async (range) => {
        calls++;
        if (calls >= 2 && calls <= 4)
          return {
            ok: false,
            error: { code: 'JIRA_ERROR', message: 'Jira is down', retryable: true },
          };
        return original(range);
      },
    });
    const paused = await flaky.run();
    expect(paused).toEqual({
      status: 'paused',
      error: { code: 'JIRA_ERROR', message: 'Jira is down', retryable: true },
      records: 10,
    });
    const resumed = await flaky.run();
    expect(resumed).toEqual({ status: 'done', records: log, pages: 3 });
    expect(resolver.requests.map((r) => r.offset)).toEqual([0, 10, 20]);
  });

  it.each([
    ['FORBIDDEN', 'FORBIDDEN'],
    ['BAD_REQUEST', 'BAD_REQUEST'],
    ['UNAUTHORIZED', 'UNAUTHORIZED'],
    ['a JIRA_ERROR that is not retryable (HTTP 400/404)', 'JIRA_ERROR'],
  ] as const)('stops at once on %s without retrying', async (_name, code) => {
    const resolver = fakeResolver(aLog(5));
    resolver.faults.push({ code, retryable: false });
    const outcome = await createExportJob({ fetchPage: resolver.fetchPage, sleep: noWait }).run();
    expect(outcome).toMatchObject({ status: 'paused', error: { code } });
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
    expect(outcome).toEqual({ status: 'done', records: [], pages: 1 });
    expect(calls).toBe(2);
  });

  it('cancels at once, even while a page is still on its way, and asks for nothing more', async () => {
    const requests: PageRange[] = [];
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

  it('returns exactly the log, whatever its size, page size, concurrency and transient failures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.array(fc.constantFrom(TRANSIENT_429, TRANSIENT_503), { maxLength: 2 }), {
          maxLength: 8,
        }),
        async (size, limit, maxInFlight, faultsPerPage) => {
          const log = aLog(size);
          const resolver = fakeResolver(log);
          // Fewer faults than tries per page: every page gets through.
          faultsPerPage.forEach((faults, page) => resolver.faultsAt.set(page * limit, [...faults]));
          const outcome = await createExportJob({
            fetchPage: resolver.fetchPage,
            limit,
            maxInFlight,
            sleep: noWait,
          }).run();
          expect(outcome).toMatchObject({ status: 'done', records: log });
          expect(resolver.maxInFlight()).toBeLessThanOrEqual(maxInFlight);
        },
      ),
      { numRuns: 60 },
    );
  });
});
