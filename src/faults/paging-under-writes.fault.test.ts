/**
 * Paging and exporting 10,000 records while new records are written every few milliseconds: with the upper
 * bound pinned, the pages together hold exactly the records of the pinned range, none twice, none missing.
 */
import type { AuditRecord } from '../contract';
import { createExportJob } from '../export/job';
import { createIdCheck } from '../export/verify';
import { useMockJira } from '../resolvers/testing/forge-call';
import { generateAuditLog } from '../testing/mock-jira';
import { startBusyWriter, waitPast } from './testing/busy-writer';

const RECORDS = 10_000;
const mock = useMockJira(() =>
  generateAuditLog({
    count: RECORDS,
    seed: 42,
    end: new Date(Date.now() - 60_000),
    spanDays: 90,
    authorCount: 30,
  }),
);

/** Ids of the records created at or before `pinnedMs`, newest first, as Jira orders them. */
const idsUpTo = (pinnedMs: number): number[] =>
  mock.jira
    .allRecords()
    .filter(
      (record) => Date.parse(record.created.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) <= pinnedMs,
    )
    .map((record) => record.id);

/** Every page of a search in turn, as Next does, until hasMore is false. */
const pageThrough = async (search: { to?: string }, limit: number, between?: () => void) => {
  const ids: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await mock.getAuditPage({ ...search, offset, limit });
    if (!page.ok) throw new Error(page.error.message);
    ids.push(...page.records.map((record) => record.id));
    if (!page.hasMore) return ids;
    between?.();
  }
};

const pin = async () => {
  const pinnedMs = Date.now();
  await waitPast(pinnedMs);
  return { pinnedMs, to: new Date(pinnedMs).toISOString() };
};

const duplicates = (ids: readonly number[]) => ids.length - new Set(ids).size;

describe('paging while the log is being written', () => {
  it.each([50, 1000])(
    'pages of %i over a pinned search hold the pinned range exactly',
    async (limit) => {
      const { pinnedMs, to } = await pin();
      mock.jira.setFault({ kind: 'slow', delayMs: 1 }); // a network hop, so the writer gets turns between requests
      const writer = startBusyWriter(mock.jira);
      let ids: number[];
      try {
        ids = await pageThrough({ to }, limit);
      } finally {
        writer.stop();
      }
      expect(writer.written()).toBeGreaterThan(limit === 50 ? 20 : 2);
      expect(duplicates(ids)).toBe(0);
      expect(ids).toEqual(idsUpTo(pinnedMs));
      expect(ids).toHaveLength(RECORDS);
    },
    60_000,
  );

  it('without the pinned bound the same paging repeats records (so the check above can fail)', async () => {
    const ids = await pageThrough({}, 1000, () => mock.jira.addRecord());
    expect(duplicates(ids)).toBeGreaterThan(0);
  }, 60_000);

  it('an export over a pinned search, three pages in flight, writes the pinned range once each', async () => {
    const { pinnedMs, to } = await pin();
    mock.jira.setFault({ kind: 'slow', delayMs: 1 }); // a network hop, so the writer gets turns between requests
    const writer = startBusyWriter(mock.jira);
    let outcome: Awaited<ReturnType<ReturnType<typeof createExportJob>['run']>>;
    const received: AuditRecord[] = [];
    try {
      outcome = await createExportJob({
        limit: 1000,
        maxInFlight: 3,
        fetchPage: ({ offset, limit }) => mock.getAuditPage({ to, offset, limit }),
        onRecords: (records) => received.push(...records),
      }).run();
    } finally {
      writer.stop();
    }
    expect(writer.written()).toBeGreaterThan(2);
    if (outcome.status !== 'done') throw new Error(`export ended ${outcome.status}`);
    const check = createIdCheck();
    check.admit(received);
    expect(check.duplicateIds).toEqual([]);
    expect(received.map((record) => record.id)).toEqual(idsUpTo(pinnedMs));
    expect(outcome.received).toBe(received.length);
  }, 60_000);
});
