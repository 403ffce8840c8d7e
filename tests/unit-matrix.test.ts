import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import '../src/components/unit-matrix/unit-matrix.js';
import type { TrUnitMatrix, UnitMatrixSelectDetail } from '../src/components/unit-matrix/unit-matrix.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { generateRegister } from '../src/data/generate.js';
import { bundledRegister } from '../src/data/bundled.js';
import { alertOf, root, text } from './support/widgets.js';

const noteOf = (el: TrUnitMatrix) => root(el).querySelector('[part~="note"]');
const tooltip = (el: TrUnitMatrix) => root(el).querySelector<HTMLElement>('[part~="tooltip"]')!;
const scroller = (el: TrUnitMatrix) => root(el).querySelector<HTMLElement>('[part~="scroller"]')!;
const dataCells = (el: TrUnitMatrix) => [...root(el).querySelectorAll('.tbody [role="gridcell"].cell')];
const cellLabels = (el: TrUnitMatrix) => dataCells(el).map((cell) => cell.getAttribute('aria-label')!);
const cell = (el: TrUnitMatrix, name: string) => root(el).querySelector<HTMLElement>(`[role="gridcell"][aria-label="${name}"]`);
/** Row header names top to bottom (the full name a screen reader hears). */
const rowNames = (el: TrUnitMatrix) =>
  [...root(el).querySelectorAll('.tbody [role="rowheader"]')].map((h) => h.getAttribute('aria-label') ?? text(h));
const columnNames = (el: TrUnitMatrix) =>
  [...root(el).querySelectorAll('.row.head .col-head')].map((h) => h.getAttribute('aria-label') ?? text(h));
/** The numbers of the tasks in which `unit` plays `role`, read from the cells' spoken names. */
function tasksMarked(el: TrUnitMatrix, unit: string, role: string): number[] {
  const pattern = new RegExp(`^${unit}，任务(\\d+)，${role}$`);
  return cellLabels(el).flatMap((label) => {
    const match = pattern.exec(label);
    return match ? [Number(match[1])] : [];
  });
}
/** The body row whose header is `name`. */
const rowOf = (el: TrUnitMatrix, name: string) =>
  [...root(el).querySelectorAll('.tbody [role="row"]')].find((row) => {
    const header = row.querySelector('[role="rowheader"]')!;
    return (header.getAttribute('aria-label') ?? text(header)) === name;
  })!;
const focusedLabel = (el: TrUnitMatrix) => {
  const active = root(el).activeElement;
  return active?.getAttribute('aria-label') ?? text(active);
};
const center = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};
async function hover(el: TrUnitMatrix, element: Element) {
  await sendMouse({ type: 'move', position: center(element) });
  await el.updateComplete;
}
async function withControl(key: string) {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}
/** Collects tr-* events of one type. */
function record<T>(el: EventTarget, type: string): CustomEvent<T>[] {
  const events: CustomEvent<T>[] = [];
  el.addEventListener(type, (e) => events.push(e as CustomEvent<T>));
  return events;
}

describe('<tr-unit-matrix>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('rendering', () => {
    it('marks who leads and who takes part in every task of the bundled register', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      expect(rowNames(el)).to.have.length(11);
      expect(columnNames(el)).to.have.length(46);
      expect(dataCells(el)).to.have.length(11 * 46);
      expect(tasksMarked(el, '省教育厅', '牵头')).to.have.length(24);
      expect(tasksMarked(el, '省教育厅', '参与')).to.deep.equal([5, 8, 9, 16, 19, 21, 27, 31, 32, 34, 35, 42, 45]);
      // Task 5: led by 省发展改革委, with 省教育厅 and 省人力社保厅 taking part.
      expect(cellLabels(el).filter((label) => /，任务5，(牵头|参与)$/.test(label))).to.have.members([
        '省发展改革委，任务5，牵头',
        '省教育厅，任务5，参与',
        '省人力社保厅，任务5，参与',
      ]);
      expect(cell(el, '省发展改革委，任务5，牵头')!.classList.contains('is-lead')).to.equal(true);
      expect(cell(el, '省教育厅，任务5，参与')!.classList.contains('is-part')).to.equal(true);
      const empty = cell(el, '省财政厅，任务5，无')!;
      expect(empty.classList.contains('is-lead') || empty.classList.contains('is-part')).to.equal(false);
      // Task 12 has two leads; task 31 is led by two city governments.
      expect(cell(el, '省教育厅，任务12，牵头')).to.exist;
      expect(cell(el, '省人力社保厅，任务12，牵头')).to.exist;
      expect(cell(el, '温州市政府，任务31，牵头')).to.exist;
      expect(cell(el, '台州市政府，任务31，牵头')).to.exist;
      expect(cellLabels(el).filter((label) => /，任务31，参与$/.test(label))).to.have.length(4);
    });

    it('orders units by involvement, ties in register order', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      expect(rowNames(el)).to.deep.equal([
        '省教育厅', '省人力社保厅', '各设区市政府', '省发展改革委', '省财政厅', '省经信厅', '各行业主管部门', '省国资委', '省总工会', '温州市政府', '台州市政府',
      ]);
      expect(columnNames(el).slice(0, 3)).to.deep.equal(['任务1', '任务2', '任务3']);
      expect(text(root(el).querySelector('.row.head .col-head'))).to.equal('1');
    });

    it('shows totals per unit (leads, participations) and per task (units involved)', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      const heads = [...root(el).querySelectorAll('.row.head .total-head')];
      expect(heads.map((h) => h.getAttribute('aria-label'))).to.deep.equal(['作为牵头单位的任务数', '作为参与单位的任务数']);
      expect(heads.map((h) => text(h))).to.deep.equal(['牵头', '参与']);
      const totals = (name: string) => [...rowOf(el, name).querySelectorAll('.total')].map((c) => text(c));
      expect(totals('省教育厅')).to.deep.equal(['24', '13']);
      expect(totals('省人力社保厅')).to.deep.equal(['11', '16']);
      expect(totals('省总工会')).to.deep.equal(['0', '1']);
      const involvedRow = root(el).querySelector('.row.totals')!;
      expect(text(involvedRow.querySelector('[role="rowheader"]'))).to.equal('涉及单位数');
      const involved = [...involvedRow.querySelectorAll('.total')].map((c) => Number(text(c)));
      expect(involved).to.have.length(46);
      expect(involved[4]).to.equal(3);
      expect(involved[30]).to.equal(6);
      expect(involved.reduce((a, b) => a + b, 0)).to.equal(24 + 13 + 11 + 16 + 12 + 6 + 5 + 4 + 2 + 2 + 1 + 1 + 1);
    });

    it('has a legend with the same symbols and the document’s role words, and a caption with the size', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      const legend = root(el).querySelector('[part~="legend"]')!;
      expect(text(legend)).to.equal('牵头单位 参与单位');
      expect(legend.querySelector('.swatch.is-lead')).to.exist;
      expect(legend.querySelector('.swatch.is-part')).to.exist;
      expect(text(root(el).querySelector('#caption'))).to.equal('责任单位分工矩阵 11个单位 × 46项任务');
      // Lead and participant differ in shape, not only colour: a disc (no inner space) and a ring.
      const lead = getComputedStyle(cell(el, '省教育厅，任务1，牵头')!, '::before');
      const ring = getComputedStyle(cell(el, '省教育厅，任务5，参与')!, '::before');
      expect(lead.width).to.equal('0px');
      expect(parseFloat(ring.width)).to.be.above(parseFloat(ring.borderTopWidth) * 2);
    });

    it('with orientation="tasks", shows tasks as rows with their text, as much as two lines of the row hold', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix orientation="tasks"></tr-unit-matrix>`);
      expect(rowNames(el)).to.have.length(46);
      const task5 = bundledRegister().tasks.find((t) => t.number === '5')!.content;
      expect(rowNames(el)[4]).to.equal(`任务5 ${task5}`);
      // The whole text is there (not cut at ~25 characters), clamped to two lines by the style sheet.
      const name = rowOf(el, rowNames(el)[4]!).querySelector('.name') as HTMLElement;
      expect(text(name)).to.equal(task5);
      const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
      expect(name.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1);
      expect(name.getBoundingClientRect().height).to.be.above(lineHeight * 1.5);
      expect(columnNames(el)[0]).to.equal('省教育厅');
      expect(cell(el, '省教育厅，任务5，参与')).to.exist;
      expect(cell(el, '省发展改革委，任务5，牵头')).to.exist;
      // Totals swap sides: units involved per task row, leads and participations per unit column.
      expect([...rowOf(el, rowNames(el)[30]!).querySelectorAll('.total')].map((c) => text(c))).to.deep.equal(['6']);
      const totalRows = [...root(el).querySelectorAll('.row.totals')];
      expect(totalRows.map((r) => text(r.querySelector('[role="rowheader"]')))).to.deep.equal(['作为牵头单位的任务数', '作为参与单位的任务数']);
      expect(text(totalRows[0]!.querySelector('.total'))).to.equal('24');
      expect(text(totalRows[1]!.querySelector('.total'))).to.equal('13');
    });

    it('speaks English with lang="en": full names in the row headers, the register’s English role words', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix lang="en"></tr-unit-matrix>`);
      expect(rowNames(el)[0]).to.equal('Provincial Department of Education');
      const hrss = rowOf(el, 'Provincial Department of Human Resources and Social Security').querySelector('.name')!;
      expect(text(hrss)).to.equal('Provincial Department of Human Resources and Social Security');
      // Wrapped, not cut: the whole name fits its box.
      expect(hrss.scrollHeight).to.be.at.most(hrss.clientHeight + 1);
      expect(cell(el, 'Provincial Department of Education, task 5, participating')).to.exist;
      expect(cell(el, 'Provincial Development and Reform Commission, task 5, lead')).to.exist;
      expect(cell(el, 'Provincial Department of Finance, task 5, none')).to.exist;
      expect(text(root(el).querySelector('[part~="legend"]'))).to.equal('Lead units Participating units');
      expect(columnNames(el)[0]).to.equal('Task 1');
    });

    it('sets no inline style in its templates: only spacers and the tooltip position, through CSSOM', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      await hover(el, cell(el, '省教育厅，任务5，参与')!);
      const styled = [...root(el).querySelectorAll('[style]')].map((node) => node.getAttribute('part') ?? node.className);
      // The scroll cue's place is set the same way.
      expect(styled).to.have.members(['scroller', 'tooltip', 'cue']);
      expect(scroller(el).getAttribute('style')).to.not.match(/(^|;)\s*(?!--)[a-z-]+:/);
    });

    it('scrolls a highlighted row of a large register into view and renders it', async () => {
      const big = generateRegister({ tasks: 2000, units: 60 });
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix orientation="tasks" highlight-task="1500" .register=${big}></tr-unit-matrix>`);
      await waitUntil(() => root(el).querySelector('[aria-rowindex="1503"]'), 'row 1500 renders');
      const row = root(el).querySelector('[aria-rowindex="1503"]')!;
      expect(row.classList.contains('marked')).to.equal(true);
      const box = scroller(el).getBoundingClientRect();
      const rowBox = row.getBoundingClientRect();
      expect(rowBox.top).to.be.at.least(box.top);
      expect(rowBox.bottom).to.be.at.most(box.bottom + 1);
    });

    it('renders the bundled register whole, and only a bounded window of a 2,000-task register', async () => {
      const small = await fixture<TrUnitMatrix>(html`<tr-unit-matrix orientation="tasks"></tr-unit-matrix>`);
      expect(dataCells(small)).to.have.length(46 * 11);

      const big = generateRegister({ tasks: 2000, units: 60 });
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix orientation="tasks" .register=${big}></tr-unit-matrix>`);
      await waitUntil(() => dataCells(el).length > 0);
      const grid = root(el).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-rowcount')).to.equal(String(3 + 2000));
      expect(grid.getAttribute('aria-colcount')).to.equal(String(2 + 60));
      expect(dataCells(el).length).to.be.below(3000);
      const first = [...root(el).querySelectorAll('.tbody [role="row"]')].map((r) => Number(r.getAttribute('aria-rowindex')));
      expect(first[0]).to.equal(4);

      // Scrolling to the end renders the last rows, still a bounded number of cells.
      scroller(el).scrollTop = scroller(el).scrollHeight;
      await waitUntil(() => root(el).querySelector('[aria-rowindex="2003"]'), 'the last row renders after scrolling');
      expect(dataCells(el).length).to.be.below(3000);
      expect(root(el).querySelector('[aria-rowindex="4"]')).to.equal(null);
      const lastRow = root(el).querySelector('[aria-rowindex="2003"]')!;
      expect(text(lastRow.querySelector('[role="rowheader"] .num'))).to.equal('任务2000');
      // The spacers keep the scroll height of every row.
      const rowHeight = lastRow.getBoundingClientRect().height;
      expect(scroller(el).scrollHeight).to.be.above(rowHeight * 1999);
    });
  });

  describe('attributes', () => {
    it('units: shows the units named (by id or name) and the tasks they have a part in', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix units="edu,省人力社保厅"></tr-unit-matrix>`);
      expect(rowNames(el)).to.deep.equal(['省教育厅', '省人力社保厅']);
      expect(columnNames(el)).to.have.length(42);
      el.units = 'edu';
      await el.updateComplete;
      expect(rowNames(el)).to.deep.equal(['省教育厅']);
      expect(columnNames(el)).to.have.length(37);
    });

    it('tasks: shows the tasks numbered and the units marked in them', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix tasks="1-10,20"></tr-unit-matrix>`);
      expect(columnNames(el)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20].map((n) => `任务${n}`));
      expect(rowNames(el)).to.have.members(['省教育厅', '省人力社保厅', '省发展改革委', '各设区市政府', '各行业主管部门']);
      expect([...rowOf(el, '省教育厅').querySelectorAll('.total')].map((c) => text(c))).to.deep.equal(['6', '3']);
    });

    it('role: marks only leads or only participants, with matching totals and legend', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix unit-role="lead"></tr-unit-matrix>`);
      expect(root(el).querySelectorAll('.is-part')).to.have.length(0);
      expect(tasksMarked(el, '省教育厅', '牵头')).to.have.length(24);
      expect(rowNames(el)).to.not.include('省总工会');
      expect([...root(el).querySelectorAll('.total-head')].map((h) => text(h))).to.deep.equal(['牵头']);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.equal('牵头单位 只标出牵头单位');
      el.unitRole = 'participant';
      await el.updateComplete;
      expect(root(el).querySelectorAll('.tbody .is-lead')).to.have.length(0);
      expect(tasksMarked(el, '省教育厅', '参与')).to.have.length(13);
      expect(rowNames(el)).to.not.include('温州市政府');
      expect(columnNames(el)).to.have.length(31);
    });

    it('deadline: keeps tasks due in the years given or annual work', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix deadline="annual"></tr-unit-matrix>`);
      expect(columnNames(el)).to.deep.equal([7, 8, 9, 12, 13, 15, 18, 19, 24, 25, 28, 40, 41, 46].map((n) => `任务${n}`));
      el.deadline = '2022,2023';
      await el.updateComplete;
      expect(columnNames(el)).to.deep.equal(['任务2', '任务6', '任务26']);
    });

    it('sort: register order and name order in the current language', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix sort="register"></tr-unit-matrix>`);
      expect(rowNames(el).slice(0, 4)).to.deep.equal(['省教育厅', '省人力社保厅', '省发展改革委', '各设区市政府']);
      el.sort = 'name';
      await el.updateComplete;
      expect(rowNames(el).slice(0, 4)).to.deep.equal(['各设区市政府', '各行业主管部门', '省财政厅', '省发展改革委']);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(rowNames(el).slice(0, 3)).to.deep.equal([
        'Competent authorities of all industries',
        'Governments of all cities divided into districts',
        'Provincial Department of Economy and Information Technology',
      ]);
    });

    it('highlight-unit and highlight-task mark a row and a column, named in the legend', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix highlight-unit="省人力社保厅" highlight-task="12"></tr-unit-matrix>`);
      const marked = root(el).querySelector('.tbody .row.marked, .tbody [role="row"].marked')!;
      expect(marked.querySelector('[role="rowheader"]')!.textContent).to.contain('省人力社保厅');
      const markedColumn = [...root(el).querySelectorAll('.tbody .cell.marked')].map((c) => c.getAttribute('aria-label'));
      expect(markedColumn).to.have.length(11);
      expect(markedColumn.every((label) => label!.includes('任务12'))).to.equal(true);
      expect(root(el).querySelector('.col-head.marked')!.getAttribute('aria-label')).to.equal('任务12');
      expect(text(root(el).querySelector('[part~="legend"]'))).to.contain('突出显示：省人力社保厅、任务12');
      // Highlighting a task filtered out says so.
      el.tasks = '1-3';
      await el.updateComplete;
      expect(text(noteOf(el))).to.contain('highlight-task').and.contain('任务12');
    });

    it('as-of: judges deadlines in the tooltip and panel', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix as-of="2025-06-30"></tr-unit-matrix>`);
      cell(el, '省教育厅，任务5，参与')!.click();
      await el.updateComplete;
      expect(text(root(el).querySelector('[part~="detail"]'))).to.contain('完成期限：2025年').and.contain('本年到期');
      el.asOf = '2026-01-01';
      await el.updateComplete;
      // No progress data: the honest words, never "overdue".
      const said = text(root(el).querySelector('[part~="detail"]'));
      expect(said).to.contain('期限已过（未报告完成情况）').and.not.contain('逾期');
    });

    it('follows the language of an ancestor', async () => {
      const wrapper = await fixture(html`<div lang="en"><tr-unit-matrix units="edu" tasks="5"></tr-unit-matrix></div>`);
      const el = wrapper.querySelector('tr-unit-matrix')!;
      await el.updateComplete;
      expect(cellLabels(el)).to.deep.equal(['Provincial Department of Education, task 5, participating']);
    });
  });

  describe('accessibility', () => {
    it('is an ARIA grid with row and column headers, counts and one tab stop; axe finds nothing', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      const grid = root(el).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-rowcount')).to.equal('13');
      expect(grid.getAttribute('aria-colcount')).to.equal('49');
      expect(grid.getAttribute('aria-labelledby')).to.equal('caption');
      expect(root(el).querySelectorAll('[role="rowheader"]')).to.have.length(12);
      expect(root(el).querySelectorAll('[role="columnheader"]')).to.have.length(49);
      const stops = root(el).querySelectorAll('[tabindex="0"]');
      expect(stops).to.have.length(1);
      expect(stops[0]!.getAttribute('aria-label')).to.equal('省教育厅，任务1，牵头');
      await expect(el).to.be.accessible();
    });

    it('passes axe in tasks orientation, in English, and with a large register', async () => {
      const tasks = await fixture<TrUnitMatrix>(html`<tr-unit-matrix orientation="tasks" highlight-unit="edu"></tr-unit-matrix>`);
      await expect(tasks).to.be.accessible();
      const en = await fixture<TrUnitMatrix>(html`<tr-unit-matrix lang="en" deadline="2025"></tr-unit-matrix>`);
      await expect(en).to.be.accessible();
      const big = await fixture<TrUnitMatrix>(html`<tr-unit-matrix .register=${generateRegister({ tasks: 2000, units: 60 })}></tr-unit-matrix>`);
      await waitUntil(() => dataCells(big).length > 0);
      await expect(big).to.be.accessible();
    });

    it('moves with arrows, Home, End and Ctrl+Home/End, scrolling the cell into view, and selects with Enter', async () => {
      const wrapper = await fixture(html`<div><button>before</button><tr-unit-matrix></tr-unit-matrix></div>`);
      const el = wrapper.querySelector('tr-unit-matrix')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedLabel(el)).to.equal('省教育厅，任务1，牵头');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedLabel(el)).to.equal('省教育厅，任务2，牵头');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedLabel(el)).to.equal('省人力社保厅，任务2，无');
      await sendKeys({ press: 'Home' });
      expect(focusedLabel(el)).to.equal('省人力社保厅');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focusedLabel(el)).to.equal('省人力社保厅，任务46，参与');
      // The last column was scrolled into view inside the widget.
      const focused = root(el).activeElement!.getBoundingClientRect();
      const box = scroller(el).getBoundingClientRect();
      expect(scroller(el).scrollLeft).to.be.above(0);
      expect(focused.right).to.be.at.most(box.right + 1);
      expect(root(el).querySelectorAll('[tabindex="0"]')).to.have.length(1);
      const selected = oneEvent(el, 'tr-select');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await selected) as CustomEvent<UnitMatrixSelectDetail>;
      expect(detail).to.include({ taskNumber: '46', taskId: 't46', unitId: 'hrss', role: 'participant' });
      await withControl('Home');
      expect(focusedLabel(el)).to.equal('单位＼任务');
      await withControl('End');
      await el.updateComplete;
      expect(focusedLabel(el)).to.equal('台州市政府，任务46，无');
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedLabel(el)).to.equal('温州市政府，任务46，无');
    });

    it('keyboard focus shows the tooltip and highlights the row and column; Escape hides the tooltip', async () => {
      const wrapper = await fixture(html`<div><button>before</button><tr-unit-matrix as-of="2025-06-30"></tr-unit-matrix></div>`);
      const el = wrapper.querySelector('tr-unit-matrix')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(text(tooltip(el))).to.contain('任务2').and.contain('省教育厅：牵头单位');
      expect(root(el).activeElement!.getAttribute('aria-describedby')).to.equal('tip');
      expect(rowOf(el, '省教育厅').classList.contains('hl-row')).to.equal(true);
      expect(root(el).querySelectorAll('.hl-col').length).to.be.at.least(12);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('keyboard navigation in a 2,000-task register reaches the last cell and keeps the window bounded', async () => {
      const wrapper = await fixture(
        html`<div><button>before</button><tr-unit-matrix orientation="tasks" .register=${generateRegister({ tasks: 2000, units: 60 })}></tr-unit-matrix></div>`,
      );
      const el = wrapper.querySelector('tr-unit-matrix')!;
      await waitUntil(() => dataCells(el).length > 0);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedLabel(el)).to.match(/^合成单位\d+，任务1，/);
      await withControl('End');
      await waitUntil(() => /，任务2000，/.test(focusedLabel(el)), 'focus reaches task 2000');
      expect(root(el).activeElement!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('2003');
      expect(root(el).activeElement!.getAttribute('aria-colindex')).to.equal('62');
      expect(dataCells(el).length).to.be.below(3000);
      await sendKeys({ press: 'PageUp' });
      await waitUntil(() => !/，任务2000，/.test(focusedLabel(el)));
      expect(focusedLabel(el)).to.match(/，任务19\d\d，/);
    });
  });

  describe('events', () => {
    it('fires tr-select with the task, the unit and the role when a cell is clicked, and shows the task in full', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      const selected = oneEvent(el, 'tr-select');
      cell(el, '省教育厅，任务5，参与')!.click();
      const event = (await selected) as CustomEvent<UnitMatrixSelectDetail>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.include({ taskNumber: '5', taskId: 't5', unitId: 'edu', role: 'participant' });
      expect(event.detail.task!.units.lead).to.deep.equal(['drc']);
      expect(event.detail.unit!.name).to.equal('省教育厅');
      await el.updateComplete;
      const detail = root(el).querySelector('[part~="detail"]')!;
      expect(text(detail)).to.contain('深入实施产教融合“五个一批”工程。到2025年，培育10个以上在全国具有影响力的产教融合联盟');
      expect(text(detail)).to.contain('实施500个以上产学合作协同育人项目。');
      expect(text(detail)).to.contain('牵头单位：省发展改革委').and.contain('参与单位：省教育厅、省人力社保厅');
      expect(text(detail)).to.contain('省教育厅：参与单位');
      expect(cell(el, '省教育厅，任务5，参与')!.classList.contains('selected')).to.equal(true);
      (detail.querySelector('[part~="close"]') as HTMLElement).click();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="detail"]')).to.equal(null);
    });

    it('fires tr-select with the unit when a unit header is clicked, and lists its tasks', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix></tr-unit-matrix>`);
      const selected = oneEvent(el, 'tr-select');
      (rowOf(el, '省教育厅').querySelector('[role="rowheader"]') as HTMLElement).click();
      const { detail } = (await selected) as CustomEvent<UnitMatrixSelectDetail>;
      expect(detail.unitId).to.equal('edu');
      expect(detail.task).to.equal(undefined);
      await el.updateComplete;
      const panel = text(root(el).querySelector('[part~="detail"]'));
      expect(panel).to.contain('牵头 24 项').and.contain('参与 13 项：任务5、8-9、16、19、21、27、31-32、34-35、42、45');
    });

    it('fires tr-select for a unit column header in tasks orientation, and an empty cell gives role null', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix orientation="tasks"></tr-unit-matrix>`);
      const events = record<UnitMatrixSelectDetail>(el, 'tr-select');
      (root(el).querySelector('.col-head') as HTMLElement).click();
      cell(el, '省财政厅，任务1，无')!.click();
      expect(events.map((e) => [e.detail.unitId, e.detail.taskNumber, e.detail.role])).to.deep.equal([
        ['edu', undefined, undefined],
        ['finance', '1', null],
      ]);
    });

    it('keeps the panel closed when the page cancels tr-select', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix @tr-select=${(e: Event) => e.preventDefault()}></tr-unit-matrix>`);
      cell(el, '省教育厅，任务5，参与')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="detail"]')).to.equal(null);
    });

    it('hovering a cell highlights its row and column and shows the tooltip, without re-rendering the grid', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix as-of="2025-06-30"></tr-unit-matrix>`);
      const target = cell(el, '省教育厅，任务5，参与')!;
      const grid = root(el).querySelector('[role="grid"]')!;
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(grid, { subtree: true, childList: true, attributes: true, characterData: true });
      await hover(el, target);
      observer.disconnect();
      expect(changes.length).to.be.above(0);
      expect(changes.every((change) => change.type === 'attributes' && change.attributeName === 'class')).to.equal(true);
      expect(rowOf(el, '省教育厅').classList.contains('hl-row')).to.equal(true);
      const column = [...root(el).querySelectorAll('.hl-col')].map((c) => c.getAttribute('aria-label') ?? text(c));
      expect(column).to.include('任务5').and.include('省发展改革委，任务5，牵头');
      expect(column).to.have.length(13);

      const tip = tooltip(el);
      expect(tip.hidden).to.equal(false);
      expect(tip.getAttribute('role')).to.equal('tooltip');
      const said = text(tip);
      expect(said).to.contain('任务5').and.contain('完成期限：2025年').and.contain('本年到期').and.contain('省教育厅：参与单位');
      expect(said).to.contain('深入实施产教融合“五个一批”工程。到2025年').and.contain('…');
      expect(said).to.contain('单击或按回车键查看全文');
      // Placed by custom properties set through CSSOM, next to the cell and inside the widget.
      expect(tip.style.getPropertyValue('--tip-x')).to.match(/^\d+px$/);
      const tipBox = tip.getBoundingClientRect();
      const cellBox = target.getBoundingClientRect();
      const baseBox = root(el).querySelector('[part~="base"]')!.getBoundingClientRect();
      expect(tipBox.top).to.be.closeTo(cellBox.bottom + 6, 2);
      expect(tipBox.left).to.be.at.least(baseBox.left);
      expect(tipBox.right).to.be.at.most(baseBox.right + 1);

      // Escape dismisses it even while the keyboard focus is elsewhere on the page.
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
      await hover(el, cell(el, '省教育厅，任务6，牵头')!);
      expect(tooltip(el).hidden).to.equal(false);
      await hover(el, target);

      // Scrolling the grid moves the tooltip with its cell.
      scroller(el).scrollLeft = 40;
      scroller(el).dispatchEvent(new Event('scroll'));
      expect(tip.getBoundingClientRect().left).to.be.closeTo(target.getBoundingClientRect().left, 2);

      // Leaving the grid clears the highlight and the tooltip.
      await sendMouse({ type: 'move', position: [2, 2] });
      await waitUntil(() => tooltip(el).hidden, 'the tooltip hides after the pointer leaves');
      expect(root(el).querySelectorAll('.hl-col, .hl-row')).to.have.length(0);
    });

    it('flips the tooltip above a cell near the bottom of the viewport', async () => {
      const wrapper = await fixture(html`<div><div></div><tr-unit-matrix></tr-unit-matrix></div>`);
      const spacer = wrapper.firstElementChild as HTMLElement;
      const el = wrapper.querySelector('tr-unit-matrix')!;
      await el.updateComplete;
      const last = cell(el, '台州市政府，任务1，无')!;
      spacer.style.height = `${Math.max(0, window.innerHeight - last.getBoundingClientRect().bottom - 4)}px`;
      await hover(el, last);
      const tip = tooltip(el);
      expect(tip.hidden).to.equal(false);
      expect(tip.getAttribute('data-side')).to.equal('above');
      expect(tip.getBoundingClientRect().bottom).to.be.at.most(last.getBoundingClientRect().top);
      expect(tip.getBoundingClientRect().top).to.be.at.least(0);
    });
  });

  describe('errors', () => {
    it('names unknown units, suggests close ones, fires one tr-error, and recovers', async () => {
      const el = document.createElement('tr-unit-matrix');
      const errors = record<TrErrorDetail>(el, 'tr-error');
      el.units = '省教委';
      document.body.append(el);
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('units="省教委"').and.contain('未知的单位').and.contain('省教育厅');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ code: 'invalid-attribute', attribute: 'units' });
      expect(errors[0]!.detail.suggestions).to.include('省教育厅');
      await expect(el).to.be.accessible();
      el.units = '省教育厅';
      await el.updateComplete;
      expect(alertOf(el)).to.equal(null);
      expect(rowNames(el)).to.deep.equal(['省教育厅']);
      expect(errors).to.have.length(1);
      el.remove();
    });

    it('notes what part of a partly valid list was ignored', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix units="edu,省教委" tasks="1-3,x" deadline="2025,2099"></tr-unit-matrix>`);
      expect(alertOf(el)).to.equal(null);
      const note = text(noteOf(el));
      expect(note).to.contain('已忽略').and.contain('省教委').and.contain('“x”').and.contain('2099');
      expect(rowNames(el)).to.deep.equal(['省教育厅']);
      expect(columnNames(el)).to.deep.equal(['任务1', '任务3']);
    });

    it('rejects malformed task ranges and deadlines that select nothing', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix tasks="10-1"></tr-unit-matrix>`);
      expect(text(alertOf(el))).to.contain('tasks="10-1"').and.contain('“10-1”').and.contain('1-46');
      el.tasks = 'a-b';
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('tasks="a-b"').and.contain('没有这些任务').and.contain('1-46');
      el.tasks = '';
      el.deadline = '2030';
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('deadline="2030"').and.contain('2025');
      el.deadline = '';
      await el.updateComplete;
      expect(alertOf(el)).to.equal(null);
    });

    it('lists the allowed values of role, sort and orientation', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix lang="en" sort="alphabetical"></tr-unit-matrix>`);
      expect(text(alertOf(el))).to.contain('sort="alphabetical"').and.contain('involvement, register, name');
      el.sort = 'name';
      el.setAttribute('orientation', 'rows');
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('orientation').and.contain('units, tasks');
      el.orientation = 'units';
      el.setAttribute('unit-role', 'leader');
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('unit-role="leader"').and.contain('all, lead, responsible, participant');
      el.unitRole = 'lead';
      await el.updateComplete;
      expect(alertOf(el)).to.equal(null);
    });

    it('rejects an unknown highlight-unit or highlight-task', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix highlight-unit="edux"></tr-unit-matrix>`);
      expect(text(alertOf(el))).to.contain('highlight-unit').and.contain('edu');
      el.highlightUnit = '';
      el.highlightTask = '99';
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('highlight-task="99"');
    });

    it('says so when nothing matches', async () => {
      const el = await fixture<TrUnitMatrix>(html`<tr-unit-matrix tasks="1" unit-role="participant"></tr-unit-matrix>`);
      expect(text(root(el).querySelector('[part~="empty"]'))).to.equal('没有符合条件的任务。');
      expect(root(el).querySelector('[role="grid"]')).to.equal(null);
    });
  });
});
