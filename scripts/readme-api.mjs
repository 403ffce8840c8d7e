// Writes the widgets' API reference into README.md (between the api markers) from
// custom-elements.json, which the manifest analyzer generates from the widgets' JSDoc headers.
//   npm run docs
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const order = ['tr-kpi-gauge', 'tr-unit-matrix', 'tr-deadline-timeline', 'tr-register-summary'];
const rank = (tag) => (order.includes(tag) ? order.indexOf(tag) : order.length);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => rank(a.tagName) - rank(b.tagName));

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text ? `\`${cell(text).replace(/`/g, '')}\`` : '');

const sections = elements.map((element) => {
  const lines = [`### \`<${element.tagName}>\``, '', cell(element.summary ?? element.description), ''];
  const attributes = element.attributes ?? [];
  if (attributes.length) {
    lines.push('| attribute | property | type | default | description |', '|---|---|---|---|---|');
    for (const attribute of attributes) {
      lines.push(`| \`${attribute.name}\` | ${code(attribute.fieldName)} | ${code(attribute.type?.text)} | ${code(attribute.default)} | ${cell(attribute.description)} |`);
    }
    lines.push('');
  }
  const events = element.events ?? [];
  if (events.length) {
    lines.push('| event | description |', '|---|---|', ...events.map((e) => `| \`${e.name}\` | ${cell(e.description)} |`), '');
  }
  const parts = element.cssParts ?? [];
  if (parts.length) lines.push(`CSS parts: ${parts.map((p) => `\`${p.name}\``).join(', ')}.`, '');
  const properties = element.cssProperties ?? [];
  if (properties.length) {
    lines.push('| custom property | description |', '|---|---|', ...properties.map((p) => `| \`${p.name}\` | ${cell(p.description)}${p.default ? ` (default ${code(p.default)})` : ''} |`), '');
  }
  return lines.join('\n');
});

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- api:start -->';
const end = '<!-- api:end -->';
if (!readme.includes(start)) throw new Error('README.md has no api markers');
const next = readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${sections.join('\n')}\n${end}`);
writeFileSync('README.md', next);
console.log(`README.md: API reference for ${elements.map((e) => e.tagName).join(', ')}`);
