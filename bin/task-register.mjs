#!/usr/bin/env node
// The `task-register` command. Runs the build's output (dist/cli, written by `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  const en = process.argv.some((a, i, all) => a === '--lang=en' || (a === '--lang' && all[i + 1] === 'en'));
  process.stderr.write(
    en
      ? 'task-register is not built yet: run `npm run build` in the package first.\n'
      : 'task-register 尚未构建：请先在包目录运行 npm run build。\n',
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
