// scripts/prepare.mjs decides whether `npm install`/`npm pack` (and an install from git) must build:
// when an output the package names is missing, or a source is newer than the oldest output.
// Run with `node --test tests/node/prepare.test.mjs`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildInputs, buildReason, builtOutputs } from '../../scripts/prepare.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('what the package needs built', () => {
  test('every built file the package points at: the ES module, the drop-in files, the typings, the command, the validator', () => {
    const outputs = builtOutputs(pkg);
    for (const file of ['dist/task-register-widgets.js', 'dist/task-register-widgets.iife.js', 'dist/tr-kpi-gauge.iife.js', 'dist/types/index.d.ts', 'dist/types/react.d.ts', 'dist/types/vue.d.ts', 'dist/cli/cli/main.js', 'dist/tr-validate.js', 'custom-elements.json']) {
      assert.ok(outputs.includes(file), file);
    }
    // Files shipped as written (the bundled register, the schemas) are not build outputs.
    assert.deepEqual(outputs.filter((file) => !file.startsWith('dist/') && file !== 'custom-elements.json'), []);
  });

  test('the sources and the build configuration are its inputs', () => {
    const inputs = buildInputs();
    for (const file of ['src/index.ts', 'src/data/register.json', 'package.json', 'vite.config.ts', 'tsconfig.build.json', 'scripts/build-dropins.mjs', 'scripts/framework-types.mjs']) {
      assert.ok(inputs.includes(file), file);
    }
  });
});

describe('when to build', () => {
  const outputs = { 'dist/a.js': 2000, 'dist/b.js': 3000 };
  test('not when every output is newer than every input', () => {
    assert.equal(buildReason(outputs, { 'src/a.ts': 1000, 'package.json': 1999 }), '');
  });
  test('when an output is missing (a fresh clone, an install from git)', () => {
    assert.equal(buildReason({ ...outputs, 'dist/types/index.d.ts': undefined }, { 'src/a.ts': 1000 }), 'missing dist/types/index.d.ts');
  });
  test('when a source changed after the oldest output was written', () => {
    assert.equal(buildReason(outputs, { 'src/a.ts': 2500, 'src/b.ts': 1000 }), 'changed since the last build: src/a.ts');
  });
});
