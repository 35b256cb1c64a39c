import { EXPORT_PROTOCOL, exportReadySchema, exportStatusSchema } from './export-handshake';
import { readExportSearchMessage } from './export-search';

const TO = '2026-11-02T23:59:59.999+01:00';

describe('the search message the page sends the export dialog', () => {
  it('carries the filter (trimmed) and the pinned range', () => {
    expect(
      readExportSearchMessage({
        protocol: 1,
        search: { filter: ' group ', from: '2026-11-01T00:00:00.000+01:00', to: TO },
      }),
    ).toEqual({
      ok: true,
      search: { filter: 'group', from: '2026-11-01T00:00:00.000+01:00', to: TO },
    });
    expect(readExportSearchMessage({ protocol: 1, search: { to: TO, filter: '  ' } })).toEqual({
      ok: true,
      search: { to: TO },
    });
  });

  it('carries the archive’s structured filters, checked by searchAudit’s rules', () => {
    const filters = {
      authors: ['system'],
      categories: ['permissions'],
      objectTypes: ['PERMISSION_SCHEME'],
      object: { typeName: 'PERMISSION_SCHEME', name: 'Payments' },
    };
    expect(
      readExportSearchMessage({ protocol: 1, search: { to: TO, ...filters, ip: ' 10.0.0.0/8 ' } }),
    ).toEqual({ ok: true, search: { to: TO, ...filters, ip: '10.0.0.0/8' } });
  });

  it.each([
    ['nothing at all', undefined, /object/],
    [
      'an object without an id or a name',
      { protocol: 1, search: { to: TO, object: { typeName: 'PROJECT' } } },
      /an id or a name/,
    ],
    [
      'more than 20 authors',
      { protocol: 1, search: { to: TO, authors: Array.from({ length: 21 }, (_, i) => `a${i}`) } },
      /at most 20/,
    ],
    ['no pinned upper bound: it would export a moving log', { protocol: 1, search: {} }, /"to"/],
    ['a day without time or offset', { protocol: 1, search: { to: '2026-11-02' } }, /offset/],
    [
      'a range that ends before it starts',
      { protocol: 1, search: { from: '2026-11-03T00:00:00Z', to: TO } },
      /"from" must not be later than "to"/,
    ],
    ['a dialog from another version', { protocol: 2, search: { to: TO } }, /different versions/],
    ['an overlong filter', { protocol: 1, search: { to: TO, filter: 'x'.repeat(201) } }, /200/],
  ])('refuses %s, saying why', (_name, payload, why) => {
    const read = readExportSearchMessage(payload);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(why);
  });
});

describe('the ready and status messages', () => {
  it('name their protocol', () => {
    expect(exportReadySchema.safeParse({ protocol: EXPORT_PROTOCOL }).success).toBe(true);
    expect(exportReadySchema.safeParse({}).success).toBe(false);
    expect(exportStatusSchema.safeParse({ protocol: 1, running: true }).success).toBe(true);
    expect(exportStatusSchema.safeParse({ protocol: 1, running: 'yes' }).success).toBe(false);
  });
});
