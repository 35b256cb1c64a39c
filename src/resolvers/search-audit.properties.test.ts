/**
 * searchAudit's `text`, `from` and `to` find exactly what Jira's own filter finds on the same records, in Jira's
 * order: the mock Jira (which plays Jira's matching, see jira-audit-api.md) is the oracle, asked directly.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { useArchiveHost } from '../archive/testing/archive-host';
import { createFakeClock } from '../jira/testing/fake-clock';
import { generateAuditLog, rawRecord, type RawAuditRecord } from '../testing/mock-jira';
import { JIRA_CLOUD_WIRE_RECORDS } from '../testing/fixtures/jira-cloud-audit-records';

const END = Date.UTC(2026, 10, 24, 12);
const SPAN_DAYS = 60;
const generated = generateAuditLog({
  count: 700,
  seed: 99,
  end: new Date(END),
  spanDays: SPAN_DAYS,
  authorCount: 12,
});
// Values that break naive matching: wildcards, the LIKE escape, backslashes, case folds that change length.
const tricky: RawAuditRecord[] = [
  '50%_off',
  'a!b',
  'C:\\Temp',
  'İstanbul',
  'STRASSE straße',
  'ǅemal',
  'ΣΊΣΥΦΟΣ',
].map((summary, index) =>
  rawRecord({ id: 900_000 + index, summary, created: '2026-11-20T08:00:00.000+0000' }),
);
// The real site's records, dated inside the window so retention keeps them.
const real = JIRA_CLOUD_WIRE_RECORDS.map((record, index) => ({
  ...record,
  id: 800_000 + index,
  created: '2026-11-21T09:30:00.000+0000',
}));
const LOG = [...generated.records, ...tricky, ...real];

const host = useArchiveHost(() => ({
  records: LOG,
  users: generated.users,
  clock: createFakeClock(END + 60_000),
  settings: { freshMs: Number.POSITIVE_INFINITY },
}));

/** What Jira's filter returns for the same search, every page of it. */
const jiraIds = async (query: { text?: string; from?: string; to?: string }) => {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const params = new URLSearchParams({ offset: String(offset), limit: '1000' });
    if (query.text) params.set('filter', query.text);
    if (query.from) params.set('from', query.from);
    if (query.to) params.set('to', query.to);
    const response = await host.jira.fetch(
      { provider: 'user' },
      `/rest/api/3/auditing/record?${params}`,
    );
    const { records } = (await response.json()) as { records: RawAuditRecord[] };
    ids.push(...records.map((record) => record.id));
    if (records.length < 1000) return ids;
  }
};

/** Every page of the archive's answer, by cursor. */
const archiveIds = async (query: object) => {
  const ids: number[] = [];
  let cursor: string | undefined;
  let total = -1;
  do {
    const answer = await host.searchAudit({ ...query, limit: 200, cursor });
    if (!answer.ok) throw new Error(answer.error.message);
    ids.push(...answer.records.map((record) => record.id));
    total = answer.total;
    cursor = answer.nextCursor;
  } while (cursor);
  expect(ids).toHaveLength(total);
  return ids;
};

const fieldValues = (record: RawAuditRecord) =>
  [
    record.summary,
    record.category,
    record.eventSource ?? '',
    record.objectItem?.name ?? '',
    record.objectItem?.parentName ?? '',
    record.objectItem?.typeName ?? '',
    ...(record.changedValues ?? []).flatMap((change) => [
      change.changedFrom ?? '',
      change.changedTo ?? '',
    ]),
    record.remoteAddress ?? '',
    record.description ?? '', // not searched by Jira: its words must not match
    record.authorAccountId ?? '',
  ].filter((value) => value.trim() !== '');

/** A term cut from some record's field, in changed case, or a bit of noise. */
const term = fc.oneof(
  fc
    .record({
      record: fc.constantFrom(...LOG),
      pick: fc.nat(),
      start: fc.nat(),
      length: fc.integer({ min: 1, max: 8 }),
      upper: fc.boolean(),
    })
    .map(({ record, pick, start, length, upper }) => {
      const values = fieldValues(record);
      const value = values[pick % values.length] ?? 'x';
      const from = start % value.length;
      const cut = value.slice(from, from + length).split(/\s+/)[0] || value.slice(0, 1);
      return upper ? cut.toUpperCase() : cut;
    }),
  fc.string({
    unit: fc.constantFrom('a', 'E', '%', '_', '!', '\\', 'İ', 'ß', '.', ':', '1'),
    minLength: 1,
    maxLength: 3,
  }),
);
const separator = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', ' \u3000 ');
const text = fc
  .tuple(fc.array(term, { minLength: 1, maxLength: 3 }), separator)
  .map(([terms, gap]) => terms.join(gap).slice(0, 200));

const instant = fc
  .record({
    ms: fc.integer({ min: END - (SPAN_DAYS + 2) * 86_400_000, max: END + 86_400_000 }),
    zone: fc.constantFrom('UTC', 'UTC+1', 'UTC-5:30', 'UTC+14'),
    style: fc.constantFrom("yyyy-MM-dd'T'HH:mm:ss.SSSZZ", "yyyy-MM-dd'T'HH:mm:ssZZZ"),
  })
  .map(({ ms, zone, style }) => DateTime.fromMillis(ms, { zone }).toFormat(style));

describe('searchAudit against Jira’s own filter', () => {
  it('text, from and to find exactly Jira’s records, newest first', async () => {
    await host.syncUntilDone();
    await fc.assert(
      fc.asyncProperty(
        fc.option(text, { nil: undefined }),
        fc.option(instant, { nil: undefined }),
        fc.option(instant, { nil: undefined }),
        async (query, a, b) => {
          const [from, to] = a && b && DateTime.fromISO(a) > DateTime.fromISO(b) ? [b, a] : [a, b];
          const search = { text: query, from, to };
          expect(await archiveIds(search)).toEqual(
            await jiraIds({ ...search, text: query?.trim() }),
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('finds something for most generated terms (the property above is not vacuous)', async () => {
    await host.syncUntilDone();
    const samples = fc.sample(text, { numRuns: 60, seed: 7 });
    let nonEmpty = 0;
    for (const sample of samples) if ((await jiraIds({ text: sample })).length > 0) nonEmpty += 1;
    expect(nonEmpty).toBeGreaterThan(20);
  });
});
