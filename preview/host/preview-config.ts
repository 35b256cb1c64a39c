/** What the server tells the page (inline `window.__PREVIEW_CONFIG__`), with `?tz=` style overrides from the URL. */
export interface PreviewResource {
  readonly key: string;
  readonly path: string;
}

export interface PreviewConfig {
  readonly appTitle: string;
  readonly moduleKey: string;
  readonly siteUrl: string;
  readonly cloudId: string;
  readonly accountId: string;
  readonly timezone: string;
  readonly locale: string;
  readonly scenario: string;
  readonly scenarios: readonly string[];
  readonly resources: readonly PreviewResource[];
}

declare global {
  interface Window {
    __PREVIEW_CONFIG__?: Partial<PreviewConfig>;
  }
}

const DEFAULTS: PreviewConfig = {
  appTitle: 'Audit Log Explorer',
  moduleKey: 'audit-log-explorer-admin-page',
  siteUrl: 'https://preview.atlassian.net',
  cloudId: '00000000-0000-4000-8000-000000000000',
  accountId: '5b10a2844c20165700ede21g',
  timezone: 'UTC',
  locale: 'en-US',
  scenario: 'normal',
  scenarios: ['normal'],
  resources: [],
};

/** Query parameters that override the server's defaults (`?tz=America/Los_Angeles&locale=fr-FR`). */
const OVERRIDES: Readonly<Record<string, keyof PreviewConfig>> = {
  tz: 'timezone',
  timezone: 'timezone',
  locale: 'locale',
  accountId: 'accountId',
  siteUrl: 'siteUrl',
  scenario: 'scenario',
};

export const readPreviewConfig = (
  search: string,
  injected: Partial<PreviewConfig> = {},
): PreviewConfig => {
  const params = new URLSearchParams(search);
  const overrides = Object.fromEntries(
    Object.entries(OVERRIDES).flatMap(([param, field]) => {
      const value = params.get(param);
      return value === null || value === '' ? [] : [[field, value]];
    }),
  );
  return { ...DEFAULTS, ...injected, ...overrides };
};

/** The product context `view.getContext()` (and so `useProductContext()`) resolves to, shaped like Forge's. */
export const forgeContext = (config: PreviewConfig, extra: Record<string, unknown> = {}) => ({
  accountId: config.accountId,
  accountType: 'licensed',
  cloudId: config.cloudId,
  workspaceId: config.cloudId,
  siteUrl: config.siteUrl,
  environmentId: '00000000-0000-4000-8000-0000000000e1',
  environmentType: 'DEVELOPMENT',
  localId: `ari:cloud:ecosystem::extension/preview/${config.moduleKey}`,
  locale: config.locale,
  moduleKey: config.moduleKey,
  timezone: config.timezone,
  theme: { colorMode: 'light' },
  extension: { type: 'jira:adminPage', ...extra },
});
