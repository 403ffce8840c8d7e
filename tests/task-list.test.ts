import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import '../src/components/task-list/task-list.js';
import type { TaskListSelectDetail, TrTaskList } from '../src/components/task-list/task-list.js';
import { foldText } from '../src/components/task-list/task-list.search.js';
import { groupHub, type SelectionChangeDetail } from '../src/components/base/controllers/selection.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { bundledRegister } from '../src/data/bundled.js';
import { generateRegister } from '../src/data/generate.js';
import type { RegisterV2Input } from '../src/data/schema-v2.js';
import bundledJson from '../src/data/register.json' with { type: 'json' };
import { alertOf, collapse, root, settled } from './support/widgets.js';

const json = bundledJson as unknown as RegisterV2Input;
const asOf = '2025-06-30';

/** The bundled register with two sections and a task of each undated kind, written here so the test sees what it set. */
function sectioned(): RegisterV2Input {
  const copy = JSON.parse(JSON.stringify(bundledRegister())) as RegisterV2Input;
  copy.sections = [
    { id: 'schools', number: '一', title: '提升职业院校办学水平' },
    { id: 'integration', number: '二', title: '深化产教融合' },
    { id: 'integration-bases', number: '（一）', title: '建设实践基地', parentId: 'integration' },
  ];
  copy.tasks.forEach((task, i) => (task.sectionId = i < 10 ? 'schools' : i < 20 ? 'integration' : 'integration-bases'));
  copy.tasks[44]!.deadline = { kind: 'ongoing', text: '持续推进' };
  copy.tasks[45]!.deadline = { kind: 'none' };
  return copy;
}

/** Reports on the bundled register: task 1 in progress twice, task 2 completed in time, task 4 not started. */
const progress = {
  schemaVersion: 1,
  register: json.id,
  tasks: [
    { task: '1', date: '2024-12-31', status: 'inProgress', percent: 60, note: '第一批已认定' },
    { task: '1', date: '2025-03-31', status: 'inProgress', percent: 80, note: '第二批已公布' },
    { task: '2', date: '2023-12-20', status: 'completed', percent: 100 },
    { task: '4', date: '2024-06-30', status: 'notStarted' },
  ],
};

interface Setup {
  attributes?: Record<string, string>;
  register?: unknown;
  progress?: unknown;
  width?: number;
}

async function list({ attributes = {}, register, progress: reports, width = 1100 }: Setup = {}): Promise<TrTaskList> {
  const frame = await fixture<HTMLDivElement>(html`<div></div>`);
  frame.style.width = `${width}px`;
  const el = document.createElement('tr-task-list');
  el.setAttribute('as-of', asOf);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (register) el.register = register;
  if (reports) el.progress = reports;
  frame.append(el);
  // Progress is checked after a module loads: wait for the view (or the error).
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector('[part~="base"], [part~="error"]'), 'the list shows');
  return settled(el);
}

const rows = (el: Element) => [...root(el).querySelectorAll<HTMLTableRowElement>('tr[part~="row"]')];
/** The numbers the rows show (the text of each detail button beside its hidden words). */
const numbers = (el: Element) =>
  rows(el).map((row) => collapse([...row.querySelector('th button')!.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('')));
/** A cell's text as shown (a label hidden in the wide layout is not read). */
const cell = (row: Element, part: string) => collapse(row.querySelector<HTMLElement>(`[part~="${part}"]`)?.innerText);
const count = (el: Element) => collapse(root(el).querySelector('[part~="count"]')!.textContent);
const select = (el: Element, part: string) => root(el).querySelector<HTMLSelectElement>(`select[part~="${part}"]`)!;
const search = (el: Element) => root(el).querySelector<HTMLInputElement>('input[part~="search"]')!;

async function choose(el: TrTaskList, part: string, value: string): Promise<void> {
  const box = select(el, part);
  box.value = value;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function type(el: TrTaskList, text: string): Promise<void> {
  const box = search(el);
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Tasks of the bundled JSON, read straight from it. */
const tasksWhere = (test: (task: RegisterV2Input['tasks'][number]) => boolean) => json.tasks.filter(test).map((task) => task.number);

describe('tr-task-list', () => {
  describe('rendering', () => {
    it('shows every task with the number and text as written, units under the document role labels, deadline and status', async () => {
      const el = await list();
      expect(count(el)).to.equal(`共 ${json.tasks.length} 项`);
      expect(numbers(el)).to.deep.equal(json.tasks.map((task) => task.number));
      const first = rows(el)[0]!;
      expect(cell(first, 'text')).to.contain(json.tasks[0]!.content);
      expect(cell(first, 'units')).to.equal('牵头单位：省教育厅');
      expect(cell(first, 'deadline')).to.equal('2025年');
      const fifth = rows(el)[4]!;
      expect(cell(fifth, 'units')).to.equal('牵头单位：省发展改革委 参与单位：省教育厅、省人力社保厅');
      const headers = [...root(el).querySelectorAll('thead th')];
      expect(headers.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col']);
      expect(collapse(root(el).querySelector('caption')!.textContent)).to.contain('截至 2025年6月30日');
      // Not yet due at the as-of date, no report: the shared word, with an icon beside it.
      const status = first.querySelector('[part~="status"]')!;
      expect(collapse(status.textContent)).to.equal('本年到期');
      expect(status.querySelector('svg')).to.exist;
    });

    it('shows the targets of a task with their comparators and years', async () => {
      const el = await list();
      const indicators = collapse(rows(el)[0]!.querySelector('[part~="indicators"]')!.textContent);
      expect(indicators).to.equal('中职毕业生升入高一级学校比重：不少于50%（2025年）');
    });

    it('writes a missing deadline as 未规定 and keeps the written text of the others', async () => {
      const el = await list({ register: sectioned() });
      const deadlines = rows(el).map((row) => cell(row, 'deadline'));
      expect(deadlines[44]).to.equal('持续推进');
      expect(deadlines[45]).to.equal('未规定');
    });

    it('speaks English: role labels in English, English unit names, the Chinese task text marked as Chinese', async () => {
      const el = await list({ attributes: { lang: 'en' } });
      const first = rows(el)[0]!;
      expect(cell(first, 'units')).to.equal('Lead units: Provincial Department of Education');
      expect(first.querySelector('[part~="text"] p')!.getAttribute('lang')).to.equal('zh');
      expect(count(el)).to.equal(`${json.tasks.length} tasks`);
      expect(collapse(first.querySelector('[part~="status"]')!.textContent)).to.equal('Due this year');
    });

    it('gives status from the progress reports and shows the latest report', async () => {
      const el = await list({ progress });
      const [first, second, , fourth, , sixth] = rows(el);
      expect(collapse(first!.querySelector('[part~="status"]')!.textContent)).to.equal('推进中');
      expect(cell(first!, 'latest')).to.equal('2025年3月31日 · 完成 80% · 第二批已公布');
      expect(collapse(second!.querySelector('[part~="status"]')!.textContent)).to.equal('按期完成');
      expect(collapse(fourth!.querySelector('[part~="status"]')!.textContent)).to.equal('未启动');
      // Task 6 was due in 2023 and nobody reported on it.
      expect(json.tasks[5]!.deadline).to.deep.include({ year: 2023 });
      expect(collapse(sixth!.querySelector('[part~="status"]')!.textContent)).to.equal('期限已过（未报告完成情况）');
      expect(collapse(root(el).querySelector('thead')!.textContent)).to.contain('最新进展');
    });

    it('has no report column without progress', async () => {
      const el = await list();
      expect(collapse(root(el).querySelector('thead')!.textContent)).not.to.contain('最新进展');
      expect(root(el).querySelector('[part~="latest"]')).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('places a pre-filtered list: units="省教育厅" unit-role="lead"', async () => {
      const el = await list({ attributes: { units: '省教育厅', 'unit-role': 'lead' } });
      const expected = tasksWhere((task) => task.units.lead?.includes('edu') ?? false);
      expect(numbers(el)).to.deep.equal(expected);
      expect(count(el)).to.equal(`共 ${json.tasks.length} 项，显示 ${expected.length} 项`);
      expect(select(el, 'unit-filter').value).to.equal('edu');
      expect(select(el, 'role-filter').value).to.equal('lead');
      const anyRole = await list({ attributes: { units: 'edu' } });
      expect(numbers(anyRole)).to.deep.equal(tasksWhere((task) => [...(task.units.lead ?? []), ...(task.units.participant ?? [])].includes('edu')));
      expect(numbers(anyRole).length).to.be.above(expected.length);
    });

    it('filters by several units, named or by id', async () => {
      const el = await list({ attributes: { units: '省发展改革委,hrss', 'unit-role': 'lead' } });
      expect(numbers(el)).to.deep.equal(tasksWhere((task) => ['drc', 'hrss'].some((id) => task.units.lead?.includes(id))));
      expect(select(el, 'unit-filter').selectedOptions[0]!.textContent).to.contain('省发展改革委、省人力社保厅');
    });

    it('filters by section, with its subsections, by number or id', async () => {
      const el = await list({ register: sectioned(), attributes: { sections: '一' } });
      expect(numbers(el)).to.deep.equal(json.tasks.slice(0, 10).map((task) => task.number));
      const second = await list({ register: sectioned(), attributes: { sections: 'integration' } });
      expect(numbers(second)).to.deep.equal(json.tasks.slice(10).map((task) => task.number));
    });

    it('filters by deadline year and kind', async () => {
      const el = await list({ attributes: { deadline: '2023' } });
      expect(numbers(el)).to.deep.equal(tasksWhere((task) => task.deadline.kind === 'year' && task.deadline.year === 2023));
      expect(rows(el).every((row) => cell(row, 'deadline') === '2023年')).to.equal(true);
      const annual = await list({ attributes: { deadline: 'annual' } });
      expect(numbers(annual)).to.deep.equal(tasksWhere((task) => task.deadline.kind === 'annual'));
      const undated = await list({ register: sectioned(), attributes: { deadline: 'ongoing, none' } });
      expect(numbers(undated)).to.deep.equal(['45', '46']);
    });

    it('filters by status, written as in the vocabulary or kebab-cased', async () => {
      const el = await list({ progress, attributes: { states: 'completed-on-time,notStarted' } });
      expect(numbers(el)).to.deep.equal(['2', '4']);
      expect(select(el, 'status-filter').selectedOptions[0]!.textContent).to.contain('按期完成、未启动');
    });

    it('sorts by deadline, status and number', async () => {
      const byDeadline = await list({ attributes: { sort: 'deadline' } });
      // Dated deadlines by year, annual work at the end of the as-of year (2025), ties in document order.
      const dueYear = (number: string) => {
        const deadline = json.tasks.find((task) => task.number === number)!.deadline;
        return deadline.kind === 'year' ? deadline.year : 2025;
      };
      const shown = numbers(byDeadline);
      const expected = json.tasks.map((task) => task.number).sort((a, b) => dueYear(a) - dueYear(b) || Number(a) - Number(b));
      expect(shown).to.deep.equal(expected);
      expect(cell(rows(byDeadline)[0]!, 'deadline')).to.equal('2022年');
      const byStatus = await list({ progress, attributes: { sort: 'status' } });
      const words = rows(byStatus).map((row) => collapse(row.querySelector('[part~="status"]')!.textContent));
      expect(words[0]).to.equal('期限已过（未报告完成情况）');
      expect(words.at(-1)).to.equal('按期完成');
      const generated = generateRegister({ tasks: 12, units: 3 });
      const byNumber = await list({ register: { ...generated, tasks: [...generated.tasks].reverse() }, attributes: { sort: 'number' } });
      expect(numbers(byNumber)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
      await choose(byNumber, 'sort', 'document');
      expect(numbers(byNumber)[0]).to.equal('12');
    });

    it('pages: page-size rows, the page number, previous and next', async () => {
      const el = await list({ attributes: { 'page-size': '10' } });
      expect(numbers(el)).to.deep.equal(json.tasks.slice(0, 10).map((task) => task.number));
      const pager = root(el).querySelector('[part~="pager"]')!;
      expect(collapse(pager.textContent)).to.contain('第 1/5 页');
      const [previous, next] = pager.querySelectorAll('button');
      expect(previous!.disabled).to.equal(true);
      next!.click();
      await el.updateComplete;
      expect(numbers(el)[0]).to.equal(json.tasks[10]!.number);
      expect(collapse(pager.textContent)).to.contain('第 2/5 页');
    });

    it('hides the controls with hide-controls, still filtering by the attributes', async () => {
      const el = await list({ attributes: { 'hide-controls': '', deadline: '2023' } });
      expect(root(el).querySelector('[part~="controls"]')).to.equal(null);
      expect(rows(el).every((row) => cell(row, 'deadline') === '2023年')).to.equal(true);
    });

    it('starts from the search attribute and follows a change of it', async () => {
      const el = await list({ attributes: { search: '技师学院' } });
      expect(search(el).value).to.equal('技师学院');
      expect(rows(el).length).to.be.above(0);
      expect(rows(el).every((row) => cell(row, 'text').includes('技师学院'))).to.equal(true);
      el.setAttribute('search', '');
      await el.updateComplete;
      expect(rows(el).length).to.equal(json.tasks.length);
    });
  });

  describe('search', () => {
    it('matches Chinese substrings of the text and of unit names as typed, trimmed', async () => {
      const el = await list();
      await type(el, '  技师学院 ');
      expect(numbers(el)).to.deep.equal(tasksWhere((task) => task.content.includes('技师学院')));
      await type(el, '人力社保');
      const hrss = tasksWhere((task) => [...(task.units.lead ?? []), ...(task.units.participant ?? [])].includes('hrss') || task.content.includes('人力社保'));
      expect(numbers(el)).to.deep.equal(hrss);
      expect(count(el)).to.equal(`共 ${json.tasks.length} 项，显示 ${hrss.length} 项`);
      expect(root(el).querySelector('[part~="count"]')!.getAttribute('role')).to.equal('status');
    });

    it('folds full-width digits and punctuation, both ways', async () => {
      expect(foldText('１．２：１　ＡＢ')).to.equal('1.2:1 ab');
      const el = await list();
      const ratio = tasksWhere((task) => task.content.includes('1.2：1'));
      expect(ratio.length).to.be.above(0);
      await type(el, '１.２:1');
      expect(numbers(el)).to.deep.equal(ratio);
      await type(el, '1.2：1');
      expect(numbers(el)).to.deep.equal(ratio);
    });

    it('finds the same tasks typed at once or after the page is idle, and after the register changes', async () => {
      // The search keys are folded on first use and while the page is idle: neither may change a result.
      const register = generateRegister({ tasks: 600, units: 30 });
      const early = await list({ register });
      await type(early, '合成任务19');
      expect(count(early)).to.equal('共 600 项，显示 11 项');
      const late = await list({ register });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await type(late, '合成任务19');
      expect(numbers(late)).to.deep.equal(numbers(early));
      // A new register keeps the search in force, which then runs on the new rows (their keys folded anew).
      late.register = generateRegister({ tasks: 30, units: 8 });
      await late.updateComplete;
      expect(count(late)).to.equal('共 30 项，显示 1 项');
      expect(numbers(late)).to.deep.equal(['19']);
    });

    it('finds a task by its number, and says when nothing matches', async () => {
      const el = await list();
      await type(el, '46');
      expect(numbers(el)).to.include('46');
      await type(el, '没有这样的任务内容');
      expect(rows(el)).to.have.length(0);
      const empty = root(el).querySelector('[part~="empty"]')!;
      expect(collapse(empty.textContent)).to.contain('没有符合条件的任务。');
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(rows(el)).to.have.length(json.tasks.length);
      expect(search(el).value).to.equal('');
    });
  });

  describe('events', () => {
    afterEach(() => groupHub('tl').set({}));

    it('filters by the linked selection: unit, status, section, and opens the selected task', async () => {
      const el = await list({ register: sectioned(), progress, attributes: { group: 'tl', 'page-size': '10' } });
      groupHub('tl').set({ unit: 'hrss' });
      await settled(el);
      expect(numbers(el)).to.deep.equal(tasksWhere((task) => [...(task.units.lead ?? []), ...(task.units.participant ?? [])].includes('hrss')).slice(0, 10));
      expect(select(el, 'unit-filter').value).to.equal('hrss');
      groupHub('tl').set({ state: 'completedOnTime' });
      await settled(el);
      expect(numbers(el)).to.deep.equal(['2']);
      groupHub('tl').set({ section: 'schools' });
      await settled(el);
      expect(numbers(el)).to.deep.equal(json.tasks.slice(0, 10).map((task) => task.number));
      // A task on the fourth page: the list turns to it, opens and marks it.
      groupHub('tl').set({ task: 't35' });
      await settled(el);
      const row = root(el).querySelector('tr[data-task="t35"]')!;
      expect(row).to.exist;
      expect(row.getAttribute('aria-current')).to.equal('true');
      expect(row.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
      expect(collapse(root(el).querySelector('[part~="pager"]')!.textContent)).to.contain('第 4/5 页');
    });

    it('sets the linked selection from its unit and status filters', async () => {
      const el = await list({ attributes: { group: 'tl' } });
      let changed = oneEvent(el, 'tr-selection-change');
      await choose(el, 'unit-filter', 'edu');
      expect(((await changed) as CustomEvent<SelectionChangeDetail>).detail.selection).to.deep.equal({ unit: 'edu' });
      expect(groupHub('tl').value).to.deep.equal({ unit: 'edu' });
      changed = oneEvent(el, 'tr-selection-change');
      await choose(el, 'status-filter', 'dueThisYear');
      expect(((await changed) as CustomEvent<SelectionChangeDetail>).detail.selection).to.deep.equal({ unit: 'edu', state: 'dueThisYear' });
      await settled(el);
      expect(rows(el).every((row) => collapse(row.querySelector('[part~="status"]')!.textContent) === '本年到期')).to.equal(true);
      // Choosing "all units" keeps the list unfiltered by unit.
      await choose(el, 'unit-filter', '');
      await settled(el);
      expect(groupHub('tl').value).to.deep.equal({ state: 'dueThisYear' });
      expect(select(el, 'unit-filter').value).to.equal('');
    });

    it('tells a page without a dashboard what the reader chose', async () => {
      const el = await list();
      const changed = oneEvent(el, 'tr-selection-change');
      await choose(el, 'unit-filter', 'hrss');
      expect(((await changed) as CustomEvent<SelectionChangeDetail>).detail.selection).to.deep.equal({ unit: 'hrss' });
      expect(numbers(el)).to.deep.equal(tasksWhere((task) => [...(task.units.lead ?? []), ...(task.units.participant ?? [])].includes('hrss')));
    });

    it('opens and closes a task detail with Enter and Space, firing tr-select', async () => {
      const el = await list({ progress });
      const toggle = rows(el)[0]!.querySelector<HTMLButtonElement>('button')!;
      // Its name, as read: the word and the number, then what it opens.
      expect(collapse(toggle.textContent)).to.equal('任务1详情');
      toggle.focus();
      const selected = oneEvent(el, 'tr-select');
      await sendKeys({ press: 'Enter' });
      expect(((await selected) as CustomEvent<TaskListSelectDetail>).detail).to.deep.equal({ task: 't1', number: '1' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const detail = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      const history = [...detail.querySelectorAll('[part~="history"] li')].map((li) => collapse(li.textContent));
      expect(history).to.deep.equal(['2025年3月31日 · 推进中 · 完成 80% · 第二批已公布', '2024年12月31日 · 推进中 · 完成 60% · 第一批已认定']);
      expect(collapse(detail.textContent)).to.contain('中职毕业生升入高一级学校比重达到50%以上');
      expect(collapse(detail.textContent)).to.contain('期限截止 2025年12月31日');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).querySelector('[part~="detail"]')).to.equal(null);
    });

    it('reaches the search box, the filters and the rows by Tab', async () => {
      const el = await list({ attributes: { 'page-size': '2' } });
      search(el).focus();
      const reached: string[] = [];
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'Tab' });
        const active = root(el).activeElement as HTMLElement | null;
        reached.push(active?.getAttribute('part') ?? collapse(active?.textContent));
      }
      expect(reached).to.deep.equal(['filter unit-filter', 'filter role-filter', 'filter deadline-filter', 'filter status-filter', 'filter sort', '任务1详情', '任务2详情', '下一页']);
    });
  });

  describe('layout', () => {
    it('lays each task out as a card at 360 px: number and status on one line, no horizontal overflow', async () => {
      const el = await list({ width: 360, progress });
      const base = root(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.scrollWidth).to.be.at.most(360);
      const first = rows(el)[0]!;
      const number = first.querySelector('th')!.getBoundingClientRect();
      const status = first.querySelector('.state')!.getBoundingClientRect();
      const text = first.querySelector('[part~="text"]')!.getBoundingClientRect();
      expect(Math.abs(number.top + number.height / 2 - (status.top + status.height / 2))).to.be.below(8);
      expect(status.left).to.be.above(number.right);
      expect(text.top).to.be.at.least(Math.max(number.bottom, status.bottom) - 1);
      // The card's first line reads 任务 1; the table's number cell shows the number alone.
      expect(first.querySelector('.task-word')!.getBoundingClientRect().width).to.be.above(10);
      expect(cell(first, 'deadline')).to.equal('完成期限：2025年');
      expect(root(el).querySelector('thead')!.getBoundingClientRect().height).to.be.at.most(1);
    });

    it('keeps a table of columns when wide', async () => {
      const el = await list({ width: 1100 });
      const first = rows(el)[0]!;
      const number = first.querySelector('th')!.getBoundingClientRect();
      const text = first.querySelector('[part~="text"]')!.getBoundingClientRect();
      expect(text.left).to.be.above(number.right - 1);
      expect(Math.abs(text.top - number.top)).to.be.below(2);
      expect(first.querySelector('.task-word')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(cell(first, 'deadline')).to.equal('2025年');
    });

    it('renders every row for printing and returns to the page after', async () => {
      const el = await list({ attributes: { 'page-size': '10' } });
      window.dispatchEvent(new Event('beforeprint'));
      expect(rows(el)).to.have.length(json.tasks.length);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(rows(el)).to.have.length(10);
    });
  });

  describe('scale', () => {
    it('pages 2,000 tasks, renders one page of rows, and filters them on every keystroke', async () => {
      const register = generateRegister({ tasks: 2000, units: 60 });
      const el = await list({ register });
      expect(rows(el)).to.have.length(50);
      expect(collapse(root(el).querySelector('[part~="pager"]')!.textContent)).to.contain('第 1/40 页');
      expect(count(el)).to.equal('共 2000 项');
      for (const text of ['合', '合成', '合成任务1', '合成任务19']) await type(el, text);
      // 合成任务19, 190-199, 1900-1999: 111 tasks.
      expect(count(el)).to.equal('共 2000 项，显示 111 项');
      expect(rows(el)).to.have.length(50);
      expect(collapse(root(el).querySelector('[part~="pager"]')!.textContent)).to.contain('第 1/3 页');
      // The DOM holds one page, whatever the register's size (speed is measured by `npm run bench`).
      expect(root(el).querySelectorAll('tr, [role="row"]').length).to.be.at.most(60);
    });
  });

  describe('accessibility', () => {
    it('passes axe with progress and an open detail, wide and narrow', async () => {
      const el = await list({ progress });
      rows(el)[0]!.querySelector('button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const narrow = await list({ progress, width: 360, attributes: { lang: 'en', theme: 'dark' } });
      rows(narrow)[1]!.querySelector('button')!.click();
      await narrow.updateComplete;
      await expect(narrow).to.be.accessible();
    });

    it('labels every control', async () => {
      const el = await list();
      for (const control of root(el).querySelectorAll('select, input')) expect(control.closest('label')!.textContent!.trim()).not.to.equal('');
      expect(root(el).querySelector('[part~="controls"]')!.getAttribute('role')).to.equal('search');
    });
  });

  describe('errors', () => {
    const cases: [string, string, string][] = [
      ['units', '省教委', '属性 units 无效：未知的单位：省教委。'],
      ['unit-role', 'leader', '属性 unit-role="leader" 无效'],
      ['sections', '九', '属性 sections 无效：没有这些章节：九'],
      ['deadline', '明年', '无法识别的完成期限“明年”'],
      ['states', 'late', '属性 states="late" 无效'],
      ['sort', 'random', '属性 sort="random" 无效'],
      ['page-size', '0', '属性 page-size="0" 无效'],
      ['hide-controls', 'maybe', '属性 hide-controls="maybe" 无效'],
    ];
    for (const [attribute, value, message] of cases) {
      it(`reports ${attribute}="${value}" in a visible alert and a tr-error, and recovers`, async () => {
        const frame = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('tr-task-list');
        el.setAttribute(attribute, value);
        const failed = oneEvent(el, 'tr-error');
        frame.append(el);
        const detail = ((await failed) as CustomEvent<TrErrorDetail>).detail;
        expect(detail.attribute).to.equal(attribute);
        expect(detail.message).to.contain(message);
        await el.updateComplete;
        expect(collapse(alertOf(el)!.textContent)).to.contain(message);
        el.removeAttribute(attribute);
        await waitUntil(() => rows(el).length > 0, 'the list comes back');
        expect(alertOf(el)).to.equal(null);
      });
    }

    it('reports in English', async () => {
      const el = await list({ attributes: { lang: 'en', states: 'late' } });
      expect(collapse(alertOf(el)!.textContent)).to.contain('Attribute states="late" is invalid: expected one of completedOnTime');
    });
  });
});
