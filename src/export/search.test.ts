import { readExportSearch } from './search';

const NOW = '2026-11-26T09:10:32.000Z';
const now = () => NOW;

describe('export search from the modal context', () => {
  it('takes the filter and the pinned range the page sent', () => {
    expect(
      readExportSearch(
        {
          filter: ' group ',
          from: '2026-11-01T00:00:00.000+01:00',
          to: '2026-11-02T23:59:59.999+01:00',
        },
        now,
      ),
    ).toEqual({
      ok: true,
      search: {
        filter: 'group',
        from: '2026-11-01T00:00:00.000+01:00',
        to: '2026-11-02T23:59:59.999+01:00',
      },
    });
  });

  it.each([undefined, null, {}, { filter: null, to: null }])(
    'pins the upper bound to now when none came: %j',
    (context) => {
      expect(readExportSearch(context, now)).toEqual({ ok: true, search: { to: NOW } });
    },
  );

  it.each([
    [{ from: '2026-11-01' }, /explicit offset/],
    [{ from: '2026-11-03T00:00:00Z', to: '2026-11-02T00:00:00Z' }, /must not be later/],
    [{ filter: 7 }, /text/],
    ['search', /usable search/],
  ])('refuses a context it cannot trust: %j', (context, message) => {
    const read = readExportSearch(context, now);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
  });
});
