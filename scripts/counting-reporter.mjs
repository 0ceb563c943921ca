// A test-runner reporter that counts passed, failed and skipped tests and writes
// them to .test-results/browser.json, so `npm test` can print one closing line
// for every suite it runs. Written on exit: output from stop() was swallowed.
import { mkdirSync, writeFileSync } from 'node:fs';

function countSuite(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, totals);
}

export function countingReporter({ file = '.test-results/browser.json' } = {}) {
  const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
  let sessionsSeen = new Set();
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (sessionsSeen.has(session.id)) continue;
        sessionsSeen.add(session.id);
        if (session.testResults) countSuite(session.testResults, totals);
        // A file that fails to load, or errors outside a test, counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.fileErrors += 1;
      }
      process.once('exit', () => {
        mkdirSync('.test-results', { recursive: true });
        writeFileSync(file, JSON.stringify(totals));
      });
    },
  };
}
