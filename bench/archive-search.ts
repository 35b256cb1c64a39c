/**
 * searchAudit over 500,000 archived records (MariaDB standing in for Forge SQL), with facets and the exact total,
 * each figure beside a SELECT of the same page by primary key in the same run; and what a record costs to store.
 */
import mysql from 'mysql2/promise';
import { sql } from '@forge/sql';
import { createArchiveDeps } from '../src/archive/archive-deps';
import { storeRecords } from '../src/archive/store-records';
import type { SearchAuditResult } from '../src/contract';
import { createJiraDeps } from '../src/jira/jira-deps';
import { normaliseRecord } from '../src/jira/normalise-record';
import { createResolverHandler } from '../src/resolvers';
import { routeForgeFetch } from '../src/testing/forge-host/forge-fetch';
import { forgeFetchSlot } from '../src/testing/forge-host/forge-fetch-slot';
import { invokeResolverFunction } from '../src/testing/forge-host/invoke-function';
import { startLocalForgeSql } from '../src/testing/mariadb/local-forge-sql';
import { createMockJira, generateAuditLog } from '../src/testing/mock-jira';
import { searchScenarios, type Scenario } from './support/archive-scenarios';
import { mib, ms, runStandalone, type BenchRow, type BenchSection } from './support/report';

const COUNT = 500_000;
const END = Date.UTC(2026, 10, 24, 12);
const BUDGET = 900 * 1024 * 1024;

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const run = async (): Promise<BenchSection> => {
  // Forge SQL allows 62.5 s of query time a minute; this run asks far more in a row than an admin would.
  const local = await startLocalForgeSql({
    prefix: 'ale_bench_search',
    bufferPoolMb: 1536,
    limits: { queryMsPerMinute: Number.POSITIVE_INFINITY },
  });
  const { records, users } = generateAuditLog({
    count: COUNT,
    seed: 500,
    end: new Date(END),
    spanDays: 365,
    authorCount: 150,
  });
  const slot = forgeFetchSlot(
    routeForgeFetch({
      jira: createMockJira({ records: records.slice(0, 5), users }).fetch,
      sql: local.sql.fetch,
    }),
  );
  slot.install();
  const archive = createArchiveDeps({ settings: { freshMs: Number.POSITIVE_INFINITY } });
  const connection = await mysql.createConnection({ uri: local.database.url, dateStrings: true });
  try {
    await archive.schema.ready();
    const loadStarted = Date.now();
    let jsonBytes = 0;
    for (let start = 0; start < records.length; start += 2_000) {
      const batch = records.slice(start, start + 2_000);
      for (const record of batch) jsonBytes += Buffer.byteLength(JSON.stringify(record));
      await storeRecords(
        archive,
        batch.map((record) => normaliseRecord(record)),
      );
    }
    const loadSeconds = (Date.now() - loadStarted) / 1000;
    await connection.query(
      'UPDATE archive_state SET synced_through = ?, backfill_to = ?, backfill_done = 1',
      [END, END],
    );
    const tables = [
      'archive_record',
      'archive_record_body',
      'archive_author',
      'archive_value',
      'archive_state',
    ];
    for (const table of tables) await connection.query(`ANALYZE TABLE ${table}`);
    const [sizes] = await connection.query(
      'SELECT SUM(DATA_LENGTH + INDEX_LENGTH) AS bytes FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
    );
    const stored = Number((sizes as { bytes: string }[])[0]!.bytes);
    const perRecord = stored / COUNT;
    const jsonPerRecord = jsonBytes / COUNT;

    const handler = createResolverHandler(createJiraDeps(), archive);
    const search = async (payload: object) => {
      const started = performance.now();
      const answer = (await invokeResolverFunction(handler, {
        functionKey: 'searchAudit',
        payload,
      })) as SearchAuditResult;
      return { answer, ms: performance.now() - started };
    };
    const byPrimaryKey = async (keys: { created: number; id: number }[]) => {
      const started = performance.now();
      await sql
        .prepare(
          `SELECT created, id, TO_BASE64(body) AS body FROM archive_record_body WHERE (created, id) IN (${keys.map(() => '(?, ?)').join(', ')})`,
        )
        .bindParams(...keys.flatMap((key) => [key.created, key.id]))
        .execute();
      return performance.now() - started;
    };
    await search({}); // the access proof and warm caches, as a warm function instance has them
    const results = new Map<
      string,
      { ms: number[]; baseline: number[]; failures: number; queryMs: number[] }
    >();
    for (const scenario of searchScenarios(records, users, END)) {
      const entry = results.get(scenario.group) ?? {
        ms: [],
        baseline: [],
        failures: 0,
        queryMs: [],
      };
      results.set(scenario.group, entry);
      const queryBefore = local.sql.queryMs();
      const { answer, ms: took } = await search(scenario.payload);
      entry.queryMs.push(local.sql.queryMs() - queryBefore);
      if (!answer.ok) {
        entry.failures += 1;
        continue;
      }
      entry.ms.push(took);
      const keys = answer.records.map((record) => ({
        created: Date.parse(record.created.replace(/(\d\d)(\d\d)$/, '$1:$2')),
        id: record.id,
      }));
      entry.baseline.push(keys.length === 0 ? 0 : await byPrimaryKey(keys));
    }
    return report(results, { perRecord, jsonPerRecord, stored, loadSeconds });
  } finally {
    await connection.end();
    slot.uninstall();
    await local.close();
  }
};

const GOALS: Record<Scenario['group'], { limit: number; goal: string } | undefined> = {
  '30-day window': { limit: 150, goal: 'p95 ≤ 150 ms' },
  '30-day window with facet filters': { limit: 150, goal: 'p95 ≤ 150 ms' },
  'whole archive with text': { limit: 1_500, goal: 'p95 ≤ 1.5 s' },
  'whole archive without text': undefined,
};

const report = (
  results: Map<string, { ms: number[]; baseline: number[]; failures: number; queryMs: number[] }>,
  storage: { perRecord: number; jsonPerRecord: number; stored: number; loadSeconds: number },
): BenchSection => {
  const rows: BenchRow[] = [];
  let slowest = 0;
  let failures = 0;
  for (const [group, { ms: took, baseline, failures: failed, queryMs }] of results) {
    const p95 = percentile(took, 95);
    const base = percentile(baseline, 95);
    slowest = Math.max(slowest, ...took);
    failures += failed;
    const goal = GOALS[group as Scenario['group']];
    rows.push({
      benchmark: `searchAudit, ${group} (${took.length} searches, first page of 50, total + facets)`,
      measured: `p95 ${ms(p95)} (median ${ms(percentile(took, 50))}, max ${ms(Math.max(...took))}; ${ms(percentile(queryMs, 50))} of query time each)`,
      baseline: `p95 ${ms(base)} same page by primary key`,
      ratio: p95 / base,
      ...(goal ? { goal: goal.goal, met: p95 <= goal.limit && failed === 0 } : {}),
    });
  }
  rows.push({
    benchmark: 'no query over 5 s (the bridge cancels SELECTs at 5 s, as Forge SQL does)',
    measured: `${failures} failed searches; slowest search ${ms(slowest)}`,
    baseline: '0',
    goal: 'none over 5 s',
    met: failures === 0 && slowest < 5_000,
  });
  rows.push({
    benchmark: `storage per record, data + indexes (information_schema after ANALYZE TABLE)`,
    measured: `${storage.perRecord.toFixed(0)} bytes`,
    baseline: `${storage.jsonPerRecord.toFixed(0)} bytes of Jira JSON`,
    ratio: storage.perRecord / storage.jsonPerRecord,
    goal: '≤ 1.5×',
    met: storage.perRecord <= 1.5 * storage.jsonPerRecord,
  });
  rows.push({
    benchmark: `${COUNT.toLocaleString('en')} records in the 900 MiB budget`,
    measured: `${mib(storage.stored)}; 1 GiB holds ${Math.floor(2 ** 30 / storage.perRecord).toLocaleString('en')} records`,
    baseline: mib(BUDGET),
    ratio: storage.stored / BUDGET,
    goal: '≤ 900 MiB',
    met: storage.stored <= BUDGET,
  });
  return {
    title: 'Archive search and storage (500,000 records)',
    rows,
    notes: [
      `Loaded through the app's own insert path (storeRecords, 2,000 records a batch, through the Forge SQL bridge) in ${storage.loadSeconds.toFixed(0)} s.`,
      'Each search goes through `handler` as Forge calls it (access proof cached, as in a warm instance); its queries run side by side. The baseline reads the same page of bodies by primary key through the same bridge.',
      'The run lifts the bridge\'s 62.5 s-per-minute query time limit only: it sends searches back to back. "query time each" is what one search spends of that budget.',
    ],
  };
};

runStandalone(module, run);
