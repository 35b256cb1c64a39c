/** The resolver contract (docs/resolver-contract.md) through `handler`, as Forge calls it. */
import { NeedsAuthenticationError } from '@forge/api';
import { generateAuditLog, rawRecord, rawRecords } from '../testing/mock-jira';
import { auditCalls, useMockJira } from './testing/forge-call';

const log = generateAuditLog({
  count: 300,
  seed: 3,
  end: new Date('2026-11-24T12:00:00Z'),
  spanDays: 30,
  authorCount: 20,
});
const mock = useMockJira(() => log);

describe('getAuditPage: success', () => {
  it('returns the newest 50 records with defaults, in Jira order, lists always present', async () => {
    const result = await mock.getAuditPage({});
    if (!result.ok) throw new Error(result.error.message);
    expect(result).toMatchObject({ offset: 0, limit: 50, hasMore: true });
    expect(result.records.map((record) => record.id)).toEqual(
      log.records.slice(0, 50).map((record) => record.id),
    );
    result.records.forEach((record, index) => {
      const raw = log.records[index]!;
      expect(record.created).toBe(raw.created);
      expect(record.eventSource).toBe(raw.eventSource ?? '');
      expect(Array.isArray(record.changedValues) && Array.isArray(record.associatedItems)).toBe(
        true,
      );
      expect(record).not.toHaveProperty('authorKey');
      expect(record.authorAccountId).toBe(raw.authorAccountId);
    });
  });

  it('treats a null payload as empty (Forge passes payload || {})', async () => {
    const result = await mock.getAuditPage(null);
    expect(result.ok && result.records).toHaveLength(50);
  });

  it('calls Jira only as the user', async () => {
    await mock.getAuditPage({ limit: 1000 });
    expect(mock.jira.requests.length).toBeGreaterThan(1);
    mock.jira.requests.forEach((request) => expect(request.provider).toBe('user'));
  });

  it('sends from, to and filter to Jira as given (trimmed filter)', async () => {
    const from = '2026-11-01T00:00:00.000+01:00';
    const to = '2026-11-24T23:59:59.999Z';
    await mock.getAuditPage({ from, to, filter: '  R&D = 100% #1, "x"  ' });
    const [call] = auditCalls(mock.jira);
    expect(call?.url.searchParams.get('from')).toBe(from);
    expect(call?.url.searchParams.get('to')).toBe(to);
    expect(call?.url.searchParams.get('filter')).toBe('R&D = 100% #1, "x"');
  });

  it('sends no filter when it is blank', async () => {
    await mock.getAuditPage({ filter: '   ' });
    expect(auditCalls(mock.jira)[0]?.url.searchParams.has('filter')).toBe(false);
  });
});

describe('getAuditPage: exact hasMore', () => {
  const setup = (count: number) => mock.replace({ records: rawRecords(count) });

  it.each([
    ['exactly limit records left', 70, { offset: 20, limit: 50 }, 50, false],
    ['limit + 1 records left', 71, { offset: 20, limit: 50 }, 50, true],
    ['fewer than limit left', 30, { offset: 20, limit: 50 }, 10, false],
    ['offset past the end', 10, { offset: 20, limit: 50 }, 0, false],
    ['limit 1000, exactly 1000 left', 1000, { limit: 1000 }, 1000, false],
    ['limit 1000, 1001 left', 1001, { limit: 1000 }, 1000, true],
    ['limit 999, 1000 left', 1000, { limit: 999 }, 999, true],
  ])('%s', async (_name, count, payload, shown, hasMore) => {
    setup(count);
    const result = await mock.getAuditPage(payload);
    expect(result.ok && result.records.length).toBe(shown);
    expect(result.ok && result.hasMore).toBe(hasMore);
  });

  it('ignores Jira total: a filter that matches exactly one page has no more', async () => {
    const jira = setup(0);
    rawRecords(500, (index) => ({
      summary: index < 50 ? 'Project created' : 'User created',
    })).forEach((record) => jira.addRecord(record));
    const result = await mock.getAuditPage({ filter: 'project', limit: 50 });
    expect(result.ok && result.records.length).toBe(50);
    expect(result.ok && result.hasMore).toBe(false);
  });

  it('at limit 1000 asks for the page and a one-record probe, never over 1000', async () => {
    const jira = setup(1500);
    await mock.getAuditPage({ offset: 100, limit: 1000 });
    const windows = auditCalls(jira).map((call) => [
      call.url.searchParams.get('offset'),
      call.url.searchParams.get('limit'),
    ]);
    expect(windows.sort()).toEqual([
      ['100', '1000'],
      ['1100', '1'],
    ]);
  });

  it('asks for limit + 1 below 1000', async () => {
    const jira = setup(100);
    await mock.getAuditPage({ limit: 20 });
    expect(auditCalls(jira).map((call) => call.url.searchParams.get('limit'))).toEqual(['21']);
  });
});

describe('getAuditPage: bad requests never reach Jira', () => {
  it.each([
    ['date only', { from: '2026-11-01' }, 'from'],
    ['missing offset', { to: '2026-11-01T00:00:00' }, 'to'],
    ['from after to', { from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'from'],
    ['filter of 201 characters', { filter: 'y'.repeat(201) }, 'filter'],
    ['limit 0', { limit: 0 }, 'limit'],
    ['negative offset', { offset: -1 }, 'offset'],
    ['an array payload', [], 'object'],
    ['a string payload', 'hello', 'object'],
  ])('%s', async (_name, payload, word) => {
    const result = await mock.getAuditPage(payload);
    expect(!result.ok && result.error.code).toBe('BAD_REQUEST');
    expect(!result.ok && result.error.message).toContain(word);
    expect(mock.jira.requests).toHaveLength(0);
  });
});

describe('getAuditPage: Jira errors', () => {
  it.each([
    [401, 'UNAUTHORIZED', false, /sign in/],
    [403, 'FORBIDDEN', false, /Administer Jira.*paid Jira plan/],
    [404, 'JIRA_ERROR', false, /HTTP 404/],
    [400, 'JIRA_ERROR', false, /HTTP 400/],
    [500, 'JIRA_ERROR', true, /HTTP 500/],
    [502, 'JIRA_ERROR', true, /HTTP 502/],
  ])('HTTP %i becomes %s (retryable: %s)', async (status, code, retryable, message) => {
    mock.jira.setFault({ kind: 'status', status, path: 'audit' });
    const result = await mock.getAuditPage({});
    expect(result).toEqual({
      ok: false,
      error: { code, retryable, message: expect.stringMatching(message) },
    });
    expect(auditCalls(mock.jira)).toHaveLength(1);
  });

  it.each(['malformed-json', 'truncated-body'] as const)('%s becomes JIRA_ERROR', async (kind) => {
    mock.jira.setFault({ kind, path: 'audit' });
    const result = await mock.getAuditPage({});
    expect(!result.ok && result.error).toEqual({
      code: 'JIRA_ERROR',
      message: expect.stringContaining('could not read'),
      retryable: true,
    });
  });

  it('a schema-invalid answer becomes JIRA_ERROR', async () => {
    mock.replace({ records: [rawRecord({ id: 'not-a-number' as unknown as number })] });
    const result = await mock.getAuditPage({});
    expect(!result.ok && result.error.code).toBe('JIRA_ERROR');
  });

  it('missing consent is rethrown unchanged for Forge to prompt', async () => {
    mock.jira.setFault({ kind: 'needs-auth' });
    await expect(mock.getAuditPage({})).rejects.toBeInstanceOf(NeedsAuthenticationError);
  });
});
