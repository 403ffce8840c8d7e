// The ES build's source map points code back to the line and column where it was written: the
// build's own template and CSS rewriting must carry true maps (run after `npm run build`).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { mapAccuracy } from '../support/source-map.mjs';

const dist = new URL('../../dist/', import.meta.url);
const mapFile = new URL('task-register-widgets.js.map', dist);
const ownSource = (name) => /(^|\/)src\/.*\.ts$/.test(name);

test('the ES build maps its identifiers back to where they are written in src/', { skip: !existsSync(mapFile) && 'run `npm run build` first' }, () => {
  // The ES entry and any chunk it splits off (a dynamic import), each with its own map.
  const files = new Map();
  for (const name of readdirSync(dist).filter((file) => file.endsWith('.js.map') && !file.includes('.iife.'))) {
    const map = JSON.parse(readFileSync(new URL(name, dist), 'utf8'));
    assert.equal(map.sourcesContent?.length, map.sources.length, `${name} carries the sources`);
    for (const [source, accuracy] of mapAccuracy(readFileSync(new URL(name.replace(/\.map$/, ''), dist), 'utf8'), map, ownSource)) {
      const sum = files.get(source) ?? { same: 0, wrong: [] };
      files.set(source, { same: sum.same + accuracy.same, wrong: [...sum.wrong, ...accuracy.wrong] });
    }
  }
  for (const widget of ['kpi-gauge', 'unit-matrix', 'deadline-timeline', 'register-summary']) {
    assert.ok([...files.keys()].some((name) => name.endsWith(`/${widget}/${widget}.ts`)), `${widget}.ts is not in the map`);
  }
  const checked = [...files.values()].reduce((sum, file) => sum + file.same + file.wrong.length, 0);
  assert.ok(checked > 1000, `only ${checked} identifiers could be checked`);
  // A few class fields that become constructor assignments map their name to the initializer; a
  // rewrite without a map shifts every line after its first edit, in each file with templates.
  for (const [name, file] of files) {
    const total = file.same + file.wrong.length;
    assert.ok(file.wrong.length <= Math.max(2, total * 0.05), `${name}: ${file.wrong.length} of ${total} identifiers mapped to another place:\n${file.wrong.slice(0, 10).join('\n')}`);
  }
  const wrong = [...files.values()].flatMap((file) => file.wrong);
  assert.ok(wrong.length <= checked * 0.01, `${wrong.length} of ${checked} identifiers mapped to another place:\n${wrong.slice(0, 10).join('\n')}`);
});
