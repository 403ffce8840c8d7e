// `node scripts/check-imports.mjs [--list] [--root DIR]`: the import directions of src/ (issue 13).
//   data    -> nothing from src/components or src/i18n (type-only imports count too)
//   widgets -> no other widget folder under src/components/
//   base    -> no widget folder, not the bundled register (src/data/bundled.ts, src/data/register.json)
// Prints one line per rule, then each violation as `file: 'specifier'`. `--list` also prints every
// import between src/ folders (the edges of the import graph). Exits 1 when a rule is broken; writes
// `{ passed, failed, skipped }` (one per rule) to $TR_TEST_TOTALS when set.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Every module specifier a file names: import/export-from (type-only too), `import()`, `import('x').T`, `require()`, `import x = require()`. */
export function importsOf(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (node) => {
    if (node && ts.isStringLiteralLike(node)) found.push(node.text);
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) add(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A path inside src/, `/`-separated, without the extension of a TypeScript source imported as `.js`. */
const withoutScriptExtension = (path) => path.replace(/\.(ts|tsx|js|mjs)$/, '');

/** Where a file or import target sits: `data`, `i18n`, `base`, `widget:<folder>`, `entry` or `other`. */
function areaOf(path) {
  const [top, second] = path.split('/');
  if (top === 'data' || top === 'i18n') return top;
  if (top === 'components' && second === 'base') return 'base';
  if (top === 'components' && second && path.split('/').length > 2) return `widget:${second}`;
  if (top === 'components') return 'components';
  return path.startsWith('index.') ? 'entry' : 'other';
}

const bundledRegister = new Set(['data/bundled', 'data/register.json']);

export const rules = [
  {
    name: 'src/data imports nothing from src/components or src/i18n',
    broken: (from, to) => areaOf(from) === 'data' && (areaOf(to) === 'i18n' || areaOf(to).startsWith('widget:') || ['base', 'components'].includes(areaOf(to))),
  },
  {
    name: 'no widget folder imports another widget folder',
    broken: (from, to) => areaOf(from).startsWith('widget:') && areaOf(to).startsWith('widget:') && areaOf(from) !== areaOf(to),
  },
  {
    name: 'src/components/base imports no widget folder and not the bundled register',
    broken: (from, to) => areaOf(from) === 'base' && (areaOf(to).startsWith('widget:') || bundledRegister.has(withoutScriptExtension(to)) || bundledRegister.has(to)),
  },
];

/** Every relative import of every file under `srcDir`, as `{ from, to, specifier }` with paths relative to srcDir. */
export function importEdges(srcDir) {
  const edges = [];
  for (const file of sourceFiles(srcDir)) {
    const from = relative(srcDir, file).split(sep).join('/');
    for (const specifier of importsOf(readFileSync(file, 'utf8'), file)) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(srcDir, resolve(dirname(file), specifier)).split(sep).join('/');
      if (target.startsWith('..')) continue;
      edges.push({ from, to: target, specifier });
    }
  }
  return edges;
}

/** The result of every rule over the tree at `srcDir`: `{ name, violations: [{ from, specifier }] }`. */
export function checkImports(srcDir) {
  const edges = importEdges(srcDir);
  return {
    edges,
    results: rules.map((rule) => ({ name: rule.name, violations: edges.filter((edge) => rule.broken(edge.from, edge.to)) })),
  };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (isMain) {
  const args = process.argv.slice(2);
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? resolve(args[rootAt + 1]) : resolve(dirname(new URL(import.meta.url).pathname), '..');
  const srcDir = join(root, 'src');
  const { edges, results } = checkImports(srcDir);
  if (!edges.length) {
    console.log(`no imports found under ${srcDir}`);
    process.exit(1);
  }
  if (args.includes('--list')) {
    console.log('imports between folders of src/:');
    for (const edge of edges) {
      if (areaOf(edge.from) !== areaOf(edge.to)) console.log(`  ${areaOf(edge.from)} -> ${areaOf(edge.to)}  src/${edge.from}: '${edge.specifier}'`);
    }
  }
  for (const result of results) {
    console.log(`${result.violations.length ? 'fail' : 'pass'}  ${result.name}${result.violations.length ? ` (${result.violations.length})` : ''}`);
    for (const violation of result.violations) console.log(`        src/${violation.from}: '${violation.specifier}'`);
  }
  const failed = results.filter((result) => result.violations.length).length;
  if (process.env.TR_TEST_TOTALS) writeFileSync(process.env.TR_TEST_TOTALS, JSON.stringify({ passed: results.length - failed, failed, skipped: 0 }));
  process.exit(failed ? 1 : 0);
}
