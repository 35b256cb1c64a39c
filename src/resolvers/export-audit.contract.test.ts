/**
 * exportAudit through `handler` as Forge calls it, over an archive the real syncArchive filled: pages by cursor under
 * a concurrent sync, cut by bytes, the Jira answer when the archive does not hold the range, and its refusals.
 */
import { NeedsAuthenticationError } from '@forge/api';
import { exportAuditResultSchema, type ExportAuditResult } from '../contract';
import { ADMIN, useArchiveHost } from '../archive/testing/archive-host';
import { encodeCursor } from '../domain/search-cursor';
import { captureOutput } from '../faults/testing/capture-output';
import { createFakeClock, type FakeClock } from '../jira/testing/fake-clock';
import { formatJiraDate, mockUser, rawRecord, type RawAuditRecord } from '../testing/mock-jira';

const T0 = Date.UTC(2026, 10, 24, 12);
const NOW = T0 + 10 * 60_000;
const ann = mockUser(1, { displayName: 'Ann' });
// 1,200 records, three to each minute (ties on created, told apart by id), newest first as Jira and the export list them.
const LOG: RawAuditRecord[] = Array.from({ length: 1_200 }, (_, index) =>
  rawRecord({
    id: 50_000 - index,
    created: formatJiraDate(T0 - Math.floor(index / 3) * 60_000),
    summary: index % 4 === 0 ? 'Group created' : 'Project updated',
    category: index % 2 === 0 ? 'group management' : 'projects',
    ...(index % 5 === 0 ? { authorAccountId: ann.accountId } : {}),
  }),
);
const idsOf = (records: readonly RawAuditRecord[]) => records.map((record) => record.id);
const minute = (index: number) => new Date(T0 - index * 60_000).toISOString();

let clock: FakeClock;
const host = useArchiveHost(() => ({ records: LOG, users: [ann], admins: [ADMIN] }));

const page = (answer: ExportAuditResult) => {
  expect(exportAuditResultSchema.safeParse(answer).success).toBe(true);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  if (answer.source !== 'archive') throw new Error('answered from Jira');
  return answer;
};

/** Follows nextCursor to the end; `between` runs after each page. */
const walk = async (
  payload: Record<string, unknown>,
  between: () => Promise<void> = async () => {},
) => {
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const answer = page(await host.exportAudit({ ...payload, cursor }));
    pages.push(answer.records.map((record) => record.id));
    cursor = answer.nextCursor;
    await between();
  } while (cursor !== undefined && pages.length < 100);
  return pages;
};

beforeEach(() => {
  clock = createFakeClock(NOW);
  host.restart({ clock });
});

describe('exportAudit from a full archive', () => {
  beforeEach(async () => {
    await host.syncUntilDone();
    host.jira.clearRequests();
  });

  it('walks every record once, newest first, while the sync archives new records between pages', async () => {
    let added = 0;
    const pages = await walk({ limit: 250 }, async () => {
      for (let index = 0; index < 3; index += 1)
        host.jira.addRecord({ id: 90_000 + (added += 1), created: formatJiraDate(clock.now()) });
      clock.advance(120_000);
      await host.sync();
    });
    expect(pages.map((ids) => ids.length)).toEqual([250, 250, 250, 250, 200]);
    expect(pages.flat()).toEqual(idsOf(LOG));
    // The sync did archive the new records: they are simply newer than the export's pin.
    expect(await host.archivedIds()).toHaveLength(LOG.length + added);
  });

  it('a range the archive holds asks Jira for the proof alone; authors as getAuditPage gives them', async () => {
    const answer = page(await host.exportAudit({ from: minute(399), limit: 5 }));
    expect(answer.records[0]).toMatchObject({
      id: 50_000,
      author: { accountId: ann.accountId, displayName: 'Ann' },
    });
    expect(answer.records[1]).not.toHaveProperty('author');
    expect(host.jira.requests.map((request) => request.url.searchParams.get('limit'))).toEqual([
      '1',
    ]);
  });

  it('an open start asks Jira once more: whether it holds records older than the archive', async () => {
    page(await host.exportAudit({ limit: 5 }));
    const probes = host.jira.requests.filter((request) => request.url.searchParams.has('to'));
    expect(probes.map((request) => request.url.searchParams.get('limit'))).toEqual(['1']);
    expect(host.jira.requests).toHaveLength(2);
  });

  it('keeps to the range and the text, ties at the edges included', async () => {
    // Minutes 10..20 hold records 30..62; "Group created" is every fourth record.
    const expected = idsOf(LOG.slice(30, 63).filter((_, offset) => (30 + offset) % 4 === 0));
    const pages = await walk({ from: minute(20), to: minute(10), text: 'GROUP created', limit: 3 });
    expect(pages.flat()).toEqual(expected);
    expect(pages.slice(0, -1).every((ids) => ids.length === 3)).toBe(true);
  });

  it('cuts a page early by bytes, reading the archive in chunks, and still walks every record once', async () => {
    host.restart({ clock, settings: { exportPageBytes: 4_000, exportChunkRows: 7 } });
    const sizes: number[] = [];
    let cursor: string | undefined;
    const ids: number[] = [];
    do {
      const answer = page(await host.exportAudit({ cursor }));
      sizes.push(Buffer.byteLength(JSON.stringify(answer.records)));
      ids.push(...answer.records.map((record) => record.id));
      cursor = answer.nextCursor;
    } while (cursor !== undefined);
    expect(ids).toEqual(idsOf(LOG));
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4_000);
  });

  it('the last page has no cursor; an empty range is one empty page', async () => {
    expect(page(await host.exportAudit({ limit: 1_200 }))).not.toHaveProperty('nextCursor');
    expect(page(await host.exportAudit({ from: minute(-1), to: minute(-5) }))).toEqual({
      ok: true,
      source: 'archive',
      records: [],
    });
  });

  it('gives a caller Jira refuses FORBIDDEN, before any query', async () => {
    const before = host.sql.queries.length;
    const answer = await host.exportAudit({}, '5b10ac8d82e05b22cc7d9999');
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(host.sql.queries.length).toBe(before);
  });

  it('rethrows missing consent so Forge can ask for it', async () => {
    host.jira.setFault({ kind: 'needs-auth', times: 1 });
    await expect(host.exportAudit({})).rejects.toBeInstanceOf(NeedsAuthenticationError);
  });

  it('maps any one failing SQL request to JIRA_ERROR, and logs nothing of the records or the SQL', async () => {
    const first = page(await host.exportAudit({ limit: 10 }));
    const payloads = [{ limit: 10 }, { limit: 10, cursor: first.nextCursor }];
    const output = await captureOutput(async () => {
      for (const payload of payloads) {
        host.restart({ clock });
        const before = host.sql.queries.length;
        page(await host.exportAudit(payload));
        const statements = host.sql.queries.length - before;
        expect(statements).toBeGreaterThan(3);
        for (let nth = 1; nth <= statements; nth += 1)
          for (const phase of ['before', 'after'] as const) {
            host.restart({ clock });
            host.sql.setFault({ nth, phase });
            const answer = await host.exportAudit(payload);
            expect({ nth, phase, answer }).toMatchObject({
              nth,
              phase,
              answer: { ok: false, error: { code: 'JIRA_ERROR' } },
            });
          }
      }
    });
    host.sql.setFault(undefined);
    expect(output).not.toMatch(/SELECT|archive_record|Group created|Project updated|Ann/);
  });
});

describe('exportAudit when the archive does not hold the range', () => {
  it('an empty archive: read it from Jira', async () => {
    expect(await host.exportAudit({})).toEqual({ ok: true, source: 'jira' });
  });

  it('a backfill that has not reached `from`: from Jira; a range it reached: from the archive', async () => {
    host.restart({ clock, settings: { pageSize: 100, syncMaxRequests: 8 } });
    await host.sync();
    // The first call archives the newest records, LOG's first `held`; the oldest of them is at minute ⌊(held-1)/3⌋.
    const held = (await host.query<{ n: number }>('SELECT COUNT(*) AS n FROM archive_record'))[0]!
      .n;
    expect(held).toBeLessThan(LOG.length);
    const oldestMinute = Math.floor((held - 1) / 3);
    expect(await host.exportAudit({ from: minute(oldestMinute + 1) })).toEqual({
      ok: true,
      source: 'jira',
    });
    // Its own minute may hold records not read yet: also from Jira.
    expect(await host.exportAudit({ from: minute(oldestMinute) })).toEqual({
      ok: true,
      source: 'jira',
    });
    const reached = await walk({ from: minute(oldestMinute - 1) });
    expect(reached.flat()).toEqual(idsOf(LOG.slice(0, oldestMinute * 3)));
  });

  it('a mark more than a minute behind that two requests cannot catch up: from Jira', async () => {
    host.restart({ clock, settings: { pageSize: 5 } });
    await host.syncUntilDone();
    for (let index = 0; index < 11; index += 1)
      host.jira.addRecord({ created: formatJiraDate(NOW + 1_000 + index) });
    clock.advance(120_000);
    expect(await host.exportAudit({})).toEqual({ ok: true, source: 'jira' });
  });
});

const CURSOR = encodeCursor({ pin: 2_000, created: 1_000, id: 7, search: '0123456789abcdef' });

describe('exportAudit refuses what the contract refuses, before any query', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'hello', 'request'],
    ['from without offset', { from: '2026-11-01T00:00:00' }, '"from"'],
    ['from after to', { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, '"from"'],
    ['text too long', { text: 'x'.repeat(201) }, '"text"'],
    ['21 authors', { authors: Array.from({ length: 21 }, (_, index) => `a${index}`) }, '"authors"'],
    ['object without id or name', { object: { typeName: 'GROUP' } }, '"object"'],
    ['ip not an address', { ip: 'localhost' }, '"ip"'],
    ['limit 0', { limit: 0 }, '"limit"'],
    ['limit 5,001', { limit: 5_001 }, '"limit"'],
    ['limit a fraction', { limit: 2.5 }, '"limit"'],
    ['cursor not ours', { cursor: 'abc' }, '"cursor"'],
    ['cursor of another search', { cursor: CURSOR, text: 'other' }, '"cursor"'],
  ])('%s', async (_name, payload, field) => {
    const answer = await host.exportAudit(payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', retryable: false } });
    if (!answer.ok) expect(answer.error.message).toContain(field);
    expect(host.sql.queries).toEqual([]);
    expect(host.jira.requests).toEqual([]);
  });
});
