/** Facet lists as the contract orders them: count descending, then value ascending by Unicode code point. */

/** Code point order (JavaScript's `<` compares UTF-16 units, which puts U+E000–U+FFFF after astral characters). */
export const compareCodePoints = (a: string, b: string): number => {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const difference = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
};

/** The `size` largest counts, ties by value. */
export const topCounts = <T extends { readonly value: string; readonly count: number }>(
  entries: readonly T[],
  size: number,
): T[] =>
  [...entries]
    .sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value))
    .slice(0, size);
