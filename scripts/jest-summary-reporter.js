// Ends a jest run with one machine-readable line, `N passed, N failed`, for CI.
const fs = require('node:fs');

/**
 * The closing line. A suite that failed without a failing test (it did not compile or import,
 * or a hook threw) counts as one failure, so a broken file never reads as "0 failed".
 */
function summaryLine({ numPassedTests, numFailedTests, testResults }, earlier = '') {
  const brokenSuites = testResults.filter(
    (suite) => suite.numFailingTests === 0 && Boolean(suite.testExecError || suite.failureMessage),
  ).length;
  const [passedBefore, failedBefore] = parseLine(earlier);
  return `${passedBefore + numPassedTests} passed, ${failedBefore + numFailedTests + brokenSuites} failed`;
}

/** Counts of an earlier run's line (unit tests before the browser tests), or zeros. */
function parseLine(line) {
  const match = /^(\d+) passed, (\d+) failed/.exec(line.trim());
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

class JestSummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_SUMMARY_FILE;
    if (file) {
      // Under .ci/run, which prints the line itself at the end; successive jest runs add up.
      const earlier = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      fs.writeFileSync(file, `${summaryLine(results, earlier)}\n`);
      return;
    }
    // Jest's own summary reporter runs after custom ones; printing at exit keeps this line last.
    process.once('exit', () => fs.writeSync(1, `${summaryLine(results)}\n`));
  }
}

module.exports = JestSummaryReporter;
module.exports.summaryLine = summaryLine;
