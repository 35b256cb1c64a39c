/** The archive keys answer only callers Jira lets read the audit log (asUser proof, cached at most 5 minutes). */
import { NeedsAuthenticationError } from '@forge/api';
import { ADMIN, useArchiveHost } from '../archive/testing/archive-host';
import { createFakeClock } from '../jira/testing/fake-clock';
import { rawRecords } from '../testing/mock-jira';

const host = useArchiveHost(() => ({ records: rawRecords(30), admins: [ADMIN] }));
const OUTSIDER = '5b10ac8d82e05b22cc7d9999';
const proofs = () =>
  host.jira.requests.filter(
    (request) => request.provider === 'user' && request.url.searchParams.get('limit') === '1',
  );

beforeEach(async () => {
  await host.syncUntilDone();
  host.jira.clearRequests();
});

describe.each(['searchAudit', 'getArchiveStatus'] as const)('%s', (key) => {
  const call = (accountId: string) =>
    key === 'searchAudit' ? host.searchAudit({}, accountId) : host.getArchiveStatus(accountId);

  it('gives a caller Jira refuses FORBIDDEN (naming Administer Jira) and no data', async () => {
    const answer = await call(OUTSIDER);
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: expect.stringContaining('Administer Jira'),
        retryable: false,
      },
    });
    expect(proofs()).toHaveLength(1);
  });

  it('proves an admin with one asUser request and trusts it for 5 minutes, per account', async () => {
    const clock = createFakeClock(Date.now());
    host.restart({ clock, settings: { freshMs: Number.POSITIVE_INFINITY } });
    expect((await call(ADMIN)).ok).toBe(true);
    expect((await call(ADMIN)).ok).toBe(true);
    expect(proofs()).toHaveLength(1);
    expect((await call(OUTSIDER)).ok).toBe(false);
    expect(proofs()).toHaveLength(2);
    clock.advance(5 * 60_000 + 1);
    expect((await call(ADMIN)).ok).toBe(true);
    expect(proofs()).toHaveLength(3);
  });

  it('never remembers a refusal: access granted later works at once', async () => {
    host.jira.setFault({ kind: 'status', status: 403, times: 1 });
    expect((await call(ADMIN)).ok).toBe(false);
    expect((await call(ADMIN)).ok).toBe(true);
  });

  it('rethrows missing consent so Forge can ask for it', async () => {
    host.jira.setFault({ kind: 'needs-auth', times: 1 });
    await expect(call(ADMIN)).rejects.toBeInstanceOf(NeedsAuthenticationError);
  });

  it('passes on a Jira outage as JIRA_ERROR that may be retried', async () => {
    host.jira.setFault({ kind: 'status', status: 500, times: 1 });
    expect(await call(ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'JIRA_ERROR', retryable: true },
    });
  });
});

describe('a refused caller reads nothing from the archive', () => {
  it('sends no query to Forge SQL', async () => {
    host.restart();
    const before = host.sql.queries.length;
    await host.searchAudit({ text: 'user' }, OUTSIDER);
    await host.getArchiveStatus(OUTSIDER);
    expect(host.sql.queries.length).toBe(before);
  });
});
