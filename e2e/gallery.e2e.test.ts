/** The host renderer on its own fixture page: every mapped family, events, context, modals and Custom UI frames. */
import { byTestId } from './support/admin-page';
import { usePreviewPages } from './support/harness';

const pages = usePreviewPages();

describe('the preview host renderer (component gallery)', () => {
  test('draws every mapped component family with ADS components', async () => {
    const page = await pages.open('/gallery');

    await byTestId(page, 'gallery-table--table').waitFor();
    const user = byTestId(page, 'preview-user');
    expect(await user.getAttribute('data-account-id')).toBe('preview-gallery-user');
    expect(await page.locator('[data-testid="gallery-table--table"] tbody tr').count()).toBe(3);
    expect(await page.getByText('Rendered by the preview host').count()).toBe(1);
    expect(await page.locator('[data-testid="preview-chart-bar"]').count()).toBe(3);
  });

  test('the product context comes from the query string', async () => {
    const page = await pages.open('/gallery?tz=America/Los_Angeles&locale=fr-FR');

    const context = byTestId(page, 'gallery-context');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="gallery-context"]')?.textContent?.includes('…'),
    );
    expect(await context.innerText()).toBe(
      'Timezone America/Los_Angeles · locale fr-FR · module audit-log-explorer-admin-page',
    );
  });

  test('input events reach the app as UI Kit serialisable events', async () => {
    const page = await pages.open('/gallery');

    await byTestId(page, 'gallery-text').fill('group admin');

    await page.getByText('You typed: group admin').waitFor();
  });

  test('a UI Kit modal opens and closes', async () => {
    const page = await pages.open('/gallery');

    await byTestId(page, 'gallery-open-modal').click();
    await byTestId(page, 'gallery-modal').waitFor();
    await byTestId(page, 'gallery-close-modal').click();

    await byTestId(page, 'gallery-modal').waitFor({ state: 'detached' });
  });

  test('a Frame in a UI Kit modal: events both ways, invoke, and no view.close()', async () => {
    const page = await pages.open('/gallery');

    await byTestId(page, 'gallery-open-frame').click();
    const frame = page.frameLocator('[data-testid="preview-frame"]');
    await frame.getByText('The page said {"greeting":"hello"}').waitFor();
    await frame.getByText('Context module audit-log-explorer-admin-page').waitFor();
    await frame.locator('[data-testid="frame-invoke-button"]').click();
    await frame.getByText(/^Resolver answered: \{"ok":true/).waitFor();
    await frame.locator('[data-testid="frame-say"]').click();
    await page.getByText('The Frame said {"from":"frame"}').waitFor();
    await frame.locator('[data-testid="frame-close"]').click();
    await frame.getByText("view.close(): this resource's view is not closable.").waitFor();

    await byTestId(page, 'gallery-close-frame').click();
    await byTestId(page, 'preview-frame').waitFor({ state: 'detached' });
  });

  test("a Frame whose resolver call needs consent gives its place to Forge's prompt, the page stays", async () => {
    const page = await pages.open('/gallery?scenario=needs-auth');

    await byTestId(page, 'gallery-open-frame').click();
    const frame = page.frameLocator('[data-testid="preview-frame"]');
    await frame.locator('[data-testid="frame-invoke-button"]').click();

    await byTestId(page, 'gallery-frame-modal').getByTestId('preview-consent').waitFor();
    expect(await byTestId(page, 'preview-frame').count()).toBe(0);
    expect(await byTestId(page, 'gallery-table--table').count()).toBe(1);
  });

  test("the Frame's iframe carries Forge's sandbox and feature policy, nothing more", async () => {
    const page = await pages.open('/gallery');

    await byTestId(page, 'gallery-open-frame').click();
    const iframe = byTestId(page, 'preview-frame');
    await iframe.waitFor();

    // https://developer.atlassian.com/platform/forge/custom-ui/iframe/ (no allow-popups, no top navigation)
    expect((await iframe.getAttribute('sandbox'))?.split(' ').sort().join(' ')).toBe(
      'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts',
    );
    expect(await iframe.getAttribute('allow')).toBe(
      'camera; clipboard-write; display-capture; fullscreen; microphone',
    );
  });

  test("@forge/bridge's Modal from a UI Kit page fails as on a real site", async () => {
    const page = await pages.open('/gallery');

    await byTestId(page, 'gallery-bridge-modal').click();

    await page.getByText('Bridge Modal: Unable to open modal.').waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
  });

  test('a component the host cannot map shows a red box and a console error', async () => {
    pages.allowUnknownNodes();
    const page = await pages.open('/gallery?unmapped');

    const box = byTestId(page, 'preview-unknown-node');
    await box.waitFor();

    expect(await box.getAttribute('data-node-type')).toBe('Calendar');
    expect(pages.takeProblems()).toEqual([
      'console.error: [preview] UI Kit component "Calendar" is not mapped by the preview host.',
    ]);
  });

  test('a prop UI Kit does not declare is refused, not passed on to the ADS component', async () => {
    pages.allowUnknownNodes();
    const page = await pages.open('/gallery?unknown');

    const box = byTestId(page, 'preview-unknown-node');
    await box.waitFor();

    expect(await box.innerText()).toBe(`UI Kit's Button has no prop "className".`);
    expect(pages.takeProblems()).toEqual([
      `console.error: [preview] UI Kit's Button has no prop "className".`,
    ]);
  });
});
