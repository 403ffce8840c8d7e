// package.json `sideEffects` names exactly the files that define custom elements when loaded (plus
// the entry and the built files), so a bundler may drop every pure layout, model and style module.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Whether the module calls `defineElement(...)` or `customElements.define(...)` when it is loaded (not inside a function). */
export function definesOnLoad(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  let found = false;
  const visit = (node) => {
    if (found || ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (callee === 'defineElement' || callee === 'customElements.define') found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Minimal glob for `sideEffects` patterns: `*` within a path segment, `**` across segments. */
function globToRegExp(pattern) {
  const body = pattern
    .replace(/^\.\//, '')
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${body}$`);
}

const covered = (file) => pkg.sideEffects.some((pattern) => globToRegExp(pattern).test(file));

test('the element-defining check sees a define at load and ignores one inside a function', () => {
  assert.equal(definesOnLoad("defineElement('tr-x', X);"), true);
  assert.equal(definesOnLoad("if (!customElements.get('tr-x')) customElements.define('tr-x', X);"), true);
  assert.equal(definesOnLoad('export function defineElement(tag, c) { customElements.define(tag, c); }'), false);
  assert.equal(definesOnLoad('class X { static register() { defineElement("tr-x", X); } }'), false);
});

test('sideEffects covers every src file that defines an element when loaded', () => {
  const defining = sourceFiles(join(root, 'src'))
    .filter((path) => definesOnLoad(readFileSync(path, 'utf8'), path))
    .map((path) => relative(root, path));
  assert.ok(defining.length >= 4, `only ${defining.length} element files found`);
  assert.deepEqual(defining.filter((file) => !covered(file)), [], 'define elements but are not in sideEffects');
});

test('sideEffects lists no src file that defines nothing, besides the entry', () => {
  assert.ok(Array.isArray(pkg.sideEffects), 'sideEffects is a list');
  const entries = new Set(['src/index.ts']);
  const listed = sourceFiles(join(root, 'src'))
    .map((path) => relative(root, path))
    .filter(covered);
  const pure = listed.filter((file) => !entries.has(file) && !definesOnLoad(readFileSync(join(root, file), 'utf8'), file));
  assert.deepEqual(pure, [], 'in sideEffects but define no element');
  for (const entry of entries) assert.ok(covered(entry), `${entry} (the entry that defines every widget) is not in sideEffects`);
  for (const pattern of pkg.sideEffects.filter((p) => p.startsWith('./src/'))) {
    assert.ok(listed.some((file) => globToRegExp(pattern).test(file)), `${pattern} names no file`);
  }
});

test('sideEffects covers the built files', () => {
  for (const file of ['dist/task-register-widgets.js', 'dist/task-register-widgets.iife.js', 'dist/tr-kpi-gauge.iife.js']) {
    assert.ok(covered(file), file);
  }
});
