import { expect } from '@open-wc/testing';
import register from '../src/data/register.json' with { type: 'json' };

/** gzip size as the browser's own zlib makes it: deterministic for a given file. */
async function gzipBytes(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

const loader = '/dist/task-register-widgets.iife.js';
const moduleEntry = '/dist/module/task-register-widgets.js';

/** The files of the module drop-in (`dist/module/`): its entry and every chunk any of them names, with their text. */
async function moduleFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const queue = [moduleEntry];
  while (queue.length) {
    const url = queue.shift()!;
    if (files.has(url)) continue;
    const response = await fetch(url);
    expect(response.ok, `${url}: run \`npm run build\` first`).to.equal(true);
    const text = await response.text();
    files.set(url, text);
    // The entry names `./chunks/x.js` (and `chunks/x.js` in its preload table); a chunk names `./x.js` beside it.
    for (const [, name] of text.matchAll(/(?:\bchunks\/|["'`]\.\/)([\w-]+\.js)/g)) queue.push(`/dist/module/chunks/${name}`);
  }
  return files;
}

/** The one-widget files, each with the base, lit and the bundled register: each within 45 KB gzip. */
const oneWidgetFiles = ['tr-kpi-gauge', 'tr-unit-matrix', 'tr-deadline-timeline', 'tr-register-summary', 'tr-task-list', 'tr-unit-scorecard'];
const oneWidgetBudget = 45 * 1024;

describe('the one-widget drop-in files', () => {
  for (const tag of oneWidgetFiles) {
    it(`${tag}.iife.js stays within 45 KB gzip, defines only ${tag}, and is UTF-8 without eval`, async () => {
      const response = await fetch(`/dist/${tag}.iife.js`);
      expect(response.ok, 'run `npm run build` first').to.equal(true);
      const text = await response.text();
      expect(await gzipBytes(text)).to.be.at.most(oneWidgetBudget);
      const named = (name: string) => new RegExp(`[\`'"]${name}[\`'"]`).test(text);
      expect(named(tag)).to.equal(true);
      for (const other of oneWidgetFiles.filter((t) => t !== tag)) expect(named(other), other).to.equal(false);
      expect(text).to.contain(register.units[0]!.name);
      expect((text.match(/\\u[4-9][0-9a-f]{3}/gi) ?? []).length).to.be.at.most(2);
      expect(/\beval\(|new Function\(/.test(text)).to.equal(false);
    });
  }
});

describe('the classic file for every widget', () => {
  it('is a small loader of the module drop-in beside it, without eval, within the 64 KB budget', async () => {
    const response = await fetch(loader);
    expect(response.ok, 'run `npm run build` first').to.equal(true);
    const text = await response.text();
    expect(await gzipBytes(text)).to.be.at.most(64 * 1024);
    expect(text).to.contain('module/task-register-widgets.js');
    expect(text).to.not.contain('customElements');
    expect(/\beval\(|new Function\(/.test(text)).to.equal(false);
  });
});

describe('the module drop-in', () => {
  it('writes Chinese text as UTF-8, not \\u escapes that double its size', async () => {
    const files = await moduleFiles();
    expect(files.size, 'entry and chunks').to.be.greaterThan(8);
    const text = [...files.values()].join('\n');
    for (const unit of register.units) expect(text).to.contain(unit.name);
    expect(text).to.contain(register.tasks[4]!.content);
    // CJK unified ideographs are U+4E00–U+9FFF; a regex range in the code may name one or two per file.
    for (const [url, code] of files) expect((code.match(/\\u[4-9][0-9a-f]{3}/gi) ?? []).length, url).to.be.at.most(2);
  });

  it('uses no eval or new Function (strict CSP), and imports nothing by a bare name', async () => {
    const files = await moduleFiles();
    for (const [url, code] of files) {
      expect(/\beval\(|new Function\(/.test(code), url).to.equal(false);
      // `import{…}from"lit"`, `export*from"lit"` or `import"lit"`: a name only a bundler resolves.
      expect(/[}*]\s*from\s*["'`](?![./])|\bimport\s*["'`](?![./])/.test(code), url).to.equal(false);
    }
    // The same patterns do find the chunks' imports of each other.
    const relative = [...files.values()].filter((code) => /[}*]\s*from\s*["'`]\.\//.test(code) || /\bimport\s*["'`]\.\//.test(code));
    expect(relative.length).to.be.greaterThan(files.size / 2);
  });
});

describe('the validator file', () => {
  it('holds the contracts and loading, not the widgets, within 20 KB gzip and without eval', async () => {
    const response = await fetch('/dist/tr-validate.js');
    expect(response.ok, 'run `npm run build` first').to.equal(true);
    const text = await response.text();
    expect(await gzipBytes(text)).to.be.at.most(20 * 1024);
    expect(text).to.not.contain('customElements');
    expect(/\beval\(|new Function\(/.test(text)).to.equal(false);
  });

  it('is not inside any classic file, nor in any chunk of the module drop-in but its own', async () => {
    for (const file of ['task-register-widgets', ...oneWidgetFiles]) {
      const text = await (await fetch(`/dist/${file}.iife.js`)).text();
      // zod's own error class name appears only where zod is bundled.
      expect(text.includes('$ZodError'), file).to.equal(false);
    }
    const withZod = [...(await moduleFiles())].filter(([, code]) => code.includes('$ZodError')).map(([url]) => url);
    expect(withZod).to.have.length(1);
    expect(withZod[0]).to.match(/\/chunks\/validation-[\w-]+\.js$/);
  });
});
