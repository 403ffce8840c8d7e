// package.json `sideEffects` names exactly the src files that do something when loaded (define an
// element, provide the default register, or import such a file for its effect: the entries), plus the
// built files, so a bundler may drop every pure layout, model, catalog and style module.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

/**
 * What a module does when it is loaded, beyond declaring things: the calls among its top-level
 * statements (`defineElement(...)`, `customElements.define(...)`, `provideDefaultRegister(...)`),
 * and the modules it imports for their effects alone (`import './x.js'`).
 */
export function loadEffects(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const calls = [];
  const bareImports = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause) bareImports.push(statement.moduleSpecifier.text);
    else if (!ts.isFunctionLike(statement) && !ts.isClassLike(statement) && !ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement) && !ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement)) {
      // Calls that run at load (a variable's initializer is a declaration unless it defines an element).
      const visit = (node) => {
        if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
        if (ts.isCallExpression(node)) {
          const callee = node.expression.getText(source);
          if (!ts.isVariableStatement(statement) || /^(defineElement|customElements\.define)$/.test(callee)) calls.push(callee);
        }
        ts.forEachChild(node, visit);
      };
      visit(statement);
    }
  }
  return { calls, bareImports };
}

/** src files (relative to the repo) that have an effect when loaded: a call at load, or an effect-only import of such a file. */
function effectfulFiles(files) {
  const effects = new Map(files.map((file) => [file, loadEffects(readFileSync(join(root, file), 'utf8'), file)]));
  const effectful = new Set(files.filter((file) => effects.get(file).calls.length));
  for (let grew = true; grew; ) {
    grew = false;
    for (const file of files) {
      if (effectful.has(file)) continue;
      const targets = effects.get(file).bareImports.map((specifier) => relative(root, join(root, dirname(file), specifier)).replace(/\.js$/, '.ts'));
      if (targets.some((target) => effectful.has(target))) {
        effectful.add(file);
        grew = true;
      }
    }
  }
  return effectful;
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

test('a define or any other call at load is an effect; a declaration or a call inside a function is not', () => {
  assert.deepEqual(loadEffects("defineElement('tr-x', X);").calls, ['defineElement']);
  assert.deepEqual(loadEffects("if (!customElements.get('tr-x')) customElements.define('tr-x', X);").calls, ['customElements.get', 'customElements.define']);
  assert.deepEqual(loadEffects('provideDefaultRegister(bundledRegister);').calls, ['provideDefaultRegister']);
  assert.deepEqual(loadEffects("import './default-register.js';\nexport * from './x.js';").bareImports, ['./default-register.js']);
  assert.deepEqual(loadEffects('export function defineElement(tag, c) { customElements.define(tag, c); }').calls, []);
  assert.deepEqual(loadEffects('class X { static register() { defineElement("tr-x", X); } }').calls, []);
  assert.deepEqual(loadEffects("const scale = scaleLinear().domain([0, 1]);\nimport { a } from './a.js';").calls, []);
});

test('sideEffects names exactly the src files with an effect at load: element definitions, the default register, the entries', () => {
  assert.ok(Array.isArray(pkg.sideEffects), 'sideEffects is a list');
  // The command (src/cli) runs in Node and never reaches a bundle, so bundlers' sideEffects do not concern it.
  const files = sourceFiles(join(root, 'src'))
    .map((path) => relative(root, path))
    .filter((file) => !file.startsWith('src/cli/'));
  const effectful = effectfulFiles(files);
  const defining = files.filter((file) => loadEffects(readFileSync(join(root, file), 'utf8'), file).calls.some((call) => /^(defineElement|customElements\.define)$/.test(call)));
  assert.ok(defining.length >= 4, `only ${defining.length} element files found`);
  assert.ok(effectful.has('src/index.ts'), 'src/index.ts has no effect at load');
  assert.deepEqual(files.filter((file) => effectful.has(file) && !covered(file)), [], 'have an effect at load but are not in sideEffects');
  assert.deepEqual(files.filter((file) => covered(file) && !effectful.has(file)), [], 'in sideEffects but have no effect at load');
  for (const pattern of pkg.sideEffects.filter((p) => p.startsWith('./src/'))) {
    assert.ok(files.some((file) => globToRegExp(pattern).test(file)), `${pattern} names no file`);
  }
});

test('sideEffects covers the built files', () => {
  for (const file of ['dist/task-register-widgets.js', 'dist/task-register-widgets.iife.js', 'dist/tr-kpi-gauge.iife.js']) {
    assert.ok(covered(file), file);
  }
});
