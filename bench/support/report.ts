/** One measured number beside its baseline, as a row of the benchmark table. */
export interface BenchRow {
  readonly benchmark: string;
  readonly measured: string;
  readonly baseline: string;
  /** measured ÷ baseline, when the two share a unit. */
  readonly ratio?: number;
  /** Human-readable goal, e.g. "≤ 1.3×". */
  readonly goal?: string;
  readonly met?: boolean;
}

export interface BenchSection {
  readonly title: string;
  readonly rows: readonly BenchRow[];
  /** Extra lines worth reading beside the table (how it was measured, caveats). */
  readonly notes?: readonly string[];
}

export const ratio = (measured: number, baseline: number): number => measured / baseline;

export const formatRatio = (value: number | undefined): string =>
  value === undefined ? '' : `${value.toFixed(2)}×`;

export const verdict = (row: BenchRow): string =>
  row.met === undefined ? '' : row.met ? 'met' : 'MISSED';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export const sectionTable = ({ rows }: BenchSection): string =>
  [
    '| benchmark | measured | baseline | ratio | goal | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows
      .map((row) =>
        [
          row.benchmark,
          row.measured,
          row.baseline,
          formatRatio(row.ratio),
          row.goal ?? '',
          verdict(row),
        ]
          .map(cell)
          .join(' | '),
      )
      .map((line) => `| ${line} |`),
  ].join('\n');

export const sectionMarkdown = (section: BenchSection): string =>
  [
    `### ${section.title}`,
    '',
    sectionTable(section),
    ...(section.notes?.length ? ['', ...section.notes.map((note) => `- ${note}`)] : []),
  ].join('\n');

export const printSection = (section: BenchSection): void => {
  console.log(`\n${sectionMarkdown(section)}\n`);
};

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
export const ms = (value: number): string =>
  value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(2)} ms`;

/** Runs a section on its own when its file is the entry (`tsx bench/x.ts`). */
export const runStandalone = (module: NodeModule, run: () => Promise<BenchSection>): void => {
  if (require.main !== module) return;
  run()
    .then(printSection)
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
};
