import { expect } from '@open-wc/testing';
import register from '../src/data/register.json' with { type: 'json' };

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
}

/** The README's reference must stay true to the widgets (regenerate with `npm run docs`). */
describe('README', () => {
  it('documents every attribute, event and part of every widget, as the manifest has them', async () => {
    const readme = await (await fetch('/README.md')).text();
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.length).to.be.greaterThan(0);
    for (const element of elements) {
      const start = readme.indexOf(`### \`<${element.tagName}>\``);
      expect(start, `README section for <${element.tagName}>`).to.be.greaterThan(-1);
      const next = readme.indexOf('\n### ', start + 5);
      const section = readme.slice(start, next === -1 ? undefined : next);
      for (const attribute of element.attributes ?? []) expect(section, `${element.tagName} ${attribute.name}`).to.contain(`| \`${attribute.name}\` |`);
      for (const event of element.events ?? []) expect(section, `${element.tagName} ${event.name}`).to.contain(`| \`${event.name}\` |`);
      for (const part of element.cssParts ?? []) expect(section, `${element.tagName} part ${part.name}`).to.contain(`\`${part.name}\``);
    }
  });

  it('lists every indicator id of the bundled register', async () => {
    const readme = await (await fetch('/README.md')).text();
    for (const indicator of register.indicators) expect(readme).to.contain(`| \`${indicator.id}\` |`);
  });
});
