/** searchAudit's `order` (an addition): oldest first walks the same matches the other way, its cursor bound to it. */
import { useArchiveHost } from '../archive/testing/archive-host';
import type { SearchAuditSuccess } from '../contract';
import { rawRecord, type RawAuditRecord } from '../testing/mock-jira';

const at = (minute: number) => `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000+0000`;
// Hand-written: ids 1..8, two pairs created in the same millisecond (the id breaks the tie), "scheme" in 2, 3, 5, 8.
const LOG: RawAuditRecord[] = [
  [1, 1, 'Group created'],
  [2, 2, 'Permission scheme updated'],
  [3, 2, 'Permission scheme copied'],
  [4, 3, 'Project created'],
  [5, 4, 'Scheme deleted'],
  [6, 5, 'Project updated'],
  [7, 5, 'Project archived'],
  [8, 6, 'Scheme created'],
].map(([id, minute, summary]) =>
  rawRecord({ id: id as number, created: at(minute as number), summary: summary as string }),
);

const host = useArchiveHost(() => ({ records: LOG }));

const walk = async (payload: object): Promise<number[][]> => {
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const answer = await host.searchAudit({ ...payload, limit: 3, cursor });
    if (!answer.ok) throw new Error(answer.error.message);
    pages.push(answer.records.map((record) => record.id));
    cursor = answer.nextCursor;
  } while (cursor !== undefined);
  return pages;
};

beforeEach(async () => {
  await host.syncUntilDone();
});

describe('searchAudit order', () => {
  it.each<[string, object, number[][], number[][]]>([
    [
      'everything',
      {},
      [
        [8, 7, 6],
        [5, 4, 3],
        [2, 1],
      ],
      [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8],
      ],
    ],
    [
      'a range',
      { from: at(2).replace('+0000', 'Z'), to: at(5).replace('+0000', 'Z') },
      [
        [7, 6, 5],
        [4, 3, 2],
      ],
      [
        [2, 3, 4],
        [5, 6, 7],
      ],
    ],
    ['text (the scan of the record rows)', { text: 'scheme' }, [[8, 5, 3], [2]], [[2, 3, 5], [8]]],
  ])(
    '%s: newest first by default, oldest first with order "asc"',
    async (_, payload, desc, asc) => {
      expect(await walk(payload)).toEqual(desc);
      expect(await walk({ ...payload, order: 'desc' })).toEqual(desc);
      expect(await walk({ ...payload, order: 'asc' })).toEqual(asc);
    },
  );

  it('a term matching more than one scan holds pages the same way, both orders', async () => {
    host.restart({ settings: { matchRows: 2 } });
    expect(await walk({ text: 'scheme', order: 'asc' })).toEqual([[2, 3, 5], [8]]);
    expect(await walk({ text: 'scheme' })).toEqual([[8, 5, 3], [2]]);
  });

  it('counts and facets do not depend on the order', async () => {
    const [desc, asc] = (await Promise.all([
      host.searchAudit({ text: 'scheme', limit: 1 }),
      host.searchAudit({ text: 'scheme', limit: 1, order: 'asc' }),
    ])) as SearchAuditSuccess[];
    expect(asc!.total).toBe(4);
    expect({ ...asc, records: [], nextCursor: undefined }).toEqual({
      ...desc,
      records: [],
      nextCursor: undefined,
    });
  });

  it.each([
    ['a newest-first cursor sent oldest first', 'desc', 'asc'],
    ['an oldest-first cursor sent newest first', 'asc', 'desc'],
  ])('refuses %s as another search', async (_, first, then) => {
    const answer = await host.searchAudit({ limit: 2, order: first });
    const cursor = answer.ok ? answer.nextCursor : undefined;
    expect(cursor).toEqual(expect.any(String));
    expect(await host.searchAudit({ limit: 2, order: then, cursor })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('order'), retryable: false },
    });
  });

  it('refuses an order it does not know', async () => {
    const answer = await host.searchAudit({ order: 'oldest' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(!answer.ok && answer.error.message).toContain('"order" must be "desc" or "asc".');
  });
});
