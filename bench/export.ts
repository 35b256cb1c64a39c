/**
 * Export of 10,000 and 100,000 records through the real export job and handler, against a mock Jira that takes
 * 150 ms per request: Jira requests, wall time against the ideal (requests × latency ÷ concurrency), peak memory.
 */
import { buildExportFile } from '../src/export/file';
import { createExportJob } from '../src/export/job';
import { checkUniqueIds } from '../src/export/verify';
import { MAX_LIMIT } from '../src/contract';
import { EXPORT_PAGE_SIZE } from '../src/export/paging-plan';
import { auditPageResultSchema } from '../src/contract';
import { generateAuditLog } from '../src/testing/mock-jira';
import { createLatencyJira } from './support/latency-jira';
import { callGetAuditPage, coldStart } from './support/forge-handler';
import { withPeakMemory } from './support/measure';
import { mib, ratio, runStandalone, type BenchRow, type BenchSection } from './support/report';

const LATENCY_MS = 150;
/** As the export modal runs it (static/export/src/use-export.ts MAX_IN_FLIGHT). */
const MAX_IN_FLIGHT = 3;

const exportOnce = async (count: number, pageSize = EXPORT_PAGE_SIZE) => {
  const end = new Date(Date.now() - 60_000);
  const log = generateAuditLog({ count, seed: count, end, spanDays: 90, authorCount: 50 });
  const jira = createLatencyJira(log, LATENCY_MS);
  jira.install();
  try {
    coldStart();
    const to = new Date().toISOString();
    let invokes = 0;
    const started = performance.now();
    let pagedMs = 0;
    const measured = await withPeakMemory(async () => {
      const outcome = await createExportJob({
        limit: pageSize,
        maxInFlight: MAX_IN_FLIGHT,
        fetchPage: async ({ offset, limit }) => {
          invokes += 1;
          // What the modal does with each answer: check it against the contract's result shape.
          return auditPageResultSchema.parse(await callGetAuditPage({ to, offset, limit }));
        },
      }).run();
      pagedMs = performance.now() - started;
      if (outcome.status !== 'done') throw new Error(`export of ${count}: ${outcome.status}`);
      const check = checkUniqueIds(outcome.records);
      const file = buildExportFile({
        records: check.records,
        format: 'csv',
        siteUrl: 'https://mock-site.atlassian.net',
        to,
      });
      return { check, file };
    });
    const { check, file } = measured.result;
    if (check.records.length !== count || check.duplicateIds.length > 0 || file.written !== count) {
      throw new Error(
        `export of ${count}: ${check.records.length} records, ${check.duplicateIds.length} duplicates`,
      );
    }
    const { audit, users } = jira.counts;
    return {
      invokes,
      audit,
      users,
      pagedMs,
      totalMs: performance.now() - started,
      measured,
      csvBytes: Buffer.byteLength(file.text),
    };
  } finally {
    jira.uninstall();
  }
};

export const run = async (): Promise<BenchSection> => {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const count of [10_000, 100_000]) {
    const result = await exportOnce(count);
    const requests = result.audit + result.users;
    const ideal = (requests * LATENCY_MS) / MAX_IN_FLIGHT;
    const label = count.toLocaleString('en-US');
    rows.push(
      {
        benchmark: `export ${label}: Jira requests`,
        measured: `${result.audit} audit + ${result.users} user/bulk`,
        baseline: `${result.invokes} getAuditPage calls of ${EXPORT_PAGE_SIZE}`,
        ratio: ratio(requests, result.invokes),
      },
      {
        benchmark: `export ${label}: wall time to the last page`,
        measured: `${(result.pagedMs / 1000).toFixed(2)} s`,
        baseline: `${(ideal / 1000).toFixed(2)} s ideal (${requests} × ${LATENCY_MS} ms ÷ ${MAX_IN_FLIGHT})`,
        ratio: ratio(result.pagedMs, ideal),
      },
      {
        benchmark: `export ${label}: peak memory (paging + id check + CSV)`,
        measured: `+${mib(result.measured.peakHeap - result.measured.startHeap)} heap, ${mib(result.measured.peakRss)} RSS`,
        baseline: `${mib(result.measured.startHeap)} heap before, after a full GC (the mock Jira holding the log)`,
      },
    );
    notes.push(
      `${label}: all ${label} records exported once each (ids checked), CSV ${mib(result.csvBytes)}, ${(result.totalMs / 1000).toFixed(2)} s including the CSV.`,
    );
  }
  // Comparison: pages of 1000 make the resolver send a 1-record probe beside every page.
  const capped = await exportOnce(100_000, MAX_LIMIT);
  rows.push({
    benchmark: 'export 100,000 in pages of 1000 (before): Jira requests',
    measured: `${capped.audit} audit + ${capped.users} user/bulk, ${(capped.pagedMs / 1000).toFixed(2)} s`,
    baseline: `${capped.invokes} getAuditPage calls of 1000`,
    ratio: ratio(capped.audit + capped.users, capped.invokes),
  });
  notes.push(
    `Every Jira request (audit and user/bulk) waits ${LATENCY_MS} ms in the mock; ${MAX_IN_FLIGHT} getAuditPage calls in flight, each of ${EXPORT_PAGE_SIZE} records, which the resolver reads from Jira in one request of ${EXPORT_PAGE_SIZE + 1} (at 1000 it needs a 1-record probe beside each page, doubling the requests). Pages are checked with the page's result schema as the modal does. The benchmark's Jira slices pages from the pre-sorted log (bench/support/latency-jira.ts): the general mock scans the whole log per request, which made 70% of the CPU of a 100,000-record run.`,
  );
  return { title: 'Export with 150 ms Jira latency', rows, notes };
};

runStandalone(module, run);
