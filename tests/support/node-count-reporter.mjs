import { writeFileSync } from 'node:fs';

// A `node --test` reporter that writes the `{ passed, failed, skipped }` of the leaf tests to
// $TR_TEST_TOTALS for scripts/test.mjs, and prints the plain count line last.
export default async function* nodeCountReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite fails on its own only when its hooks or body threw.
      if (event.type === 'test:fail' && event.data.details.error?.failureType !== 'subtestsFailed') totals.failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  if (process.env.TR_TEST_TOTALS) writeFileSync(process.env.TR_TEST_TOTALS, JSON.stringify(totals));
  yield `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
