import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/default-register.js';
import '../src/index.js';
import { bundledRegister } from '../src/data/bundled.js';
import { settled, widgetCases } from './support/widgets.js';

/**
 * Every widget printed on A4 portrait (794 CSS px wide at 96 dpi), from a light page, a dark page
 * and with `theme="dark"`: nothing wider than the page, black text on white, no menu, the as-of
 * date and source under each widget, the matrix as a table whose header rows repeat.
 */
const register = bundledRegister();
const a4 = { width: 794, height: 1123 };

type Rgb = [number, number, number];
const rgb = (color: string): Rgb => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as Rgb;
const luminance = ([r, g, b]: Rgb) => {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
/** Contrast of a text colour on white paper. */
const onWhite = (color: string) => 1.05 / (luminance(rgb(color)) + 0.05);

/** The shadow elements that hold text of their own, shown. */
function textElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && el.getClientRects().length > 0,
  );
}

async function place(scheme: 'light' | 'dark-page' | 'dark-theme'): Promise<HTMLElement[]> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  // A dark portal page: its colour scheme dark (widgets follow it), light text on a dark ground.
  document.documentElement.style.colorScheme = scheme === 'dark-page' ? 'dark' : '';
  const widgets = widgetCases.map(({ tag, attributes }) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries({ ...attributes, 'progress-src': '/demo/progress.sample.json', 'as-of': '2025-06-30', export: '' })) el.setAttribute(name, value);
    if (scheme === 'dark-theme') el.setAttribute('theme', 'dark');
    page.append(el);
    return el;
  });
  await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"]')), 'every widget renders', { timeout: 10000 });
  for (const el of widgets) await settled(el);
  return widgets;
}

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    document.documentElement.style.colorScheme = '';
  });

  for (const scheme of ['light', 'dark-page', 'dark-theme'] as const) {
    it(`${scheme}: every widget fits an A4 page, in black on white, with its as-of date and source and no menu`, async () => {
      await setViewport(a4);
      if (scheme !== 'light') await emulateMedia({ colorScheme: 'dark' });
      const widgets = await place(scheme);
      // On screen the dark cases are dark: light text (else this test proves nothing).
      for (const el of widgets) {
        const text = rgb(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).color);
        if (scheme === 'light') expect(luminance(text), el.localName).to.be.below(0.2);
        else expect(luminance(text), el.localName).to.be.above(0.5);
      }
      await emulateMedia({ media: 'print' });
      await waitUntil(() => widgets.every((el) => el.shadowRoot!.querySelector('[part~="print-note"]')), 'the print layout renders');
      for (const el of widgets) await settled(el);

      for (const el of widgets) {
        const root = el.shadowRoot!;
        const name = el.localName;
        const box = el.getBoundingClientRect();
        expect(box.right, `${name} inside the page`).to.be.at.most(a4.width);
        for (const node of root.querySelectorAll('*')) {
          const rect = node.getBoundingClientRect();
          if (rect.width) expect(rect.right, `${name}: ${node.outerHTML.slice(0, 80)}`).to.be.at.most(box.right + 0.5);
        }
        const base = getComputedStyle(root.querySelector('[part~="base"]')!);
        expect(base.color, `${name} text`).to.equal('rgb(0, 0, 0)');
        expect(base.backgroundColor, `${name} ground`).to.equal('rgb(255, 255, 255)');
        // Every text legible on white paper (WCAG AA), whatever the page's theme.
        for (const node of textElements(root)) {
          const { color, opacity } = getComputedStyle(node);
          expect(onWhite(color), `${name}: "${node.textContent!.trim().slice(0, 30)}" in ${color}`).to.be.at.least(4.5);
          expect(Number(opacity), `${name}: ${node.localName} opacity`).to.equal(1);
        }
        expect(getComputedStyle(root.querySelector('[part~="export"]')!).display, `${name} menu`).to.equal('none');
        const note = root.querySelector('[part~="print-note"]')!;
        expect(getComputedStyle(note).display).to.equal('block');
        expect(note.textContent).to.contain('截至 2025年6月30日');
        expect(note.textContent).to.contain(`来源：《${register.title}》${register.subtitle}`);
      }
    });
  }

  it('prints the matrix with tasks as rows, as a table whose header rows repeat on each page, and restores it after', async () => {
    await setViewport(a4);
    const [matrix] = (await place('light')).filter((el) => el.localName === 'tr-unit-matrix');
    const root = matrix!.shadowRoot!;
    // On screen: units as rows, the task columns wider than an A4 page.
    expect(root.querySelector('.by-units')).to.not.equal(null);
    const grid = root.querySelector<HTMLElement>('[part~="grid"]')!;
    expect(grid.scrollWidth).to.be.above(a4.width);
    await emulateMedia({ media: 'print' });
    await waitUntil(() => root.querySelector('.by-tasks'), 'the matrix turns for paper');
    await settled(matrix!);
    const printed = root.querySelector<HTMLElement>('[part~="grid"]')!;
    expect(printed.getBoundingClientRect().right).to.be.at.most(a4.width);
    expect(root.querySelectorAll('.tbody [role="row"]')).to.have.length(register.tasks.length);
    const head = getComputedStyle(root.querySelector('.thead')!);
    expect(head.display).to.equal('table-header-group');
    expect(head.breakInside).to.equal('avoid');
    expect(getComputedStyle(printed).display).to.equal('table');
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => root.querySelector('.by-units'), 'the matrix turns back');
    expect(root.querySelector('[part~="print-note"]')).to.equal(null);
  });
});
