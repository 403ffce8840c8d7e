// scripts/check-imports.mjs finds each kind of backward import, and passes a tree that has none.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { checkImports, importsOf } from '../../scripts/check-imports.mjs';

const script = new URL('../../scripts/check-imports.mjs', import.meta.url).pathname;
const fixture = new URL('../fixtures/import-rules', import.meta.url).pathname;

const violations = (srcDir) =>
  Object.fromEntries(checkImports(srcDir).results.map((result) => [result.name, result.violations.map((v) => `${v.from} -> ${v.specifier}`)]));

test('reads every form of import, type-only and dynamic ones included', () => {
  const code = [
    "import a from './a.js';",
    "import type { B } from './b.js';",
    "import './c.js';",
    "export { d } from './d.js';",
    "export type * from './e.js';",
    "const f = await import('./f.js');",
    "type G = import('./g.js').G;",
    "import h = require('./h.js');",
    "import json from './i.json' with { type: 'json' };",
  ].join('\n');
  assert.deepEqual(importsOf(code, 'x.ts'), ['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js', './g.js', './h.js', './i.json']);
});

test('catches data importing i18n (type only) and components (dynamic), a widget importing another, base importing the bundled register', () => {
  assert.deepEqual(violations(join(fixture, 'src')), {
    'src/data imports nothing from src/components or src/i18n': ['data/load.ts -> ../components/base/base.js', 'data/selectors.ts -> ../i18n/words.js'],
    'no widget folder imports another widget folder': ['components/alpha/alpha.ts -> ../beta/beta.js'],
    'src/components/base imports no widget folder and not the bundled register': ['components/base/base.ts -> ../../data/bundled.js'],
  });
});

test('the command prints one line per rule, lists violations, counts rules, and exits 1', () => {
  const totals = join(mkdtempSync(join(tmpdir(), 'tr-imports-')), 'totals.json');
  const run = spawnSync(process.execPath, [script, '--root', fixture], { encoding: 'utf8', env: { ...process.env, TR_TEST_TOTALS: totals } });
  assert.equal(run.status, 1);
  const ruleLines = run.stdout.split('\n').filter((line) => /^(pass|fail) {2}/.test(line));
  assert.equal(ruleLines.length, 3);
  assert.ok(ruleLines.every((line) => line.startsWith('fail')), run.stdout);
  assert.match(run.stdout, /src\/components\/alpha\/alpha\.ts: '\.\.\/beta\/beta\.js'/);
  assert.match(spawnSync(process.execPath, [script, '--root', fixture, '--list'], { encoding: 'utf8' }).stdout, /widget:alpha -> base {2}src\/components\/alpha\/alpha\.ts/);
  rmSync(dirname(totals), { recursive: true, force: true });
});

test('passes a tree whose imports all go data -> base -> widgets -> entry', () => {
  const root = mkdtempSync(join(tmpdir(), 'tr-imports-'));
  const files = {
    'src/data/schema.ts': 'export type Task = { id: string };',
    'src/data/bundled.ts': "import type { Task } from './schema.js';\nexport const tasks: Task[] = [];",
    'src/i18n/words.ts': "import type { Task } from '../data/schema.js';\nexport const label = (task: Task) => task.id;",
    'src/components/base/base.ts': "import { label } from '../../i18n/words.js';\nexport const base = label;",
    'src/components/alpha/alpha.ts': "import { base } from '../base/base.js';\nimport { helper } from './alpha.layout.js';\nexport const alpha = [base, helper];",
    'src/components/alpha/alpha.layout.ts': 'export const helper = 1;',
    'src/index.ts': "export * from './components/alpha/alpha.js';\nexport { tasks } from './data/bundled.js';",
  };
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), code);
  }
  try {
    assert.ok(Object.values(violations(join(root, 'src'))).every((list) => list.length === 0));
    const run = spawnSync(process.execPath, [script, '--root', root], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.stdout.split('\n').filter((line) => line.startsWith('pass  ')).length, 3);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
