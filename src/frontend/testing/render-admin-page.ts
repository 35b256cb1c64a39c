/**
 * Renders the real admin page entry (`src/frontend/index.tsx`, ForgeReconciler + StrictMode) against a fake
 * Forge host, and drives it the way the host would: by test id, through the props the host calls.
 */
import {
  findAll,
  findByTestId,
  isForgeDoc,
  pathTo,
  tableRows,
  visibleText,
  type ForgeDoc,
} from '../../testing/forge-host/forge-doc';
import { installPageBridge, loadForgeBridge } from '../../testing/forge-host/jest-bridge';
import {
  createForgeUiHost,
  type BridgeError,
  type ForgeUiHost,
  type ForgeUiHostOptions,
  type FrameView,
} from '../../testing/forge-host/ui-host';

/** A Frame the page shows, loaded as the host loads it: its own view of the host and the real @forge/bridge. */
export interface LoadedFrame {
  readonly view: FrameView;
  readonly bridge: typeof import('@forge/bridge');
}

type Act = (callback: () => Promise<void>) => Promise<void>;

export interface AdminPage {
  readonly host: ForgeUiHost;
  /** What the host would have shown instead of the app: the resolver's thrown errors (consent, …). */
  readonly platformErrors: readonly BridgeError[];
  /** Payloads of every `getAuditPage` call, oldest first. */
  readonly searches: () => Readonly<Record<string, unknown>>[];
  readonly root: () => ForgeDoc;
  readonly find: (testId: string) => ForgeDoc;
  readonly has: (testId: string) => boolean;
  readonly text: (testId?: string) => string;
  /** Body rows of a DynamicTable, cell texts. */
  readonly rows: (testId: string) => string[][];
  /** Row keys of a DynamicTable, top to bottom (the audit table keys rows by record id). */
  readonly rowKeys: (testId: string) => string[];
  readonly click: (testId: string) => Promise<void>;
  readonly type: (testId: string, value: string) => Promise<void>;
  /** Enter in a text field: the host submits the enclosing Form (HTML implicit submission). */
  readonly pressEnter: (testId: string) => Promise<void>;
  readonly pickDate: (testId: string, day: string) => Promise<void>;
  readonly selectOption: (testId: string, value: unknown) => Promise<void>;
  /** Loads the Custom UI resource of the Frame the page shows (throws when it shows none). */
  readonly loadFrame: (resource: string) => LoadedFrame;
  /** Calls a handler prop the host would call (e.g. a Modal's onClose on Escape). */
  readonly callProp: (testId: string, prop: string, ...args: unknown[]) => Promise<void>;
  readonly waitFor: (condition: () => boolean, what: string, timeoutMs?: number) => Promise<void>;
  /** Waits until no invoke is pending and the table no longer loads; fails on anything UI Kit would not render. */
  readonly settle: () => Promise<void>;
}

export interface RenderOptions {
  readonly timezone?: string;
  readonly locale?: string;
  readonly invoke: ForgeUiHostOptions['invoke'];
}

const handler = (node: ForgeDoc, prop: string): ((...args: unknown[]) => unknown) => {
  const value = node.props[prop];
  if (typeof value !== 'function') throw new Error(`${node.type} has no ${prop} handler`);
  return value as (...args: unknown[]) => unknown;
};

const isEnabled = (node: ForgeDoc) => node.props.isDisabled !== true;
const TEXT_INPUTS = new Set(['Textfield', 'DatePicker', 'Select', 'TextArea', 'TimePicker']);

export const renderAdminPage = async (options: RenderOptions): Promise<AdminPage> => {
  jest.resetModules(); // a fresh React, reconciler and @forge/bridge per page
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let rendered: ForgeDoc | undefined;
  const platformErrors: BridgeError[] = [];
  const host = createForgeUiHost({
    context: {
      timezone: options.timezone ?? 'UTC',
      locale: options.locale ?? 'en-US',
      moduleKey: 'audit-log-explorer-admin-page',
      siteUrl: 'https://mock-site.atlassian.net',
      accountId: 'admin-account',
    },
    resources: ['main', 'export', 'icons'],
    invoke: options.invoke,
    // Roots of pages rendered by earlier tests may still commit; only the first root seen is ours.
    onReconcile: (doc) => {
      if (rendered === undefined && isForgeDoc(doc)) rendered = doc;
    },
    onPlatformError: (_view, error) => platformErrors.push(error),
  });
  installPageBridge(host.pageBridge);
  const React = await import('react');
  const act = React.act as Act;
  await act(async () => {
    await import('../index');
  });

  const root = (): ForgeDoc => {
    if (rendered === undefined) throw new Error('The page has not rendered');
    return rendered;
  };
  const find = (testId: string): ForgeDoc => {
    const node = findByTestId(root(), testId);
    if (node === undefined)
      throw new Error(`No element with testId "${testId}" in:\n${visibleText(root())}`);
    return node;
  };
  const fire = async (testId: string, prop: string, ...args: unknown[]) => {
    const node = find(testId);
    await act(async () => {
      await handler(node, prop)(...args);
    });
  };
  const tick = () => act(async () => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const waitFor = async (condition: () => boolean, what: string, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${what}. Page:\n${visibleText(root())}`);
      await tick();
    }
  };
  const settle = async () => {
    await waitFor(
      () =>
        host.pendingInvokes() === 0 &&
        findAll(
          root(),
          (node) => node.props.testId === 'audit-table' && node.props.isLoading === true,
        ).length === 0,
      'the page to settle',
    );
    const problems = host.renderProblems();
    if (problems.length > 0)
      throw new Error(`The page renders what UI Kit refuses:\n${problems.join('\n')}`);
  };
  await waitFor(() => rendered !== undefined, 'the first render');

  return {
    host,
    platformErrors,
    searches: () =>
      host.invokes
        .filter((call) => call.functionKey === 'getAuditPage')
        .map((call) => call.payload as Record<string, unknown>),
    root,
    find,
    has: (testId) => findByTestId(root(), testId) !== undefined,
    text: (testId) => visibleText(testId === undefined ? root() : find(testId)),
    rows: (testId) => tableRows(find(testId)),
    rowKeys: (testId) =>
      findAll(find(testId), (node) => node.type === 'Row').map((row) => String(row.props.rowKey)),
    click: async (testId) => {
      const node = find(testId);
      if (!isEnabled(node)) throw new Error(`"${testId}" is disabled`);
      await fire(testId, 'onClick');
    },
    type: (testId, value) => fire(testId, 'onChange', { target: { value } }),
    pressEnter: async (testId) => {
      const field = find(testId);
      const form = pathTo(root(), field)
        .reverse()
        .find((node) => node.type === 'Form');
      if (form === undefined) throw new Error(`"${testId}" is in no Form: Enter would do nothing`);
      const inputs = findAll(form, (node) => TEXT_INPUTS.has(node.type));
      const submitButtons = findAll(
        form,
        (node) => node.type === 'Button' && node.props.type === 'submit',
      );
      // Without a submit button, a browser submits on Enter only when the form has a single text field.
      if (submitButtons.length === 0 && inputs.length !== 1) {
        throw new Error(
          `Enter in "${testId}" would not submit: its form has ${inputs.length} fields`,
        );
      }
      await act(async () => {
        await handler(form, 'onSubmit')();
      });
    },
    pickDate: (testId, day) => fire(testId, 'onChange', day),
    selectOption: async (testId, value) => {
      const select = find(testId);
      const options = (select.props.options ?? []) as { value: unknown }[];
      const option = options.find((candidate) => candidate.value === value);
      if (option === undefined) throw new Error(`"${testId}" offers no option ${String(value)}`);
      await fire(testId, 'onChange', option);
    },
    loadFrame: (resource) => {
      const shown = findAll(
        root(),
        (node) => node.type === 'Frame' && node.props.resource === resource,
      );
      if (shown.length === 0) throw new Error(`The page shows no Frame of "${resource}"`);
      const view = host.openFrame(resource);
      return { view, bridge: loadForgeBridge(view.callBridge) };
    },
    callProp: fire,
    waitFor,
    settle,
  };
};
