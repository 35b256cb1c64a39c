/** getActivitySummary through `handler`, as Forge calls it, against the mock Jira. */
import { DateTime } from 'luxon';
import { generateAuditLog, rawRecord, rawRecords } from '../testing/mock-jira';
import { auditCalls, useMockJira } from './testing/forge-call';
import { SCAN_BUDGET_MS } from '../jira/scan-activity';

const mock = useMockJira(() => ({ records: [] }));

const succeed = async (payload: unknown) => {
  const result = await mock.getActivitySummary(payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
};

const total = (result: { days: readonly { counts: Readonly<Record<string, number>> }[] }) =>
  result.days.reduce((sum, day) => sum + Object.values(day.counts).reduce((a, b) => a + b, 0), 0);

describe('getActivitySummary', () => {
  it('counts the matching records of the range per day and category in the admin timezone', async () => {
    const log = generateAuditLog({
      count: 400,
      seed: 11,
      end: new Date('2026-11-24T12:00:00Z'),
      spanDays: 20,
      authorCount: 5,
    });
    mock.replace(log);
    const from = '2026-11-10T00:00:00.000+01:00';
    const to = '2026-11-20T23:59:59.999+01:00';
    const result = await succeed({ from, to, timezone: 'Europe/Berlin' });

    const inRange = log.records.filter((r) => {
      const t = DateTime.fromISO(r.created).toMillis();
      return t >= DateTime.fromISO(from).toMillis() && t <= DateTime.fromISO(to).toMillis();
    });
    const expected = new Map<string, number>();
    for (const r of inRange) {
      const key = `${DateTime.fromISO(r.created).setZone('Europe/Berlin').toISODate()}|${r.category}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const got = new Map(
      result.days.flatMap((day) =>
        Object.entries(day.counts).map(([category, n]) => [`${day.day}|${category}`, n]),
      ),
    );
    expect(got).toEqual(expected);
    expect(result).toMatchObject({
      scanned: inRange.length,
      capped: false,
      cap: 5000,
      timezone: 'Europe/Berlin',
    });
    expect(result.days[0]?.day).toBe('2026-11-10');
    expect(result.days.at(-1)?.day).toBe('2026-11-20');
  });

  it('scans at most 5,000 records in pages of 1,000 pinned to one upper bound, and says the chart is a sample', async () => {
    mock.replace({ records: rawRecords(5200) });
    const result = await succeed({ timezone: 'UTC' });
    expect(result).toMatchObject({ scanned: 5000, capped: true, cap: 5000 });
    expect(total(result)).toBe(5000);
    const calls = auditCalls(mock.jira);
    expect(
      calls.map((c) => [c.url.searchParams.get('offset'), c.url.searchParams.get('limit')]),
    ).toEqual([
      ['0', '1000'],
      ['1000', '1000'],
      ['2000', '1000'],
      ['3000', '1000'],
      ['4000', '1000'],
      ['5000', '1'],
    ]);
    expect(new Set(calls.map((c) => c.url.searchParams.get('to'))).size).toBe(1);
    expect(calls[0]?.url.searchParams.get('to')).toMatch(/Z$/);
  });

  it('is not capped when exactly the cap matches', async () => {
    mock.replace({ records: rawRecords(5000) });
    expect(await succeed({})).toMatchObject({ scanned: 5000, capped: false });
  });

  it('stops after the last short page', async () => {
    mock.replace({ records: rawRecords(1500) });
    const result = await succeed({ filter: 'user' });
    expect(result).toMatchObject({
      scanned: 1500,
      capped: false,
      timezone: 'UTC',
    });
    expect(auditCalls(mock.jira)).toHaveLength(2);
    expect(auditCalls(mock.jira)[0]?.url.searchParams.get('filter')).toBe('user');
  });

  it('starts no new page once its time budget is spent, and says the chart is a sample', async () => {
    mock.replace({ records: rawRecords(3000) });
    let now = Date.UTC(2026, 10, 24, 12, 0, 0);
    mock.useDeps({
      clock: {
        now: () => (now += SCAN_BUDGET_MS / 2 + 1),
        sleep: async () => undefined,
      },
    });
    const result = await succeed({});
    expect(result).toMatchObject({ scanned: 1000, capped: true });
    expect(auditCalls(mock.jira)).toHaveLength(1);
  });

  it('keeps the pages it read when a later page fails', async () => {
    mock.replace({ records: rawRecords(2500) });
    let calls = 0;
    const original = mock.jira.fetch.bind(mock.jira);
    (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = async (
      target: unknown,
      path: string,
      init?: RequestInit,
    ) => {
      if (path.includes('/auditing/record') && ++calls === 2)
        return new Response('{}', { status: 500 });
      return original(target, path, init);
    };
    expect(await succeed({})).toMatchObject({ scanned: 1000, capped: true });
  });

  it.each([
    [{ timezone: 'Not/AZone' }, /timezone/],
    [{ from: '2026-11-01' }, /explicit offset/],
    ['everything', /must be an object/],
  ])('refuses %j as BAD_REQUEST without calling Jira', async (payload, message) => {
    const result = await mock.getActivitySummary(payload);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(!result.ok && result.error.message).toMatch(message);
    expect(mock.jira.requests).toHaveLength(0);
  });

  it('reports FORBIDDEN when the first page is refused', async () => {
    mock.replace({ records: [rawRecord()] });
    mock.jira.setFault({ kind: 'status', status: 403 });
    expect(await mock.getActivitySummary({})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
