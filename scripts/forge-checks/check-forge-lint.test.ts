import type { LintResult } from '@forge/lint';
import { runForgeLint } from './check-forge-lint';
import { GOOD_APP, makeBrokenApp, removeBrokenApp, type BreakageName } from './fixture-apps';

// The first lint in a process compiles the manifest schema (tens of seconds on a busy machine).
const SLOW = 180_000;
const made: string[] = [];
afterAll(() => made.forEach(removeBrokenApp));

const findings = (results: LintResult[], kind: 'errors' | 'warnings'): string[] =>
  results.flatMap((result) => result[kind].map(({ message }) => `${result.file}: ${message}`));

describe('check:forge-lint', () => {
  it(
    'finds nothing in the good app',
    async () => {
      const results = await runForgeLint(GOOD_APP);
      expect(findings(results, 'errors')).toEqual([]);
      expect(findings(results, 'warnings')).toEqual([]);
    },
    SLOW,
  );

  it.each<[BreakageName, RegExp]>([
    [
      'endpointWithoutScope',
      /src\/index\.ts: Jira endpoint: GET \/rest\/api\/3\/auditing\/record requires "manage:jira-configuration" scope/,
    ],
    ['badModuleKey', /manifest\.yml: .*property key 'fixture admin page!' must match pattern/],
    ['missingResource', /manifest\.yml: missing resource 'src\/frontend\/missing\.tsx'/],
    ['missingHandler', /manifest\.yml: .*'resolvers\.handler' cannot find associated file/],
    ['invalidScope', /manifest\.yml: Invalid 'scopes' permission .* 'read:jira-everything'/],
    ['badRuntime', /manifest\.yml: .*runtime property name 'nodejs16\.x' allowed values are/],
  ])(
    'reports %s as an error with the linter message',
    async (breakage, message) => {
      const dir = makeBrokenApp(breakage);
      made.push(dir);
      const errors = findings(await runForgeLint(dir), 'errors');
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    },
    SLOW,
  );

  it(
    'reports a handler the file does not export as a warning, as forge lint does (printed, not failing)',
    async () => {
      const dir = makeBrokenApp('handlerNotExported');
      made.push(dir);
      const results = await runForgeLint(dir);
      expect(findings(results, 'warnings')).toEqual([
        expect.stringMatching(
          /src\/index\.ts: Cannot find exported function "handler", which is required by module "resolver"/,
        ),
      ]);
      expect(findings(results, 'errors')).toEqual([]);
    },
    SLOW,
  );
});
