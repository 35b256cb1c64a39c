import fc from 'fast-check';
import { searchFingerprint, type ArchiveSearch } from './archive-search';
import { decodeCursor, encodeCursor } from './search-cursor';

const FP = '0123456789abcdef';

describe('search cursor', () => {
  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.stringMatching(/^[0-9a-f]{16}$/),
        (a, b, id, search) => {
          const cursor = { pin: Math.max(a, b), created: Math.min(a, b), id, search };
          expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
        },
      ),
    );
  });

  const raw = (text: string) => Buffer.from(text).toString('base64url');
  it.each([
    ['empty', ''],
    ['not base64url', 'a1.1.1.1.0123456789abcdef'],
    ['another version', raw(`a2.2.1.1.${FP}`)],
    ['created after the pin', raw(`a1.1.2.1.${FP}`)],
    ['negative id', raw(`a1.2.1.-1.${FP}`)],
    ['fraction', raw(`a1.2.1.1.5.${FP}`)],
    ['beyond safe integers', raw(`a1.99999999999999999.1.1.${FP}`)],
    ['short fingerprint', raw('a1.2.1.1.0123')],
    ['upper-case fingerprint', raw('a1.2.1.1.0123456789ABCDEF')],
    ['trailing text', raw(`a1.2.1.1.${FP}x`)],
    ['padded base64', `${raw(`a1.2.1.1.${FP}`)}==`],
    ['very long', 'A'.repeat(500)],
  ])('refuses %s', (_name, text) => expect(decodeCursor(text)).toBeUndefined());

  it('refuses any other string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const decoded = decodeCursor(text);
        if (decoded) expect(encodeCursor(decoded)).toBe(text);
      }),
    );
  });
});

describe('searchFingerprint', () => {
  const base: ArchiveSearch = { terms: ['admin'], authors: ['a', 'b'], from: 1, to: 5 };

  it('is the same for the same search, list order aside', () => {
    expect(searchFingerprint({ ...base, authors: ['b', 'a', 'a'] })).toBe(searchFingerprint(base));
    expect(searchFingerprint(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(
      searchFingerprint({ ...base, object: { typeName: 'GROUP', id: 'x', name: 'ignored' } }),
    ).toBe(searchFingerprint({ ...base, object: { typeName: 'GROUP', id: 'x', name: 'other' } }));
  });

  it.each<[string, Partial<ArchiveSearch>]>([
    ['another term', { terms: ['admins'] }],
    ['another author', { authors: ['a'] }],
    ['no authors', { authors: undefined }],
    ['another range', { to: 6 }],
    ['a category', { categories: ['projects'] }],
    ['an object type', { objectTypes: ['USER'] }],
    ['an object', { object: { typeName: 'GROUP', name: 'x' } }],
    ['an address', { address: { low: '0'.repeat(32), high: 'f'.repeat(32) } }],
  ])('differs for %s', (_name, change) =>
    expect(searchFingerprint({ ...base, ...change })).not.toBe(searchFingerprint(base)),
  );
});
