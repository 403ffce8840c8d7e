import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import { TrUnitMatrix } from '../src/components/unit-matrix/unit-matrix.js';
import type { Size, ViewContext } from '../src/components/base/tr-element.js';
import { generateRegister } from '../src/data/generate.js';
import { frame, root, settled, text } from './support/widgets.js';

/** The matrix, counting how often it builds its view and lays it out. */
class CountedMatrix extends TrUnitMatrix {
  builds = 0;
  layouts: number[] = [];
  protected override buildView(context: ViewContext): void {
    this.builds++;
    super.buildView(context);
  }
  protected override layoutView(size: Size): void {
    this.layouts.push(size.width);
    super.layoutView?.(size);
  }
}
customElements.define('tr-unit-matrix-counted', CountedMatrix);

const big = generateRegister({ tasks: 2000, units: 60 });
const scroller = (el: Element) => root(el).querySelector<HTMLElement>('[part~="scroller"]')!;
const bodyRows = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.tbody [role="row"]')];
const tooltip = (el: Element) => root(el).querySelector<HTMLElement>('[part~="tooltip"]')!;

describe('<tr-unit-matrix> window', () => {
  describe('rendering', () => {
    it('renders the rows that fill the box a portal sets with --tr-unit-matrix-max-height, at every render', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.setProperty('--tr-unit-matrix-max-height', '20em');
      const el = document.createElement('tr-unit-matrix');
      el.register = big;
      // Rows rendered after each render, from the first one (before any measurement) on.
      const rendered: number[] = [];
      const watcher = new MutationObserver(() => rendered.push(bodyRows(el).length));
      wrapper.append(el);
      watcher.observe(root(el), { childList: true, subtree: true });
      await settled(el);
      await waitUntil(() => bodyRows(el).length > 0, 'rows render');
      watcher.disconnect();

      const box = scroller(el);
      const rowHeight = bodyRows(el)[0]!.getBoundingClientRect().height;
      const headHeight = root(el).querySelector('.thead')!.getBoundingClientRect().height;
      // 20em of the widget's text, not min(75vh, 36em).
      const fontSize = parseFloat(getComputedStyle(el).fontSize);
      expect(box.getBoundingClientRect().height).to.be.closeTo(20 * fontSize, 1);
      const inView = Math.ceil((box.clientHeight - headHeight) / rowHeight);
      const rows = bodyRows(el);
      const top = box.getBoundingClientRect().top + box.clientTop + headHeight;
      const bottom = box.getBoundingClientRect().top + box.clientTop + box.clientHeight;
      // The rows rendered cover the visible box…
      expect(rows[0]!.getBoundingClientRect().top).to.be.at.most(top + 1);
      expect(rows[rows.length - 1]!.getBoundingClientRect().bottom).to.be.at.least(bottom - 1);
      // …and never more than a margin of 6 rows (and the one cut by the edge) beyond it.
      expect(rendered.length).to.be.above(0);
      expect(Math.max(...rendered)).to.be.at.most(inView + 6 + 1);

      // Scrolled, the window follows with the same bound.
      box.scrollTop = 20 * rowHeight;
      await waitUntil(() => root(el).querySelector('[aria-rowindex="23"]'), 'row 21 renders after scrolling');
      expect(bodyRows(el).length).to.be.at.most(inView + 2 * 6 + 1);
    });
  });

  describe('events', () => {
    it('does not run on a page scroll: no layout read, even with the tooltip open', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>before</button><tr-unit-matrix as-of="2025-06-30"></tr-unit-matrix><div class="tall"></div></div>`,
      );
      (wrapper.querySelector('.tall') as HTMLElement).style.setProperty('height', '3000px');
      const el = wrapper.querySelector('tr-unit-matrix')!;
      await settled(el);
      // The tooltip open for the cell with keyboard focus.
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(text(tooltip(el))).to.contain('任务1');
      const reads: Element[] = [];
      const original = Element.prototype.getBoundingClientRect;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (this === el || this.getRootNode() === root(el)) reads.push(this);
        return original.call(this);
      };
      try {
        const scrolled = new Promise((resolve) => window.addEventListener('scroll', resolve, { once: true }));
        window.scrollBy(0, 40);
        await scrolled;
        await frame();
        await frame();
      } finally {
        Element.prototype.getBoundingClientRect = original;
        window.scrollTo(0, 0);
      }
      expect(reads).to.have.length(0);
    });

    it('lays out again for a new width without reading its attributes or building its model again', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.style.setProperty('width', '900px');
      const el = document.createElement('tr-unit-matrix-counted') as CountedMatrix;
      el.register = big;
      // The grid in a narrow box too (there `auto` draws cards).
      el.setAttribute('layout', 'grid');
      wrapper.append(el);
      await settled(el);
      const builds = el.builds;
      expect(builds).to.be.at.least(1);
      const lead = () => root(el).querySelector('.row.head .lead-1')!;
      expect(getComputedStyle(lead()).position).to.equal('sticky');

      // Narrow: only the row headers stay put; the totals scroll with the cells.
      wrapper.style.setProperty('width', '400px');
      await waitUntil(() => el.layouts.includes(400), 'laid out at 400px');
      await settled(el);
      expect(root(el).querySelector('[part~="base"]')!.classList.contains('narrow')).to.equal(true);
      expect(getComputedStyle(lead()).position).to.equal('relative');
      expect(bodyRows(el).length).to.be.above(0);

      wrapper.style.setProperty('width', '900px');
      await waitUntil(() => el.layouts.filter((width) => width === 900).length >= 2, 'laid out at 900px again');
      await settled(el);
      expect(getComputedStyle(lead()).position).to.equal('sticky');
      expect(el.builds).to.equal(builds);
      expect(text(root(el).querySelector('#caption'))).to.contain('60个单位');
    });
  });
});
