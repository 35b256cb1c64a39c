/**
 * BarChart and StackBarChart. UI Kit draws charts with Atlassian's internal viz library (not published), so the
 * preview draws the same data as a plain SVG with the design system's categorical chart colours.
 */
import { useEffect, useRef, useState } from 'react';
import { Box, Stack, Text } from '@atlaskit/primitives';
import Heading from '@atlaskit/heading';
import type { NodeProps, NodeRegistry } from '../node-view';
import { niceScale, toBars } from './chart-data';

const COLOURS = [
  'var(--ds-chart-categorical-1, #2898BD)',
  'var(--ds-chart-categorical-2, #5E4DB2)',
  'var(--ds-chart-categorical-3, #E56910)',
  'var(--ds-chart-categorical-4, #943D73)',
  'var(--ds-chart-categorical-5, #09326C)',
  'var(--ds-chart-categorical-6, #8F7EE7)',
  'var(--ds-chart-categorical-7, #50253F)',
  'var(--ds-chart-categorical-8, #A54800)',
  'var(--ds-chart-teal-bold, #2898BD)',
  'var(--ds-chart-lime-bold, #6A9A23)',
  'var(--ds-chart-magenta-bold, #CD519D)',
  'var(--ds-chart-yellow-bolder, #946F00)',
  'var(--ds-chart-red-bold, #E34935)',
  'var(--ds-chart-gray-bold, #758195)',
  'var(--ds-chart-green-bolder, #216E4E)',
  'var(--ds-chart-purple-bolder, #5E4DB2)',
];

const DEFAULT_WIDTH = 720;

/** UI Kit's `colorPalette`: colours by series order, or `{ key, value }` pairs mapping a series to its colour. */
const paletteColour = (palette: unknown, name: string, index: number): string | undefined => {
  if (!Array.isArray(palette) || palette.length === 0) return undefined;
  const keyed = palette.find(
    (entry): entry is { key: unknown; value: unknown } =>
      typeof entry === 'object' && entry !== null && 'key' in entry && entry.key === name,
  );
  if (keyed !== undefined) return typeof keyed.value === 'string' ? keyed.value : undefined;
  const byOrder: unknown = palette[index % palette.length];
  return typeof byOrder === 'string' ? byOrder : undefined;
};

/** The chart's own width in CSS pixels, so its text is drawn at the size it is shown. */
const useWidth = () => {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined && entry.contentRect.width > 0)
        setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
};
const PLOT = { left: 48, right: 12, top: 12, bottom: 44 };

const ChartNode = ({ node }: NodeProps) => {
  const props = node.props;
  const { ref, width: WIDTH } = useWidth();
  const bars = toBars(props.data, props.xAccessor, props.yAccessor, props.colorAccessor);
  const series = [...new Set(bars.flatMap((bar) => bar.segments.map((segment) => segment.series)))];
  const colour = (name: string) =>
    paletteColour(props.colorPalette, name, series.indexOf(name)) ??
    COLOURS[series.indexOf(name) % COLOURS.length];
  const height = typeof props.height === 'number' ? props.height : 320;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = height - PLOT.top - PLOT.bottom;
  const { top, step } = niceScale(
    Math.max(0, ...bars.map((bar) => bar.segments.reduce((sum, s) => sum + s.value, 0))),
  );
  const slot = plotWidth / Math.max(bars.length, 1);
  const labelEvery = Math.ceil(bars.length / 12);
  const y = (value: number) => PLOT.top + plotHeight - (value / top) * plotHeight;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
  return (
    <Box testId="preview-chart" padding={props.showBorder === true ? 'space.200' : undefined}>
      <Stack space="space.100">
        {typeof props.title === 'string' && <Heading size="xsmall">{props.title}</Heading>}
        {typeof props.subtitle === 'string' && (
          <Text color="color.text.subtle">{props.subtitle}</Text>
        )}
        <div ref={ref}>
          <svg
            viewBox={`0 0 ${WIDTH} ${height}`}
            width="100%"
            role="img"
            aria-label={String(props.title ?? node.type)}
          >
            {ticks.map((tick) => (
              <g key={tick}>
                <line
                  x1={PLOT.left}
                  x2={WIDTH - PLOT.right}
                  y1={y(tick)}
                  y2={y(tick)}
                  stroke="var(--ds-border, #DFE1E6)"
                />
                <text
                  x={PLOT.left - 6}
                  y={y(tick) + 4}
                  textAnchor="end"
                  fontSize="11"
                  fill="var(--ds-text-subtle, #44546F)"
                >
                  {tick.toLocaleString('en-US')}
                </text>
              </g>
            ))}
            {bars.map((bar, index) => {
              let base = 0;
              const x = PLOT.left + index * slot + slot * 0.15;
              return (
                <g key={bar.x} data-testid="preview-chart-bar">
                  {bar.segments.map((segment) => {
                    const rect = (
                      <rect
                        key={segment.series}
                        x={x}
                        width={slot * 0.7}
                        y={y(base + segment.value)}
                        height={y(base) - y(base + segment.value)}
                        fill={colour(segment.series)}
                      >
                        <title>{`${bar.x}${segment.series === '' ? '' : ` · ${segment.series}`}: ${segment.value}`}</title>
                      </rect>
                    );
                    base += segment.value;
                    return rect;
                  })}
                  {index % labelEvery === 0 && (
                    <text
                      x={x + slot * 0.35}
                      y={height - PLOT.bottom + 16}
                      textAnchor="middle"
                      fontSize="11"
                      fill="var(--ds-text-subtle, #44546F)"
                    >
                      {bar.x}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        </div>
        {series.length > 1 && (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {series.map((name) => (
              <li
                key={name}
                style={{
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 4,
                  marginRight: 12,
                  fontSize: 12,
                }}
              >
                <span
                  style={{ width: 10, height: 10, borderRadius: 2, background: colour(name) }}
                />
                {name}
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Box>
  );
};

export const chartNodes: NodeRegistry = {
  BarChart: ChartNode,
  StackBarChart: ChartNode,
};
