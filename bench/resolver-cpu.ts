/**
 * Resolver CPU per call for a 1000-record page from an instant mock, against the platform alone
 * (a zero-logic @forge/resolver returning `Response.json()` of Jira's body, JSON round-trip included)
 * and against a bare `JSON.parse(JSON.stringify(page))`.
 */
import { generateAuditLog } from '../src/testing/mock-jira';
import { createInstantJira } from './support/instant-jira';
import { callGetAuditPage, callRawPage, coldStart } from './support/forge-handler';
import { compareCpu } from './support/measure';
import { ms, ratio, runStandalone, type BenchSection } from './support/report';

const PAGE = 1000;
const GOAL = 1.3;

export const run = async (): Promise<BenchSection> => {
  const log = generateAuditLog({
    count: PAGE + 1,
    seed: 7,
    end: new Date('2026-11-24T12:00:00Z'),
    spanDays: 30,
    authorCount: 50,
  });
  const jira = createInstantJira(log);
  jira.install();
  try {
    const first = await callGetAuditPage({ limit: PAGE });
    if (!first.ok || first.records.length !== PAGE)
      throw new Error('resolver-cpu: the resolver did not return a full page');
    const rawPage = await callRawPage(0, PAGE);
    const contenders = [
      { name: 'resolver', run: () => callGetAuditPage({ limit: PAGE }) },
      {
        name: 'resolver-cold',
        run: () => {
          coldStart();
          return callGetAuditPage({ limit: PAGE });
        },
      },
      { name: 'platform', run: () => callRawPage(0, PAGE) },
      { name: 'round-trip', run: () => JSON.parse(JSON.stringify(rawPage)) as unknown },
      { name: 'result-round-trip', run: () => JSON.parse(JSON.stringify(first)) as unknown },
    ];
    const cpu = await compareCpu(contenders);
    const resolver = cpu.get('resolver')!.min;
    const cold = cpu.get('resolver-cold')!.min;
    const platform = cpu.get('platform')!.min;
    const roundTrip = cpu.get('round-trip')!.min;
    const medianRatio = cpu.get('resolver')!.median / cpu.get('platform')!.median;
    // The platform's share when the result is ours: same fetch and parse, round-trip of the bigger result.
    const platformForResult = platform - roundTrip + cpu.get('result-round-trip')!.min;
    const resultBytes = JSON.stringify(first).length;
    const jiraBytes = [...jira.bodies]
      .filter(([path]) => path.includes('auditing/record'))
      .reduce((sum, [, body]) => sum + body.length, 0);
    return {
      title: 'Resolver CPU per 1000-record page (instant mock)',
      rows: [
        {
          benchmark: 'getAuditPage, limit 1000, warm author cache',
          measured: ms(resolver),
          baseline: `${ms(platform)} platform alone`,
          ratio: ratio(resolver, platform),
          goal: `≤ ${GOAL}×`,
          met: ratio(resolver, platform) <= GOAL,
        },
        {
          benchmark: 'getAuditPage, limit 1000, cold author cache (+1 user/bulk)',
          measured: ms(cold),
          baseline: `${ms(platform)} platform alone`,
          ratio: ratio(cold, platform),
        },
        {
          benchmark: 'getAuditPage, limit 1000, warm author cache',
          measured: ms(resolver),
          baseline: `${ms(platformForResult)} platform alone, round-trip of the resolver's own (larger) result`,
          ratio: ratio(resolver, platformForResult),
        },
        {
          benchmark: 'getAuditPage, limit 1000, warm author cache',
          measured: ms(resolver),
          baseline: `${ms(roundTrip)} bare JSON.parse(JSON.stringify(page))`,
          ratio: ratio(resolver, roundTrip),
        },
        {
          benchmark: 'platform alone (Response.json() + @forge/resolver round-trip)',
          measured: ms(platform),
          baseline: `${ms(roundTrip)} bare JSON.parse(JSON.stringify(page))`,
          ratio: ratio(platform, roundTrip),
        },
      ],
      notes: [
        `CPU time (process.cpuUsage, user+system) per call, the best of 15 interleaved rounds of 10 calls after 20 warm-up calls (by medians instead: ${medianRatio.toFixed(2)}× the platform); ${PAGE} generated records (50 authors), Jira bodies ${(jiraBytes / 1024).toFixed(0)} KiB served from memory; the resolver's result is ${(resultBytes / 1024).toFixed(0)} KiB as JSON (each record carries its author's name and avatar URL).`,
        'The resolver asks Jira for the page plus a 1-record probe (exact hasMore at limit 1000), validates both with zod, normalises each record and adds its author; the platform baseline is a zero-logic @forge/resolver function returning `(await requestJira(...)).json()` for the same 1000 records.',
      ],
    };
  } finally {
    jira.uninstall();
  }
};

runStandalone(module, run);
