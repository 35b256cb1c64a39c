import { findAll } from '../testing/forge-host/forge-doc';
import type { MockFault } from '../testing/mock-jira';
import { renderAdminPage, type AdminPage } from './testing/render-admin-page';
import { startResolverBackend, type ResolverBackend } from './testing/resolver-backend';
import { idsOf, recentLog } from './testing/page-fixtures';

let backend: ResolverBackend;
let page: AdminPage;

const open = async (invoke = backend.invoke) => {
  page = await renderAdminPage({ invoke, timezone: 'Europe/Berlin' });
  await page.settle();
};

beforeEach(() => {
  backend = startResolverBackend(recentLog(80));
});

afterEach(async () => {
  await page.settle();
  backend.close();
});

const newest50 = () => idsOf(backend.jira.allRecords().slice(0, 50));

type ErrorCase = {
  code: string;
  fault: MockFault;
  appearance: string;
  title: string;
  advice: string;
  /** The resolver's message adds nothing to the page's advice for these: it is not shown a second time. */
  saidOnce?: boolean;
};

const expectShown = ({ appearance, title, advice, saidOnce = false }: ErrorCase) => {
  const message = page.find('search-error');
  expect(message.type).toBe('SectionMessage');
  expect(message.props.appearance).toBe(appearance);
  expect(message.props.title).toBe(title);
  const text = page.text('search-error');
  expect(text).toContain(advice);
  if (saidOnce) expect(text).not.toContain('Details:');
  else expect(text).toMatch(/Details: .*HTTP \d{3}/); // the resolver's own message
  expect(text).not.toContain('*');
  expect(page.has('audit-table')).toBe(false);
};

describe('when Jira refuses', () => {
  it.each<ErrorCase>([
    {
      code: 'FORBIDDEN',
      fault: { kind: 'status', status: 403, times: 1, path: 'audit' },
      appearance: 'error',
      title: 'You cannot read the audit log',
      advice: 'Administer Jira global permission',
      saidOnce: true,
    },
    {
      code: 'UNAUTHORIZED',
      fault: { kind: 'status', status: 401, times: 1, path: 'audit' },
      appearance: 'error',
      title: 'Jira did not accept your sign-in',
      advice: 'sign in again',
      saidOnce: true,
    },
  ])(
    '$code shows its own advice and no Retry (the same request cannot succeed); a new search can',
    async (errorCase) => {
      backend.jira.setFault(errorCase.fault);
      await open();
      expectShown(errorCase);
      expect(page.has('retry-search')).toBe(false);

      await page.click('apply-filters');
      await page.settle();
      expect(page.has('search-error')).toBe(false);
      expect(page.rowKeys('audit-table')).toEqual(newest50());
    },
  );
});

describe('when Jira fails for a while', () => {
  it.each<ErrorCase>([
    {
      code: 'RATE_LIMITED',
      // One answer more than the resolver's three retries.
      fault: { kind: 'status', status: 429, retryAfter: 1, times: 4, path: 'audit' },
      appearance: 'warning',
      title: 'Jira is limiting requests',
      advice: 'Wait a minute, then retry',
    },
    {
      code: 'JIRA_ERROR',
      fault: { kind: 'status', status: 500, times: 1, path: 'audit' },
      appearance: 'error',
      title: 'Jira could not return the audit log',
      advice: 'Retry in a moment',
    },
  ])('$code shows its own advice and the app message, and Retry recovers', async (errorCase) => {
    backend.jira.setFault(errorCase.fault);
    await open();
    expectShown(errorCase);

    await page.click('retry-search');
    await page.settle();
    expect(page.has('search-error')).toBe(false);
    expect(page.rowKeys('audit-table')).toEqual(newest50());
    const [first, retried] = page.searches();
    expect(retried).toEqual(first); // Retry repeats the same pinned request
  });

  it('FORBIDDEN says once what is missing, in one message, and offers nothing that reads the log', async () => {
    backend.jira.setFault({ kind: 'status', status: 403 });
    await open();
    const text = page.text();
    expect(text.match(/Administer Jira/g)).toHaveLength(1);
    expect(text).toContain('paid plan');
    expect(text).not.toContain('*');
    expect(findAll(page.root(), (node) => node.type === 'SectionMessage')).toHaveLength(1);
    expect(page.find('export-open').props.isDisabled).toBe(true);
    expect(page.find('activity-show').props.isDisabled).toBe(true);
  });

  it('a message that can be retried carries Retry as its own action', async () => {
    backend.jira.setFault({ kind: 'status', status: 500, times: 8, path: 'audit' });
    await open();
    const message = page.find('search-error');
    const actions = message.props.actions as { props: { testId?: string } }[];
    expect(actions.map((action) => action.props.testId)).toEqual(['retry-search']);
    expect(page.find('export-open').props.isDisabled).toBe(false); // a failure that may pass blocks nothing
  });

  it('keeps showing the error when Retry fails again', async () => {
    backend.jira.setFault({ kind: 'status', status: 503 });
    await open();
    await page.click('retry-search');
    await page.settle();
    expect(page.find('search-error').props.title).toBe('Jira could not return the audit log');
    expect(page.searches()).toHaveLength(2);
  });

  it('shows an error on the page that failed and retries that page', async () => {
    await open();
    backend.jira.setFault({ kind: 'status', status: 500, times: 1, path: 'audit' });
    await page.click('next-page');
    await page.settle();
    expect(page.has('search-error')).toBe(true);
    await page.click('retry-search');
    await page.settle();
    expect(page.text('shown-range')).toBe('Records 51–80');
    expect(page.searches().map(({ offset }) => offset)).toEqual([0, 50, 50]);
  });
});

describe('when the resolver rejects the request', () => {
  it('BAD_REQUEST shows what to check and the resolver message, offers no Retry, and Apply searches again', async () => {
    let calls = 0;
    // The first call reaches the real resolver with a date-only `from`, which the contract rejects.
    const rejectingOnce = (functionKey: string, payload: unknown) => {
      calls += 1;
      const sent = calls === 1 ? { ...(payload as object), from: '2026-11-01' } : payload;
      return backend.invoke(functionKey, sent);
    };
    await open(rejectingOnce);

    expect(page.find('search-error').props.appearance).toBe('warning');
    expect(page.find('search-error').props.title).toBe('The search was not accepted');
    expect(page.text('search-error')).toContain('Check the search text and the dates');
    expect(page.text('search-error')).toContain(
      'Details: "from" must be a date and time with an explicit offset',
    );
    expect(backend.auditQueries()).toHaveLength(0);
    expect(page.has('retry-search')).toBe(false);

    await page.click('apply-filters');
    await page.settle();
    expect(page.rowKeys('audit-table')).toEqual(newest50());
  });
});

describe('when no usable answer comes back', () => {
  it('explains that the app could not be reached when the call itself fails, and Retry recovers', async () => {
    let calls = 0;
    await open(async (functionKey, payload) => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return backend.invoke(functionKey, payload);
    });
    expect(page.find('search-error').props.title).toBe('The app could not be reached');
    expect(page.text('search-error')).toContain('Check your connection and retry');
    await page.click('retry-search');
    await page.settle();
    expect(page.rowKeys('audit-table')).toEqual(newest50());
  });

  it('leaves missing consent to Forge: no "could not be reached", the consent error reaches the host', async () => {
    backend.jira.setFault({ kind: 'needs-auth', times: 1 });
    await open();

    expect(page.has('search-error')).toBe(false);
    expect(page.find('audit-table').props.isLoading).toBe(false);
    expect(page.platformErrors).toEqual([
      { name: 'NEEDS_AUTHENTICATION_ERR', message: 'Authentication Required' },
    ]);
  });

  it('treats an answer outside the contract as unreachable rather than rendering it', async () => {
    await open(async () => ({ ok: true, records: 'not a list' }));
    expect(page.find('search-error').props.title).toBe('The app could not be reached');
    expect(page.text('search-error')).toContain('did not match the contract');
  });
});
