/** Properties through `handler`: what the admin asks for reaches Jira exactly; what is invalid never does. */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { rawRecords } from '../testing/mock-jira';
import { auditCalls, useMockJira } from './testing/forge-call';

const mock = useMockJira(() => ({ records: rawRecords(3) }));

const MIN = Date.UTC(2000, 0, 1);
const MAX = Date.UTC(2100, 0, 1);

/** An instant written with an explicit offset in one of the forms the contract accepts. */
const instant = fc
  .record({
    ms: fc.integer({ min: MIN, max: MAX }),
    offsetMinutes: fc.integer({ min: -18 * 4, max: 18 * 4 }).map((quarters) => quarters * 15),
    style: fc.constantFrom(
      "yyyy-MM-dd'T'HH:mm:ss.SSSZZ",
      "yyyy-MM-dd'T'HH:mm:ssZZ",
      "yyyy-MM-dd'T'HH:mm:ss.SSSZZZ",
      'zulu',
    ),
  })
  .map(({ ms, offsetMinutes, style }) => {
    const time = DateTime.fromMillis(ms, {
      zone:
        style === 'zulu'
          ? 'utc'
          : `UTC${offsetMinutes >= 0 ? '+' : '-'}${Math.floor(Math.abs(offsetMinutes) / 60)}:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}`,
    });
    const text =
      style === 'zulu' ? time.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'") : time.toFormat(style);
    // Formats without milliseconds drop them: order by what the text says.
    return { ms: DateTime.fromISO(text).toMillis(), text };
  });

const sentToJira = (name: string) =>
  auditCalls(mock.jira).map((call) => call.url.searchParams.get(name));

describe('getAuditPage properties', () => {
  it('sends any filter of up to 200 characters to Jira exactly as given, trimmed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (filter) => {
        mock.jira.clearRequests();
        const result = await mock.getAuditPage({ filter });
        expect(result.ok).toBe(true);
        const trimmed = filter.trim();
        expect(sentToJira('filter')).toEqual([trimmed === '' ? null : trimmed]);
      }),
      { numRuns: 150 },
    );
  });

  it('sends any valid range to Jira exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(instant, instant, async (a, b) => {
        const [from, to] = a.ms <= b.ms ? [a, b] : [b, a];
        mock.jira.clearRequests();
        const result = await mock.getAuditPage({ from: from.text, to: to.text });
        expect(result.ok).toBe(true);
        expect(sentToJira('from')).toEqual([from.text]);
        expect(sentToJira('to')).toEqual([to.text]);
      }),
      { numRuns: 150 },
    );
  });

  // NaN and ±Infinity are left out: payloads cross Forge as JSON, where they arrive as null, which counts as absent.
  const fraction = fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true });
  const invalidPayload = fc.oneof(
    fc.record({
      from: fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    }),
    fc.record({
      to: fc
        .date({ noInvalidDate: true, min: new Date(MIN), max: new Date(MAX) })
        .map((date) => date.toISOString().slice(0, 19)),
    }),
    fc.record({ from: fc.string().filter((text) => !/^\d{4}-/.test(text)) }),
    fc
      .tuple(instant, instant)
      .filter(([a, b]) => a.ms !== b.ms)
      .map(([a, b]) => (a.ms > b.ms ? { from: a.text, to: b.text } : { from: b.text, to: a.text })),
    fc.record({
      filter: fc
        .string({ unit: 'binary', minLength: 201, maxLength: 400 })
        .filter((text) => [...text.trim()].length > 200),
    }),
    fc.record({
      limit: fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 1001 }), fraction, fc.string()),
    }),
    fc.record({
      offset: fc.oneof(fc.integer({ max: -1 }), fraction, fc.string(), fc.boolean()),
    }),
    fc.array(fc.anything(), { minLength: 1 }),
    fc.string({ minLength: 1 }),
    fc.integer().filter((value) => value !== 0),
  );

  it('never sends an invalid payload to Jira', async () => {
    await fc.assert(
      fc.asyncProperty(invalidPayload, async (payload) => {
        mock.jira.clearRequests();
        const result = await mock.getAuditPage(payload);
        expect(!result.ok && result.error.code).toBe('BAD_REQUEST');
        expect(mock.jira.requests).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
  });

  it('never crashes on any payload, and calls Jira only when it answers ok', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (payload) => {
        mock.jira.clearRequests();
        const result = await mock.getAuditPage(payload);
        expect(result.ok || result.error.code === 'BAD_REQUEST').toBe(true);
        expect(mock.jira.requests.length > 0).toBe(result.ok);
      }),
      { numRuns: 200 },
    );
  });
});
