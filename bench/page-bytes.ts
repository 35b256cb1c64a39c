/** Bytes the page receives per 50 rows (the resolver's JSON result) against Jira's raw bytes for those rows. */
import { createMockJira, generateAuditLog } from '../src/testing/mock-jira';
import { callGetAuditPage, coldStart } from './support/forge-handler';
import { kib, ratio, runStandalone, type BenchSection } from './support/report';

const PAGES = 20;
const ROWS = 50;

export const run = async (): Promise<BenchSection> => {
  const log = generateAuditLog({
    count: PAGES * ROWS + 1,
    seed: 11,
    end: new Date('2026-11-24T12:00:00Z'),
    spanDays: 30,
    authorCount: 40,
  });
  const jira = createMockJira(log);
  jira.install();
  let received = 0;
  let rawAudit = 0;
  let rawUsers = 0;
  try {
    coldStart();
    for (let page = 0; page < PAGES; page += 1) {
      const offset = page * ROWS;
      const result = await callGetAuditPage({ offset, limit: ROWS });
      if (!result.ok || result.records.length !== ROWS) throw new Error('page-bytes: short page');
      // What Forge sends the page is the result's JSON.
      received += Buffer.byteLength(JSON.stringify(result));
      // Jira's own body for exactly those 50 rows, as it would send them for limit=50.
      const jiraBody = await (
        await jira.fetch(
          { provider: 'user' },
          `/rest/api/3/auditing/record?offset=${offset}&limit=${ROWS}`,
        )
      ).text();
      rawAudit += Buffer.byteLength(jiraBody);
    }
    // user/bulk bodies for every author of those rows, asked one page at a time like a cold function would.
    const authorIds = [
      ...new Set(
        log.records
          .slice(0, PAGES * ROWS)
          .flatMap((record) => (record.authorAccountId ? [record.authorAccountId] : [])),
      ),
    ];
    const query = authorIds.map((id) => `accountId=${encodeURIComponent(id)}`).join('&');
    rawUsers = Buffer.byteLength(
      await (
        await jira.fetch(
          { provider: 'user' },
          `/rest/api/3/user/bulk?${query}&maxResults=${authorIds.length}`,
        )
      ).text(),
    );
  } finally {
    jira.uninstall();
  }
  const perPage = received / PAGES;
  const rawPerPage = rawAudit / PAGES;
  return {
    title: 'Bytes the page receives per 50 rows',
    rows: [
      {
        benchmark: 'getAuditPage result, 50 rows (JSON)',
        measured: kib(perPage),
        baseline: `${kib(rawPerPage)} Jira audit body for the same rows`,
        ratio: ratio(perPage, rawPerPage),
      },
      {
        benchmark: 'getAuditPage result, 50 rows (JSON)',
        measured: kib(perPage),
        baseline: `${kib(rawPerPage + rawUsers / PAGES)} Jira audit body + its share of user/bulk bodies`,
        ratio: ratio(perPage, rawPerPage + rawUsers / PAGES),
      },
    ],
    notes: [
      `Mean over ${PAGES} consecutive pages of a generated log (40 authors). The result adds each record's author (name, avatar URL) and drops Jira's deprecated authorKey, offset/limit/total envelope and the extra record the resolver asks for to compute hasMore.`,
      `user/bulk for all ${PAGES * ROWS} rows' authors: ${kib(rawUsers)} in one body (a warm function asks for them only once).`,
    ],
  };
};

runStandalone(module, run);
