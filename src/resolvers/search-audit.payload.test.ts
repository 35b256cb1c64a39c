/** Every searchAudit payload rule: BAD_REQUEST naming the field, with no query to Forge SQL and no request to Jira. */
import { useArchiveHost } from '../archive/testing/archive-host';
import { encodeCursor } from '../domain/search-cursor';
import { rawRecords } from '../testing/mock-jira';

const host = useArchiveHost(() => ({ records: rawRecords(5) }));

const CURSOR = encodeCursor({ pin: 2_000, created: 1_000, id: 7, search: '0123456789abcdef' });

describe('searchAudit refuses what the contract refuses, before any query', () => {
  it.each<[string, unknown, string]>([
    ['not an object', 'hello', 'request'],
    ['an array', [], 'request'],
    ['from without offset', { from: '2026-11-01T00:00:00' }, '"from"'],
    ['to as a date', { to: '2026-11-01' }, '"to"'],
    ['from after to', { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, '"from"'],
    ['text not text', { text: 7 }, '"text"'],
    ['text too long', { text: 'x'.repeat(201) }, '"text"'],
    ['authors not a list', { authors: 'a' }, '"authors"'],
    ['21 authors', { authors: Array.from({ length: 21 }, (_, index) => `a${index}`) }, '"authors"'],
    ['21 categories', { categories: Array.from({ length: 21 }, () => 'projects') }, '"categories"'],
    ['object types of numbers', { objectTypes: [1] }, '"objectTypes"'],
    ['object without id or name', { object: { typeName: 'GROUP' } }, '"object"'],
    ['object without type', { object: { id: '1' } }, '"object"'],
    ['ip not an address', { ip: 'localhost' }, '"ip"'],
    ['ip prefix too long', { ip: '10.0.0.0/33' }, '"ip"'],
    ['ip shorthand', { ip: '10.1' }, '"ip"'],
    ['limit 0', { limit: 0 }, '"limit"'],
    ['limit 201', { limit: 201 }, '"limit"'],
    ['limit a fraction', { limit: 2.5 }, '"limit"'],
    ['cursor not ours', { cursor: 'abc' }, '"cursor"'],
    ['cursor of another search', { cursor: CURSOR, text: 'other' }, '"cursor"'],
  ])('%s', async (_name, payload, field) => {
    const answer = await host.searchAudit(payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', retryable: false } });
    if (!answer.ok) expect(answer.error.message).toContain(field);
    expect(host.sql.queries).toEqual([]);
    expect(host.jira.requests).toEqual([]);
  });

  it('null counts as absent and unknown fields are ignored', async () => {
    const answer = await host.searchAudit({
      text: null,
      authors: null,
      cursor: null,
      limit: null,
      colour: 'red',
    });
    expect(answer).toMatchObject({ ok: true, records: [], total: 0 });
  });
});
