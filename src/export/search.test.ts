import { exportSearchSchema } from '../contract/export-search';
import {
  ARCHIVE_FILTERS_NEED_ARCHIVE,
  auditPageQuery,
  exportAuditQuery,
  hasArchiveFilters,
  type ExportSearch,
} from './search';

/** A search as the dialog holds it: read by the handshake's schema. */
const read = (fields: object): ExportSearch => exportSearchSchema.parse(fields);

const TO = '2026-11-02T23:59:59.999+01:00';
const FROM = '2026-10-27T00:00:00.000+01:00';
const SCHEME = { typeName: 'PERMISSION_SCHEME', id: '10000' };

describe('the payloads an export search becomes', () => {
  it.each<[string, object, boolean]>([
    ['text and range only', { to: TO, from: FROM, filter: 'scheme' }, false],
    ['empty lists', { to: TO, authors: [], categories: [], objectTypes: [] }, false],
    ['an author', { to: TO, authors: ['system'] }, true],
    ['a category', { to: TO, categories: ['permissions'] }, true],
    ['an object type', { to: TO, objectTypes: ['PROJECT'] }, true],
    ['an object', { to: TO, object: SCHEME }, true],
    ['an address', { to: TO, ip: '10.0.0.0/8' }, true],
  ])('%s: archive filters %s', (_name, search, expected) => {
    expect(hasArchiveFilters(read(search))).toBe(expected);
  });

  it('asks exportAudit for every filter, the text under its own name, and the cursor when there is one', () => {
    const search = read({
      to: TO,
      from: FROM,
      filter: 'scheme',
      authors: ['system'],
      object: SCHEME,
      ip: '10.0.0.1',
    });
    expect(exportAuditQuery(search)).toEqual({
      to: TO,
      from: FROM,
      text: 'scheme',
      authors: ['system'],
      object: SCHEME,
      ip: '10.0.0.1',
    });
    expect(exportAuditQuery(read({ to: TO }), 'abc')).toEqual({ to: TO, cursor: 'abc' });
  });

  it('asks Jira only for what its filter reads', () => {
    expect(
      auditPageQuery(read({ to: TO, from: FROM, filter: 'scheme', categories: ['permissions'] }), {
        offset: 999,
        limit: 999,
      }),
    ).toEqual({ to: TO, from: FROM, filter: 'scheme', offset: 999, limit: 999 });
    expect(auditPageQuery(read({ to: TO }), { offset: 0, limit: 10 })).toEqual({
      to: TO,
      offset: 0,
      limit: 10,
    });
  });

  it('refuses to read structured filters from Jira, for good', () => {
    expect(ARCHIVE_FILTERS_NEED_ARCHIVE).toMatchObject({ code: 'BAD_REQUEST', retryable: false });
    expect(ARCHIVE_FILTERS_NEED_ARCHIVE.message).toMatch(/archive/);
  });
});
