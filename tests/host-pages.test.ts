import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { alertOf, createWidget, settled, shadowText, widgetCases } from './support/widgets.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** The widget's shadow markup with generated ids and Lit markers removed, to compare two renders. */
function markup(element: Element): string {
  return element
    .shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '')
    .replace(/\s(id|for|href|aria-labelledby|aria-describedby|aria-controls|aria-activedescendant|aria-owns)="[^"]*"/g, '')
    .replace(/url\(#[^)]*\)/g, '');
}

const hostileCss = `
  * { margin: 13px; padding: 9px; box-sizing: content-box; line-height: 0.6; letter-spacing: 4px;
      text-transform: uppercase; text-align: center; white-space: nowrap; word-spacing: 20px; color: red;
      font-style: italic; text-indent: 50px; visibility: visible; }
  table, svg, div, ul, li, p, button { display: none; border: 5px solid red; float: left; width: 10px; }
  svg * { fill: red; stroke-width: 20; }
`;

describe('host pages', () => {
  for (const widget of widgetCases) {
    describe(`<${widget.tag}>`, () => {
      it('works inside another component’s shadow root and inherits its language', async () => {
        const outer = document.createElement('div');
        outer.lang = 'en';
        const host = outer.appendChild(document.createElement('div'));
        const root = host.attachShadow({ mode: 'open' });
        const element = createWidget(widget) as Updatable;
        root.append(element);
        document.body.append(outer);
        try {
          await element.updateComplete;
          expect(alertOf(element)).to.equal(null);
          expect(shadowText(element)).to.match(/[A-Za-z]{4,}/);
          expect(element.shadowRoot!.querySelector('[part~="base"]')).to.not.equal(null);
        } finally {
          outer.remove();
        }
      });

      it('works inside an iframe that loads the drop-in file', async () => {
        const frame = document.createElement('iframe');
        frame.src = `/tests/fixtures/iframe-host.html?cases=${encodeURIComponent(JSON.stringify([widget]))}`;
        frame.width = '900';
        frame.height = '700';
        document.body.append(frame);
        try {
          await waitUntil(() => (frame.contentWindow as (Window & { __placed?: number }) | null)?.__placed === 1, 'iframe did not load');
          const inner = frame.contentDocument!.querySelector(widget.tag)!;
          await waitUntil(() => inner.shadowRoot?.querySelector('[part~="base"]'), 'did not render in the iframe');
          expect(alertOf(inner)).to.equal(null);
          expect(shadowText(inner)).to.match(/[A-Za-z]{4,}/);
        } finally {
          frame.remove();
        }
      });

      it('sizes itself when a hidden container becomes visible', async () => {
        const shown = document.createElement('div');
        shown.className = 'fixed-width';
        const hidden = document.createElement('div');
        hidden.hidden = true;
        const inside = hidden.appendChild(document.createElement('div'));
        for (const box of [shown, inside]) box.setAttribute('data-width', '640');
        const style = document.createElement('style');
        style.textContent = '[data-width="640"] { width: 640px; }';
        document.head.append(style);
        const reference = createWidget(widget, { 'as-of': '2025-06-30' }) as Updatable;
        const later = createWidget(widget, { 'as-of': '2025-06-30' }) as Updatable;
        shown.append(reference);
        inside.append(later);
        document.body.append(shown, hidden);
        try {
          await settled(reference);
          await settled(later);
          hidden.hidden = false;
          await waitUntil(async () => {
            await later.updateComplete;
            return markup(later) === markup(reference);
          }, 'the widget shown later does not match one that was visible from the start');
          expect(later.getBoundingClientRect().height).to.be.greaterThan(0);
        } finally {
          shown.remove();
          hidden.remove();
          style.remove();
        }
      });

      it('stays intact under hostile page CSS', async () => {
        const element = createWidget(widget) as Updatable;
        document.body.append(element);
        const style = document.createElement('style');
        try {
          await settled(element);
          const nodes = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="base"], [part~="base"] *')];
          const displays = nodes.map((node) => getComputedStyle(node).display);
          const base = element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
          const size = base.getBoundingClientRect();
          style.textContent = hostileCss;
          document.head.append(style);
          // getComputedStyle applies the new sheet; a size change it caused has re-rendered after this.
          await settled(element);
          nodes.forEach((node, i) => {
            const computed = getComputedStyle(node);
            expect(computed.display, `${node.tagName} display`).to.equal(displays[i]);
            expect(computed.letterSpacing, `${node.tagName} letter-spacing`).to.equal('normal');
            expect(computed.textTransform, `${node.tagName} text-transform`).to.equal('none');
            expect(computed.color, `${node.tagName} color`).to.not.equal('rgb(255, 0, 0)');
          });
          // The page's own margins change (its rules reach body and the host); the widget still fills its box.
          const after = base.getBoundingClientRect();
          expect(after.width).to.be.greaterThan(size.width * 0.7);
          expect(after.height).to.be.greaterThan(20);
        } finally {
          element.remove();
          style.remove();
        }
      });
    });
  }
});
