/** Chart data as bars (x → stacked series) and a round value axis: the pure part of the preview's charts. */
export interface Bar {
  readonly x: string;
  readonly segments: readonly { readonly series: string; readonly value: number }[];
}

const read = (datum: unknown, accessor: unknown): unknown =>
  typeof datum === 'object' &&
  datum !== null &&
  (typeof accessor === 'string' || typeof accessor === 'number')
    ? (datum as Record<string | number, unknown>)[accessor]
    : undefined;

/** Bars in first-seen x order; each bar's segments in first-seen series order. */
export const toBars = (
  data: unknown,
  xAccessor: unknown,
  yAccessor: unknown,
  colorAccessor: unknown,
): Bar[] => {
  const bars = new Map<string, Map<string, number>>();
  for (const datum of Array.isArray(data) ? data : []) {
    const x = String(read(datum, xAccessor) ?? '');
    const series = colorAccessor === undefined ? '' : String(read(datum, colorAccessor) ?? '');
    const value = Number(read(datum, yAccessor));
    const segments = bars.get(x) ?? new Map<string, number>();
    segments.set(series, (segments.get(series) ?? 0) + (Number.isFinite(value) ? value : 0));
    bars.set(x, segments);
  }
  return [...bars].map(([x, segments]) => ({
    x,
    segments: [...segments].map(([series, value]) => ({ series, value })),
  }));
};

/** A round axis maximum and its tick step (1, 2 or 5 times a power of ten). */
export const niceScale = (
  max: number,
  ticks = 4,
): { readonly top: number; readonly step: number } => {
  if (max <= 0) return { top: 1, step: 1 };
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? rough;
  return { top: Math.ceil(max / step) * step, step };
};
