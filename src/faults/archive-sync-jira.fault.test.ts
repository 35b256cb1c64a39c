/** A sync run whose nth Jira request fails, for every n and several kinds of failure: nothing lost, nothing twice. */
import { useFaultRun } from './testing/archive-run';

const MAX_REQUESTS = 8;
const run = useFaultRun();

const FAILURES: Record<string, () => Promise<Response>> = {
  'HTTP 500': async () => new Response('<html>500</html>', { status: 500 }),
  'HTTP 503 (retried)': async () =>
    new Response('', { status: 503, headers: { 'Retry-After': '1' } }),
  'a cut-off body': async () => new Response('{"offset":0,"records":[{"id":', { status: 200 }),
  'no answer at all': async () => {
    throw new TypeError('fetch failed');
  },
};

it(`a clean run sends fewer than ${MAX_REQUESTS} Jira requests`, async () => {
  run.failJira(0, FAILURES['HTTP 500']!);
  await run.host.syncUntilDone();
  expect(run.jiraRequests()).toBeLessThan(MAX_REQUESTS);
  expect(run.jiraRequests()).toBeGreaterThanOrEqual(4);
});

describe.each(Object.keys(FAILURES))('the nth Jira request fails with %s', (kind) => {
  it.each(Array.from({ length: MAX_REQUESTS }, (_, index) => index + 1))('n = %i', async (nth) => {
    run.failJira(nth, FAILURES[kind]!);
    const first = await run.host.sync();
    expect(first.ok).toBe(true); // Jira failures that may pass stop the call early; they are not the archive's
    await run.finishAndCompare();
  });
});
