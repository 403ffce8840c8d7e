// The package as a project gets it: `npm pack` (whose `prepare` builds when dist/ is missing or
// stale), the tarball installed into a scratch project, then the ES entry bundled by Vite and the
// drop-in files copied onto a static server, each loaded in headless Chromium, and the
// `task-register` command run through npx. Needs Chromium (or CHROME_PATH). Run with
// `node --test tests/node/pack.test.mjs`.
//
// The install runs offline. After `npm ci` the npm cache holds every dependency's tarball but not
// the registry's package documents that a plain `npm install <tarball>` reads to resolve version
// ranges, so the scratch project gets a lockfile: the tarball plus the runtime part of this
// repository's lockfile (the same versions `npm ci` put in the cache), installed with
// `npm ci --offline`. Set TR_PACK_ONLINE=1 to install with a plain `npm install <tarball>` instead.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'tr-pack-'));
const project = join(dir, 'project');
const installed = join(project, 'node_modules', pkg.name);
const widgetTags = ['tr-register-summary', 'tr-kpi-gauge', 'tr-unit-scorecard', 'tr-unit-matrix', 'tr-deadline-timeline', 'tr-task-list', 'tr-dashboard'];

// npm's own environment (set when this runs under `npm test`) would point a nested npm at this repository.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key)));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv, maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
const npm = (args, cwd) => run('npm', args, cwd);

/** The Subresource Integrity value of a file, as `openssl dgst -sha384 -binary f | openssl base64 -A` gives it (README). */
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

let tarball = '';
let packed = [];
let browser;
let server;

before(async () => {
  // `npm pack --json` prints the `prepare` script's lines before its JSON.
  const out = npm(['pack', '--json', '--pack-destination', dir], root);
  const [info] = JSON.parse(out.slice(out.indexOf('\n[') + 1 || out.indexOf('[')));
  tarball = join(dir, info.filename);
  packed = info.files.map((file) => file.path);

  mkdirSync(project);
  const spec = `file:${relative(project, tarball)}`;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module', dependencies: { [pkg.name]: spec } }, null, 2));
  if (process.env.TR_PACK_ONLINE === '1') {
    npm(['install', '--no-audit', '--no-fund', spec], project);
  } else {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    const packages = {
      '': { name: 'scratch', dependencies: { [pkg.name]: spec } },
      [`node_modules/${pkg.name}`]: { version: pkg.version, resolved: spec, integrity, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin },
    };
    for (const [path, entry] of Object.entries(lock.packages)) if (path && !entry.dev) packages[path] = entry;
    writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: 'scratch', lockfileVersion: 3, requires: true, packages }, null, 1));
    npm(['ci', '--offline', '--no-audit', '--no-fund'], project);
  }
  server = await serveStatic(project);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a page of the scratch project and returns, per widget tag, what a reader would meet. */
async function widgetsOn(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(
    (tags) => tags.every((tag) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot && (el.shadowRoot.textContent ?? '').trim().length > 0)),
    [...new Set(await page.$$eval('*', (els) => els.map((el) => el.localName).filter((name) => name.startsWith('tr-'))))],
  );
  const seen = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('tr-'))
      .map((el) => ({
        tag: el.localName,
        id: el.id,
        defined: !!customElements.get(el.localName),
        alert: el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? '',
        text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        endLabels: [...(el.shadowRoot?.querySelectorAll('.end-label') ?? [])].map((t) => t.textContent),
        target: el.shadowRoot?.querySelector('.target-label')?.textContent ?? null,
      })),
  );
  await page.close();
  return { seen, errors };
}

describe('the packed tarball', () => {
  test('holds the built files the package names, and no tests or stories', () => {
    for (const file of ['dist/task-register-widgets.js', 'dist/task-register-widgets.iife.js', 'dist/tr-kpi-gauge.iife.js', 'dist/tr-validate.js', 'dist/types/index.d.ts', 'dist/types/react.d.ts', 'dist/types/vue.d.ts', 'dist/cli/cli/main.js', 'bin/task-register.mjs', 'custom-elements.json']) {
      assert.ok(packed.includes(file), `${file} is in the tarball`);
    }
    assert.deepEqual(packed.filter((file) => /^(tests|stories|demo|bench|docs|node_modules)\//.test(file)), []);
  });
});

describe('installed into a project', () => {
  test('the ES entry and the drop-in files resolve through the package exports', () => {
    const resolve = (specifier) =>
      run(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], project).trim();
    assert.equal(resolve(pkg.name), `file://${join(installed, 'dist/task-register-widgets.js')}`);
    assert.equal(resolve(`${pkg.name}/drop-in`), `file://${join(installed, 'dist/task-register-widgets.iife.js')}`);
    assert.equal(resolve(`${pkg.name}/drop-in/tr-kpi-gauge`), `file://${join(installed, 'dist/tr-kpi-gauge.iife.js')}`);
  });

  test('bundled by Vite from `import \'task-register-widgets\'`, every widget renders in its shadow root', async () => {
    writeFileSync(
      join(project, 'main.js'),
      `import '${pkg.name}';\nimport { bundledRegister, taskStatusAt } from '${pkg.name}';\n` +
        `document.body.dataset.tasks = String(bundledRegister().tasks.length);\n` +
        `document.body.dataset.status = typeof taskStatusAt;\n`,
    );
    writeFileSync(
      join(project, 'index.html'),
      `<!doctype html><html lang="zh-CN"><body>\n${widgetTags.filter((tag) => tag !== 'tr-dashboard').map((tag) => `<${tag} as-of="2025-06-30"${tag === 'tr-kpi-gauge' ? ' indicator="integration-enterprises" value="268"' : ''}></${tag}>`).join('\n')}\n` +
        `<tr-dashboard as-of="2025-06-30"><tr-register-summary id="in-dashboard"></tr-register-summary></tr-dashboard>\n<script type="module" src="./main.js"></script></body></html>`,
    );
    // Served from /bundled/, so the page loads its chunks relative to itself.
    await build({ root: project, base: './', configFile: false, logLevel: 'silent', build: { outDir: 'bundled', emptyOutDir: true } });
    const { seen, errors } = await widgetsOn('/bundled/index.html');
    assert.deepEqual(errors, []);
    assert.deepEqual(seen.map((el) => el.tag).sort(), [...widgetTags, 'tr-register-summary'].sort());
    for (const el of seen) {
      assert.ok(el.defined, `${el.tag} is defined`);
      assert.equal(el.alert, '', `${el.tag} shows no error`);
    }
    const gauge = seen.find((el) => el.tag === 'tr-kpi-gauge');
    assert.deepEqual([gauge.endLabels, gauge.target], [['0', '400'], '300']);
    assert.match(seen.find((el) => el.id === 'in-dashboard').text, /46/);
    const page = await browser.newPage();
    await page.goto(`${server.url}/bundled/index.html`);
    await page.waitForFunction(() => document.body.dataset.tasks);
    assert.deepEqual(await page.evaluate(() => ({ ...document.body.dataset })), { tasks: '46', status: 'function' });
    await page.close();
  });

  test('the drop-in file and the validator copied onto a static folder: a gauge from the bundled register and one from a progress file', async () => {
    const dropIn = fileURLToPath(run(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve('${pkg.name}/drop-in/tr-kpi-gauge'))`], project).trim());
    mkdirSync(join(project, 'static'), { recursive: true });
    copyFileSync(dropIn, join(project, 'static', 'tr-kpi-gauge.iife.js'));
    copyFileSync(join(installed, 'dist', 'tr-validate.js'), join(project, 'static', 'tr-validate.js'));
    writeFileSync(
      join(project, 'static', 'progress.json'),
      JSON.stringify({ schemaVersion: 1, register: 'zhejiang-vocational-education-integration', tasks: [], indicators: [{ indicator: 'integration-enterprises', date: '2024-12-31', value: 150 }] }),
    );
    writeFileSync(
      join(project, 'static', 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><script src="tr-kpi-gauge.iife.js" integrity="${sri(join(project, 'static', 'tr-kpi-gauge.iife.js'))}" crossorigin="anonymous" defer></script></head><body>\n` +
        `<tr-kpi-gauge id="value" indicator="integration-enterprises" value="268" as-of="2025-06-30"></tr-kpi-gauge>\n` +
        `<tr-kpi-gauge id="progress" indicator="integration-enterprises" progress-src="progress.json" as-of="2025-06-30"></tr-kpi-gauge>\n</body></html>`,
    );
    const { seen, errors } = await widgetsOn('/static/index.html');
    assert.deepEqual(errors, []);
    assert.equal(seen.length, 2);
    for (const el of seen) assert.equal(el.alert, '', `#${el.id} shows no error`);
    const byId = Object.fromEntries(seen.map((el) => [el.id, el]));
    assert.deepEqual([byId.value.endLabels, byId.value.target], [['0', '400'], '300']);
    assert.equal(byId.progress.target, '300');
    assert.match(byId.progress.text, /150/, 'the reported value from the progress file');

    // A copy that is not the one hashed is not run.
    writeFileSync(join(project, 'static', 'tampered.html'), readFileSync(join(project, 'static', 'index.html'), 'utf8').replace(/sha384-[^"]+/, `sha384-${'A'.repeat(64)}`));
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (message) => messages.push(message.text()));
    // The load event waits for the deferred script's fetch, where the check happens.
    await page.goto(`${server.url}/static/tampered.html`, { waitUntil: 'load' });
    assert.ok(messages.some((text) => /integrity/i.test(text)), `the browser reports the failed integrity check: ${messages.join(' | ')}`);
    assert.equal(await page.evaluate(() => !!customElements.get('tr-kpi-gauge')), false);
    await page.close();
  });

  test('the task-register command runs through npx', () => {
    const help = run('npx', ['--no-install', 'task-register', '--help', '--lang', 'en'], project);
    assert.match(help, /task-register import <file>/);
    assert.ok(readdirSync(join(project, 'node_modules', '.bin')).includes('task-register'));
  });
});
