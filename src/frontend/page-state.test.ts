import type { SourcePage } from './search-source';
import { initialPageState, pageReducer, type PageAction, type PageState } from './page-state';

const search = { to: '2026-03-29T12:00:00.000+02:00', limit: 50 };
const page = (id: number, hasMore = true, nextCursor?: string): SourcePage => ({
  ok: true,
  source: nextCursor === undefined ? 'live' : 'archive',
  records: [
    {
      id,
      summary: 's',
      created: '2026-03-29T10:00:00.000+0000',
      category: 'c',
      eventSource: '',
      changedValues: [],
      associatedItems: [],
    },
  ],
  hasMore,
  ...(nextCursor === undefined ? {} : { nextCursor }),
});
const start = (requestId: number, pageIndex = 0, searched = search): PageAction => ({
  type: 'request-started',
  requestId,
  requestedAt: 1,
  search: searched,
  pageIndex,
});
const run = (...actions: PageAction[]): PageState => actions.reduce(pageReducer, initialPageState);

describe('page state', () => {
  it('keeps the shown page while the next one loads', () => {
    const state = run(start(1), { type: 'page-loaded', requestId: 1, page: page(1) }, start(2, 1));
    expect(state).toMatchObject({ loading: true, pageIndex: 1, offset: 50, page: page(1) });
  });

  it('drops an answer to a request that a newer one replaced', () => {
    const state = run(start(1), start(2), { type: 'page-loaded', requestId: 1, page: page(1) });
    expect(state.loading).toBe(true);
    expect(state.page).toBeUndefined();
    const failed = run(start(1), start(2), {
      type: 'request-failed',
      requestId: 1,
      error: { code: 'JIRA_ERROR', message: 'm', retryable: true },
    });
    expect(failed.error).toBeUndefined();
  });

  it('replaces the page with the error of a failed request, and clears it on the next start', () => {
    const error = { code: 'FORBIDDEN' as const, message: 'no', retryable: false };
    const failed = run(start(1), { type: 'page-loaded', requestId: 1, page: page(1) }, start(2), {
      type: 'request-failed',
      requestId: 2,
      error,
    });
    expect(failed).toMatchObject({ loading: false, error, page: undefined });
    expect(pageReducer(failed, start(3)).error).toBeUndefined();
  });

  it('forgets why the last Apply was refused once the draft changes or a search starts', () => {
    const refused = run({ type: 'search-rejected', problems: ['to-before-from'] });
    expect(refused.problems).toEqual(['to-before-from']);
    expect(pageReducer(refused, { type: 'draft-changed', draft: { text: 'x' } }).problems).toEqual(
      [],
    );
    expect(pageReducer(refused, start(1)).problems).toEqual([]);
  });

  it('opens and closes the details of one record', () => {
    const record = page(7).records[0]!;
    const opened = run({ type: 'details-opened', record });
    expect(opened.selected).toBe(record);
    expect(pageReducer(opened, { type: 'details-closed' }).selected).toBeUndefined();
  });

  it('stops loading without an error when the resolver needs consent: Forge shows its prompt instead', () => {
    const state = run(start(1), { type: 'consent-required', requestId: 1 });
    expect(state).toMatchObject({ loading: false, error: undefined });
    expect(run(start(1), start(2), { type: 'consent-required', requestId: 1 }).loading).toBe(true);
  });

  it('keeps the cursor of every page a keyset source told of, for Previous and Next', () => {
    const loaded = (requestId: number, id: number, cursor?: string): PageAction => ({
      type: 'page-loaded',
      requestId,
      page: page(id, cursor !== undefined, cursor),
    });
    const third = run(start(1), loaded(1, 1, 'c1'), start(2, 1), loaded(2, 2, 'c2'), start(3, 2));
    expect(third.cursors).toEqual([undefined, 'c1', 'c2']);
    // Back to the first page and forward again: the cursors stay; a late answer of page 3 adds nothing.
    const back = run(start(1), loaded(1, 1, 'c1'), start(2, 1), loaded(2, 2, 'c2'), start(3, 0));
    expect(back.cursors).toEqual([undefined, 'c1', 'c2']);
    expect(pageReducer(third, start(4, 1)).cursors).toEqual([undefined, 'c1', 'c2']);
    expect(pageReducer(third, loaded(2, 9, 'late')).cursors).toEqual([undefined, 'c1', 'c2']);
  });

  it('forgets the cursors of another search, even one that starts on the same page index', () => {
    const other = { ...search, filter: 'x' };
    const state = run(start(1), { type: 'page-loaded', requestId: 1, page: page(1, true, 'c1') });
    expect(state.cursors).toEqual([undefined, 'c1']);
    expect(pageReducer(state, start(2, 1, other)).cursors).toEqual([]);
  });
});
