/** listSavedSearches, saveSearch and deleteSavedSearch on MariaDB: per admin, shared with every admin, limits. */
import { ADMIN, useArchiveHost } from '../archive/testing/archive-host';
import { SAVED_SEARCHES_PER_ADMIN, type ResolverError, type SavedSearch } from '../contract';
import { rawRecords } from '../testing/mock-jira';

const OTHER = '5b10ac8d82e05b22cc7d4ef5';
const OUTSIDER = '5b10ac8d82e05b22cc7d9999';
const host = useArchiveHost(() => ({ records: rawRecords(5), admins: [ADMIN, OTHER] }));

// Every field of every answer, so a test reads what it expects (a missing one fails its expectation).
interface Answer {
  readonly ok: boolean;
  readonly saved: SavedSearch;
  readonly searches: SavedSearch[];
  readonly deleted: boolean;
  readonly error: ResolverError;
}
const as =
  (accountId: string) =>
  async (key: string, payload: unknown = {}): Promise<Answer> =>
    (await host.invokeAs(accountId)(key, payload)) as Answer;
const admin = as(ADMIN);
const other = as(OTHER);

const WEEK = { from: '2026-11-02T00:00:00.000Z', to: '2026-11-08T23:59:59.999Z' };
const byAnn = { authors: ['ann'], ...WEEK };
const names = (answer: { searches: { name: string }[] }) => answer.searches.map((s) => s.name);

describe('saved searches', () => {
  it('saves a search under a name and lists it to its owner only, as saved', async () => {
    const saved = await admin('saveSearch', { name: '  Ann’s week ', search: byAnn });
    expect(saved).toEqual({
      ok: true,
      saved: {
        id: expect.stringMatching(/^\d+$/),
        name: 'Ann’s week',
        owner: ADMIN,
        mine: true,
        shared: false,
        savedAt: expect.stringMatching(/Z$/),
        search: byAnn,
      },
    });
    expect(await admin('listSavedSearches')).toEqual({ ok: true, searches: [saved.saved] });
    expect(await other('listSavedSearches')).toEqual({ ok: true, searches: [] });
  });

  it('keeps only the searchAudit fields, trimmed, without page size or cursor; a moving range as range', async () => {
    const saved = await admin('saveSearch', {
      name: 'Recent',
      search: { text: '  scheme ', categories: ['permissions'], limit: 25, cursor: 'x', extra: 1 },
      range: 'last-7-days',
    });
    expect(saved.saved.search).toEqual({ text: 'scheme', categories: ['permissions'] });
    expect(saved.saved.range).toBe('last-7-days');
  });

  it('lists a shared search to every admin with its owner; only the owner may delete it', async () => {
    const shared = await admin('saveSearch', { name: 'Scheme changes', shared: true, search: {} });
    await admin('saveSearch', { name: 'Private', search: {} });
    await other('saveSearch', { name: 'Mine', search: {} });
    const seen = await other('listSavedSearches');
    expect(names(seen)).toEqual(['Mine', 'Scheme changes']);
    expect(seen.searches[1]).toMatchObject({ owner: ADMIN, mine: false, shared: true });

    const refused = await other('deleteSavedSearch', { id: shared.saved.id });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringContaining('Scheme changes'),
        retryable: false,
      },
    });
    expect(names(await admin('listSavedSearches'))).toEqual(['Private', 'Scheme changes']);
    expect(await admin('deleteSavedSearch', { id: shared.saved.id })).toEqual({
      ok: true,
      deleted: true,
    });
    expect(names(await other('listSavedSearches'))).toEqual(['Mine']);
    expect(await admin('deleteSavedSearch', { id: shared.saved.id })).toEqual({
      ok: true,
      deleted: false,
    });
  });

  it('replaces the owner’s search of the same name (another admin may use the name too)', async () => {
    const first = await admin('saveSearch', { name: 'Week', search: byAnn });
    const again = await admin('saveSearch', {
      name: 'Week',
      shared: true,
      search: { ip: '10.0.0.0/8' },
    });
    expect(again.saved).toMatchObject({
      id: first.saved.id,
      shared: true,
      search: { ip: '10.0.0.0/8' },
    });
    expect((await other('saveSearch', { name: 'Week', search: {} })).ok).toBe(true);
    expect(names(await admin('listSavedSearches'))).toEqual(['Week']);
  });

  it.each([
    ['no name', { search: {} }, '"name"'],
    ['a blank name', { name: '   ', search: {} }, '"name"'],
    ['a name too long', { name: 'x'.repeat(81), search: {} }, '80'],
    ['a line break in the name', { name: 'a\nb', search: {} }, 'control characters'],
    ['no search', { name: 'a' }, '"search"'],
    [
      'a search with dates the wrong way round',
      { name: 'a', search: { from: WEEK.to, to: WEEK.from } },
      'In "search"',
    ],
    ['a search with a bad address', { name: 'a', search: { ip: '10.0.0.300' } }, '"ip"'],
    [
      'a search with 21 authors',
      { name: 'a', search: { authors: Array(21).fill('x') } },
      '"authors"',
    ],
    [
      'a range and dates',
      { name: 'a', search: { from: WEEK.from }, range: 'last-7-days' },
      '"range"',
    ],
    ['an unknown range', { name: 'a', search: {}, range: 'last-year' }, '"range"'],
    ['shared as text', { name: 'a', search: {}, shared: 'yes' }, '"shared"'],
  ])('answers BAD_REQUEST for %s, storing nothing', async (_, payload, mentions) => {
    await host.archive.schema.ready();
    const answer = await admin('saveSearch', payload);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining(mentions), retryable: false },
    });
    expect(await host.query('SELECT id FROM saved_search')).toEqual([]);
  });

  it.each([[{}], [{ id: 'abc' }], [{ id: '0' }], [{ id: 12 }]])(
    'answers BAD_REQUEST to a delete of %j',
    async (payload) => {
      expect((await admin('deleteSavedSearch', payload)).error.code).toBe('BAD_REQUEST');
    },
  );

  it(`keeps at most ${SAVED_SEARCHES_PER_ADMIN} per admin, but still replaces one of them`, async () => {
    for (let index = 0; index < SAVED_SEARCHES_PER_ADMIN; index += 1)
      expect((await admin('saveSearch', { name: `s${index}`, search: {} })).ok).toBe(true);
    const refused = await admin('saveSearch', { name: 'one more', search: {} });
    expect(refused.error).toMatchObject({ code: 'BAD_REQUEST', retryable: false });
    expect((await admin('saveSearch', { name: 's3', search: { text: 'x' } })).ok).toBe(true);
    expect((await other('saveSearch', { name: 'one more', search: {} })).ok).toBe(true);
  });

  it('leaves out a stored search that no longer reads instead of failing the list', async () => {
    await admin('saveSearch', { name: 'Good', search: {} });
    await admin('saveSearch', { name: 'Broken', search: {} });
    await host.query("UPDATE saved_search SET search = '{not json' WHERE name = 'Broken'");
    expect(names(await admin('listSavedSearches'))).toEqual(['Good']);
  });

  it('answers a caller Jira refuses FORBIDDEN without reading or writing searches', async () => {
    await admin('saveSearch', { name: 'Shared', shared: true, search: {} });
    const outsider = as(OUTSIDER);
    for (const [key, payload] of [
      ['listSavedSearches', {}],
      ['saveSearch', { name: 'x', search: {} }],
      ['deleteSavedSearch', { id: '1' }],
    ] as const)
      expect((await outsider(key, payload)).error).toMatchObject({
        code: 'FORBIDDEN',
        message: expect.stringContaining('Administer Jira'),
      });
    expect(await host.query('SELECT name FROM saved_search')).toEqual([{ name: 'Shared' }]);
  });
});
