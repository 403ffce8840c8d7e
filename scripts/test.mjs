// `npm test` (after `pretest` built the library): the browser tests, then the static Storybook
// and its story smoke test. Prints the combined `N passed, N failed, N skipped` as the last line.
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
  if (totalsFile) {
    try {
      const counted = JSON.parse(readFileSync(totalsFile, 'utf8'));
      totals.passed += counted.passed;
      totals.failed += counted.failed;
      totals.skipped += counted.skipped;
    } catch {
      totals.failed++;
      console.log(`${label}: no result was recorded`);
      return;
    }
  }
  if (result.status !== 0 && (!totalsFile || totals.failed === 0)) {
    totals.failed++;
    console.log(`${label} exited with ${result.status ?? result.signal}`);
  }
}

const args = process.argv.slice(2);
step('browser tests (@web/test-runner)', bin('wtr'), args, join(dir, 'wtr.json'));
if (!args.length) {
  step('static Storybook build', bin('storybook'), ['build', '--quiet', '-o', 'storybook-static']);
  step('story smoke test', process.execPath, ['scripts/smoke-stories.mjs', 'storybook-static'], join(dir, 'stories.json'));
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
