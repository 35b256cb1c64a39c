import { forgeContext, readPreviewConfig } from './preview-config';

describe('the page config: server defaults, then query-string overrides', () => {
  test.each([
    ['nothing overridden', '', {}, { timezone: 'UTC', locale: 'en-US', scenario: 'normal' }],
    ['the server’s zone', '', { timezone: 'Europe/Paris' }, { timezone: 'Europe/Paris' }],
    [
      '?tz= wins over the server',
      '?tz=America/Los_Angeles',
      { timezone: 'Europe/Paris' },
      { timezone: 'America/Los_Angeles' },
    ],
    ['?timezone= is the same', '?timezone=Asia/Tokyo', {}, { timezone: 'Asia/Tokyo' }],
    [
      'an empty value is ignored',
      '?tz=&locale=',
      { timezone: 'Europe/Paris' },
      { timezone: 'Europe/Paris', locale: 'en-US' },
    ],
    [
      'locale and scenario',
      '?locale=fr-FR&scenario=forbidden',
      {},
      { locale: 'fr-FR', scenario: 'forbidden' },
    ],
  ])('%s', (_name, search, injected, expected) => {
    expect(readPreviewConfig(search, injected)).toMatchObject(expected);
  });

  test('unknown query parameters do not leak into the config', () => {
    expect(readPreviewConfig('?appTitle=Evil&resources=x')).toMatchObject({
      appTitle: 'Audit Log Explorer',
      resources: [],
    });
  });
});

describe('the Forge context useProductContext() receives', () => {
  const config = readPreviewConfig('?tz=Australia/Sydney&locale=de-DE');

  test('carries what the admin page reads: zone, locale, account, site, module', () => {
    expect(forgeContext(config)).toMatchObject({
      timezone: 'Australia/Sydney',
      locale: 'de-DE',
      accountId: config.accountId,
      siteUrl: config.siteUrl,
      moduleKey: config.moduleKey,
      extension: { type: 'jira:adminPage' },
    });
  });

  test('a Custom UI modal also sees the context it was opened with', () => {
    expect(forgeContext(config, { modal: { from: 'a' } }).extension).toEqual({
      type: 'jira:adminPage',
      modal: { from: 'a' },
    });
  });
});
