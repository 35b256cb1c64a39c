/**
 * Bytes the page receives per 50 rows (the resolver's JSON result for the payload the page sends) against Jira's raw
 * bytes for those rows, beside the result with author names (the default for other callers, e.g. the export).
 */
import { pagePayload } from '../src/frontend/search-model';
import { createMockJira, generateAuditLog } from '../src/testing/mock-jira';
import { callGetAuditPage, coldStart } from './support/forge-handler';
import { kib, ratio, runStandalone, type BenchSection } from './support/report';

const PAGES = 20;
const ROWS = 50;
const GOAL = 1;

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
  let withAuthors = 0;
  let rawAudit = 0;
  let rawUsers = 0;
  try {
    coldStart();
    for (let page = 0; page < PAGES; page += 1) {
      const offset = page * ROWS;
      // Exactly what the page sends for this page of a search up to the log's end.
      const payload = pagePayload({ to: '2026-11-24T12:00:00.000Z', limit: ROWS }, offset);
      const result = await callGetAuditPage(payload);
      const named = await callGetAuditPage({ ...payload, authors: true, emptyLists: true });
      if (!result.ok || result.records.length !== ROWS) throw new Error('page-bytes: short page');
      // What Forge sends the page is the result's JSON.
      received += Buffer.byteLength(JSON.stringify(result));
      withAuthors += Buffer.byteLength(JSON.stringify(named));
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
  const namedPerPage = withAuthors / PAGES;
  const rawPerPage = rawAudit / PAGES;
  return {
    title: 'Bytes the page receives per 50 rows',
    rows: [
      {
        benchmark:
          "getAuditPage result, 50 rows, the page's payload (authors: false, emptyLists: false)",
        measured: kib(perPage),
        baseline: `${kib(rawPerPage)} Jira audit body for the same rows`,
        ratio: ratio(perPage, rawPerPage),
        goal: `≤ ${GOAL}×`,
        met: perPage / rawPerPage <= GOAL,
      },
      {
        benchmark:
          "getAuditPage result, 50 rows, the page's payload (authors: false, emptyLists: false)",
        measured: kib(perPage),
        baseline: `${kib(rawPerPage + rawUsers / PAGES)} Jira audit body + its share of user/bulk bodies`,
        ratio: ratio(perPage, rawPerPage + rawUsers / PAGES),
      },
      {
        benchmark: 'getAuditPage result, 50 rows, with author names (the default, e.g. the export)',
        measured: kib(namedPerPage),
        baseline: `${kib(rawPerPage)} Jira audit body for the same rows`,
        ratio: ratio(namedPerPage, rawPerPage),
      },
    ],
    notes: [
      `Mean over ${PAGES} consecutive pages of a generated log (40 authors). The page asks for no author names (UI Kit's User names people from the account id); the result drops Jira's deprecated authorKey, its offset/limit/total envelope and the extra record the resolver asks for to compute hasMore, and always carries changedValues and associatedItems as arrays (the contract), where Jira leaves empty ones out.`,
      `user/bulk for all ${PAGES * ROWS} rows' authors: ${kib(rawUsers)} in one body (a warm function asks for them only once).`,
    ],
  };
};

runStandalone(module, run);
