#!/usr/bin/env node
// Prints the closing line CI reads, `N passed, N failed`, from vitest's JSON report.
// A missing or unreadable report counts as one failure (the test command did not get as far as vitest).
// Usage: node scripts/print-test-summary.mjs [.test-results/vitest.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.test-results/vitest.json';
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that failed to load has no failed tests of its own: count the suites then.
  if (report.success === false && failed === 0) failed = Math.max(1, report.numFailedTestSuites ?? 0);
} catch {
  console.log(`no test report at ${file}: the checks before the tests failed (see above)`);
  failed = 1;
}
console.log(
  skipped > 0 ? `${passed} passed, ${failed} failed, ${skipped} skipped` : `${passed} passed, ${failed} failed`,
);
