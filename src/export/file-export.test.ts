import type { AuditRecord } from '../contract';
import { aRecord } from '../testing/fixtures/export-records';
import { TRANSIENT_503, aLog, fakeResolver, noWait } from '../testing/fixtures/fake-resolver';
import { readCsvLikeASpreadsheet } from '../testing/spreadsheet/read-csv';
import { createFileExport } from './file-export';
import type { ExportFormat } from './file-name';

const exportOf = (log: readonly AuditRecord[], format: ExportFormat, limit = 100) => {
  const resolver = fakeResolver(log);
  const job = createFileExport({
    fetchPage: resolver.fetchPage,
    limit,
    sleep: noWait,
    file: { format, siteUrl: 'https://acme.atlassian.net', to: '2026-11-02T23:59:59.999Z' },
  });
  return { job, resolver };
};

const done = async (outcome: Awaited<ReturnType<ReturnType<typeof createFileExport>['run']>>) => {
  if (outcome.status !== 'done') throw new Error(`export ${outcome.status}`);
  return { ...outcome, text: await outcome.file.blob.text() };
};

describe('file export (what the dialog runs)', () => {
  it('writes a CSV whose rows, read back as a spreadsheet would, are the resolver’s records in order', async () => {
    const log = aLog(1234);
    const { text, file, check, pages } = await done(await exportOf(log, 'csv').job.run());
    const [, ...rows] = readCsvLikeASpreadsheet(text);
    // Counted from the file, not by the writer: the fixture holds 1,234 records with ids 1234..1.
    expect(rows).toHaveLength(1234);
    expect(rows.map((row) => Number(row[0]))).toEqual(log.map((record) => record.id));
    expect(check).toEqual({
      received: 1234,
      written: 1234,
      dropped: 0,
      duplicateIds: [],
      ok: true,
      message: 'Wrote 1,234 records; every id is unique and none was skipped.',
    });
    expect(pages).toBe(13);
    expect(file).toMatchObject({
      fileName: 'audit-log_acme.atlassian.net_start_to_2026-11-02.csv',
      mimeType: 'text/csv;charset=utf-8',
    });
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
  });

  it('writes JSON holding the resolver’s records exactly', async () => {
    const log = aLog(250);
    const { text, check } = await done(await exportOf(log, 'json').job.run());
    expect(JSON.parse(text)).toEqual(log);
    expect(check.ok).toBe(true);
  });

  it('writes a record the log repeated once and says the log changed', async () => {
    const a = aRecord({ id: 3 });
    const log = [a, aRecord({ id: 2 }), { ...a }, aRecord({ id: 1 })];
    const { text, check } = await done(await exportOf(log, 'csv', 2).job.run());
    expect(readCsvLikeASpreadsheet(text).map((row) => row[0])).toEqual(['ID', '3', '2', '1']);
    expect(check).toMatchObject({ received: 4, written: 3, dropped: 1, duplicateIds: [3] });
    expect(check.ok).toBe(false);
  });

  it('resumes after a pause and writes each record once', async () => {
    const log = aLog(300);
    const { job, resolver } = exportOf(log, 'csv');
    resolver.faultsAt.set(100, [TRANSIENT_503, TRANSIENT_503]);
    expect(await job.run()).toMatchObject({ status: 'paused', error: { retryable: true } });
    const { text, check } = await done(await job.run());
    const [, ...rows] = readCsvLikeASpreadsheet(text);
    expect(rows.map((row) => Number(row[0]))).toEqual(log.map((record) => record.id));
    expect(check.ok).toBe(true);
    // Asking again for the finished export returns the same file.
    expect((await job.run()).status).toBe('done');
  });

  it('says nothing is ready when cancelled', async () => {
    const { job } = exportOf(aLog(300), 'csv');
    const running = job.run();
    job.cancel();
    expect(await running).toEqual({ status: 'cancelled' });
  });
});
