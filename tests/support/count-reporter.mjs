import { writeFileSync } from 'node:fs';

// Prints `N passed, N failed, N skipped` as the very last line, so CI can read the result.
function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      // A file that failed to load counts as one failure, so a broken file never reads as green.
      totals.failed += broken;
      if (process.env.TR_TEST_TOTALS) writeFileSync(process.env.TR_TEST_TOTALS, JSON.stringify(totals));
      // Written at exit, after the default reporter's own closing lines.
      process.once('exit', () => {
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
