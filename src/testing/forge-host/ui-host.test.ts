import { NeedsAuthenticationError } from '@forge/api';
import { loadForgeBridge } from './jest-bridge';
import { createForgeUiHost, type ForgeUiHostOptions } from './ui-host';

const CONTEXT = { moduleKey: 'audit-log-explorer-admin-page', timezone: 'Europe/Berlin' };

const hostWith = (options: Partial<ForgeUiHostOptions> = {}) =>
  createForgeUiHost({
    context: CONTEXT,
    resources: ['main', 'export'],
    invoke: async (functionKey, payload) => ({ functionKey, payload }),
    report: () => undefined,
    ...options,
  });

const later = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('a UI Kit page asks the host', () => {
  test('for its context and its resolver, both through JSON', async () => {
    const host = hostWith({
      invoke: async () => ({ at: new Date('2026-11-20T10:00:00.000Z'), gone: undefined }),
    });
    const bridge = loadForgeBridge(host.pageBridge);

    expect(await bridge.view.getContext()).toMatchObject(CONTEXT);
    expect(await bridge.invoke('getAuditPage', { limit: 5, skip: undefined })).toEqual({
      at: '2026-11-20T10:00:00.000Z',
    });
    expect(host.invokes).toEqual([
      { view: 'page', functionKey: 'getAuditPage', payload: { limit: 5 } },
    ]);
  });

  test('a resolver that throws rejects invoke with its name and message, and the host is told', async () => {
    const seen: unknown[] = [];
    const host = hostWith({
      invoke: async () => {
        throw new NeedsAuthenticationError('Authentication Required', 'svc');
      },
      onPlatformError: (view, error) => seen.push({ view, ...error }),
    });
    const bridge = loadForgeBridge(host.pageBridge);

    await expect(bridge.invoke('getAuditPage', {})).rejects.toMatchObject({
      name: 'NEEDS_AUTHENTICATION_ERR',
      message: 'Authentication Required',
    });
    expect(seen).toEqual([
      { view: 'page', name: 'NEEDS_AUTHENTICATION_ERR', message: 'Authentication Required' },
    ]);
  });
});

describe('what Forge refuses, the host refuses the same way', () => {
  test("@forge/bridge's Modal from a UI Kit page: the real bridge's 'Unable to open modal.'", async () => {
    const host = hostWith();
    const { Modal } = loadForgeBridge(host.pageBridge);

    await expect(new Modal({ resource: 'export', size: 'large' }).open()).rejects.toThrow(
      /^Unable to open modal\.$/,
    );
    expect(host.refusals.map(({ cmd, view }) => ({ cmd, view }))).toEqual([
      { cmd: 'openModal', view: 'page' },
    ]);
  });

  test.each([
    ['the admin page', (host: ReturnType<typeof hostWith>) => host.pageBridge],
    ['a Frame', (host: ReturnType<typeof hostWith>) => host.openFrame('export').callBridge],
  ])('%s is not a modal: view.close() fails as not closable', async (_name, bridgeOf) => {
    const { view } = loadForgeBridge(bridgeOf(hostWith()));

    await expect(view.close()).rejects.toThrow("this resource's view is not closable.");
  });

  test('a Frame of a resource the manifest lacks shows Not Found', () => {
    expect(() => hostWith().openFrame('elsewhere')).toThrow('Not Found');
  });

  test('a command the host does not implement is refused, not ignored', async () => {
    const host = hostWith();
    const { router } = loadForgeBridge(host.pageBridge);

    await expect(router.reload()).rejects.toThrow('does not implement "reload"');
    expect(host.refusals.map(({ cmd }) => cmd)).toEqual(['reload']);
  });
});

describe('events between the page and its Frames', () => {
  test('reach the other views later, as JSON, and stop at unsubscribe', async () => {
    const host = hostWith();
    const page = loadForgeBridge(host.pageBridge);
    const frame = loadForgeBridge(host.openFrame('export').callBridge);
    const heardByPage: unknown[] = [];
    const heardByFrame: unknown[] = [];
    const subscription = await page.events.on('ready', (payload) => heardByPage.push(payload));
    await frame.events.on('ready', (payload) => heardByFrame.push(payload));

    await frame.events.emit('ready', { at: new Date(0), skipped: undefined });
    expect(heardByPage).toEqual([]); // never inside emit
    await later();
    expect(heardByPage).toEqual([{ at: '1970-01-01T00:00:00.000Z' }]);
    expect(heardByFrame).toEqual([]); // a view does not hear itself

    subscription.unsubscribe();
    await frame.events.emit('ready', {});
    await later();
    expect(heardByPage).toHaveLength(1);
  });

  test("a closed Frame's subscriptions end with it", async () => {
    const host = hostWith();
    const frameView = host.openFrame('export');
    const frame = loadForgeBridge(frameView.callBridge);
    await frame.events.on('search', () => undefined);
    expect(host.events.subscriptions('search')).toBe(1);

    frameView.close();

    expect(host.events.subscriptions('search')).toBe(0);
  });

  test('a Frame gets the same product context as its page', async () => {
    const host = hostWith();
    const { view } = loadForgeBridge(host.openFrame('export').callBridge);

    expect(await view.getContext()).toEqual(CONTEXT);
  });
});
