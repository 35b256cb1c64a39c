import fc from 'fast-check';
import { compareCodePoints, topCounts } from './facet-order';

describe('compareCodePoints', () => {
  it('orders as UTF-8 bytes do, which is code point order (the oracle: Buffer.compare)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(
          Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))),
        );
      }),
    );
  });

  it('puts U+FF5E before an astral character, where UTF-16 order does not', () => {
    expect(compareCodePoints('\uff5e', '😀')).toBeLessThan(0);
    expect('\uff5e' < '😀').toBe(false);
  });
});

describe('topCounts', () => {
  it('count descending, then value by code point, cut at size', () => {
    const entries = [
      { value: 'b', count: 2 },
      { value: 'a', count: 2 },
      { value: '😀', count: 5 },
      { value: '\uff5e', count: 5 },
      { value: 'z', count: 1 },
    ];
    expect(topCounts(entries, 4).map((entry) => entry.value)).toEqual(['\uff5e', '😀', 'a', 'b']);
  });
});
