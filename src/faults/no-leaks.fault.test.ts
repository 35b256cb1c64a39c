/** The app reads the audit log only as the admin (asUser), and never writes record contents or IP addresses to logs. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createExportJob } from '../export/job';
import { createFakeClock } from '../jira/testing/fake-clock';
import { useMockJira } from '../resolvers/testing/forge-call';
import { mockUser, rawRecords, type MockFault } from '../testing/mock-jira';
import { captureOutput } from './testing/capture-output';

const SECRETS = {
  summary: 'Zq7-SECRET-SUMMARY',
  ipv4: '203.0.113.197',
  ipv6: '2001:db8:beef:cafe::9d',
  changedFrom: 'Zq7-SECRET-OLD-VALUE',
  changedTo: 'zq7.secret.new@example.com',
  objectName: 'Zq7-SECRET-GROUP',
  displayName: 'Zq7 Secret Person',
  description: 'Zq7-SECRET-DESCRIPTION',
};
const users = [mockUser(1, { displayName: SECRETS.displayName })];
const mock = useMockJira(() => ({
  records: rawRecords(1_200, (index) => ({
    summary: `${SECRETS.summary} ${index}`,
    description: SECRETS.description,
    remoteAddress: index % 2 === 0 ? SECRETS.ipv4 : SECRETS.ipv6,
    authorAccountId: users[0]!.accountId,
    objectItem: { name: SECRETS.objectName, typeName: 'GROUP' },
    changedValues: [
      { fieldName: 'email', changedFrom: SECRETS.changedFrom, changedTo: SECRETS.changedTo },
    ],
  })),
  users,
}));

const FAULTS: readonly (MockFault | undefined)[] = [
  undefined,
  { kind: 'status', status: 500, path: 'audit' },
  { kind: 'status', status: 429, retryAfter: 1, path: 'audit' },
  { kind: 'status', status: 403, path: 'audit' },
  { kind: 'truncated-body', path: 'audit' },
  { kind: 'malformed-json', path: 'users' },
  { kind: 'truncated-body', path: 'users' },
  { kind: 'status', status: 503, path: 'users' },
];

/** Every kind of page fetch: plain, filtered (with an IP), ranged, 1000 with its probe, each fault, bad input. */
const fetchEverything = async () => {
  mock.useDeps({ clock: createFakeClock() });
  for (const fault of FAULTS) {
    mock.jira.setFault(fault);
    await mock.getAuditPage({});
    await mock.getAuditPage({ filter: SECRETS.ipv4, limit: 20 });
    await mock.getAuditPage({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-30T23:59:59.999+01:00',
      limit: 1000,
    });
  }
  mock.jira.setFault(undefined);
  await mock.getAuditPage({ filter: `${SECRETS.ipv4} ${'x'.repeat(300)}` });
  await mock.getAuditPage({ from: SECRETS.ipv4 });
  await createExportJob({ fetchPage: (range) => mock.getAuditPage(range), limit: 500 }).run();
};

describe('no leaks', () => {
  it('never calls Jira as the app, for any page fetch, fault or export', async () => {
    await fetchEverything();
    const providers = new Set(mock.jira.requests.map((request) => request.provider));
    expect(mock.jira.requests.length).toBeGreaterThan(30);
    expect([...providers]).toEqual(['user']);
  });

  it('calls asApp in one place, and only the archive sync starts an app session', () => {
    const root = path.resolve(__dirname, '..');
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory())
          return ['testing', 'faults'].includes(entry.name) ? [] : sources(full);
        return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
      });
    const files = sources(root);
    expect(files.length).toBeGreaterThan(20);
    const relative = (file: string) => path.relative(root, file);
    const calling = (pattern: RegExp) =>
      files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map(relative);
    expect(calling(/\basApp\s*\(/)).toEqual(['jira/jira-session.ts']);
    expect(
      calling(/startJiraSession\(\s*'app'/).filter((file) => !file.startsWith('archive/')),
    ).toEqual([]);
  });

  it('the output capture sees console and stream writes (so the next test can fail)', async () => {
    const output = await captureOutput(async () => {
      console.warn('canary', { ip: SECRETS.ipv4 });
      process.stderr.write(`${SECRETS.summary}\n`);
    });
    expect(output).toContain(SECRETS.ipv4);
    expect(output).toContain(SECRETS.summary);
  });

  it('writes no record contents, names or IP addresses to the console or the process streams', async () => {
    const output = await captureOutput(fetchEverything);
    for (const secret of Object.values(SECRETS)) expect(output).not.toContain(secret);
    // The distinctive prefix catches partial leaks (e.g. a truncated summary).
    expect(output.toLowerCase()).not.toContain('zq7');
  });
});
