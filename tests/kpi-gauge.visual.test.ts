import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import type { TrKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import { root, settled } from './support/widgets.js';

/** The four gauges of the demo page: labels of different lengths, targets at different angles, different measures. */
const demo: readonly Record<string, string>[] = [
  { indicator: 'integration-enterprises' },
  { indicator: 'dual-qualified-teachers', value: '80.5' },
  { indicator: 'training-to-degree-ratio', value: '1.31' },
  { indicator: 'mixed-ownership-colleges', value: '9' },
];

/** A row of gauges in a grid as the demo lays it out, in a box `width` px wide with text of `fontSize` px. */
async function row(width: number, fontSize: number, lang: string, gauges = demo): Promise<TrKpiGauge[]> {
  const frame = await fixture<HTMLDivElement>(
    html`<div lang=${lang} style="width: ${width}px; font-size: ${fontSize}px; display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 16px"></div>`,
  );
  const els = gauges.map((attributes) => {
    const el = document.createElement('tr-kpi-gauge');
    for (const [name, value] of Object.entries({ ...attributes, 'as-of': '2025-06-30' })) el.setAttribute(name, value);
    frame.append(el);
    return el;
  });
  for (const el of els) {
    await settled(el);
    // Measured and laid out at the cell's width and the text size.
    await waitUntil(() => {
      const dial = root(el).querySelector<SVGSVGElement>('svg.dial');
      const em = parseFloat(getComputedStyle(el).fontSize);
      return dial && Math.abs(dial.viewBox.baseVal.width - Math.min(el.clientWidth, Math.round(22 * em))) < 1;
    }, 'laid out at its width');
  }
  return els;
}

const trackBox = (el: Element) => root(el).querySelector('.track')!.getBoundingClientRect();

/** The line box (its top) of one character of a text, found by its offset in the element's text. */
function charTop(element: Element, offset: number): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (offset < seen + length) {
      const range = document.createRange();
      range.setStart(node, offset - seen);
      range.setEnd(node, offset - seen + 1);
      return range.getClientRects()[0]!.top;
    }
    seen += length;
  }
  throw new Error(`no character at ${offset}`);
}

describe('<tr-kpi-gauge> in a row', () => {
  describe('rendering', () => {
    it('draws arcs of one size in a row of four gauges whose labels, targets and measures differ', async () => {
      for (const [width, fontSize, lang] of [
        [1106, 16, 'zh-CN'],
        [1106, 16, 'en'],
        [1106, 24, 'zh-CN'],
        [1106, 24, 'en'],
        [560, 16, 'en'],
      ] as const) {
        const els = await row(width, fontSize, lang);
        const sizes = els.map((el) => Math.round(trackBox(el).width * 2) / 2);
        expect(new Set(sizes).size, `${width}px, ${fontSize}px text, ${lang}: arc widths ${sizes.join(', ')}`).to.equal(1);
        // Every arc also sits inside its own cell.
        for (const el of els) {
          const cell = el.getBoundingClientRect();
          const arc = trackBox(el);
          expect(arc.left).to.be.at.least(cell.left);
          expect(arc.right).to.be.at.most(cell.right);
        }
      }
    });

    it('never leaves "· 2025" alone on a line: the year stays on the line of the word before it', async () => {
      for (const [width, fontSize, lang] of [
        [1106, 16, 'en'],
        [1106, 16, 'zh-CN'],
        [1106, 24, 'en'],
        [1106, 24, 'zh-CN'],
        [1106, 32, 'zh-CN'],
        [246, 16, 'en'],
      ] as const) {
        const els = await row(width, fontSize, lang);
        for (const el of els) {
          const target = root(el).querySelector('[part~="target-text"]')!;
          const text = target.textContent!;
          const dot = text.indexOf('·');
          if (dot < 0) continue; // No value: the year stands under the target on its own line, as laid out.
          const before = text.slice(0, dot).trimEnd().length - 1;
          const year = text.trimEnd().length - 1;
          const where = `${width}px, ${fontSize}px text, ${lang}: "${text.replace(/\s+/g, ' ').trim()}"`;
          expect(charTop(target, dot), where).to.be.closeTo(charTop(target, before), 1);
          expect(charTop(target, year), where).to.be.closeTo(charTop(target, dot), 1);
        }
      }
    });

    it('keeps a gauge alone in a 1,200 px column at 22em at most, centred, with its arc the size of one in a row', async () => {
      const frame = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
      const el = document.createElement('tr-kpi-gauge');
      el.setAttribute('indicator', 'integration-enterprises');
      frame.append(el);
      await settled(el);
      await waitUntil(() => root(el).querySelector<SVGSVGElement>('svg.dial')?.viewBox.baseVal.width === 352, 'laid out at 22em');
      const base = root(el).querySelector('[part~="base"]')!.getBoundingClientRect();
      const column = frame.getBoundingClientRect();
      expect(base.width).to.be.at.most(352.5);
      expect(base.left - column.left).to.be.closeTo(column.right - base.right, 1);
      expect(trackBox(el).width).to.be.at.most(2 * 8 * 16 + 1);
      const [inRow] = await row(1106, 16, 'zh-CN');
      expect(trackBox(el).width).to.be.closeTo(trackBox(inRow!).width, 8);
    });

    it('grows its chart text with the text size of the page around it, and keeps 16 px on a 12 px legacy page', async () => {
      const sizes: Record<number, { scale: number; scaleBox: number; figure: number; arc: number }> = {};
      for (const fontSize of [12, 16, 24]) {
        const [el] = await row(320, fontSize, 'en', [{ indicator: 'integration-enterprises', value: '268' }]);
        const scale = root(el!).querySelector('.scale-label')!;
        sizes[fontSize] = {
          scale: parseFloat(getComputedStyle(scale).fontSize),
          scaleBox: scale.getBoundingClientRect().height,
          figure: parseFloat(getComputedStyle(root(el!).querySelector('[part~="value-text"]')!).fontSize),
          arc: trackBox(el!).width,
        };
      }
      expect(sizes[12]).to.deep.equal(sizes[16]);
      // The scale's figures are 0.8125em: 13 px text at 16 px, 19.5 px at 24 px, and their drawn boxes grow with them.
      expect(sizes[16]!.scale).to.equal(13);
      expect(sizes[24]!.scale).to.equal(19.5);
      expect(sizes[24]!.scaleBox / sizes[16]!.scaleBox).to.be.at.least(1.35);
      expect(sizes[24]!.figure).to.be.at.least(24);
      expect(sizes[24]!.figure).to.be.greaterThan(sizes[16]!.figure);
    });
  });

  describe('accessibility', () => {
    it('keys the expected-by-now triangle: a named triangle of the marker’s colour before the expected figure', async () => {
      for (const [lang, name, words] of [
        ['zh-CN', '弧上三角标记：', '应达'],
        ['en', 'Triangle on the arc:', 'expected'],
      ] as const) {
        const [el] = await row(320, 16, lang, [{ indicator: 'integration-enterprises', value: '200', baseline: '100', 'baseline-year': '2021' }]);
        const marker = root(el!).querySelector('[part~="expected"]')!;
        const key = root(el!).querySelector('.status-detail svg.pace-key')!;
        expect(key, 'a key beside the expected figure').to.exist;
        expect(key.getAttribute('role')).to.equal('img');
        expect(key.getAttribute('aria-label')).to.equal(name);
        expect(getComputedStyle(key).fill).to.equal(getComputedStyle(marker).fill);
        expect(key.getBoundingClientRect().width).to.be.greaterThan(6);
        expect(key.closest('.status-detail')!.textContent).to.contain(words);
        // Without a pace there is no triangle, and no key.
        const [plain] = await row(320, 16, lang, [{ indicator: 'integration-enterprises', value: '200' }]);
        expect(root(plain!).querySelector('[part~="expected"]')).to.equal(null);
        expect(root(plain!).querySelector('.pace-key')).to.equal(null);
      }
    });
  });
});
