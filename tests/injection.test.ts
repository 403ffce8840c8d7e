import { expect } from '@open-wc/testing';
import '../src/index.js';
import { parseRegister } from '../src/data/schema-v2.js';
import { registerCopy } from './support/registers.js';
import { alertOf, createWidget, settled, shadowText, widgetCases } from './support/widgets.js';

type Pwned = Window & { __pwned?: number };
const longWord = 'W'.repeat(3000);
const markup = `<img src=x onerror="window.__pwned=1">"><script>window.__pwned=2</script><a href="javascript:window.__pwned=3">x</a>`;
const rtl = '\u202E反向文本\u202C';

/** The bundled register with hostile text in task content, unit names, labels and the title. */
function hostileRegister() {
  const copy = registerCopy();
  copy.title = `${markup}${copy.title}`;
  copy.titleEn = `${markup}${copy.titleEn ?? ""}`;
  for (const indicator of copy.indicators) indicator.labelEn = `<svg onload="window.__pwned=7">${indicator.labelEn}`;
  for (const task of copy.tasks) task.content = `${markup}${rtl}${longWord}${task.content}`;
  copy.units[0]!.name = `<b onmouseover="window.__pwned=4">${copy.units[0]!.name}</b>${longWord}`;
  copy.units[1]!.nameEn = `"><svg onload="window.__pwned=5">${copy.units[1]!.nameEn}`;
  for (const indicator of copy.indicators) indicator.label = `<svg onload="window.__pwned=6">${indicator.label}${longWord}`;
  return parseRegister(copy);
}

describe('injection', () => {
  for (const widget of widgetCases) {
    for (const lang of ['zh-CN', 'en']) {
      it(`<${widget.tag}> (${lang}) renders markup in the register as plain text, runs nothing, and holds its layout`, async () => {
        const container = document.createElement('div');
        container.setAttribute('data-test', 'injection');
        const style = document.createElement('style');
        style.textContent = '[data-test="injection"] { width: 600px; }';
        document.head.append(style);
        const element = createWidget(widget, { lang, 'as-of': '2025-06-30' }) as HTMLElement & { register: unknown; updateComplete: Promise<unknown> };
        element.register = hostileRegister();
        container.append(element);
        document.body.append(container);
        try {
          await settled(element);
          expect(alertOf(element)).to.equal(null);
          expect((window as Pwned).__pwned).to.equal(undefined);
          const root = element.shadowRoot!;
          expect(root.querySelectorAll('img, script, iframe, object, embed, b, a[href^="javascript"]')).to.have.length(0);
          expect(root.querySelectorAll('[onerror], [onload], [onmouseover]')).to.have.length(0);
          // The hostile text is shown as text (where the widget shows that field at all).
          await widget.reveal?.(element);
          const text = shadowText(element) + [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label')).join(' ');
          expect(text).to.match(/<img src=x onerror|<svg onload|<b onmouseover/);
          // The layout held: the widget stays within its 600 px container and the page does not scroll sideways.
          expect(element.getBoundingClientRect().width).to.be.at.most(601);
          expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
          // Bidi overrides stay inside the element that carries them.
          for (const node of root.querySelectorAll('*')) {
            if (node.children.length === 0 && node.textContent?.includes('\u202E')) {
              expect(getComputedStyle(node).unicodeBidi, `<${node.tagName.toLowerCase()}> with an RTL override`).to.equal('isolate');
            }
          }
        } finally {
          container.remove();
          style.remove();
        }
      });
    }
  }
});
