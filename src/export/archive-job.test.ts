/** The export's archive path: exportAudit's cursors followed to the end, Jira only when the archive says so. */
import {
  TRANSIENT_429,
  TRANSIENT_503,
  aLog,
  collecting,
  fakeArchive,
  fakeResolver,
  noWait,
} from '../testing/fixtures/fake-resolver';
import { createFileExport } from './file-export';
import { createExportJob } from './job';

// aLog(n) holds ids n..1, newest first: the ids an export of it must deliver, in order.
const descending = (size: number) => Array.from({ length: size }, (_, index) => size - index);

describe('export from the archive', () => {
  it('follows the cursors to the end: every record once, in order, and no getAuditPage call', async () => {
    const log = aLog(1_050);
    const archive = fakeArchive(log, { pageSize: 500 });
    const jira = fakeResolver(log);
    const progress: unknown[] = [];
    const { job, handed, ids } = collecting({
      fetchPage: jira.fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      onProgress: (next) => progress.push(next),
    });
    expect(await job.run()).toEqual({ status: 'done', received: 1_050, pages: 3 });
    expect(ids()).toEqual(descending(1_050));
    expect(handed.map((page) => page.length)).toEqual([500, 500, 50]);
    expect(archive.cursors).toEqual([undefined, 'after-500', 'after-1000']);
    expect(jira.requests).toEqual([]);
    expect(progress.at(-1)).toEqual({ records: 1_050, pages: 3, retrying: false });
  });

  it('asks for the next page before writing the current one, so the two overlap', async () => {
    const archive = fakeArchive(aLog(300));
    const askedWhenWriting: number[] = [];
    const job = createExportJob({
      fetchPage: fakeResolver([]).fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      onRecords: () => askedWhenWriting.push(archive.cursors.length),
    });
    expect(await job.run()).toMatchObject({ status: 'done', received: 300 });
    // Writing page 1 while page 2 is asked for, page 2 while page 3 is; the last has nothing after it.
    expect(askedWhenWriting).toEqual([2, 3, 3]);
  });

  it('pages Jira as before when the archive does not hold the range', async () => {
    const log = aLog(2_500);
    const archive = fakeArchive(log, { holdsRange: false });
    const jira = fakeResolver(log);
    const { job, ids } = collecting({
      fetchPage: jira.fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      limit: 999,
    });
    expect(await job.run()).toMatchObject({ status: 'done', received: 2_500 });
    expect(ids()).toEqual(descending(2_500));
    expect(archive.cursors).toEqual([undefined]);
    expect(jira.requests.map((request) => request.offset)).toEqual(
      expect.arrayContaining([0, 999, 1_998]),
    );
  });

  it.each([
    ['a transient failure', TRANSIENT_503, 2_000],
    ['a rate limit', TRANSIENT_429, 30_000],
  ] as const)('reads a page once more after %s, at the same cursor', async (_name, fault, wait) => {
    const archive = fakeArchive(aLog(300));
    archive.faultsAt.set(1, [fault]);
    const waits: number[] = [];
    const { job, ids } = collecting({
      fetchPage: fakeResolver([]).fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(await job.run()).toMatchObject({ status: 'done', received: 300 });
    expect(waits).toEqual([wait]);
    expect(archive.cursors).toEqual([undefined, 'after-100', 'after-100', 'after-200']);
    expect(ids()).toEqual(descending(300));
  });

  it('a thrown invoke is worth another read too', async () => {
    const archive = fakeArchive(aLog(150));
    archive.faultsAt.set(0, ['throw']);
    const { job, ids } = collecting({
      fetchPage: fakeResolver([]).fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      sleep: noWait,
    });
    expect(await job.run()).toMatchObject({ status: 'done', received: 150 });
    expect(ids()).toEqual(descending(150));
  });

  it('pauses without a retry on a failure that cannot pass, and resumes at the same cursor', async () => {
    const archive = fakeArchive(aLog(300));
    const forbidden = { code: 'FORBIDDEN', retryable: false } as const;
    archive.faultsAt.set(2, [forbidden]);
    const { job, ids } = collecting({
      fetchPage: fakeResolver([]).fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      sleep: noWait,
    });
    expect(await job.run()).toMatchObject({
      status: 'paused',
      error: forbidden,
      records: 200,
    });
    expect(archive.cursors).toEqual([undefined, 'after-100', 'after-200']);
    expect(await job.run()).toMatchObject({ status: 'done', received: 300 });
    expect(ids()).toEqual(descending(300));
  });

  it('retries a retryable failure only as often as the policy says, then pauses', async () => {
    const archive = fakeArchive(aLog(300));
    archive.faultsAt.set(1, [TRANSIENT_503, TRANSIENT_503, TRANSIENT_503]);
    const { job } = collecting({
      fetchPage: fakeResolver([]).fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      sleep: noWait,
    });
    expect(await job.run()).toMatchObject({ status: 'paused', records: 100 });
    expect(archive.cursors).toEqual([undefined, 'after-100', 'after-100']);
  });

  it("falls back to Jira when the archive's database refuses the first page outright", async () => {
    const log = aLog(120);
    const archive = fakeArchive(log);
    archive.faultsAt.set(0, [{ code: 'JIRA_ERROR', retryable: false }]);
    const jira = fakeResolver(log);
    const { job, ids } = collecting({
      fetchPage: jira.fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      sleep: noWait,
    });
    expect(await job.run()).toMatchObject({ status: 'done', received: 120 });
    expect(ids()).toEqual(descending(120));
    expect(jira.requests.length).toBeGreaterThan(0);
  });

  it('never mixes sources: a later page that says "jira" stops the export', async () => {
    const archive = fakeArchive(aLog(300));
    archive.faultsAt.set(1, ['jira']);
    const jira = fakeResolver(aLog(300));
    const { job } = collecting({
      fetchPage: jira.fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      sleep: noWait,
    });
    expect(await job.run()).toMatchObject({
      status: 'paused',
      error: { retryable: false },
      records: 100,
    });
    expect(jira.requests).toEqual([]);
  });

  it('cancel during a wait ends the export at once', async () => {
    const archive = fakeArchive(aLog(300));
    archive.faultsAt.set(1, [TRANSIENT_429]);
    const { job } = collecting({
      fetchPage: fakeResolver([]).fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      // Never resolves by itself: only the cancel can end the wait.
      sleep: () => new Promise(() => {}),
      onProgress: (progress) => {
        if (progress.retrying) job.cancel();
      },
    });
    expect(await job.run()).toEqual({ status: 'cancelled' });
  });

  it('the file holds every record once, checked against the count the pages delivered', async () => {
    const archive = fakeArchive(aLog(1_234), { pageSize: 500 });
    const file = createFileExport({
      fetchPage: fakeResolver([]).fetchPage,
      fetchArchivePage: archive.fetchArchivePage,
      file: { format: 'csv', zone: 'UTC' },
    });
    const outcome = await file.run();
    if (outcome.status !== 'done') throw new Error(outcome.status);
    expect(outcome.check).toMatchObject({ ok: true, received: 1_234, written: 1_234, dropped: 0 });
    const lines = (await outcome.file.blob.text()).trim().split('\n');
    expect(lines).toHaveLength(1_235);
    expect(lines.slice(1).map((line) => Number(line.split(',')[0]))).toEqual(descending(1_234));
  });
});
