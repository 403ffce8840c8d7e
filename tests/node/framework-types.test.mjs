// The React and Vue typings (dist/types/react.d.ts, vue.d.ts, written by `npm run build:frameworks`
// from custom-elements.json): the examples in examples/react and examples/vue type-check against
// them with @types/react and vue, and the mistakes in tests/fixtures/framework-types fail, each
// with its own error on its own line; the README's code that uses the package type-checks too.
// After `npm run build`. Run with
// `node --test tests/node/framework-types.test.mjs`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { exportedNames, reactTypes, vueTypes, widgetsOf } from '../../scripts/framework-types.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);

/** Runs tsc on a project; its errors as { file, line, message } (a message keeps its indented continuation lines). */
function typeCheck(project) {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project, '--pretty', 'false'], { cwd: root, maxBuffer: 16 << 20 }, (_, stdout) => {
      const errors = [];
      for (const line of stdout.split('\n')) {
        const head = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
        if (head) errors.push({ file: relative(root, join(root, head[1])), line: Number(head[2]), message: head[3] });
        else if (line.trim() && errors.length) errors.at(-1).message += `\n${line.trim()}`;
        else if (line.trim()) errors.push({ file: '?', line: 0, message: line });
      }
      resolve(errors);
    });
  });
}

/** The lines of a fixture marked `error: <text>`, as line number -> text. */
function expectedErrors(path) {
  const expected = new Map();
  read(path)
    .split('\n')
    .forEach((text, index) => {
      const mark = /error: (.+?)(?: \*\/\}| \*\/)?$/.exec(text);
      if (mark && !text.trimStart().startsWith('//')) expected.set(index + 1, mark[1].trim());
    });
  return expected;
}

// The README's code that imports the package, one file per block, in a folder inside the
// repository so that the blocks import the package by its name (through its exports).
const readme = read('README.md');
const readmeBlocks = [...readme.matchAll(/```(ts|tsx|js|jsx)\n([\s\S]*?)```/g)]
  .filter((block) => /from 'task-register-widgets|import 'task-register-widgets'/.test(block[2]))
  .map((block) => ({ line: readme.slice(0, block.index).split('\n').length, jsx: block[1].endsWith('x'), code: block[2] }));
const readmeDir = mkdtempSync(join(root, 'tests/fixtures/framework-types/readme-'));
writeFileSync(join(readmeDir, 'tsconfig.json'), JSON.stringify({ extends: '../../../../examples/react/tsconfig.json', include: ['*.ts', '*.tsx'] }));
for (const block of readmeBlocks) writeFileSync(join(readmeDir, `readme-line-${block.line}.${block.jsx ? 'tsx' : 'ts'}`), `${block.code}\nexport {};\n`);
after(() => rmSync(readmeDir, { recursive: true, force: true }));

// The three compilations run side by side; each test awaits its own.
const checks = {
  react: typeCheck('tests/fixtures/framework-types/react/tsconfig.json'),
  vue: typeCheck('tests/fixtures/framework-types/vue/tsconfig.json'),
  readme: typeCheck(relative(root, join(readmeDir, 'tsconfig.json'))),
};

async function checkFramework(framework, fixtures) {
  const errors = await checks[framework];
  // The examples themselves are clean.
  assert.deepEqual(
    errors.filter((error) => !error.file.startsWith('tests/fixtures/')),
    [],
    `examples/${framework} type-checks`,
  );
  for (const fixture of fixtures) {
    const path = `tests/fixtures/framework-types/${framework}/${fixture}`;
    const expected = expectedErrors(path);
    assert.ok(expected.size >= 4, `${path} marks its mistakes`);
    const found = errors.filter((error) => error.file === path);
    for (const [line, text] of expected) {
      const here = found.filter((error) => error.line === line);
      assert.ok(here.length > 0, `${path}:${line} fails to type-check (${text})`);
      assert.ok(here.some((error) => error.message.includes(text)), `${path}:${line}: "${text}" in\n${here.map((e) => e.message).join('\n')}`);
    }
    assert.deepEqual(found.filter((error) => !expected.has(error.line)), [], `${path}: no errors on lines without a mistake`);
  }
}

describe('generated from the manifest', () => {
  test('dist/types/react.d.ts and vue.d.ts are what the manifest gives, with every widget', () => {
    const widgets = widgetsOf(manifest);
    const names = exportedNames();
    assert.equal(read('dist/types/react.d.ts'), reactTypes(widgets, names));
    assert.equal(read('dist/types/vue.d.ts'), vueTypes(widgets, names));
    assert.ok(tags.length >= 7);
    for (const tag of tags) {
      assert.match(read('dist/types/react.d.ts'), new RegExp(`'${tag}': Tr\\w+JSXProps;`));
      assert.match(read('dist/types/vue.d.ts'), new RegExp(`'${tag}': VueCustomElement<Tr\\w+, Tr\\w+VueProps>;`));
    }
  });

  test('an attribute, its property form, a script-only property and a typed event of the gauge', () => {
    const react = read('dist/types/react.d.ts');
    const gauge = react.slice(react.indexOf('export interface TrKpiGaugeJSXProps'), react.indexOf('}', react.indexOf('export interface TrKpiGaugeJSXProps')));
    assert.match(gauge, /'baseline-year'\?: TrKpiGauge\['baselineYear'\];/);
    assert.match(gauge, /baselineYear\?: TrKpiGauge\['baselineYear'\];/);
    assert.match(gauge, /register\?: TrKpiGauge\['register'\];/);
    assert.match(gauge, /'ontr-select'\?: \(event: CustomEvent<KpiGaugeSelectDetail>\) => void;/);
    assert.match(read('dist/types/vue.d.ts'), /onTrSelect\?: \(event: CustomEvent<KpiGaugeSelectDetail>\) => void;/);
  });

  test('an event the manifest leaves untyped takes the type the other widgets agree on, else unknown', () => {
    const [a, b, c] = widgetsOf({
      modules: [
        { path: 'src/a.ts', declarations: [{ customElement: true, tagName: 'x-a', name: 'XA', events: [{ name: 'tr-error', type: { text: 'CustomEvent<TrErrorDetail>' } }, { name: 'tr-select', type: { text: 'CustomEvent<ADetail>' } }] }] },
        { path: 'src/b.ts', declarations: [{ customElement: true, tagName: 'x-b', name: 'XB', events: [{ name: 'tr-select', type: { text: 'CustomEvent<BDetail>' } }] }] },
        { path: 'src/c.ts', declarations: [{ customElement: true, tagName: 'x-c', name: 'XC', events: [{ name: 'tr-error' }, { name: 'tr-select' }] }] },
      ],
    });
    assert.deepEqual([a.tag, b.tag], ['x-a', 'x-b']);
    assert.deepEqual(
      c.events.map((event) => [event.name, event.detail]),
      [
        ['tr-error', 'TrErrorDetail'],
        ['tr-select', 'unknown'],
      ],
    );
  });
});

describe('type-checked with the frameworks', () => {
  test('React: examples/react type-checks; a wrong keyword, an unknown attribute, a wrong list, a wrong detail and an unknown tag fail', async () => {
    await checkFramework('react', ['wrong.tsx']);
  });
  test('Vue: examples/vue type-checks (TSX and GlobalComponents); the same mistakes fail', async () => {
    await checkFramework('vue', ['wrong.tsx', 'wrong-global.ts']);
  });
});

describe('the README', () => {
  test('every TypeScript, JavaScript and JSX block that imports the package type-checks', async () => {
    assert.ok(readmeBlocks.length >= 4, 'the README has code that uses the package');
    const errors = await checks.readme;
    assert.deepEqual(errors.map((error) => `${error.file.replace(/.*readme-line-(\d+)\.tsx?$/, 'README.md code block at line $1')}, its line ${error.line}: ${error.message}`), []);
  });
});
