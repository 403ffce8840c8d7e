import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/default-register.js';
import '../src/components/unit-matrix/unit-matrix.js';
import type { TrUnitMatrix, UnitMatrixSelectDetail } from '../src/components/unit-matrix/unit-matrix.js';
import { usesCards } from '../src/components/unit-matrix/unit-matrix.cards.js';
import { cueSpan } from '../src/components/unit-matrix/unit-matrix.cue.js';
import { groupHub } from '../src/components/base/controllers/selection.js';
import { kindsProgress, kindsRegister } from './deadline-timeline.fixtures.js';
import { alertOf, root, settled, text } from './support/widgets.js';

/** A matrix in a box of `width` px, settled at that size. */
async function inBox(width: number, markup: ReturnType<typeof html>): Promise<TrUnitMatrix> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${markup}</div>`);
  wrapper.style.setProperty('width', `${width}px`);
  const el = wrapper.querySelector('tr-unit-matrix')!;
  await waitUntil(() => root(el).querySelector('[part~="cards"], [part~="grid"], [role="alert"]'), 'rendered', { timeout: 5000 });
  await settled(el);
  return el;
}

const cards = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part~="card"]')];
const chip = (el: Element, unit: string, task: string) =>
  cards(el)
    .find((card) => text(card.querySelector('h3')) === unit)!
    .querySelector<HTMLButtonElement>(`.chip[aria-label^="${task}"]`)!;

describe('<tr-unit-matrix> cards', () => {
  describe('choosing the layout', () => {
    it('draws cards by the measured width and font size, not the viewport', () => {
      expect(usesCards('auto', 'units', 390, 16)).to.equal(true);
      expect(usesCards('auto', 'units', 700, 16)).to.equal(false);
      // Large text: the same box holds fewer columns, so it is narrow.
      expect(usesCards('auto', 'units', 700, 24)).to.equal(true);
      expect(usesCards('auto', 'units', 0, 16)).to.equal(false);
      expect(usesCards('auto', 'tasks', 390, 16)).to.equal(false);
      expect(usesCards('grid', 'units', 390, 16)).to.equal(false);
      expect(usesCards('cards', 'units', 1280, 16)).to.equal(true);
      // A matrix large enough to draw only the cells in view keeps the (lighter) grid unless asked.
      expect(usesCards('auto', 'units', 390, 16, true)).to.equal(false);
      expect(usesCards('cards', 'units', 390, 16, true)).to.equal(true);
    });

    it('becomes one card per unit in a phone-wide box and the grid again when wide', async () => {
      const el = await inBox(390, html`<tr-unit-matrix></tr-unit-matrix>`);
      expect(root(el).querySelector('[part~="grid"]')).to.equal(null);
      expect(cards(el)).to.have.length(11);
      const list = root(el).querySelector('[part~="cards"]')!;
      expect(list.tagName).to.equal('UL');
      expect(list.getAttribute('aria-labelledby')).to.equal('caption');
      expect(el.scrollWidth).to.be.at.most(390);
      (el.parentElement as HTMLElement).style.setProperty('width', '1000px');
      await waitUntil(() => root(el).querySelector('[part~="grid"]'), 'the grid when wide');
      expect(cards(el)).to.have.length(0);
    });

    it('follows the font size: large text in a 700 px box gives cards, normal text the grid', async () => {
      // The page's text size, as a reader's browser setting changes it (the widgets' text is in rem).
      document.documentElement.style.setProperty('font-size', '24px');
      try {
        const large = await inBox(700, html`<tr-unit-matrix></tr-unit-matrix>`);
        expect(cards(large)).to.have.length(11);
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
      const normal = await inBox(700, html`<tr-unit-matrix></tr-unit-matrix>`);
      expect(cards(normal)).to.have.length(0);
      expect(root(normal).querySelector('[part~="grid"]')).to.exist;
    });

    it('keeps the grid with layout="grid" and draws cards on a desktop with layout="cards"', async () => {
      const grid = await inBox(390, html`<tr-unit-matrix layout="grid"></tr-unit-matrix>`);
      expect(root(grid).querySelector('[part~="grid"]')).to.exist;
      const wide = await inBox(1200, html`<tr-unit-matrix layout="cards"></tr-unit-matrix>`);
      expect(cards(wide)).to.have.length(11);
    });

    it('says what is wrong with a layout it does not know', async () => {
      const el = await inBox(390, html`<tr-unit-matrix layout="table"></tr-unit-matrix>`);
      expect(text(alertOf(el))).to.contain('layout').and.contain('table');
    });
  });

  describe('content', () => {
    it('gives each unit its full name, its counts in the document’s role words and the task numbers as written', async () => {
      const el = await inBox(390, html`<tr-unit-matrix></tr-unit-matrix>`);
      const first = cards(el)[0]!;
      expect(text(first.querySelector('h3'))).to.equal('省教育厅');
      const roles = [...first.querySelectorAll('.card-role')];
      expect(roles.map((r) => text(r.querySelector('.card-count')))).to.deep.equal(['牵头 24', '参与 13']);
      expect([...roles[0]!.querySelectorAll('.chip')].map(text).slice(0, 4)).to.deep.equal(['1', '2', '3', '6']);
      expect(roles[0]!.querySelectorAll('.chip')).to.have.length(24);
      expect(roles[0]!.querySelector('.chip')!.getAttribute('aria-label')).to.equal('任务1');
      // A unit playing no role in a register's role has no line for it.
      const unions = cards(el).find((card) => text(card.querySelector('h3')) === '省总工会')!;
      expect([...unions.querySelectorAll('.card-count')].map(text)).to.deep.equal(['参与 1']);
    });

    it('shows long English names in full, wrapped, never cut', async () => {
      const el = await inBox(390, html`<tr-unit-matrix lang="en"></tr-unit-matrix>`);
      const names = cards(el).map((card) => card.querySelector<HTMLElement>('.card-unit')!);
      expect(names.map(text)).to.include('Provincial Department of Human Resources and Social Security');
      for (const name of names) {
        expect(name.scrollWidth, text(name)).to.be.at.most(name.clientWidth + 1);
        expect(name.scrollHeight, text(name)).to.be.at.most(name.clientHeight + 1);
      }
      expect([...cards(el)[0]!.querySelectorAll('.card-count')].map(text)).to.deep.equal(['Lead 24', 'Participating 13']);
    });

    it('is a list of cards headed by the units’ names; axe finds nothing, in Chinese and English, by status too', async () => {
      const el = await inBox(390, html`<tr-unit-matrix></tr-unit-matrix>`);
      expect(root(el).querySelectorAll('[part~="cards"] > li > h3 > button')).to.have.length(11);
      await expect(el).to.be.accessible();
      const en = await inBox(390, html`<tr-unit-matrix lang="en" group="cards-axe"></tr-unit-matrix>`);
      groupHub('cards-axe').set({ task: 't5' });
      await en.updateComplete;
      await expect(en).to.be.accessible();
      groupHub('cards-axe').set({});
      const status = await inBox(
        390,
        html`<tr-unit-matrix as-of="2025-06-30" color-by="status" .register=${kindsRegister()} .progress=${kindsProgress()}></tr-unit-matrix>`,
      );
      await expect(status).to.be.accessible();
    });

    it('uses fewer DOM nodes than the grid of the same matrix', async () => {
      const asCards = await inBox(390, html`<tr-unit-matrix></tr-unit-matrix>`);
      const asGrid = await inBox(390, html`<tr-unit-matrix layout="grid"></tr-unit-matrix>`);
      const nodes = (el: Element) => root(el).querySelectorAll('*').length;
      expect(nodes(asCards)).to.be.below(nodes(asGrid));
    });

    it('colours the chips by status with a glyph and the word when color-by="status"', async () => {
      const el = await inBox(
        390,
        html`<tr-unit-matrix as-of="2025-06-30" color-by="status" .register=${kindsRegister()} .progress=${kindsProgress()}></tr-unit-matrix>`,
      );
      const overdue = chip(el, '市发改委', '任务54');
      expect(overdue.getAttribute('aria-label')).to.equal('任务54，逾期未完成');
      expect(overdue.classList.contains('st-danger')).to.equal(true);
      expect(overdue.querySelector('svg.glyph')).to.exist;
      expect(getComputedStyle(overdue).borderTopColor).to.not.equal(getComputedStyle(chip(el, '市教育局', '任务57')).borderTopColor);
    });
  });

  describe('selecting', () => {
    it('a chip fires tr-select with the task, the unit and the role, and opens the panel; the unit’s name selects the unit', async () => {
      const el = await inBox(390, html`<tr-unit-matrix></tr-unit-matrix>`);
      setTimeout(() => chip(el, '省教育厅', '任务5').click());
      const { detail } = (await oneEvent(el, 'tr-select')) as CustomEvent<UnitMatrixSelectDetail>;
      expect([detail.taskNumber, detail.unit?.name, detail.role]).to.deep.equal(['5', '省教育厅', 'participant']);
      await el.updateComplete;
      expect(text(root(el).querySelector('[part~="detail"]'))).to.contain('任务5');
      expect(chip(el, '省教育厅', '任务5').classList.contains('selected')).to.equal(true);
      setTimeout(() => cards(el)[1]!.querySelector<HTMLButtonElement>('.card-unit')!.click());
      const unit = (await oneEvent(el, 'tr-select')) as CustomEvent<UnitMatrixSelectDetail>;
      expect(unit.detail.unit?.name).to.equal('省人力社保厅');
      expect(unit.detail.task).to.equal(undefined);
    });

    it('selects the same with tasks as rows, and the panel’s close button gives the focus back to the chip', async () => {
      const el = await inBox(1000, html`<tr-unit-matrix layout="cards" orientation="tasks"></tr-unit-matrix>`);
      setTimeout(() => chip(el, '省发展改革委', '任务5').click());
      const { detail } = (await oneEvent(el, 'tr-select')) as CustomEvent<UnitMatrixSelectDetail>;
      expect([detail.taskNumber, detail.unit?.name, detail.role]).to.deep.equal(['5', '省发展改革委', 'lead']);
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="detail"]')).to.equal(null);
      expect(root(el).activeElement).to.equal(chip(el, '省发展改革委', '任务5'));
    });

    it('works from the keyboard in reading order: Tab reaches the unit, then its chips; Enter selects', async () => {
      const el = await inBox(390, html`<tr-unit-matrix></tr-unit-matrix>`);
      const first = cards(el)[0]!;
      first.querySelector<HTMLButtonElement>('.card-unit')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(first.querySelector('.chip'));
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const { detail } = (await oneEvent(el, 'tr-select')) as CustomEvent<UnitMatrixSelectDetail>;
      expect(detail.taskNumber).to.equal('1');
    });

    it('shows the linked selection: the unit’s card stands out, other tasks’ chips fade', async () => {
      const el = await inBox(390, html`<tr-unit-matrix group="cards-linked"></tr-unit-matrix>`);
      groupHub('cards-linked').set({ task: 't5' });
      await el.updateComplete;
      expect(root(el).querySelector('[part~="base"]')!.classList.contains('linking')).to.equal(true);
      const picked = chip(el, '省教育厅', '任务5');
      const other = chip(el, '省教育厅', '任务1');
      expect(picked.classList.contains('picked')).to.equal(true);
      // The others fade: no box, muted text.
      expect(getComputedStyle(other).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(picked).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(other).color).to.not.equal(getComputedStyle(picked).color);
      groupHub('cards-linked').set({ unit: 'hrss' });
      await el.updateComplete;
      expect(cards(el)[1]!.classList.contains('picked')).to.equal(true);
      expect(cards(el)[1]!.querySelector('.card-unit')!.getAttribute('aria-pressed')).to.equal('true');
      groupHub('cards-linked').set({});
    });
  });
});

describe('<tr-unit-matrix> scroll cue', () => {
  it('covers the column the edge cuts (and the one before when little of it shows), or the last whole one on a boundary', () => {
    const columns = [0, 1, 2, 3, 4].map((i) => ({ left: 100 + i * 36, right: 136 + i * 36 }));
    // The edge at 230 cuts the fourth column (208–244) after 22 px of it: that column only.
    expect(cueSpan(230, columns, true)).to.deep.equal({ left: 208, right: 230 });
    // At 212 only 4 px of it show: the column before is covered too.
    expect(cueSpan(212, columns, true)).to.deep.equal({ left: 172, right: 212 });
    // On a boundary: the last whole column.
    expect(cueSpan(208, columns, true)).to.deep.equal({ left: 172, right: 208 });
    expect(cueSpan(230, columns, false)).to.equal(null);
  });

  it('shows while more columns lie beyond the edge, never leaves a column cut, and goes at the end', async () => {
    const el = await inBox(1000, html`<tr-unit-matrix></tr-unit-matrix>`);
    const scroller = root(el).querySelector<HTMLElement>('[part~="scroller"]')!;
    const cue = root(el).querySelector<HTMLElement>('.cue')!;
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    expect(cue.hidden).to.equal(false);
    const check = () => {
      const box = scroller.getBoundingClientRect();
      const edge = box.left + scroller.clientLeft + scroller.clientWidth;
      const c = cue.getBoundingClientRect();
      expect(Math.abs(c.right - edge)).to.be.below(1);
      // Every column the edge cuts lies under the cue from its start.
      for (const head of root(el).querySelectorAll('.row.head > .col-head')) {
        const r = head.getBoundingClientRect();
        if (r.left < edge - 0.5 && r.right > edge + 0.5) expect(c.left).to.be.at.most(r.left + 0.5);
      }
      expect(getComputedStyle(cue).display).to.not.equal('none');
    };
    check();
    scroller.scrollLeft = 37;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    check();
    scroller.scrollLeft = scroller.scrollWidth;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(cue.hidden).to.equal(true);
  });

  it('is absent when every column fits', async () => {
    const el = await inBox(1000, html`<tr-unit-matrix tasks="1-5"></tr-unit-matrix>`);
    const scroller = root(el).querySelector<HTMLElement>('[part~="scroller"]')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect(root(el).querySelector<HTMLElement>('.cue')!.hidden).to.equal(true);
  });
});
