/** The investigator's page on the live log: click to filter, names, dense rows, the fixed defects. */
import { recentLog } from './testing/page-fixtures';
import { accessibleName, findAll, wrappedContent } from '../testing/forge-host/forge-doc';
import { renderAdminPage, type AdminPage } from './testing/render-admin-page';
import { startResolverBackend, type ResolverBackend } from './testing/resolver-backend';
import { rawRecord, type RawAuditRecord } from '../testing/mock-jira';

let backend: ResolverBackend;
let page: AdminPage;

const open = async (timezone = 'Europe/Berlin') => {
  page = await renderAdminPage({ invoke: backend.invoke, timezone });
  await page.settle();
};
const lastSearch = () => page.searches().at(-1) ?? {};
const shownRecords = (): RawAuditRecord[] =>
  page
    .rowKeys('audit-table')
    .map((id) => backend.jira.allRecords().find((record) => String(record.id) === id)!);
// Jira's filter fields (jira-audit-api.md), read from the fixture record itself.
const jiraFields = (record: RawAuditRecord) =>
  [
    record.summary,
    record.category,
    record.eventSource,
    record.objectItem?.name,
    record.objectItem?.typeName,
    record.objectItem?.parentName,
    record.remoteAddress,
    ...(record.changedValues ?? []).flatMap((change) => [change.changedFrom, change.changedTo]),
  ]
    .join('\n')
    .toLowerCase();

beforeEach(() => {
  backend = startResolverBackend(recentLog(180));
});

afterEach(async () => {
  await page?.settle();
  backend.close();
});

describe('click to filter (live log: by Jira text)', () => {
  it('a category in the table narrows the search to it', async () => {
    await open();
    const record = shownRecords().find((candidate) => !candidate.category.includes(' '))!;
    await page.click(`filter-category-${record.id}`);
    await page.settle();
    expect(lastSearch()).toMatchObject({ filter: record.category, offset: 0 });
    expect(shownRecords().length).toBeGreaterThan(0);
    for (const shown of shownRecords()) expect(jiraFields(shown)).toContain(record.category);
  });

  it('an address adds to the text already applied, and the details offer every change to the object', async () => {
    await open();
    const record = shownRecords().find(
      (candidate) => candidate.remoteAddress && candidate.objectItem,
    )!;
    await page.click(`filter-ip-${record.id}`);
    await page.settle();
    expect(lastSearch().filter).toBe(record.remoteAddress);
    expect(page.rowKeys('audit-table')).toContain(String(record.id));

    await page.click(`record-details-${record.id}`);
    await page.click('object-history');
    await page.settle();
    expect(page.has('record-details')).toBe(false);
    expect(lastSearch().filter).toBe(`${record.remoteAddress} ${record.objectItem!.name}`);
    for (const shown of shownRecords()) {
      for (const term of String(lastSearch().filter).toLowerCase().split(' '))
        expect(jiraFields(shown)).toContain(term);
    }
  });

  it('authors are shown as people but are no filter on the live log (Jira does not search authors)', async () => {
    await open();
    const record = shownRecords().find((candidate) => candidate.authorAccountId)!;
    const author = page.find(`filter-author-${record.id}`);
    expect(author.props.isDisabled).toBe(true);
    expect(findAll(author, (node) => node.type === 'User')[0]?.props.accountId).toBe(
      record.authorAccountId,
    );
  });
});

describe('names instead of ids', () => {
  it('a USER object named by an account id is a person; a ug: id is shortened with the whole id on hover', async () => {
    const person = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077';
    const group = 'ug:576faf15-2d4c-4b1e-9a3f-1c2d3e4f5a6b';
    backend.close();
    backend = startResolverBackend({
      records: [
        rawRecord({
          id: 2,
          summary: 'User added to group',
          objectItem: { name: person, typeName: 'USER' },
        }),
        rawRecord({
          id: 1,
          summary: 'User removed',
          objectItem: { name: group, typeName: 'USER' },
        }),
      ],
    });
    await open();
    const [first, second] = page.rows('audit-table');
    expect(first?.[4]).toBe(`[User ${person}]`);
    expect(second?.[4]).toBe(`[tooltip: ${group}]ug:576faf15…`);
  });
});

describe('dense rows and the defects of the walk-through', () => {
  it('names each Details button for its record, and has no level-1 heading of its own', async () => {
    await open('UTC');
    const [record] = shownRecords();
    const time = page.rows('audit-table')[0]![0]!.replace(/^\[tooltip: [^\]]*\]/, '');
    expect(accessibleName(page.find(`record-details-${record!.id}`))).toBe(
      `Details of ‘${record!.summary}’, ${time}`,
    );
    expect(
      findAll(page.root(), (node) => node.type === 'Heading' && node.props.as === 'h1'),
    ).toEqual([]);
  });

  it('sorts by time both ways: the When column is sortable and each cell sorts by its instant', async () => {
    await open('UTC');
    const table = page.find('audit-table');
    const heads = wrappedContent(table, 'head');
    expect(heads.find((cell) => cell.props.cellKey === 'when')?.props.isSortable).toBe(true);
    expect(table.props).toMatchObject({ sortKey: 'when', sortOrder: 'DESC' });
    const rows = findAll(table, (node) => node.type === 'Row');
    const instants = shownRecords().map((record) =>
      Date.parse(record.created.replace(/(\d\d)(\d\d)$/, '$1:$2')),
    );
    expect(rows.map((row) => row.children[0]!.props.cellKey)).toEqual(instants);
  });

  it('in the details, each control says what it narrows to', async () => {
    await open('UTC');
    const [record] = shownRecords();
    await page.click(`record-details-${record!.id}`);
    expect(accessibleName(page.find('details-category'))).toBe(
      `Show only the category ${record!.category}`,
    );
  });

  it('the To picker offers no day before From, and the pickers keep the calendar behind a button', async () => {
    await open();
    await page.pickDate('from-date', '2026-11-10');
    expect(page.find('to-date').props.minDate).toBe('2026-11-10');
    for (const id of ['from-date', 'to-date']) {
      expect(page.find(id).props).toMatchObject({
        shouldShowCalendarButton: true,
        dateFormat: 'MMM D, YYYY',
      });
    }
  });

  it('paging puts focus on the controls above the table once the page is shown; a new search does not', async () => {
    await open();
    expect(page.has('next-page-top')).toBe(true);
    await page.click('next-page');
    await page.settle();
    expect(page.text('shown-range-top')).toBe('Records 51–100');
    expect(page.find('next-page-top').props.autoFocus).toBe(true);
    expect(page.find('next-page').props.autoFocus).toBe(false);
    await page.click('prev-page-top');
    await page.settle();
    expect(page.text('shown-range')).toBe('Records 1–50');
    expect(page.find('prev-page-top').props.autoFocus).toBe(true);
    await page.click('apply-filters');
    await page.settle();
    expect(page.find('prev-page-top').props.autoFocus).toBe(false);
    expect(page.find('next-page-top').props.autoFocus).toBe(false);
  });

  it('an empty log without any filter says audit logging may be off and where to turn it on', async () => {
    backend.close();
    backend = startResolverBackend({ records: [] });
    await open();
    expect(page.text('empty-result')).toContain('No audit records yet');
    expect(page.text('empty-result')).toContain('Jira settings → System → Audit log');
  });

  it('the busy-day list holds the busiest days, most records first, and "projects" keeps its colour', async () => {
    await open('UTC');
    await page.click('activity-show');
    await page.settle();
    const perDay = new Map<string, number>();
    for (const record of backend.jira.allRecords()) {
      const day = new Date(Date.parse(record.created.replace(/(\d\d)(\d\d)$/, '$1:$2')))
        .toISOString()
        .slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const busiest = [...perDay].sort(([a, x], [b, y]) => y - x || b.localeCompare(a)).slice(0, 10);
    const options = page.find('activity-day').props.options as { value: string }[];
    expect(options.map((option) => option.value)).toEqual(busiest.map(([day]) => day));

    const colourOf = (category: string) => {
      const chart = findAll(page.root(), (node) => node.type === 'StackBarChart')[0]!;
      const palette = chart.props.colorPalette as { key: string; value: string }[];
      return palette.find((entry) => entry.key === category)?.value;
    };
    const projects = colourOf('projects');
    expect(projects).toMatch(/^#/);
    await page.type('filter-text', 'project');
    await page.click('apply-filters');
    await page.settle();
    expect(colourOf('projects')).toBe(projects);
  });
});
