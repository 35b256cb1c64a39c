import fc from 'fast-check';
import { parseAuditPageQuery } from './parse-audit-page-query';

const FROM = '2026-11-01T00:00:00.000Z';
const TO = '2026-11-30T23:59:59.999+01:00';

describe('getAuditPage payload: accepted', () => {
  it.each([
    ['empty object gets defaults', {}, { offset: 0, limit: 50, authors: true, emptyLists: true }],
    [
      'every field null counts as absent',
      { from: null, to: null, filter: null, offset: null, limit: null },
      { offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    [
      'Z and +hh:mm offsets',
      { from: FROM, to: TO },
      { from: FROM, to: TO, offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    [
      '+hhmm offset (Jira style)',
      { from: '2026-11-01T00:00:00.000+0000' },
      {
        from: '2026-11-01T00:00:00.000+0000',
        offset: 0,
        limit: 50,
        authors: true,
        emptyLists: true,
      },
    ],
    [
      'from equal to to',
      { from: FROM, to: FROM },
      { from: FROM, to: FROM, offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    [
      'filter trimmed',
      { filter: '  user  added ' },
      { filter: 'user  added', offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    [
      'blank filter means none',
      { filter: '   ' },
      { offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    [
      'filter of exactly 200 characters',
      { filter: 'x'.repeat(200) },
      { filter: 'x'.repeat(200), offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    [
      '200 characters after trimming',
      { filter: ` ${'x'.repeat(200)} ` },
      { filter: 'x'.repeat(200), offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    [
      '200 astral characters',
      { filter: '😀'.repeat(200) },
      { filter: '😀'.repeat(200), offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    ['limit 1', { limit: 1 }, { offset: 0, limit: 1, authors: true, emptyLists: true }],
    ['limit 1000', { limit: 1000 }, { offset: 0, limit: 1000, authors: true, emptyLists: true }],
    [
      'offset +18:00 (the widest Jira takes)',
      { to: '2026-11-01T23:59:59-18:00' },
      { to: '2026-11-01T23:59:59-18:00', offset: 0, limit: 50, authors: true, emptyLists: true },
    ],
    [
      "Jira's own +hhmm offset, nanoseconds and a leap day",
      { from: '2024-02-29T10:15:00.123456789+0530' },
      {
        from: '2024-02-29T10:15:00.123456789+0530',
        offset: 0,
        limit: 50,
        authors: true,
        emptyLists: true,
      },
    ],
    [
      'a big offset',
      { offset: 2_147_483_647 },
      { offset: 2_147_483_647, limit: 50, authors: true, emptyLists: true },
    ],
    [
      'authors left out on request',
      { authors: false },
      { offset: 0, limit: 50, authors: false, emptyLists: true },
    ],
    [
      'empty lists left out on request',
      { emptyLists: false },
      { offset: 0, limit: 50, authors: true, emptyLists: false },
    ],
    [
      'unknown fields ignored',
      { offset: 50, extra: 'x' },
      { offset: 50, limit: 50, authors: true, emptyLists: true },
    ],
  ])('%s', (_name, payload, query) => {
    expect(parseAuditPageQuery(payload)).toEqual({ ok: true, value: query });
  });
});

describe('getAuditPage payload: rejected with a message naming the field', () => {
  it.each([
    ['date only', { from: '2026-11-01' }, '"from"'],
    ['missing offset', { to: '2026-11-01T00:00:00' }, '"to"'],
    ['unparseable date', { from: 'last tuesday' }, '"from"'],
    ['impossible date', { from: '2026-02-30T00:00:00Z' }, '"from"'],
    ['hour 24 (Jira rejects it)', { from: '2026-11-01T24:00:00Z' }, '"from"'],
    ['offset beyond ±18:00', { to: '2026-11-01T00:00:00+24:00' }, '"to"'],
    ['offset minutes over 59 (Jira rejects them)', { to: '2026-11-01T00:00:00+01:75' }, '"to"'],
    ['second 60 (Jira rejects it)', { from: '2026-11-01T23:59:60Z' }, '"from"'],
    ['not a leap year', { from: '2026-02-29T00:00:00Z' }, '"from"'],
    ['date as a number', { from: 1793491200000 }, '"from"'],
    [
      'from after to',
      { from: '2026-11-02T00:00:00Z', to: '2026-11-01T23:59:59+00:00' },
      'pick a From date on or before the To date',
    ],
    [
      'filter of 201 characters',
      { filter: 'x'.repeat(201) },
      '"filter" may hold at most 200 characters; shorten',
    ],
    ['filter not text', { filter: 42 }, '"filter"'],
    ['negative offset', { offset: -1 }, '"offset"'],
    ['fractional offset', { offset: 1.5 }, '"offset"'],
    ['offset as text', { offset: '10' }, '"offset"'],
    ['offset past int32', { offset: 2_147_483_648 }, '"offset"'],
    ['limit 0', { limit: 0 }, '"limit"'],
    ['limit 1001', { limit: 1001 }, '"limit"'],
    ['limit NaN', { limit: Number.NaN }, '"limit"'],
    ['limit as text', { limit: '50' }, '"limit"'],
    ['limit fractional', { limit: 2.5 }, '"limit"'],
    ['authors as text', { authors: 'no' }, '"authors"'],
    ['emptyLists as a number', { emptyLists: 0 }, '"emptyLists"'],
    ['an array', [1, 2], 'must be an object'],
    ['a string', 'from=x', 'must be an object'],
    ['a number', 7, 'must be an object'],
    ['null', null, 'must be an object'],
  ])('%s', (_name, payload, fragment) => {
    const result = parseAuditPageQuery(payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_REQUEST');
    expect(result.error.message).toContain(fragment);
  });

  it('names every bad field at once', () => {
    const result = parseAuditPageQuery({ from: 'x', limit: 0 });
    expect(!result.ok && result.error.message).toEqual(expect.stringContaining('"from"'));
    expect(!result.ok && result.error.message).toEqual(expect.stringContaining('"limit"'));
  });
});

describe('getAuditPage payload: properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        const result = parseAuditPageQuery(payload);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('accepts any in-range offset and limit as given', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_147_483_647 }),
        fc.integer({ min: 1, max: 1000 }),
        (offset, limit) => {
          expect(parseAuditPageQuery({ offset, limit })).toEqual({
            ok: true,
            value: { offset, limit, authors: true, emptyLists: true },
          });
        },
      ),
    );
  });

  it('rejects any out-of-range limit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 1001 })), (limit) => {
        expect(parseAuditPageQuery({ limit }).ok).toBe(false);
      }),
    );
  });
});
