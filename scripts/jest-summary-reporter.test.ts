// Plain CommonJS module, loaded by jest itself as a reporter.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summaryLine } = require('./jest-summary-reporter.js');

interface FakeSuite {
  numFailingTests: number;
  testExecError?: { message: string };
  failureMessage?: string | null;
}

const suite = (overrides: Partial<FakeSuite> = {}): FakeSuite => ({
  numFailingTests: 0,
  failureMessage: null,
  ...overrides,
});
const failingTests = (n: number): FakeSuite => suite({ numFailingTests: n, failureMessage: 'x' });
const brokenSuite = (): FakeSuite => suite({ testExecError: { message: 'SyntaxError' } });

describe('jest summary line', () => {
  it.each<[string, number, number, FakeSuite[], string]>([
    ['all passing', 12, 0, [suite(), suite()], '12 passed, 0 failed'],
    ['failing tests', 3, 2, [failingTests(2)], '3 passed, 2 failed'],
    ['a suite that failed to run', 5, 0, [suite(), brokenSuite()], '5 passed, 1 failed'],
    [
      'a hook failing after passing tests',
      4,
      0,
      [suite({ failureMessage: 'afterAll' })],
      '4 passed, 1 failed',
    ],
    [
      'failing tests and a broken suite',
      1,
      1,
      [failingTests(1), brokenSuite()],
      '1 passed, 2 failed',
    ],
    ['nothing run', 0, 0, [], '0 passed, 0 failed'],
  ])('counts %s', (_case, numPassedTests, numFailedTests, testResults, expected) => {
    expect(summaryLine({ numPassedTests, numFailedTests, testResults })).toBe(expected);
  });
});

describe('jest summary line after an earlier run', () => {
  it.each<[string, string, number, number, string]>([
    [
      'adds the browser tests to the unit tests',
      '561 passed, 0 failed\n',
      100,
      0,
      '661 passed, 0 failed',
    ],
    ['keeps earlier failures', '10 passed, 2 failed\n', 5, 1, '15 passed, 3 failed'],
    ['ignores an empty file', '', 7, 0, '7 passed, 0 failed'],
  ])('%s', (_case, earlier, numPassedTests, numFailedTests, expected) => {
    expect(summaryLine({ numPassedTests, numFailedTests, testResults: [] }, earlier)).toBe(
      expected,
    );
  });
});
