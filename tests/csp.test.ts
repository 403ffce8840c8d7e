import { expect, waitUntil } from '@open-wc/testing';
import { alertOf, settled, widgetCases } from './support/widgets.js';

/**
 * Every widget, in its normal, English, dark, loading-from-src and error states, on a page served
 * with `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
 * (see web-test-runner.config.mjs). Uses the built drop-in file, as a portal would.
 */
const states = widgetCases.flatMap((widget) => [
  { tag: widget.tag, attributes: widget.attributes },
  { tag: widget.tag, attributes: { ...widget.attributes, lang: 'en', theme: 'dark' } },
  { tag: widget.tag, attributes: { ...widget.attributes, src: '/src/data/register.json', 'as-of': '2023-06-30' } },
  { tag: widget.tag, attributes: { ...widget.attributes, 'as-of': 'not-a-date' } },
  { tag: widget.tag, attributes: { ...widget.attributes, src: '/tests/fixtures/wrong-shape.json' } },
]);

type CspWindow = Window & typeof globalThis & { __violations: string[]; __errors: string[]; __placed: number };

async function openPage(page = 'widgets.html'): Promise<{ frame: HTMLIFrameElement; win: CspWindow }> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  frame.src = `/tests/csp/${page}?cases=${encodeURIComponent(JSON.stringify(states))}`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as CspWindow | null)?.__placed === states.length, 'the CSP page did not load', { timeout: 10000 });
  return { frame, win: frame.contentWindow as CspWindow };
}

describe('strict Content-Security-Policy and Trusted Types', () => {
  for (const [title, page] of [
    ['renders every widget in every state with zero violations, also with the file loaded twice', 'widgets.html'],
    ['does the same with the four one-widget files on one page', 'per-widget.html'],
  ] as const) {
    it(title, async () => {
      const { frame, win } = await openPage(page);
      try {
        const widgets = [...win.document.querySelectorAll('#widgets > *')];
        expect(widgets).to.have.length(states.length);
        await waitUntil(
          () => widgets.every((el) => el.shadowRoot?.querySelector('[part]') && !el.shadowRoot.querySelector('[part~="loading"]')),
          'not every widget rendered',
          { timeout: 10000 },
        );
        // Hover and focus everything focusable inside the widgets, so tooltips and highlights show too.
        for (const widget of widgets) {
          for (const target of widget.shadowRoot!.querySelectorAll<HTMLElement | SVGElement>('[tabindex], button, [role="gridcell"], [role="button"]')) {
            target.dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true }));
            target.dispatchEvent(new win.MouseEvent('mouseover', { bubbles: true, composed: true }));
            target.dispatchEvent(new win.MouseEvent('mousemove', { bubbles: true, composed: true, clientX: 40, clientY: 40 }));
            target.focus?.();
          }
        }
        // Every widget has rendered what the hovers and focus brought up, a frame later.
        for (const widget of widgets) await settled(widget);
        await waitUntil(() => widgets.filter((el) => alertOf(el)).length === widgetCases.length * 2, 'the two error states of each widget show their alert');
        expect(win.__violations).to.deep.equal([]);
        expect(win.__errors).to.deep.equal([]);
        expect(win.customElements.get('tr-register-summary')).to.not.equal(undefined);
      } finally {
        frame.remove();
      }
    });
  }

  it('would catch a violation: the page enforces Trusted Types and reports an inline style', async () => {
    const { frame, win } = await openPage();
    try {
      const probe = win.document.createElement('div');
      expect(() => (probe.innerHTML = '<b>x</b>'), 'Trusted Types enforced').to.throw(/TrustedHTML/);
      probe.setAttribute('style', 'color: red');
      win.document.body.append(probe);
      await waitUntil(() => win.__violations.length > 0, 'the page did not report the inline style');
      expect(win.__violations.join()).to.contain('style-src');
    } finally {
      frame.remove();
    }
  });
});
