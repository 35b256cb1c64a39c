/**
 * Export of 10,000 and 100,000 records through the dialog's streaming file export (job, id check, writer, Blob parts)
 * and the real handler, against a mock Jira that takes 150 ms per request: Jira requests, wall time against the
 * ideal (requests × latency ÷ concurrency), and peak heap against the size of the file produced.
 */
import { MAX_LIMIT, auditPageResultSchema } from '../src/contract';
import { createFileExport } from '../src/export';
import { EXPORT_PAGE_SIZE } from '../src/export/paging-plan';
import { generateAuditLog } from '../src/testing/mock-jira';
import { readCsvLikeASpreadsheet } from '../src/testing/spreadsheet/read-csv';
import { createLatencyJira } from './support/latency-jira';
import { callGetAuditPage, coldStart } from './support/forge-handler';
import { dialogAlone } from './support/dialog-alone';
import { collectGarbage, withPeakMemory } from './support/measure';
import { mib, ratio, runStandalone, type BenchRow, type BenchSection } from './support/report';

const LATENCY_MS = 150;
/** As the export modal runs it (static/export/src/use-export.ts MAX_IN_FLIGHT). */
const MAX_IN_FLIGHT = 3;
/** Goal: the export holds at most twice its file's size on the heap at any time. */
const HEAP_GOAL = 2;

/**
 * One export. With `liveHeap`, a full GC runs each time a page has been handed to the file, and the heap left is
 * sampled: what the export really holds, without garbage V8 had not yet collected (that run's time is not used).
 */
const exportOnce = async (
  count: number,
  { pageSize = EXPORT_PAGE_SIZE, liveHeap = false } = {},
) => {
  // Requests past the end that the last export dropped still hold its Jira until they answer: let them.
  await new Promise((resolve) => setTimeout(resolve, 4 * LATENCY_MS));
  const end = new Date(Date.now() - 60_000);
  const log = generateAuditLog({ count, seed: count, end, spanDays: 90, authorCount: 50 });
  const jira = createLatencyJira(log, LATENCY_MS);
  jira.install();
  try {
    coldStart();
    const to = new Date().toISOString();
    let invokes = 0;
    /** Records the resolver's pages delivered, counted here: the independent side of the file's check. */
    let delivered = 0;
    let peakLive = 0;
    // V8 drops bytecode unused for several full GCs; flush the setup's now, or it would hide what the export holds.
    if (liveHeap) for (let round = 0; round < 10; round++) collectGarbage();
    const started = performance.now();
    const measured = await withPeakMemory(async () => {
      const outcome = await createFileExport({
        onProgress: () => {
          if (!liveHeap) return;
          collectGarbage();
          peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
        },
        limit: pageSize,
        maxInFlight: MAX_IN_FLIGHT,
        file: {
          format: 'csv',
          siteUrl: 'https://mock-site.atlassian.net',
          to,
          zone: 'Europe/Berlin',
        },
        fetchPage: async ({ offset, limit }) => {
          invokes += 1;
          // What the modal does with each answer: check it against the contract's result shape.
          const result = auditPageResultSchema.parse(await callGetAuditPage({ to, offset, limit }));
          if (result.ok) delivered += result.records.length;
          return result;
        },
      }).run();
      if (outcome.status !== 'done') throw new Error(`export of ${count}: ${outcome.status}`);
      if (liveHeap) {
        // The finished file in hand, before anything reads it back.
        collectGarbage();
        peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
      }
      return outcome;
    });
    const totalMs = performance.now() - started;
    const { file, check } = measured.result;
    // Read back as a spreadsheet would, outside the measurement: one row per record, none twice.
    const rows = readCsvLikeASpreadsheet(await file.blob.text()).slice(1);
    const ids = new Set(rows.map((row) => row[0]));
    if (!check.ok || rows.length !== count || ids.size !== count || delivered !== count) {
      throw new Error(
        `export of ${count}: ${rows.length} rows (${ids.size} ids) read back, ${delivered} delivered, check: ${check.message}`,
      );
    }
    const { audit, users } = jira.counts;
    return { invokes, audit, users, totalMs, measured, fileBytes: file.blob.size, peakLive };
  } finally {
    jira.uninstall();
  }
};

export const run = async (): Promise<BenchSection> => {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  for (const count of [10_000, 100_000]) {
    const result = await exportOnce(count);
    const live = await exportOnce(count, { liveHeap: true });
    const requests = result.audit + result.users;
    const ideal = (requests * LATENCY_MS) / MAX_IN_FLIGHT;
    const label = count.toLocaleString('en-US');
    const { startHeap, peakHeap, peakRss } = result.measured;
    const liveDelta = live.peakLive - live.measured.startHeap;
    const heapRatio = ratio(liveDelta, live.fileBytes);
    rows.push(
      {
        benchmark: `export ${label}: Jira requests`,
        measured: `${result.audit} audit + ${result.users} user/bulk`,
        baseline: `${result.invokes} getAuditPage calls of ${EXPORT_PAGE_SIZE}`,
        ratio: ratio(requests, result.invokes),
      },
      {
        benchmark: `export ${label}: wall time to the finished file`,
        measured: `${(result.totalMs / 1000).toFixed(2)} s`,
        baseline: `${(ideal / 1000).toFixed(2)} s ideal (${requests} × ${LATENCY_MS} ms ÷ ${MAX_IN_FLIGHT})`,
        ratio: ratio(result.totalMs, ideal),
      },
      {
        benchmark: `export ${label}: peak live heap (paging + id check + CSV in Blob parts)`,
        measured: `+${mib(liveDelta)} heap after a full GC at each page`,
        baseline: `${mib(live.fileBytes)} CSV file (${mib(live.measured.startHeap)} heap before)`,
        ratio: heapRatio,
        goal: `≤ ${HEAP_GOAL}×`,
        met: heapRatio <= HEAP_GOAL,
      },
      {
        benchmark: `export ${label}: peak heap sampled, garbage included`,
        measured: `+${mib(peakHeap - startHeap)} heap (${mib(peakRss)} RSS)`,
        baseline: `${mib(result.fileBytes)} CSV file (${mib(startHeap)} heap before, after a full GC)`,
        ratio: ratio(peakHeap - startHeap, result.fileBytes),
      },
    );
    notes.push(
      `${label}: all ${label} records exported once each (the file read back as a spreadsheet reads it: ${label} rows, ${label} distinct ids, matching the ${label} records the pages delivered), CSV ${result.fileBytes.toLocaleString('en-US')} bytes.`,
    );
  }
  const alone = await dialogAlone(100_000, { latencyMs: LATENCY_MS, maxInFlight: MAX_IN_FLIGHT });
  rows.push({
    benchmark: 'export 100,000: peak heap sampled, garbage included, the dialog alone',
    measured: `+${mib(alone.peakHeap - alone.startHeap)} heap (${mib(alone.peakRss)} RSS)`,
    baseline: `${mib(alone.fileBytes)} CSV file (${mib(alone.startHeap)} heap before, after a full GC)`,
    ratio: ratio(alone.peakHeap - alone.startHeap, alone.fileBytes),
    // The same goal, read on heap that also holds garbage V8 has not collected yet.
    goal: `≤ ${HEAP_GOAL}×`,
    met: alone.peakHeap - alone.startHeap <= HEAP_GOAL * alone.fileBytes,
  });
  // Comparison: pages of 1000 make the resolver send a 1-record probe beside every page.
  const capped = await exportOnce(100_000, { pageSize: MAX_LIMIT });
  rows.push({
    benchmark: 'export 100,000 in pages of 1000 (before): Jira requests',
    measured: `${capped.audit} audit + ${capped.users} user/bulk, ${(capped.totalMs / 1000).toFixed(2)} s`,
    baseline: `${capped.invokes} getAuditPage calls of 1000`,
    ratio: ratio(capped.audit + capped.users, capped.invokes),
  });
  notes.push(
    `Every Jira request (audit and user/bulk) waits ${LATENCY_MS} ms in the mock; ${MAX_IN_FLIGHT} getAuditPage calls in flight, each of ${EXPORT_PAGE_SIZE} records, which the resolver reads from Jira in one request of ${EXPORT_PAGE_SIZE + 1} (at 1000 it needs a 1-record probe beside each page, doubling the requests). Pages are checked with the page's result schema as the modal does. The benchmark's Jira slices pages from the pre-sorted log (bench/support/latency-jira.ts): the general mock scans the whole log per request, which made 70% of the CPU of a 100,000-record run.`,
    'The dialog alone: the same file export in a heap of its own (about 17 MiB before, like a browser tab), pages arriving as invoke delivers them (JSON-parsed, schema-checked) from one real page of records renumbered to their place in the log.',
    "Memory: one Node process plays the resolver, its Jira and the dialog. The live heap is measured in a second run of each size that forces a full GC each time a page has been handed to the file (and once more with the finished file in hand) and reads heapUsed: what the export holds, including the resolver's pages in flight. The sampled peak (every 20 ms, no forced GC, the first run) also counts garbage V8 had not collected yet, mostly the resolver's: Jira bodies, normalised pages and their JSON round trip. The file's Blob parts live outside the JS heap (a browser keeps them in its Blob store; Node counts them in RSS only).",
  );
  return { title: 'Export with 150 ms Jira latency', rows, notes };
};

runStandalone(module, run);
