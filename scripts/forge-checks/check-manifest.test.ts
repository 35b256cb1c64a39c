import { validateManifest } from './check-manifest';
import { runCheckScript } from './check-script-runner';
import { GOOD_APP, makeBrokenApp, removeBrokenApp, type BreakageName } from './fixture-apps';

const SLOW = 120_000;
const made: string[] = [];
const brokenApp = (name: BreakageName): string => {
  const dir = makeBrokenApp(name);
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach(removeBrokenApp));

const errorsOf = async (appDirectory: string): Promise<string[]> =>
  (await validateManifest(appDirectory))
    .filter((problem) => problem.level === 'error')
    .map((problem) => problem.message);

describe('check:manifest', () => {
  it(
    'accepts the good app',
    async () => {
      expect(await validateManifest(GOOD_APP)).toEqual([]);
    },
    SLOW,
  );

  it.each<[BreakageName, RegExp]>([
    ['badModuleKey', /property key 'fixture admin page!' must match pattern/],
    [
      'missingResource',
      /missing resource 'src\/frontend\/missing\.tsx' is being referenced by 'main'/,
    ],
    ['missingHandler', /handler property 'resolvers\.handler' cannot find associated file/],
    [
      'missingIcon',
      /icon 'resource:icons;missing\.svg' .* points at 'static\/icons\/missing\.svg'/,
    ],
    ['invalidScope', /Invalid 'scopes' permission .* 'read:jira-everything'/],
    ['badRuntime', /runtime property name 'nodejs16\.x' allowed values are/],
  ])(
    'rejects %s with the validator message',
    async (breakage, message) => {
      const errors = await errorsOf(brokenApp(breakage));
      expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    },
    SLOW,
  );

  it.each<BreakageName>(['endpointWithoutScope', 'handlerNotExported'])(
    'leaves %s to the linter: the manifest alone is fine',
    async (breakage) => {
      expect(await errorsOf(brokenApp(breakage))).toEqual([]);
    },
    SLOW,
  );

  it(
    'exits non-zero from the command line and prints line, column and message',
    async () => {
      const run = await runCheckScript('check-manifest.ts', brokenApp('badRuntime'));
      expect(run.exitCode).not.toBe(0);
      expect(run.output).toMatch(
        /manifest\.yml:\d+:\d+ error app runtime property name 'nodejs16\.x'/,
      );
      expect(run.output).toMatch(/check:manifest: FAIL/);
    },
    SLOW,
  );
});
