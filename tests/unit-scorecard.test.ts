import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/default-register.js';
import '../src/components/unit-scorecard/unit-scorecard.js';
import type { TrUnitScorecard, UnitScorecardSelectDetail, UnitScorecardSortDetail } from '../src/components/unit-scorecard/unit-scorecard.js';
import { groupHub, type SelectionChangeDetail } from '../src/components/base/controllers/selection.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { generateRegister } from '../src/data/generate.js';
import { responsibleOnlyRegister, scorecardProgress, scorecardRegister } from './unit-scorecard.fixtures.js';
import { alertOf, root, settled, shadowText, text } from './support/widgets.js';

const register = scorecardRegister();
const progress = scorecardProgress();

/** Waits until the scorecard shows its table or list (the progress file is checked asynchronously). */
async function ready(el: TrUnitScorecard): Promise<TrUnitScorecard> {
  await waitUntil(() => root(el).querySelector('[part~="table"], [part~="list"], [role="alert"]'), 'the scorecard rendered');
  return settled(el);
}

async function scorecard(template: ReturnType<typeof html>): Promise<TrUnitScorecard> {
  return ready(await fixture<TrUnitScorecard>(template));
}

/** The units' names in the order shown. */
const order = (el: TrUnitScorecard) => [...root(el).querySelectorAll('[part~="unit"]')].map((b) => text(b).replace(/^\d+\.\s*/, ''));
/** The table's body, each row as its cells' texts. */
const cells = (el: TrUnitScorecard) =>
  [...root(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
const headers = (el: TrUnitScorecard) => [...root(el).querySelectorAll('thead th')].map((th) => text(th).replace(/[▲▼]/g, ''));
const unitButton = (el: TrUnitScorecard, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~="unit"]')].find((b) => text(b).endsWith(name))!;

describe('<tr-unit-scorecard>', () => {
  describe('rendering', () => {
    it('ranks lead units by overdue tasks, with every figure in text and a legend in the shared words', async () => {
      const el = await scorecard(html`<tr-unit-scorecard as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      expect(text(root(el).querySelector('[part~="title"]'))).to.equal('各牵头单位任务落实情况');
      expect(shadowText(el)).to.contain('截至 2025年6月30日');
      expect(headers(el)).to.deep.equal(['排名', '单位', '构成', '任务数', '已完成', '按期完成', '推进中', '逾期未完成', '期限已过（未报告完成情况）', '完成率']);
      // Rank, unit, breakdown (states no column counts, and the on-time rate), then the figures.
      expect(cells(el)).to.deep.equal([
        ['1', '丙厅', '本年到期1项、已取消1项、按期率0%', '3', '0', '0', '0', '1', '0', '0%'],
        ['2', '甲厅', '本年到期1项、按期率100%', '3', '1', '1', '1', '0', '0', '33%'],
        ['3', '乙厅', '未到期1项', '2', '0', '0', '1', '0', '0', '0%'],
      ]);
      const sorted = root(el).querySelector('th[aria-sort]')!;
      expect([text(sorted).replace(/[▲▼]/g, ''), sorted.getAttribute('aria-sort')]).to.deep.equal(['逾期未完成', 'descending']);
      const legend = text(root(el).querySelector('[part~="legend"]'));
      expect(legend).to.equal('按期完成1项 推进中2项 逾期未完成1项 本年到期1项 未到期1项 已取消1项');
      expect(text(root(el).querySelector('[part~="summary"]'))).to.equal(
        '3个单位共7项任务：已完成1项（按期1项），推进中2项，逾期未完成1项，期限已过未报告0项。',
      );
      expect(root(el).querySelector('[part~="no-progress"]')).to.equal(null);
      // A task with two lead units counts under each, and the widget says so.
      expect(shadowText(el)).to.contain('同一任务由多个单位承担时，在每个单位下各计一次。');
    });

    it('draws each unit’s bar by count: the busiest unit fills the track, segments in state order', async () => {
      const el = await scorecard(html`<tr-unit-scorecard as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      const bar = (name: string) => unitButton(el, name).closest('tr')!.querySelector('[part~="bar"]')!;
      const widths = (name: string) =>
        [...bar(name).querySelectorAll('rect.seg')].map((r) => [r.getAttribute('x'), Math.round(parseFloat(r.getAttribute('width')!))]);
      expect(widths('乙厅')).to.deep.equal([
        ['0%', 33],
        ['33.333333333333336%', 33],
      ]);
      expect(widths('甲厅').map(([, w]) => w)).to.deep.equal([33, 33, 33]);
      // The cancelled segment is patterned, not only coloured; the bar is hidden from screen readers (the figures say it).
      expect(bar('丙厅').querySelector('rect.seg:last-of-type')!.getAttribute('fill')).to.match(/^url\(#tr-sc\d+-cancelled\)$/);
      expect(bar('丙厅').getAttribute('aria-hidden')).to.equal('true');
    });

    it('without progress data, says so, and shows only the plan: no column or legend claims a task is overdue or done', async () => {
      const el = await scorecard(html`<tr-unit-scorecard as-of="2026-11-30"></tr-unit-scorecard>`);
      expect(text(root(el).querySelector('[part~="no-progress"]'))).to.contain('未提供进展数据');
      expect(headers(el)).to.deep.equal(['排名', '单位', '构成', '任务数', '期限已过（未报告完成情况）', '本年到期', '未到期']);
      const legend = text(root(el).querySelector('[part~="legend"]'));
      for (const word of ['逾期未完成', '按期完成', '已完成', '推进中']) expect(legend).not.to.contain(word);
      expect(legend).to.contain('期限已过（未报告完成情况）');
      expect(root(el).querySelector('th[aria-sort]')!.textContent).to.contain('任务数');
      const tasks = cells(el).map((row) => Number(row[3]));
      expect(tasks).to.deep.equal([...tasks].sort((a, b) => b - a));
    });

    it('speaks English, with a unit lacking an English name shown in Chinese and marked so', async () => {
      const el = await scorecard(html`<tr-unit-scorecard lang="en" as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      expect(text(root(el).querySelector('[part~="title"]'))).to.equal('Delivery by unit: lead units');
      expect(order(el)).to.deep.equal(['丙厅', 'Department A', 'Department B']);
      expect(unitButton(el, '丙厅').querySelector('[lang="zh"]')).not.to.equal(null);
      expect(headers(el)).to.include('Overdue').and.include('Deadline passed (no report)');
      expect(shadowText(el)).to.contain('As of 30 Jun 2025');
    });

    it('shows 60 units of a 2,000-task register', async () => {
      const big = generateRegister({ tasks: 2000, units: 60 });
      const el = await scorecard(html`<tr-unit-scorecard as-of="2026-06-30" .register=${big}></tr-unit-scorecard>`);
      expect(root(el).querySelectorAll('tbody tr').length).to.equal(new Set(big.tasks.map((t) => t.units.lead![0])).size);
    });
  });

  describe('attributes', () => {
    it('sorts by the sort and order attributes, and by the column headers (again: the other way)', async () => {
      const el = await scorecard(html`<tr-unit-scorecard as-of="2025-06-30" sort="rate" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      expect(order(el)).to.deep.equal(['甲厅', '乙厅', '丙厅']);
      const nameHeader = root(el).querySelector<HTMLButtonElement>('[part~="sort"][data-sort="name"]')!;
      const sorted = oneEvent(el, 'tr-sort');
      nameHeader.click();
      expect(((await sorted) as CustomEvent<UnitScorecardSortDetail>).detail).to.deep.equal({ sort: 'name', order: 'asc' });
      await el.updateComplete;
      expect(order(el)).to.deep.equal(['丙厅', '甲厅', '乙厅']);
      expect(nameHeader.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
      nameHeader.click();
      await el.updateComplete;
      expect(order(el)).to.deep.equal(['乙厅', '甲厅', '丙厅']);
      expect(nameHeader.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      el.setAttribute('order', 'asc');
      el.setAttribute('sort', 'in-progress');
      await el.updateComplete;
      expect(order(el)).to.deep.equal(['丙厅', '甲厅', '乙厅']);
    });

    it('ranks participants, or the 责任单位 of a register without lead units, saying so', async () => {
      const el = await scorecard(html`<tr-unit-scorecard unit-role="participant" as-of="2025-06-30" .register=${register}></tr-unit-scorecard>`);
      expect(text(root(el).querySelector('[part~="title"]'))).to.equal('各参与单位任务落实情况');
      expect(order(el)).to.deep.equal(['甲厅']);
      const only = await scorecard(html`<tr-unit-scorecard as-of="2025-06-30" .register=${responsibleOnlyRegister()}></tr-unit-scorecard>`);
      expect(text(root(only).querySelector('[part~="title"]'))).to.equal('各责任单位任务落实情况');
      expect(shadowText(only)).to.contain('本方案未列牵头单位，按责任单位统计。');
      expect(order(only)).to.deep.equal(['甲厅', '丙厅', '乙厅']);
    });

    it('shows the first N units with limit, and all of them on request', async () => {
      const el = await scorecard(html`<tr-unit-scorecard limit="2" as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      expect(order(el)).to.deep.equal(['丙厅', '甲厅']);
      const more = root(el).querySelector<HTMLButtonElement>('[part~="more"]')!;
      expect([text(more), more.getAttribute('aria-expanded')]).to.deep.equal(['显示全部 3 个单位', 'false']);
      more.click();
      await el.updateComplete;
      expect(order(el)).to.deep.equal(['丙厅', '甲厅', '乙厅']);
      expect([text(more), more.getAttribute('aria-expanded')]).to.deep.equal(['只显示前 2 个', 'true']);
    });

    it('notes a sort that needs progress data when there is none, and sorts by tasks', async () => {
      const el = await scorecard(html`<tr-unit-scorecard sort="overdue" as-of="2025-06-30" .register=${register}></tr-unit-scorecard>`);
      expect(text(root(el).querySelector('[part~="note"]'))).to.equal('已忽略：sort="overdue"（未提供进展数据，改按任务数排序）');
      expect(order(el)).to.deep.equal(['甲厅', '丙厅', '乙厅']);
    });
  });

  describe('layout', () => {
    it('at 360 px becomes a list: the name on its own line, the bar at full width, the figures below, nothing wider than the box', async () => {
      const box = await fixture<HTMLDivElement>(html`<div><tr-unit-scorecard as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard></div>`);
      box.style.width = '360px';
      const el = await ready(box.querySelector<TrUnitScorecard>('tr-unit-scorecard')!);
      await waitUntil(() => root(el).querySelector('[part~="list"]'), 'the narrow layout');
      expect(root(el).querySelector('[part~="table"]')).to.equal(null);
      const item = root(el).querySelector('[part~="list"] > [part~="row"]')!;
      const name = item.querySelector('[part~="unit"]')!.getBoundingClientRect();
      const bar = item.querySelector('[part~="bar"]')!.getBoundingClientRect();
      const figures = item.querySelector('[part~="figures"]')!.getBoundingClientRect();
      expect(name.bottom).to.be.at.most(bar.top + 0.5);
      expect(bar.bottom).to.be.at.most(figures.top + 0.5);
      expect(bar.width).to.be.closeTo(item.getBoundingClientRect().width - 2 * parseFloat(getComputedStyle(item).paddingLeft), 1);
      expect([...item.querySelector('[part~="figures"]')!.children].map((pair) => text(pair))).to.deep.equal([
        '任务数3',
        '已完成0',
        '按期完成0',
        '推进中0',
        '逾期未完成1',
        '期限已过（未报告完成情况）0',
        '完成率0%',
      ]);
      for (const node of root(el).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      // The sort is a labelled select there.
      const select = root(el).querySelector<HTMLSelectElement>('select')!;
      select.value = 'name';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(order(el)).to.deep.equal(['丙厅', '甲厅', '乙厅']);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('passes axe with progress data and without', async () => {
      const el = await scorecard(html`<tr-unit-scorecard as-of="2025-06-30" limit="2" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      await expect(el).to.be.accessible();
      const plan = await scorecard(html`<tr-unit-scorecard lang="en" as-of="2026-11-30"></tr-unit-scorecard>`);
      await expect(plan).to.be.accessible();
    });

    it('reaches each unit with Tab, moves with the arrows, and selects with Enter and Space', async () => {
      const el = await scorecard(html`<tr-unit-scorecard as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="unit"]')];
      buttons[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement).to.equal(buttons[2]);
      await sendKeys({ press: 'Home' });
      expect(root(el).activeElement).to.equal(buttons[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(root(el).activeElement).to.equal(buttons[0]);
      const chosen = oneEvent(el, 'tr-select');
      await sendKeys({ press: 'Enter' });
      expect(((await chosen) as CustomEvent<UnitScorecardSelectDetail>).detail).to.include({ unitId: 'c', name: '丙厅', tasks: 3 });
      await el.updateComplete;
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('true');
      expect(buttons[0]!.closest('tr')!.classList.contains('selected')).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('false');
    });
  });

  describe('events', () => {
    it('sets the linked selection when a unit is chosen, and clears it when chosen again', async () => {
      const el = await scorecard(html`<tr-unit-scorecard group="sc-out" as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      const changed = oneEvent(el, 'tr-selection-change');
      unitButton(el, '乙厅').click();
      expect(((await changed) as CustomEvent<SelectionChangeDetail>).detail).to.deep.equal({ selection: { unit: 'b' }, group: 'sc-out' });
      expect(groupHub('sc-out').value).to.deep.equal({ unit: 'b' });
      const cleared = oneEvent(el, 'tr-selection-change');
      unitButton(el, '乙厅').click();
      expect(((await cleared) as CustomEvent<SelectionChangeDetail>).detail.selection).to.deep.equal({});
    });

    it('highlights the unit another widget selected, even beyond the limit, and fires nothing for it', async () => {
      const el = await scorecard(html`<tr-unit-scorecard group="sc-in" limit="1" as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>`);
      expect(order(el)).to.deep.equal(['丙厅']);
      let fired = 0;
      el.addEventListener('tr-selection-change', () => fired++);
      groupHub('sc-in').set({ unit: 'b' });
      await settled(el);
      expect(order(el)).to.deep.equal(['丙厅', '乙厅']);
      expect(unitButton(el, '乙厅').getAttribute('aria-pressed')).to.equal('true');
      expect(unitButton(el, '乙厅').closest('tr')!.classList.contains('selected')).to.equal(true);
      expect(unitButton(el, '丙厅').getAttribute('aria-pressed')).to.equal('false');
      expect(fired).to.equal(0);
      groupHub('sc-in').set({});
    });
  });

  describe('errors', () => {
    it('shows a localized error for a bad attribute, fires tr-error, and recovers when it is fixed', async () => {
      const el = document.createElement('tr-unit-scorecard');
      el.setAttribute('sort', 'worst');
      el.register = register;
      const reported = oneEvent(el, 'tr-error');
      await ready(await fixture<TrUnitScorecard>(el));
      const detail = ((await reported) as CustomEvent<TrErrorDetail>).detail;
      expect([detail.code, detail.attribute]).to.deep.equal(['invalid-attribute', 'sort']);
      expect(text(alertOf(el))).to.contain('属性 sort="worst" 无效');
      el.removeAttribute('sort');
      await ready(el);
      expect(alertOf(el)).to.equal(null);
      expect(order(el)).to.have.length(3);
    });

    it('rejects a limit of 0, and a role the register does not use, naming the roles it does', async () => {
      const el = await scorecard(html`<tr-unit-scorecard lang="en" limit="0" .register=${register}></tr-unit-scorecard>`);
      expect(text(alertOf(el))).to.contain('Attribute limit="0" is invalid: expected a whole number of 1 or more.');
      const only = await scorecard(html`<tr-unit-scorecard unit-role="lead" .register=${responsibleOnlyRegister()}></tr-unit-scorecard>`);
      expect(text(alertOf(only))).to.contain('属性 unit-role="lead" 无效：本方案的任务没有列出这类单位；可用：responsible, all。');
    });
  });
});
