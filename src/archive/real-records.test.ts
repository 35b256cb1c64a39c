/** The archive takes every record of a real Jira Cloud site unchanged: the same record searchAudit and getAuditPage give. */
import { createFakeClock } from '../jira/testing/fake-clock';
import { JIRA_CLOUD_WIRE_RECORDS } from '../testing/fixtures/jira-cloud-audit-records';
import { invokeResolverFunction } from '../testing/forge-host/invoke-function';
import type { AuditPageResult } from '../contract';
import { createResolverHandler } from '../resolvers';
import { useArchiveHost } from './testing/archive-host';

// The 17 records of shared/data/jira-cloud-audit-records.jsonl, kept in the repository so a clone tests them too.
const records = JIRA_CLOUD_WIRE_RECORDS;

// The records are from 2021-2022: the archive's clock stands a few weeks after them, within its 365-day retention.
const host = useArchiveHost(() => ({
  records: [...records],
  clock: createFakeClock(Date.UTC(2022, 1, 1)),
}));

describe('real Jira Cloud records', () => {
  it('archives each of them and answers it exactly as getAuditPage does', async () => {
    await host.syncUntilDone();
    const archived = await host.searchAudit({ limit: 200 });
    const live = (await invokeResolverFunction(createResolverHandler(host.jiraDeps, host.archive), {
      functionKey: 'getAuditPage',
      payload: { limit: 1000 },
    })) as AuditPageResult;
    if (!archived.ok || !live.ok) throw new Error('a search failed');
    expect(archived.records).toHaveLength(records.length);
    expect(archived.records).toEqual(live.records);
  });

  it('finds each by its object', async () => {
    await host.syncUntilDone();
    for (const record of records) {
      const object = record.objectItem;
      if (!object) continue;
      const answer = await host.searchAudit({
        object: {
          typeName: object.typeName,
          ...(object.id ? { id: object.id } : { name: object.name }),
        },
        limit: 200,
      });
      expect(answer.ok && answer.records.map((found) => found.id)).toContain(record.id);
    }
  });
});
