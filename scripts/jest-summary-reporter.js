// Ends a jest run with one machine-readable line, `N passed, N failed`, for CI.
const fs = require('node:fs');

/**
 * The closing line. A suite that failed without a failing test (it did not compile or import,
 * or a hook threw) counts as one failure, so a broken file never reads as "0 failed".
 */
function summaryLine({ numPassedTests, numFailedTests, testResults }) {
  const brokenSuites = testResults.filter(
    (suite) => suite.numFailingTests === 0 && Boolean(suite.testExecError || suite.failureMessage),
  ).length;
  return `${numPassedTests} passed, ${numFailedTests + brokenSuites} failed`;
}

class JestSummaryReporter {
  onRunComplete(_contexts, results) {
    const line = summaryLine(results);
    if (process.env.JEST_SUMMARY_FILE) {
      // Under .ci/run, which prints the line itself once everything after jest has finished.
      fs.writeFileSync(process.env.JEST_SUMMARY_FILE, `${line}\n`);
      return;
    }
    // Jest's own summary reporter runs after custom ones; printing at exit keeps this line last.
    process.once('exit', () => fs.writeSync(1, `${line}\n`));
  }
}

module.exports = JestSummaryReporter;
module.exports.summaryLine = summaryLine;
