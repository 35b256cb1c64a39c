/** Property tests on getAuditPage payloads, thousands of runs: bad input never reaches Jira, good input reaches it exactly. */
import fc from 'fast-check';
import { MAX_OFFSET } from '../contract/limits';
import { auditCalls, useMockJira } from '../resolvers/testing/forge-call';
import { rawRecords } from '../testing/mock-jira';
import { invalidPayload, validPayload } from './testing/payloads';

const mock = useMockJira(() => ({ records: rawRecords(5) }));

const RUNS = 2_000;

const sentQueries = () =>
  auditCalls(mock.jira)
    .map((call) => Object.fromEntries(call.url.searchParams))
    .sort((a, b) => Number(a.offset) - Number(b.offset));

/** The windows [offset, offset + limit) the requests asked Jira for, in offset order. */
const windows = (queries: Record<string, string>[]) =>
  queries.map(({ offset, limit }) => ({
    from: Number(offset),
    to: Number(offset) + Number(limit),
  }));

describe('getAuditPage payload properties', () => {
  it('sends every valid payload to Jira exactly as given (trimmed filter, same instants), covering the page and one record past it', async () => {
    await fc.assert(
      fc.asyncProperty(validPayload, async ({ payload, search, first, end, endMayBeShort }) => {
        mock.jira.clearRequests();
        const result = await mock.getAuditPage(payload);
        expect(result.ok).toBe(true);
        const queries = sentQueries();
        for (const { offset: _offset, limit, ...rest } of queries) {
          expect(rest).toEqual(search);
          expect(Number(limit)).toBeGreaterThanOrEqual(1);
          expect(Number(limit)).toBeLessThanOrEqual(1000); // Jira serves at most 1000 a request
        }
        // Back to back, no gap and no overlap, exactly [first, end): nothing asked twice or for nothing.
        const asked = windows(queries);
        expect(asked[0]?.from).toBe(first);
        const covered = asked.at(-1)?.to;
        expect(covered === end || (endMayBeShort && covered === end - 1)).toBe(true);
        for (const window of asked) expect(window.from).toBeLessThanOrEqual(MAX_OFFSET);
        asked.slice(1).forEach((window, index) => expect(window.from).toBe(asked[index]!.to));
        // Each parameter exactly once: a repeated key would be read differently by Jira.
        for (const call of auditCalls(mock.jira)) {
          const keys = [...call.url.searchParams.keys()];
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('answers BAD_REQUEST to every invalid payload and never calls Jira', async () => {
    await fc.assert(
      fc.asyncProperty(invalidPayload, async (payload) => {
        mock.jira.clearRequests();
        const result = await mock.getAuditPage(payload);
        expect(result.ok ? 'ok' : result.error.code).toBe('BAD_REQUEST');
        expect(!result.ok && result.error.message.length).toBeGreaterThan(10);
        expect(mock.jira.requests).toHaveLength(0);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('never throws on anything, and calls Jira only for payloads it accepts', async () => {
    const anyField = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constant(null));
    const payloadLike = fc.record(
      { from: anyField, to: anyField, filter: anyField, offset: anyField, limit: anyField },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), payloadLike), async (payload) => {
        mock.jira.clearRequests();
        const result = await mock.getAuditPage(payload);
        expect(result.ok || result.error.code === 'BAD_REQUEST').toBe(true);
        expect(mock.jira.requests.length > 0).toBe(result.ok);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
