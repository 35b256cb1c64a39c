/**
 * getActivitySummary from the archive when it holds the range: every record, per day in the admin's zone (days counted
 * by hand below, across DST changes), the text matched as Jira matches it; from Jira as before when it does not.
 */
import { NeedsAuthenticationError } from '@forge/api';
import type { ActivitySummaryResult } from '../../contract';
import { createFakeClock, type FakeClock } from '../../jira/testing/fake-clock';
import { captureOutput } from '../../faults/testing/capture-output';
import { formatJiraDate, rawRecord, type RawAuditRecord } from '../../testing/mock-jira';
import { ADMIN, useArchiveHost } from '../testing/archive-host';

const NOW = Date.UTC(2026, 10, 25, 12);
const DAY = 86_400_000;
let nextId = 1_000;
const at = (iso: string, category: string, summary = 'Project created'): RawAuditRecord =>
  rawRecord({ id: (nextId += 1), created: formatJiraDate(Date.parse(iso)), category, summary });

const log = [
  // Berlin leaves summer time at 2026-10-25 01:00 UTC (+02:00 → +01:00): 02:00–03:00 local happens twice.
  at('2026-10-24T21:59:59.999Z', 'projects'), // 10-24 23:59:59.999 CEST
  at('2026-10-24T22:00:00.000Z', 'projects', 'Group created'), // 10-25 00:00 CEST
  at('2026-10-25T00:30:00.000Z', 'fields', 'Custom field created'), // 10-25 02:30 CEST
  at('2026-10-25T01:30:00.000Z', 'fields', 'Group field created'), // 10-25 02:30 CET
  at('2026-10-25T22:59:59.999Z', 'projects'), // 10-25 23:59:59.999 CET
  at('2026-10-25T23:00:00.000Z', 'projects', 'Group deleted'), // 10-26 00:00 CET
  // Berlin enters summer time at 2026-03-29 01:00 UTC: that day has 23 hours.
  at('2026-03-28T22:59:59.999Z', 'projects'), // 03-28 23:59:59.999 CET
  at('2026-03-28T23:00:00.000Z', 'projects'), // 03-29 00:00 CET
  at('2026-03-29T21:59:59.999Z', 'fields'), // 03-29 23:59:59.999 CEST
  at('2026-03-29T22:00:00.000Z', 'fields'), // 03-30 00:00 CEST
  // Los Angeles leaves summer time at 2026-11-01 09:00 UTC (-07:00 → -08:00): that day has 25 hours.
  at('2026-11-01T06:59:59.999Z', 'workflows'), // 10-31 23:59:59.999 PDT
  at('2026-11-01T07:00:00.000Z', 'workflows'), // 11-01 00:00 PDT
  at('2026-11-01T08:30:00.000Z', 'workflows', 'Group created'), // 11-01 01:30 PDT
  at('2026-11-01T09:30:00.000Z', 'workflows'), // 11-01 01:30 PST
  at('2026-11-02T07:59:59.999Z', 'system'), // 11-01 23:59:59.999 PST
  at('2026-11-02T08:00:00.000Z', 'system'), // 11-02 00:00 PST
  // Los Angeles enters summer time at 2026-03-08 10:00 UTC.
  at('2026-03-08T07:59:59.999Z', 'system'), // 03-07 23:59:59.999 PST
  at('2026-03-08T08:00:00.000Z', 'system'), // 03-08 00:00 PST
  at('2026-03-09T06:59:59.999Z', 'system'), // 03-08 23:59:59.999 PDT
  at('2026-03-09T07:00:00.000Z', 'system'), // 03-09 00:00 PDT
];

let clock: FakeClock;
const host = useArchiveHost(() => ({ records: log, admins: [ADMIN] }));

const scans = () =>
  host.jira.requests.filter(
    (request) =>
      request.url.pathname === '/rest/api/3/auditing/record' &&
      request.url.searchParams.get('limit') !== '1',
  );
const ok = (answer: ActivitySummaryResult) => {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer;
};
const nonEmpty = (answer: ActivitySummaryResult) =>
  ok(answer).days.filter((day) => Object.keys(day.counts).length > 0);

beforeEach(() => {
  clock = createFakeClock(NOW);
  host.restart({ clock });
});

describe('activity from a full archive', () => {
  beforeEach(async () => {
    await host.syncUntilDone();
    host.jira.clearRequests();
  });

  it('counts every record per day in Europe/Berlin across the autumn change, without scanning Jira', async () => {
    const answer = await host.getActivitySummary({
      from: '2026-10-24T00:00:00.000+02:00',
      to: '2026-10-26T23:59:59.999+01:00',
      timezone: 'Europe/Berlin',
    });
    expect(ok(answer)).toEqual({
      ok: true,
      days: [
        { day: '2026-10-24', counts: { projects: 1 } },
        { day: '2026-10-25', counts: { projects: 2, fields: 2 } },
        { day: '2026-10-26', counts: { projects: 1 } },
      ],
      scanned: 6,
      capped: false,
      cap: 5000,
      timezone: 'Europe/Berlin',
      source: 'archive',
    });
    expect(scans()).toEqual([]);
  });

  it('and across the spring change', async () => {
    const answer = await host.getActivitySummary({
      from: '2026-03-28T00:00:00.000+01:00',
      to: '2026-03-30T23:59:59.999+02:00',
      timezone: 'Europe/Berlin',
    });
    expect(ok(answer).days).toEqual([
      { day: '2026-03-28', counts: { projects: 1 } },
      { day: '2026-03-29', counts: { projects: 1, fields: 1 } },
      { day: '2026-03-30', counts: { fields: 1 } },
    ]);
  });

  it('counts per day in America/Los_Angeles across both changes of a year', async () => {
    const answer = await host.getActivitySummary({
      from: '2026-03-07T00:00:00.000-08:00',
      to: '2026-11-02T23:59:59.999-08:00',
      timezone: 'America/Los_Angeles',
    });
    expect(nonEmpty(answer)).toEqual([
      { day: '2026-03-07', counts: { system: 1 } },
      { day: '2026-03-08', counts: { system: 2 } },
      { day: '2026-03-09', counts: { system: 1 } },
      // The Berlin records seen from Los Angeles, 9 hours behind: each pair falls on one afternoon.
      { day: '2026-03-28', counts: { projects: 2 } },
      { day: '2026-03-29', counts: { fields: 2 } },
      { day: '2026-10-24', counts: { projects: 2, fields: 2 } },
      { day: '2026-10-25', counts: { projects: 2 } },
      { day: '2026-10-31', counts: { workflows: 1 } },
      { day: '2026-11-01', counts: { workflows: 3, system: 1 } },
      { day: '2026-11-02', counts: { system: 1 } },
    ]);
    // The range's days, with none missing or doubled by either change.
    expect(ok(answer).days).toHaveLength(241);
    expect(ok(answer).scanned).toBe(20);
  });

  it('matches text as Jira does: every term, case-insensitive, in any searched field', async () => {
    const answer = await host.getActivitySummary({
      filter: 'GROUP  created',
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-11-30T23:59:59.999Z',
      timezone: 'UTC',
    });
    // "Group created" twice (10-24 22:00, 11-01 08:30) and "Group field created" once; not "Group deleted".
    expect(nonEmpty(answer)).toEqual([
      { day: '2026-10-24', counts: { projects: 1 } },
      { day: '2026-10-25', counts: { fields: 1 } },
      { day: '2026-11-01', counts: { workflows: 1 } },
    ]);
    expect(ok(answer)).toMatchObject({ scanned: 3, source: 'archive' });
  });

  it('over an open range, asks Jira once whether it holds anything older than the archive keeps', async () => {
    const answer = await host.getActivitySummary({ timezone: 'UTC' });
    expect(ok(answer)).toMatchObject({ scanned: log.length, capped: false, source: 'archive' });
    expect(ok(answer).days[0]?.day).toBe('2026-03-08');
    const probe = host.jira.requests.filter((request) => request.url.searchParams.has('to'));
    expect(probe).toHaveLength(1);
    expect(probe[0]?.url.searchParams.get('limit')).toBe('1');
    expect(Date.parse(probe[0]!.url.searchParams.get('to')!)).toBeLessThan(NOW - 364 * DAY);
  });

  it('answers from Jira when Jira holds older records than the archive keeps (retention)', async () => {
    host.jira.addRecord({ created: formatJiraDate(NOW - 400 * DAY), summary: 'Project created' });
    const answer = await host.getActivitySummary({ timezone: 'UTC' });
    expect(ok(answer)).toMatchObject({ source: 'jira', scanned: log.length + 1 });
  });

  it('gives a caller Jira refuses FORBIDDEN and reads nothing from the archive', async () => {
    const before = host.sql.queries.length;
    const answer = await host.getActivitySummary({}, '5b10ac8d82e05b22cc7d9999');
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The coverage check reads the archive's state and extent, never a record or a count.
    expect(host.sql.queries.slice(before).join('\n')).not.toMatch(/archive_record_body|COUNT/);
  });

  it('answers from Jira when any one SQL request of the archive read fails, and logs none of it', async () => {
    const payload = {
      from: '2026-10-24T00:00:00.000+02:00',
      to: '2026-10-26T23:59:59.999+01:00',
      timezone: 'Europe/Berlin',
    };
    // The same Berlin days as above, now from Jira's scan: counted by hand from the log.
    const expected = [
      { day: '2026-10-24', counts: { projects: 1 } },
      { day: '2026-10-25', counts: { projects: 2, fields: 2 } },
      { day: '2026-10-26', counts: { projects: 1 } },
    ];
    host.restart({ clock });
    const before = host.sql.queries.length;
    expect(ok(await host.getActivitySummary(payload)).source).toBe('archive');
    const statements = host.sql.queries.length - before;
    expect(statements).toBeGreaterThan(2);
    const output = await captureOutput(async () => {
      for (let nth = 1; nth <= statements; nth += 1) {
        for (const phase of ['before', 'after'] as const) {
          host.restart({ clock });
          host.sql.setFault({ nth, phase });
          const answer = ok(await host.getActivitySummary(payload));
          expect({ nth, phase, source: answer.source, days: answer.days }).toEqual({
            nth,
            phase,
            source: 'jira',
            days: expected,
          });
        }
      }
    });
    host.sql.setFault(undefined);
    expect(output).not.toMatch(/SELECT|archive_record|Project created|Group/);
  });

  it('rethrows missing consent so Forge can ask for it', async () => {
    host.jira.setFault({ kind: 'needs-auth', times: 1 });
    await expect(host.getActivitySummary({})).rejects.toBeInstanceOf(NeedsAuthenticationError);
  });
});

describe('activity when the archive does not cover the range', () => {
  it('an empty archive: from Jira as before, without the archive proof', async () => {
    const answer = await host.getActivitySummary({ timezone: 'Europe/Berlin' });
    expect(ok(answer)).toMatchObject({ source: 'jira', scanned: log.length, capped: false });
    expect(host.jira.requests.map((request) => request.url.searchParams.get('limit'))).toEqual([
      '1000',
    ]);
  });

  it('a backfill that has not reached `from`: from Jira; a range it reached: from the archive', async () => {
    // One page of 5 per call: the archive holds the 5 newest records.
    host.restart({ clock, settings: { pageSize: 5, syncMaxRequests: 8 } });
    await host.sync();
    expect(
      await host.getActivitySummary({ from: '2026-10-01T00:00:00.000Z', timezone: 'UTC' }),
    ).toMatchObject({ source: 'jira', scanned: 12 });
    // The oldest of the five was created at 07:00:00.000; another record of that millisecond may be unread.
    expect(
      await host.getActivitySummary({ from: '2026-11-01T07:00:00.000Z', timezone: 'UTC' }),
    ).toMatchObject({ source: 'jira', scanned: 5 });
    expect(
      await host.getActivitySummary({ from: '2026-11-01T07:00:00.001Z', timezone: 'UTC' }),
    ).toMatchObject({ source: 'archive', scanned: 4 });
  });

  it('a mark two pages behind the live log: from Jira, the catch-up left to the sync', async () => {
    host.restart({ clock, settings: { pageSize: 5 } });
    await host.syncUntilDone();
    for (let index = 0; index < 11; index += 1)
      host.jira.addRecord({ created: formatJiraDate(NOW + 1_000 + index) });
    clock.advance(120_000);
    const answer = await host.getActivitySummary({ from: '2026-11-01T00:00:00.000Z' });
    // Six of the log's records from November on, and the eleven new ones.
    expect(ok(answer)).toMatchObject({ source: 'jira', scanned: 6 + 11 });
  });
});

describe('bad payloads', () => {
  it.each<[string, unknown]>([
    ['not an object', 'everything'],
    ['an unknown zone', { timezone: 'Not/AZone' }],
    ['a date without offset', { from: '2026-11-01' }],
    ['a reversed range', { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }],
  ])('%s: BAD_REQUEST, with no query and no Jira request', async (_name, payload) => {
    expect(await host.getActivitySummary(payload)).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(host.sql.queries).toEqual([]);
    expect(host.jira.requests).toEqual([]);
  });
});
