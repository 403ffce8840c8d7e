// `npm test` (after `pretest` built the library): the import-direction check (one count per rule),
// the Node tests of the build and the checks themselves (tests/node), the browser tests, then the
// static Storybook and its story smoke test. Prints the combined `N passed, N failed, N skipped` as
// the last line. With arguments (`npm test -- --files tests/x.test.ts`) only the browser tests run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'tr-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const bin = (name) => join('node_modules', '.bin', name);

function step(label, command, args, totalsFile) {
  console.log(`\n=== ${label} ===`);
  const env = totalsFile ? { ...process.env, TR_TEST_TOTALS: totalsFile } : process.env;
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  let counted = { passed: 0, failed: 0, skipped: 0 };
  if (totalsFile) {
    try {
      counted = JSON.parse(readFileSync(totalsFile, 'utf8'));
      totals.passed += counted.passed;
      totals.failed += counted.failed;
      totals.skipped += counted.skipped;
    } catch {
      totals.failed++;
      console.log(`${label}: no result was recorded`);
      return;
    }
  }
  // A step that failed without counting a failure of its own still counts as one.
  if (result.status !== 0 && counted.failed === 0) {
    totals.failed++;
    console.log(`${label} exited with ${result.status ?? result.signal}`);
  }
}

const args = process.argv.slice(2);
if (!args.length) {
  step('import directions (scripts/check-imports.mjs)', process.execPath, ['scripts/check-imports.mjs'], join(dir, 'imports.json'));
  step('node tests (tests/node)', process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./tests/support/node-count-reporter.mjs',
    '--test-reporter-destination=stdout',
    'tests/node/',
  ], join(dir, 'node.json'));
}
step('browser tests (@web/test-runner)', bin('wtr'), args, join(dir, 'wtr.json'));
if (!args.length) {
  step('static Storybook build', bin('storybook'), ['build', '--quiet', '-o', 'storybook-static']);
  step('story smoke test', process.execPath, ['scripts/smoke-stories.mjs', 'storybook-static'], join(dir, 'stories.json'));
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
