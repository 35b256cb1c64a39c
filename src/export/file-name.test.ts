import fc from 'fast-check';
import { exportFileName, siteName } from './file-name';

/** URLs whose host holds characters a file system or a shell would trip over, so the clean-up has work to do. */
const hostileSiteUrl = fc
  .string({ unit: fc.constantFrom(..."aZ9.-_*~!$&'()+,;=é😀"), minLength: 1, maxLength: 20 })
  .map((host) => `https://${host}.atlassian.net/`);

describe('export file name', () => {
  it.each([
    [
      'whole days in the admin offset',
      { from: '2026-11-01T00:00:00.000+01:00', to: '2026-11-26T23:59:59.999+01:00' },
      'audit-log_acme.atlassian.net_2026-11-01_to_2026-11-26.csv',
    ],
    [
      'an upper bound pinned to now',
      { from: '2026-11-01T00:00:00.000Z', to: '2026-11-26T09:10:32.123Z' },
      'audit-log_acme.atlassian.net_2026-11-01_to_2026-11-26T091032Z.csv',
    ],
    [
      'a bound with a negative offset',
      { from: '2026-11-01T12:30:00.000-05:00', to: '2026-11-02T23:59:59.999-05:00' },
      'audit-log_acme.atlassian.net_2026-11-01T123000-0500_to_2026-11-02.csv',
    ],
    [
      'no lower bound',
      { to: '2026-11-26T23:59:59.999Z' },
      'audit-log_acme.atlassian.net_start_to_2026-11-26.csv',
    ],
  ])('names the site and the range: %s', (_, range, expected) => {
    expect(exportFileName({ siteUrl: 'https://acme.atlassian.net', format: 'csv', ...range })).toBe(
      expected,
    );
  });

  it('ends with the chosen format', () => {
    expect(exportFileName({ siteUrl: 'https://acme.atlassian.net', format: 'json' })).toMatch(
      /_start_to_now\.json$/,
    );
  });

  it.each([
    ['https://ACME.atlassian.net/jira/settings', 'acme.atlassian.net'],
    ['', 'jira'],
    [undefined, 'jira'],
    ['not a url', 'jira'],
    ['https://ac_me*.atlassian.net', 'acme.atlassian.net'],
    ['https://a~b!$&()+,;=c.example', 'abc.example'],
    ['https://ÄCME.atlassian.net', 'xn--cme-pla.atlassian.net'],
    ['https://[::1]/', '1'],
    ['http://192.0.2.1:8080/jira', '192.0.2.1'],
  ])('takes the host of the site URL %j', (url, expected) => {
    expect(siteName(url)).toBe(expected);
  });

  it('never contains characters that a file system forbids', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl(), hostileSiteUrl),
        fc.date({ noInvalidDate: true }),
        fc.date({ noInvalidDate: true }),
        (url, a, b) => {
          const name = exportFileName({
            siteUrl: url,
            from: a.toISOString(),
            to: b.toISOString(),
            format: 'csv',
          });
          expect(name).not.toMatch(/[\\/:*?"<>|\s]/);
        },
      ),
    );
  });

  it('keeps the host of any real site URL, reduced to letters, digits, dots and dashes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), hostileSiteUrl), (url) => {
        const name = siteName(url);
        expect(name).toMatch(/^[a-z0-9.-]+$/);
        expect(name === 'jira').toBe(new URL(url).hostname === 'jira');
      }),
    );
  });
});
