import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/default-register.js';
import '../src/components/unit-matrix/unit-matrix.js';
import type { TrUnitMatrix, UnitMatrixSelectDetail } from '../src/components/unit-matrix/unit-matrix.js';
import { groupHub, type SelectionChangeDetail } from '../src/components/base/controllers/selection.js';
import type { RegisterV2Input, TaskV2Input } from '../src/data/schema-v2.js';
import { alertOf, root, settled, shadowText, text } from './support/widgets.js';

const task = (number: string, sectionId: string | undefined, units: TaskV2Input['units'], deadline: TaskV2Input['deadline']): TaskV2Input => ({
  id: `t${number}`,
  number,
  ...(sectionId ? { sectionId } : {}),
  content: `测试任务${number}的内容。`,
  units,
  deadline,
  indicatorIds: [],
});

/**
 * A county plan in the form 主要责任单位 / 协同配合单位, numbered 52–56 in two sections. Units 甲局 (a),
 * 乙局 (b, no English name), 丙局 (c, a long English name). By role:
 * a: 主要 52, 55; 协同 53. b: 主要 53, 56; 协同 52. c: 主要 54; 协同 53, 55.
 */
function countyRegister(): RegisterV2Input {
  return {
    schemaVersion: 2,
    id: 'county-test',
    title: '测试县重点任务分工',
    roles: [
      { id: 'lead', label: '主要责任单位', labelEn: 'Lead units' },
      { id: 'participant', label: '协同配合单位', labelEn: 'Supporting units' },
    ],
    units: [
      { id: 'a', name: '甲局', nameEn: 'Bureau A' },
      { id: 'b', name: '乙局' },
      { id: 'c', name: '丙局', nameEn: 'County Bureau of Human Resources and Social Security Administration' },
    ],
    sections: [
      { id: 's1', number: '一、', title: '稳增长促投资' },
      { id: 's2', number: '二、', title: '惠民生增福祉' },
    ],
    tasks: [
      task('52', 's1', { lead: ['a'], participant: ['b'] }, { kind: 'year', year: 2024, text: '2024年' }),
      task('53', 's1', { lead: ['b'], participant: ['a', 'c'] }, { kind: 'year', year: 2025, text: '2025年' }),
      task('54', 's2', { lead: ['c'] }, { kind: 'annual', text: '每年' }),
      task('55', 's2', { lead: ['a'], participant: ['c'] }, { kind: 'month', year: 2025, month: 3, text: '2025年3月底前' }),
      task('56', 's2', { lead: ['b'] }, { kind: 'none' }),
    ],
    indicators: [],
  };
}

/** At 2025-06-30: 52 completed on time, 53 in progress, 54 due this year, 55 overdue (not started, due March), 56 no deadline. */
const countyProgress = {
  schemaVersion: 1,
  register: 'county-test',
  tasks: [
    { task: '52', date: '2024-11-30', status: 'completed' },
    { task: '55', date: '2025-01-15', status: 'notStarted' },
    { task: '53', date: '2025-05-01', status: 'inProgress', percent: 40 },
  ],
};

/** A district table that names only 责任单位. */
function responsibleOnly(): RegisterV2Input {
  return {
    schemaVersion: 2,
    id: 'responsible-test',
    title: '测试区任务分解',
    roles: [{ id: 'responsible', label: '责任单位', labelEn: 'Responsible units' }],
    units: [
      { id: 'x', name: '市财政局', nameEn: 'Municipal Finance Bureau' },
      { id: 'y', name: '市税务局' },
    ],
    sections: [],
    tasks: [task('1', undefined, { responsible: ['x', 'y'] }, { kind: 'year', year: 2025, text: '2025年' }), task('2', undefined, { responsible: ['x'] }, { kind: 'ongoing', text: '持续推进' })],
    indicators: [],
  };
}

async function ready(el: TrUnitMatrix): Promise<TrUnitMatrix> {
  await waitUntil(() => root(el).querySelector('[part~="grid"], [part~="empty"], [role="alert"]'), 'the matrix rendered');
  return settled(el);
}
const matrix = async (template: ReturnType<typeof html>) => ready(await fixture<TrUnitMatrix>(template));
const cellLabels = (el: TrUnitMatrix) => [...root(el).querySelectorAll('.tbody [role="gridcell"].cell')].map((c) => c.getAttribute('aria-label')!);
const cell = (el: TrUnitMatrix, name: string) => root(el).querySelector<HTMLElement>(`[role="gridcell"][aria-label="${name}"]`)!;
const columnHeads = (el: TrUnitMatrix) => [...root(el).querySelectorAll<HTMLElement>('.row.head .col-head')];
const rowOf = (el: TrUnitMatrix, name: string) =>
  [...root(el).querySelectorAll<HTMLElement>('.tbody [role="row"]')].find((row) => {
    const header = row.querySelector('[role="rowheader"]')!;
    return (header.getAttribute('aria-label') ?? text(header)) === name;
  })!;
const totalsOf = (el: TrUnitMatrix, name: string) => [...rowOf(el, name).querySelectorAll('.total')].map((c) => text(c));
const totalHeads = (el: TrUnitMatrix) => [...root(el).querySelectorAll('.row.head .total-head')].map((h) => [text(h), h.getAttribute('aria-label')]);

describe('<tr-unit-matrix> on the version-2 model', () => {
  describe('rendering', () => {
    it('marks roles with the document’s words: 主要责任单位 and 协同配合单位, never 牵头 or 参与', async () => {
      const el = await matrix(html`<tr-unit-matrix as-of="2025-06-30" .register=${countyRegister()}></tr-unit-matrix>`);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.equal('主要责任单位 协同配合单位');
      expect(totalHeads(el)).to.deep.equal([
        ['主要责任', '作为主要责任单位的任务数'],
        ['协同配合', '作为协同配合单位的任务数'],
      ]);
      expect(totalsOf(el, '甲局')).to.deep.equal(['2', '1']);
      expect(totalsOf(el, '乙局')).to.deep.equal(['2', '1']);
      expect(totalsOf(el, '丙局')).to.deep.equal(['1', '2']);
      expect(cell(el, '甲局，任务52，主要责任').classList.contains('is-lead')).to.equal(true);
      expect(cell(el, '乙局，任务52，协同配合').classList.contains('is-part')).to.equal(true);
      cell(el, '丙局，任务53，协同配合').click();
      await el.updateComplete;
      const panel = text(root(el).querySelector('[part~="detail"]'));
      expect(panel).to.contain('主要责任单位：乙局').and.contain('协同配合单位：甲局、丙局').and.contain('丙局：协同配合单位');
      const everything = `${shadowText(el)} ${cellLabels(el).join(' ')} ${[...root(el).querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ')}`;
      expect(everything).to.not.match(/牵头|参与/);
    });

    it('a table with only 责任单位 shows 责任单位 (a diamond), never 参与 or 牵头', async () => {
      const el = await matrix(html`<tr-unit-matrix .register=${responsibleOnly()}></tr-unit-matrix>`);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.equal('责任单位');
      expect(root(el).querySelector('[part~="legend"] .swatch.is-resp')).to.exist;
      expect(totalHeads(el)).to.deep.equal([['责任', '作为责任单位的任务数']]);
      expect(cellLabels(el)).to.have.members(['市财政局，任务1，责任', '市财政局，任务2，责任', '市税务局，任务1，责任', '市税务局，任务2，无']);
      const diamond = getComputedStyle(cell(el, '市财政局，任务1，责任'), '::before');
      expect(diamond.transform).to.not.equal('none');
      const everything = `${shadowText(el)} ${cellLabels(el).join(' ')}`;
      expect(everything).to.not.match(/牵头|参与/);
    });

    it('labels columns with the document’s numbers and groups them under their section headings', async () => {
      const el = await matrix(html`<tr-unit-matrix as-of="2025-06-30" .register=${countyRegister()}></tr-unit-matrix>`);
      expect(columnHeads(el).map((h) => [text(h), h.getAttribute('aria-label')])).to.deep.equal([
        ['52', '任务52'], ['53', '任务53'], ['54', '任务54'], ['55', '任务55'], ['56', '任务56'],
      ]);
      const headings = [...root(el).querySelectorAll<HTMLElement>('.row.sections .sec-head')];
      expect(headings.map((h) => [text(h), h.getAttribute('aria-label'), h.getAttribute('aria-colspan'), h.getAttribute('aria-colindex')])).to.deep.equal([
        ['一、稳增长促投资', '一、 稳增长促投资', '2', '4'],
        ['二、惠民生增福祉', '二、 惠民生增福祉', '3', '6'],
      ]);
      expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(String(3 + 3));
      // Each heading spans exactly its tasks' columns.
      const heads = columnHeads(el).map((h) => h.getBoundingClientRect());
      const [first, second] = headings.map((h) => h.getBoundingClientRect());
      expect(first!.left).to.be.closeTo(heads[0]!.left, 1);
      expect(first!.right).to.be.closeTo(heads[1]!.right, 1);
      expect(second!.left).to.be.closeTo(heads[2]!.left, 1);
      expect(second!.right).to.be.closeTo(heads[4]!.right, 1);
      // Their width is the only style set, through CSSOM.
      expect(headings.every((h) => /^--span:\s*\d+;?$/.test(h.getAttribute('style')!.trim()))).to.equal(true);

      el.groupBy = 'none';
      await el.updateComplete;
      expect(root(el).querySelector('.row.sections')).to.equal(null);
      expect(root(el).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal(String(2 + 3));
    });

    it('colours marks by status at the as-of date with a glyph and the word, and totals completed and overdue', async () => {
      const el = await matrix(
        html`<tr-unit-matrix as-of="2025-06-30" color-by="status" .register=${countyRegister()} .progress=${countyProgress}></tr-unit-matrix>`,
      );
      expect(cellLabels(el)).to.include.members([
        '甲局，任务52，主要责任，按期完成',
        '甲局，任务53，协同配合，推进中',
        '丙局，任务54，主要责任，本年到期',
        '甲局，任务55，主要责任，逾期未完成',
        '乙局，任务56，主要责任，无明确期限',
        '甲局，任务54，无',
      ]);
      const overdue = cell(el, '甲局，任务55，主要责任，逾期未完成');
      expect(overdue.classList.contains('st-danger')).to.equal(true);
      expect(overdue.querySelector('svg.glyph')).to.exist;
      expect(cell(el, '甲局，任务52，主要责任，按期完成').classList.contains('st-done')).to.equal(true);
      expect(cell(el, '甲局，任务54，无').querySelector('svg')).to.equal(null);
      // The shape still tells the role: a disc for 主要责任单位, in the status colour.
      const disc = getComputedStyle(overdue, '::before');
      expect(disc.width).to.equal('0px');
      expect(disc.borderTopColor).to.not.equal(getComputedStyle(cell(el, '甲局，任务52，主要责任，按期完成'), '::before').borderTopColor);
      expect(text(root(el).querySelector('[part~="status-legend"]'))).to.equal('按期完成 推进中 逾期未完成 本年到期 无明确期限');
      expect(totalHeads(el).map(([shown]) => shown)).to.deep.equal(['主要责任', '协同配合', '完成', '逾期']);
      expect(totalsOf(el, '甲局')).to.deep.equal(['2', '1', '1', '1']);
      expect(totalsOf(el, '乙局')).to.deep.equal(['2', '1', '1', '0']);
      expect(totalsOf(el, '丙局')).to.deep.equal(['1', '2', '0', '1']);
      // The tooltip says it, with the date of the report.
      overdue.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      const tip = text(root(el).querySelector('[part~="tooltip"]'));
      expect(tip).to.contain('任务55').and.contain('完成期限：2025年3月底前').and.contain('逾期未完成').and.contain('2025年1月15日');
    });

    it('without progress data says a passed deadline has no report, never overdue, and shows no completed/overdue totals', async () => {
      const el = await matrix(html`<tr-unit-matrix as-of="2025-06-30" color-by="status" .register=${countyRegister()}></tr-unit-matrix>`);
      expect(cellLabels(el)).to.include('甲局，任务55，主要责任，期限已过（未报告完成情况）');
      expect(shadowText(el)).to.not.contain('逾期');
      expect(totalHeads(el).map(([shown]) => shown)).to.deep.equal(['主要责任', '协同配合']);
      // Coloured by role (the default), the cells carry no status.
      el.colorBy = 'role';
      await el.updateComplete;
      expect(cellLabels(el)).to.include('甲局，任务55，主要责任');
      expect(root(el).querySelector('.tbody svg.glyph')).to.equal(null);
      expect(root(el).querySelector('[part~="status-legend"]')).to.equal(null);
    });

    it('in English shows a unit with no English name in Chinese, marked lang="zh", and long names whole', async () => {
      const el = await matrix(html`<tr-unit-matrix lang="en" sort="register" .register=${countyRegister()}></tr-unit-matrix>`);
      const names = [...root(el).querySelectorAll('.tbody [role="rowheader"] .name')];
      expect(names.map((n) => [text(n), n.getAttribute('lang')])).to.deep.equal([
        ['Bureau A', null],
        ['乙局', 'zh'],
        ['County Bureau of Human Resources and Social Security Administration', null],
      ]);
      const long = names[2] as HTMLElement;
      expect(long.scrollHeight).to.be.at.most(long.clientHeight + 1);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.equal('Lead units Supporting units');
      expect(cellLabels(el)).to.include('乙局, task 52, supporting');
    });

    it('abbreviates long English names only in the narrow grid', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><tr-unit-matrix layout="grid" lang="en" sort="register" .register=${countyRegister()}></tr-unit-matrix></div>`);
      wrapper.style.setProperty('width', '360px');
      const el = wrapper.querySelector('tr-unit-matrix')!;
      await ready(el);
      await waitUntil(() => root(el).querySelector('[part~="base"]')!.classList.contains('narrow'), 'narrow layout');
      await settled(el);
      const header = [...root(el).querySelectorAll('.tbody [role="rowheader"]')][2]!;
      expect(text(header)).to.equal('County Bureau of Human Res. & Social Security Admin.');
      expect(header.getAttribute('aria-label')).to.equal('County Bureau of Human Resources and Social Security Administration');
    });
  });

  describe('attributes', () => {
    it('tasks and highlight-task select by the document’s numbers', async () => {
      const el = await matrix(html`<tr-unit-matrix tasks="53-55" highlight-task="54" .register=${countyRegister()}></tr-unit-matrix>`);
      expect(columnHeads(el).map((h) => text(h))).to.deep.equal(['53', '54', '55']);
      expect(root(el).querySelector('.col-head.marked')!.getAttribute('aria-label')).to.equal('任务54');
      el.tasks = '56,52';
      el.highlightTask = '任务52';
      await el.updateComplete;
      expect(columnHeads(el).map((h) => text(h))).to.deep.equal(['52', '56']);
      expect(root(el).querySelector('.col-head.marked')!.getAttribute('aria-label')).to.equal('任务52');
      el.tasks = '1-10';
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('tasks="1-10"').and.contain('52-56');
    });

    it('unit-role marks one role the register uses, and names the roles it uses when asked for another', async () => {
      const el = await matrix(html`<tr-unit-matrix unit-role="participant" .register=${countyRegister()}></tr-unit-matrix>`);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.equal('协同配合单位 只标出协同配合单位');
      expect(totalHeads(el).map(([shown]) => shown)).to.deep.equal(['协同配合']);
      expect(root(el).querySelectorAll('.tbody .is-lead')).to.have.length(0);
      el.unitRole = 'responsible';
      await el.updateComplete;
      expect(text(alertOf(el))).to.contain('unit-role="responsible"').and.contain('lead, participant, all');
      const only = await matrix(html`<tr-unit-matrix unit-role="lead" .register=${responsibleOnly()}></tr-unit-matrix>`);
      expect(text(alertOf(only))).to.contain('unit-role="lead"').and.contain('responsible, all');
      only.unitRole = 'responsible';
      await only.updateComplete;
      expect(alertOf(only)).to.equal(null);
    });
  });

  describe('events', () => {
    it('a unit header selects the unit, a column header or a cell the task, a heading the section; chosen again, cleared', async () => {
      const el = await matrix(html`<tr-unit-matrix group="um-out" .register=${countyRegister()}></tr-unit-matrix>`);
      const changes: SelectionChangeDetail[] = [];
      el.addEventListener('tr-selection-change', (e) => changes.push((e as CustomEvent<SelectionChangeDetail>).detail));
      const selected = oneEvent(el, 'tr-select');
      rowOf(el, '乙局').querySelector<HTMLElement>('[role="rowheader"]')!.click();
      expect(((await selected) as CustomEvent<UnitMatrixSelectDetail>).detail.unitId).to.equal('b');
      expect(groupHub('um-out').value).to.deep.equal({ unit: 'b' });
      columnHeads(el)[1]!.click();
      expect(groupHub('um-out').value).to.deep.equal({ task: 't53' });
      columnHeads(el)[1]!.click();
      expect(groupHub('um-out').value).to.deep.equal({});
      cell(el, '丙局，任务54，主要责任').click();
      expect(groupHub('um-out').value).to.deep.equal({ task: 't54' });
      root(el).querySelector<HTMLElement>('.sec-head')!.click();
      expect(groupHub('um-out').value).to.deep.equal({ section: 's1' });
      expect(changes.map((c) => c.selection)).to.deep.equal([{ unit: 'b' }, { task: 't53' }, {}, { task: 't54' }, { section: 's1' }]);
      expect(changes.every((c) => c.group === 'um-out')).to.equal(true);
    });

    it('shows the linked selection: the unit’s row, the task’s column, the tasks in a state or section; the rest dimmed', async () => {
      const el = await matrix(
        html`<tr-unit-matrix group="um-in" as-of="2025-06-30" color-by="status" .register=${countyRegister()} .progress=${countyProgress}></tr-unit-matrix>`,
      );
      const base = root(el).querySelector('[part~="base"]')!;
      const pickedColumns = () => columnHeads(el).filter((h) => h.classList.contains('picked')).map((h) => text(h));
      expect(base.classList.contains('linking')).to.equal(false);
      let fired = 0;
      el.addEventListener('tr-selection-change', () => fired++);

      groupHub('um-in').set({ unit: 'c' });
      await el.updateComplete;
      expect(base.classList.contains('linking')).to.equal(true);
      expect(rowOf(el, '丙局').classList.contains('picked')).to.equal(true);
      expect(rowOf(el, '甲局').classList.contains('picked')).to.equal(false);
      const faded = getComputedStyle(cell(el, '甲局，任务52，主要责任，按期完成'), '::before').opacity;
      const kept = getComputedStyle(cell(el, '丙局，任务54，主要责任，本年到期'), '::before').opacity;
      expect(Number(faded)).to.be.below(Number(kept));

      groupHub('um-in').set({ task: 't55' });
      await el.updateComplete;
      expect(pickedColumns()).to.deep.equal(['55']);
      groupHub('um-in').set({ state: 'overdue' });
      await el.updateComplete;
      expect(pickedColumns()).to.deep.equal(['55']);
      groupHub('um-in').set({ section: 's2' });
      await el.updateComplete;
      expect(pickedColumns()).to.deep.equal(['54', '55', '56']);
      expect(root(el).querySelector('.sec-head.picked')!.textContent).to.contain('惠民生增福祉');
      groupHub('um-in').set({});
      await el.updateComplete;
      expect(base.classList.contains('linking')).to.equal(false);
      expect(root(el).querySelector('.picked')).to.equal(null);
      // Set by another widget: the matrix follows without announcing a change of its own.
      expect(fired).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('Escape clears the linked selection; the section row is one keyboard stop per heading', async () => {
      const el = await matrix(html`<tr-unit-matrix group="um-keys" .register=${countyRegister()}></tr-unit-matrix>`);
      const first = root(el).querySelector<HTMLElement>('.sec-head')!;
      first.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(text(root(el).activeElement)).to.contain('惠民生增福祉');
      await sendKeys({ press: 'ArrowLeft' });
      expect(text(root(el).activeElement)).to.contain('稳增长促投资');
      await sendKeys({ press: 'Enter' });
      expect(groupHub('um-keys').value).to.deep.equal({ section: 's1' });
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).activeElement!.getAttribute('aria-label')).to.equal('任务52');
      // The first Escape closes the tooltip only; the next clears the selection.
      await sendKeys({ press: 'Escape' });
      expect(groupHub('um-keys').value).to.deep.equal({ section: 's1' });
      await sendKeys({ press: 'Escape' });
      expect(groupHub('um-keys').value).to.deep.equal({});
    });
  });
});
