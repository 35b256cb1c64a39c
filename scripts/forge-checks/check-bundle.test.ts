import { runCheckScript, type ScriptRun } from './check-script-runner';
import { GOOD_APP, makeBrokenApp, removeBrokenApp } from './fixture-apps';

// Each run is a full webpack + type-checking build of two bundles. One run per app, shared by
// the tests below; the two runs go side by side, as jest leaves the second core idle here.
const SLOW = 300_000;
let good: ScriptRun;
let propTypeError: ScriptRun;
let brokenDir: string;

beforeAll(async () => {
  brokenDir = makeBrokenApp('uiKitPropTypeError');
  [good, propTypeError] = await Promise.all([
    runCheckScript('check-bundle.ts', GOOD_APP),
    runCheckScript('check-bundle.ts', brokenDir),
  ]);
}, SLOW);
afterAll(() => removeBrokenApp(brokenDir));

describe('check:bundle on the good app', () => {
  it('passes', () => {
    expect(good.output).toMatch(/check:bundle: PASS .* 2 bundle\(s\), 0 failed/);
    expect(good.exitCode).toBe(0);
  });

  it('prints the byte size of the function bundle and of the UI Kit bundle', () => {
    expect(good.output).toMatch(/bundle functions:\n\s+index\.cjs\s+[1-9]\d* bytes/);
    expect(good.output).toMatch(
      /bundle UI Kit resource main:[\s\S]*\n\s+main\.js\s+[1-9]\d* bytes/,
    );
  });
});

describe('check:bundle on an app with a UI Kit prop type error', () => {
  it('fails with the type checker message for the prop', () => {
    expect(propTypeError.exitCode).not.toBe(0);
    expect(propTypeError.output).toMatch(/check:bundle: FAIL/);
    expect(propTypeError.output).toMatch(
      /TS2322: Type '"nonsense"' is not assignable to type 'ButtonAppearance/,
    );
    expect(propTypeError.output).toMatch(/src\/frontend\/index\.tsx\(\d+,\d+\)/);
  });

  it('still bundles the functions, so one run shows every problem', () => {
    expect(propTypeError.output).toMatch(/bundle functions:\n\s+index\.cjs\s+[1-9]\d* bytes/);
  });
});
