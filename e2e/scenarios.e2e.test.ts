/** What the admin sees when Jira refuses, throttles, is empty, slow, broken, or Forge needs consent (`?scenario=`). */
import { byTestId, waitForRows } from './support/admin-page';
import { previewUrl, usePreviewPages } from './support/harness';
import { newestRecords } from './support/preview-api';

const pages = usePreviewPages();

const errorMessage = async (scenario: string) => {
  const page = await pages.open(`/?scenario=${scenario}`);
  const message = byTestId(page, 'search-error');
  await message.waitFor({ timeout: 30_000 });
  return message.innerText();
};

describe('mock Jira scenarios in the preview', () => {
  test('forbidden: the admin is told which permission is missing', async () => {
    const text = await errorMessage('forbidden');

    expect(text).toContain('You cannot read the audit log');
    expect(text).toContain('Administer Jira');
  });

  test('rate-limited: after the resolver gives up retrying, the admin is told to wait', async () => {
    const text = await errorMessage('rate-limited');

    expect(text).toContain('Jira is limiting requests');
  });

  test('jira-error: a failing Jira is reported as such', async () => {
    const text = await errorMessage('jira-error');

    expect(text).toContain('Jira could not return the audit log');
  });

  test('empty: an empty audit log shows the empty state, not a table of nothing', async () => {
    const page = await pages.open('/?scenario=empty');

    const empty = byTestId(page, 'empty-result');
    await empty.waitFor();
    // Nothing narrowed: the advice is that there are no records yet or audit logging is off.
    expect(await empty.innerText()).toContain('No audit records yet');
    expect(await empty.innerText()).toContain('Jira settings → System → Audit log');
  });

  test('slow: the page says it is loading, then shows the records', async () => {
    const newest = await newestRecords(previewUrl(), 50, 'slow');
    const page = await pages.open('/?scenario=slow');

    // Said above and below the table, as the paging controls are.
    await page.getByText('Loading records…').first().waitFor();
    await waitForRows(
      page,
      newest.map((record) => record.id),
    );
  });

  test('needs-auth: Forge’s consent prompt takes the app’s place, never an "unreachable" message', async () => {
    const page = await pages.open('/?scenario=needs-auth');

    const consent = byTestId(page, 'preview-consent');
    await consent.waitFor();
    expect(await consent.innerText()).toContain('Audit Log Explorer needs your permission');
    expect(await byTestId(page, 'preview-consent-allow').innerText()).toBe('Allow access');
    expect(await byTestId(page, 'search-error').count()).toBe(0);
  });
});
