/** getArchiveStatus through `handler`: empty, backfilling, ready, with exact counts and instants. */
import { archiveStatusResultSchema } from '../contract';
import { useArchiveHost } from '../archive/testing/archive-host';
import { rawRecords } from '../testing/mock-jira';

// 12 records one minute apart, the newest at 2026-11-24 12:00 UTC.
const host = useArchiveHost(() => ({
  records: rawRecords(12),
  settings: { pageSize: 5, syncMaxRequests: 8 },
}));

describe('getArchiveStatus', () => {
  it('empty before the first sync', async () => {
    expect(await host.getArchiveStatus()).toEqual({ ok: true, state: 'empty', records: 0 });
  });

  it('backfilling while the oldest record is not archived, ready once it is', async () => {
    // 8 requests with 4 per page (1 + 3 retries) in reserve: one page per call.
    expect(await host.sync()).toEqual({ ok: true, added: 5, done: false });
    const backfilling = await host.getArchiveStatus();
    expect(archiveStatusResultSchema.safeParse(backfilling).success).toBe(true);
    expect(backfilling).toMatchObject({
      ok: true,
      state: 'backfilling',
      records: 5,
      oldest: '2026-11-24T11:56:00.000Z',
      newest: '2026-11-24T12:00:00.000Z',
    });
    await host.syncUntilDone();
    const ready = await host.getArchiveStatus();
    expect(ready).toMatchObject({
      ok: true,
      state: 'ready',
      records: 12,
      oldest: '2026-11-24T11:49:00.000Z',
    });
    expect(Date.now() - Date.parse(ready.ok ? ready.lastSyncAt! : '')).toBeLessThan(60_000);
  });

  it('answers a database failure as a JIRA_ERROR that may be retried, and logs nothing', async () => {
    await host.syncUntilDone();
    host.restart();
    host.sql.setFault({ nth: 1, phase: 'before' });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await host.getArchiveStatus();
    expect(answer).toMatchObject({ ok: false, error: { code: 'JIRA_ERROR', retryable: true } });
    expect(answer.ok || answer.error.message).toContain('archive');
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('a query Forge SQL refuses is not retryable', async () => {
    await host.syncUntilDone();
    await host.query('DROP TABLE archive_record_body');
    const answer = await host.searchAudit({});
    expect(answer).toMatchObject({ ok: false, error: { code: 'JIRA_ERROR', retryable: false } });
  });
});
