/** A sync run whose nth Forge SQL request fails (before it runs, or after, its answer lost), for every n: nothing lost, nothing twice. */
import { useFaultRun } from './testing/archive-run';

// Above the requests of a clean run (checked below), so every n of the run is covered.
const MAX_REQUESTS = 50;
const run = useFaultRun();

it(`a clean run sends fewer than ${MAX_REQUESTS} SQL requests`, async () => {
  await run.host.syncUntilDone();
  expect(run.host.sql.queries.length).toBeLessThan(MAX_REQUESTS);
  expect(run.host.sql.queries.length).toBeGreaterThan(20);
});

describe.each(['before', 'after'] as const)('the nth SQL request fails %s it runs', (phase) => {
  it.each(Array.from({ length: MAX_REQUESTS }, (_, index) => index + 1))('n = %i', async (nth) => {
    run.host.sql.setFault({ nth, phase });
    const first = await run.host.sync();
    // A failed lease release is the one failure a call keeps to itself (the lease expires anyway).
    if (!first.ok) expect(first.error).toMatchObject({ code: 'JIRA_ERROR', retryable: true });
    else if (nth <= run.host.sql.queries.length)
      expect(run.host.sql.queries[nth - 1]).toMatch(/^UPDATE archive_state SET lease_owner = NULL/);
    await run.finishAndCompare();
  });
});
