// `npm run prepare` (npm runs it after `npm install`/`npm ci` in this folder, before `npm pack` and
// `npm publish`, and in the clone it makes when a project installs the package from git). It builds
// the package when an output the package names is missing or older than a source it is built from;
// otherwise it leaves `dist/` alone, so an install in a working copy that is already built stays quick.
// `TR_SKIP_PREPARE=1` skips it (CI builds in `pretest` right after `npm ci`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files the build writes that the package points at: main, types, exports, the command's entry. */
export function builtOutputs(pkg) {
  const paths = new Set();
  const add = (value) => {
    if (typeof value === 'string') {
      if (value.startsWith('./dist/') || value === './custom-elements.json') paths.add(value.slice(2));
    } else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(pkg.main);
  add(pkg.module);
  add(pkg.types);
  add(pkg.exports);
  // bin/task-register.mjs runs dist/cli/cli/main.js.
  paths.add('dist/cli/cli/main.js');
  // Every drop-in file loads the validator from beside itself.
  paths.add('dist/tr-validate.js');
  return [...paths].sort();
}

/** The files the build reads: the sources, the build configuration and the build scripts. */
export function buildInputs(dir = root) {
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk('src');
  for (const name of readdirSync(dir)) {
    if (/^(package\.json|vite\.config\.ts|tsconfig.*\.json)$/.test(name)) files.push(name);
  }
  for (const name of readdirSync(join(dir, 'scripts'))) {
    if (/^(build-.*|framework-types)\.mjs$/.test(name)) files.push(join('scripts', name));
  }
  return files;
}

/**
 * Why the package must be built, or '' when it need not: `outputs` and `inputs` map a path to its
 * modification time in ms, or to undefined when the file is missing.
 */
export function buildReason(outputs, inputs) {
  const missing = Object.keys(outputs).filter((path) => outputs[path] === undefined);
  if (missing.length) return `missing ${missing.join(', ')}`;
  const oldestOutput = Math.min(...Object.values(outputs));
  const newer = Object.keys(inputs).filter((path) => (inputs[path] ?? 0) > oldestOutput);
  if (newer.length) return `changed since the last build: ${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''}`;
  return '';
}

const mtime = (path) => (existsSync(join(root, path)) ? statSync(join(root, path)).mtimeMs : undefined);
const times = (paths) => Object.fromEntries(paths.map((path) => [path, mtime(path)]));

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  if (process.env.TR_SKIP_PREPARE === '1') {
    console.log('prepare: skipped (TR_SKIP_PREPARE=1)');
    process.exit(0);
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const reason = buildReason(times(builtOutputs(pkg)), times(buildInputs()));
  if (!reason) {
    console.log('prepare: dist/ is up to date');
    process.exit(0);
  }
  console.log(`prepare: building (${reason})`);
  const npm = process.env.npm_execpath
    ? [process.execPath, [process.env.npm_execpath, 'run', 'build']]
    : [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']];
  const result = spawnSync(npm[0], npm[1], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(result.status ?? 1);
}
