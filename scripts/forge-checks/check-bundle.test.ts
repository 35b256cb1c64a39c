import { runCheckScript, type ScriptRun } from './check-script-runner';
import { GOOD_APP, makeBrokenApp, removeBrokenApp } from './fixture-apps';

// Each run is a full webpack + type-checking build of two bundles: one run per app, shared by the tests.
const SLOW = 300_000;

describe('check:bundle on the good app', () => {
  let run: ScriptRun;
  beforeAll(async () => {
    run = await runCheckScript('check-bundle.ts', GOOD_APP);
  }, SLOW);

  it('passes', () => {
    expect(run.output).toMatch(/check:bundle: PASS .* 2 bundle\(s\), 0 failed/);
    expect(run.exitCode).toBe(0);
  });

  it('prints the byte size of the function bundle and of the UI Kit bundle', () => {
    expect(run.output).toMatch(/bundle functions:\n\s+index\.cjs\s+[1-9]\d* bytes/);
    expect(run.output).toMatch(/bundle UI Kit resource main:[\s\S]*\n\s+main\.js\s+[1-9]\d* bytes/);
  });
});

describe('check:bundle on an app with a UI Kit prop type error', () => {
  let run: ScriptRun;
  let dir: string;
  beforeAll(async () => {
    dir = makeBrokenApp('uiKitPropTypeError');
    run = await runCheckScript('check-bundle.ts', dir);
  }, SLOW);
  afterAll(() => removeBrokenApp(dir));

  it('fails with the type checker message for the prop', () => {
    expect(run.exitCode).not.toBe(0);
    expect(run.output).toMatch(/check:bundle: FAIL/);
    expect(run.output).toMatch(
      /TS2322: Type '"nonsense"' is not assignable to type 'ButtonAppearance/,
    );
    expect(run.output).toMatch(/src\/frontend\/index\.tsx\(\d+,\d+\)/);
  });

  it('still bundles the functions, so one run shows every problem', () => {
    expect(run.output).toMatch(/bundle functions:\n\s+index\.cjs\s+[1-9]\d* bytes/);
  });
});
