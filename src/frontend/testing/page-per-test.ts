/** Jest hooks: each test of a file gets a fresh mock Jira and the admin page rendered on it, both closed after it. */
import type { MockJiraOptions } from '../../testing/mock-jira';
import { renderAdminPage, type AdminPage } from './render-admin-page';
import { startResolverBackend, type ResolverBackend } from './resolver-backend';

export interface OpenedPage {
  readonly page: AdminPage;
  readonly backend: ResolverBackend;
}

export const pagePerTest = (log: () => MockJiraOptions, timezone = 'Europe/Berlin'): OpenedPage => {
  let backend: ResolverBackend | undefined;
  let page: AdminPage | undefined;
  beforeEach(async () => {
    backend = startResolverBackend(log());
    page = await renderAdminPage({ invoke: backend.invoke, timezone });
    await page.settle();
  });
  afterEach(async () => {
    await page?.settle();
    backend?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The page is opened only inside a test.');
    return value;
  };
  return {
    get page() {
      return opened(page);
    },
    get backend() {
      return opened(backend);
    },
  };
};
