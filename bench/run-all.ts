/** `npm run bench`: every benchmark in turn, a table on stdout and the same in bench/results.md. */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatRatio, sectionMarkdown, type BenchSection } from './support/report';

type Bench = {
  readonly name: string;
  readonly load: () => Promise<{ run: () => Promise<BenchSection> }>;
};

const BENCHES: readonly Bench[] = [
  { name: 'resolver-cpu', load: () => import('./resolver-cpu') },
  { name: 'jira-requests', load: () => import('./jira-requests') },
  { name: 'page-bytes', load: () => import('./page-bytes') },
  { name: 'export', load: () => import('./export') },
  { name: 'bundle-size', load: () => import('./bundle-size') },
  { name: 'preview-timing', load: () => import('./preview-timing') },
  { name: 'archive-sync', load: () => import('./archive-sync') },
  { name: 'archive-search', load: () => import('./archive-search') },
];

const RESULTS_FILE = path.join(__dirname, 'results.md');

const only = process.argv.slice(2);

const main = async () => {
  const sections: BenchSection[] = [];
  for (const bench of BENCHES.filter(
    (candidate) => only.length === 0 || only.includes(candidate.name),
  )) {
    const started = Date.now();
    process.stdout.write(`bench ${bench.name}… `);
    try {
      const section = await (await bench.load()).run();
      sections.push({
        ...section,
        notes: [
          ...(section.notes ?? []),
          `(${bench.name}: ${((Date.now() - started) / 1000).toFixed(0)} s)`,
        ],
      });
      console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
      console.log(`\n${sectionMarkdown(sections.at(-1)!)}\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`FAILED: ${message}`);
      sections.push({ title: bench.name, rows: [], notes: [`FAILED: ${message}`] });
      process.exitCode = 1;
    }
  }
  const goals = sections.flatMap((section) =>
    section.rows
      .filter((row) => row.met !== undefined)
      .map(
        (row) =>
          `- ${row.met ? 'met' : '**missed**'}: ${row.benchmark}: ${row.measured}${row.ratio === undefined ? '' : ` = ${formatRatio(row.ratio)} ${row.baseline}`} (goal ${row.goal})`,
      ),
  );
  const cpu = os.cpus();
  const header = [
    '# Benchmark results',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString()}: Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()}. The machine was shared with other work, so CPU numbers move by ±20 % between runs; every ratio compares against a baseline measured in the same run.`,
    '',
    '## Goals',
    '',
    ...goals,
    '',
  ];
  const body = sections.map((section) => sectionMarkdown(section)).join('\n\n');
  if (only.length === 0) writeFileSync(RESULTS_FILE, `${header.join('\n')}\n${body}\n`);
  console.log(goals.join('\n'));
  if (only.length === 0) console.log(`\nwritten to ${path.relative(process.cwd(), RESULTS_FILE)}`);
};

void main();
