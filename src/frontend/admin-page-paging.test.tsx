import { formatJiraDate } from '../testing/mock-jira';
import { idsOf, millis, recentLog, recordsUpTo } from './testing/page-fixtures';
import { pagePerTest } from './testing/page-per-test';

const opened = pagePerTest(() => recentLog(120));

const lastSearch = () => opened.page.searches().at(-1) ?? {};

const step = async (testId: 'next-page' | 'prev-page') => {
  await opened.page.click(testId);
  await opened.page.settle();
  return opened.page.rowKeys('audit-table');
};

/**
 * Records Jira logs while the admin pages, dated when they are written (never before the pinned bound, which they
 * would share only within the same millisecond): only the pinned `to` keeps them out of the pages being walked.
 */
const writeNewRecords = (count: number, pinned: string) => {
  for (let index = 0; index < count; index += 1) {
    opened.backend.jira.addRecord({
      created: formatJiraDate(Math.max(Date.now(), millis(pinned) + 1)),
      summary: 'User created',
    });
  }
};

describe('paging through a search', () => {
  it('walks every record once, in order, while new records arrive between pages', async () => {
    const opening = lastSearch();
    const pinned = String(opening.to);
    const expected = idsOf(recordsUpTo(opened.backend.jira.allRecords(), pinned));
    const first = opened.page.rowKeys('audit-table');

    writeNewRecords(3, pinned);
    const second = await step('next-page');
    expect(opened.page.text('shown-range')).toBe('Records 51–100');
    writeNewRecords(2, pinned);
    const third = await step('next-page');
    expect(opened.page.text('shown-range')).toBe('Records 101–120');

    expect([...first, ...second, ...third]).toEqual(expected);
    expect(opened.page.find('next-page').props.isDisabled).toBe(true); // hasMore is false on the last page
    expect(opened.page.searches().map(({ offset }) => offset)).toEqual([0, 50, 100]);
    for (const search of opened.page.searches()) {
      expect(search).toEqual({ ...opening, offset: search.offset });
    }
    expect(new Set(opened.backend.auditQueries().map((query) => query.get('to')))).toEqual(
      new Set([pinned]),
    );
  });

  it('goes back to exactly the page seen before', async () => {
    const first = opened.page.rowKeys('audit-table');
    const second = await step('next-page');
    writeNewRecords(4, String(lastSearch().to));
    expect(await step('prev-page')).toEqual(first);
    expect(await step('next-page')).toEqual(second);
    expect(opened.page.searches().map(({ offset }) => offset)).toEqual([0, 50, 0, 50]);
    expect(opened.page.find('prev-page').props.isDisabled).toBe(false);
  });

  it('keeps the shown page visible in a loading table while the next one loads', async () => {
    const first = opened.page.rowKeys('audit-table');
    // Long enough that a busy CI machine still sees the loading state before the answer.
    opened.backend.jira.setFault({ kind: 'slow', delayMs: 2_000, times: 1 });
    await opened.page.click('next-page');
    expect(opened.page.find('audit-table').props.isLoading).toBe(true);
    expect(opened.page.rowKeys('audit-table')).toEqual(first);
    expect(opened.page.find('next-page').props.isDisabled).toBe(true); // no second jump while loading
    await opened.page.settle();
    expect(opened.page.rowKeys('audit-table')).not.toEqual(first);
  });

  it('changes the page size as a new search from the first record with the same pinned bounds', async () => {
    const opening = lastSearch();
    await step('next-page');
    writeNewRecords(2, String(opening.to));
    await opened.page.selectOption('page-size', 25);
    await opened.page.settle();

    expect(lastSearch()).toEqual({ ...opening, limit: 25, offset: 0 });
    expect(opened.page.rowKeys('audit-table')).toHaveLength(25);
    expect(opened.page.text('shown-range')).toBe('Records 1–25');
    expect(await step('next-page')).toHaveLength(25);
    expect(lastSearch()).toEqual({ ...opening, limit: 25, offset: 25 });

    await opened.page.selectOption('page-size', 100);
    await opened.page.settle();
    expect(opened.page.text('shown-range')).toBe('Records 1–100');
    expect(opened.page.find('next-page').props.isDisabled).toBe(false);
  });

  it('keeps the search text and range when paging', async () => {
    await opened.page.type('filter-text', 'user');
    await opened.page.pickDate('from-date', '2026-01-01');
    await opened.page.click('apply-filters');
    await opened.page.settle();
    const search = lastSearch();
    expect(search).toMatchObject({
      filter: 'user',
      from: '2026-01-01T00:00:00.000+01:00',
      offset: 0,
    });
    if (opened.page.find('next-page').props.isDisabled === true)
      throw new Error('fixture needs more than one page');
    await step('next-page');
    expect(lastSearch()).toEqual({ ...search, offset: 50 });
  });
});
