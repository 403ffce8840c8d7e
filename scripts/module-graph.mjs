// What the module drop-in (dist/module/) makes a page load: its entry, the chunk the entry imports for
// each widget tag, and every chunk those import statically, transitively. Dynamic imports past the
// entry (the validator's chunk) are loaded only when needed and are listed apart.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** The relative module specifiers of one file: static (`import`/`export … from`) and dynamic (`import()`). */
export function importsOf(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found = { static: [], dynamic: [], tags: new Map() };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier)) {
      found.static.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.dynamic.push(node.arguments[0].text);
    } else if (ts.isPropertyAssignment(node) && ts.isStringLiteralLike(node.name) && ts.isArrowFunction(node.initializer)) {
      // `'tr-kpi-gauge': () => import('./chunks/…')` (inside Vite's preload call): the entry's table of widgets.
      const findImport = (inner) =>
        ts.isCallExpression(inner) && inner.expression.kind === ts.SyntaxKind.ImportKeyword && inner.arguments[0] && ts.isStringLiteralLike(inner.arguments[0])
          ? inner.arguments[0].text
          : ts.forEachChild(inner, findImport);
      const chunk = findImport(node.initializer);
      if (chunk) found.tags.set(node.name.text, chunk);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The graph of `dist/module/` from its entry: `files(tag)` is every file (relative to the folder) a page
 * showing only that widget loads, the entry first; `tags` the widgets the entry knows; `lazy` the files
 * only a dynamic import inside a chunk reaches (the validator).
 */
export function moduleGraph(folder, entry = 'task-register-widgets.js') {
  const parsed = new Map();
  const read = (file) => {
    if (!parsed.has(file)) parsed.set(file, importsOf(readFileSync(join(folder, file), 'utf8'), file));
    return parsed.get(file);
  };
  const resolve = (from, specifier) => relative(folder, join(folder, dirname(from), specifier)).split('\\').join('/');
  const closure = (start) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of read(file).static) walk(resolve(file, specifier));
    };
    walk(start);
    return seen;
  };
  const root = read(entry);
  const entryFiles = closure(entry);
  const files = (tag) => {
    const chunk = root.tags.get(tag);
    if (!chunk) throw new Error(`the entry names no chunk for <${tag}>`);
    return [...new Set([...entryFiles, ...closure(resolve(entry, chunk))])];
  };
  const tags = [...root.tags.keys()];
  const loaded = new Set(tags.flatMap(files));
  const lazy = new Set();
  for (const file of loaded) for (const specifier of read(file).dynamic) if (file !== entry) lazy.add(resolve(file, specifier));
  return { entry, entryFiles: [...entryFiles], tags, files, every: [...loaded], lazy: [...lazy].filter((file) => !loaded.has(file)) };
}
