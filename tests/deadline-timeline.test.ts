import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import '../src/components/deadline-timeline/deadline-timeline.js';
import type { TimelineSelectDetail, TrDeadlineTimeline } from '../src/components/deadline-timeline/deadline-timeline.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { groupHub, type SelectionChangeDetail } from '../src/components/base/controllers/selection.js';
import { generateRegister } from '../src/data/generate.js';
import { kindsProgress, kindsRegister } from './deadline-timeline.fixtures.js';
import { bundledFigures } from './support/registers.js';
import { alertOf, root, settled, text } from './support/widgets.js';

const summaryOf = (el: Element) => text(root(el).querySelector('[part~="summary"]'));
const markOf = (el: Element, number: string, lane = 'dated') => root(el).querySelector<SVGPathElement>(`path.mark[data-key="${lane}|t${number}"]`);
const labelsOf = (el: Element) => [...root(el).querySelectorAll<SVGTextElement>('text.label')];
const laneLabels = (el: Element) => [...root(el).querySelectorAll('text.lane-label')].map(text);
const roving = (el: Element) => root(el).querySelector<HTMLButtonElement>('button.roving')!;
const tooltip = (el: Element) => root(el).querySelector<HTMLElement>('[part~="tooltip"]')!;


async function timeline(template: ReturnType<typeof html>): Promise<TrDeadlineTimeline> {
  const found = await fixture<HTMLElement>(template);
  const el = found.localName === 'tr-deadline-timeline' ? (found as TrDeadlineTimeline) : found.querySelector('tr-deadline-timeline')!;
  return settled(el);
}

describe('<tr-deadline-timeline>', () => {
  describe('rendering', () => {
    it('summarises the bundled register in plain words above the chart', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2026-11-29"></tr-deadline-timeline>`);
      expect(summaryOf(el)).to.equal(
        '共46项任务：2022年到期1项，2023年到期2项，2024年到期1项，2025年到期28项，年度常规工作14项。' +
          '截至2026年11月29日，期限已过（未报告完成情况）32项，本年到期14项。' +
          '未提供进展数据：状态仅依据完成期限，期限已过不等于逾期未完成。',
      );
      const svg = root(el).querySelector('svg.plot')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(text(svg.querySelector('title'))).to.equal('重点任务完成期限时间轴（2022年—2026年）');
      expect(text(root(el).getElementById(svg.getAttribute('aria-describedby')!))).to.equal(summaryOf(el));
    });

    it('draws every task once, each numbered, with year labels and the as-of line', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2026-11-29"></tr-deadline-timeline>`);
      expect(root(el).querySelectorAll('path.mark')).to.have.length(46);
      expect(labelsOf(el).map((t) => Number(t.textContent)).sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 46 }, (_, i) => i + 1));
      expect([...root(el).querySelectorAll('text.year-label')].map(text)).to.deep.equal(['2022年', '2023年', '2024年', '2025年', '2026年']);
      expect(text(root(el).querySelector('[part~="as-of"]'))).to.equal('截至 2026年11月29日');
    });

    it('sits each task inside its deadline year, never in the next year’s band: task 26 (2022) within 2022, 16 (2024) within 2024', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2026-11-29"></tr-deadline-timeline>`);
      const bands = [...root(el).querySelectorAll('rect.band')].map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('x')) + Number(r.getAttribute('width'))]);
      const x = (n: string) => Number(labelsOf(el).find((t) => t.textContent === n)!.getAttribute('x'));
      const inYear = (n: string, i: number) => x(n) > bands[i]![0]! && x(n) < bands[i]![1]!;
      expect([inYear('26', 0), inYear('2', 1), inYear('6', 1), inYear('16', 2), inYear('1', 3)]).to.deep.equal([true, true, true, true, true]);
      const in2025 = labelsOf(el).filter((t) => Number(t.getAttribute('x')) > bands[3]![0]! && Number(t.getAttribute('x')) < bands[3]![1]! && Number(t.getAttribute('y')) < Number(root(el).querySelector('.annual-band')!.getAttribute('y1')));
      expect(in2025).to.have.length(28);
      expect(new Set(in2025.map((t) => `${t.getAttribute('x')},${t.getAttribute('y')}`)).size).to.equal(28);
      // A bracket spans each year that holds year deadlines; the as-of line starts below the year labels.
      expect(root(el).querySelectorAll('path.period-year')).to.have.length(4);
      const line = root(el).querySelector('line.as-of-line')!;
      const yearLabel = root(el).querySelector<SVGTextElement>('text.year-label')!;
      expect(Number(line.getAttribute('y1'))).to.be.above(yearLabel.getBBox().y + yearLabel.getBBox().height);
    });

    it('draws month and day deadlines at their place, and undated work in lanes of its own named with the document’s words', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2024-06-30" .register=${kindsRegister()}></tr-deadline-timeline>`);
      expect(laneLabels(el)).to.deep.equal(['有明确期限的任务（5项）', '每年（1项）', '持续推进（1项）', '年内见成效（1项）', '未规定期限（1项）']);
      const band2024 = [...root(el).querySelectorAll('rect.band')][1]!;
      const start = Number(band2024.getAttribute('x'));
      const width = Number(band2024.getAttribute('width'));
      const x = (n: string) => Number(labelsOf(el).find((t) => t.textContent === n)!.getAttribute('x'));
      // 54 is due 31 March, 53 in June: a quarter and a half of the way through 2024.
      expect((x('54') - start) / width).to.be.within(0.2, 0.3);
      expect((x('53') - start) / width).to.be.within(0.4, 0.55);
      expect(root(el).querySelectorAll('path.period-month, path.period-date')).to.have.length(2);
      const axisBottom = Math.max(...[...root(el).querySelectorAll('line.year-end')].map((l) => Number(l.getAttribute('y2'))));
      for (const n of ['56', '57', '58']) expect(Number(labelsOf(el).find((t) => t.textContent === n)!.getAttribute('y'))).to.be.above(axisBottom);
    });

    it('shows each status by shape at the as-of date, honestly without reports', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      expect(markOf(el, '26')!.classList.contains('s-passedNoReport')).to.equal(true);
      expect(markOf(el, '2')!.classList.contains('s-dueThisYear')).to.equal(true);
      expect(markOf(el, '1')!.classList.contains('s-notYetDue')).to.equal(true);
      expect(markOf(el, '7', 'annual')!.classList.contains('s-dueThisYear')).to.equal(true);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.contain('期限已过（未报告完成情况） 1').and.contain('本年到期 16').and.contain('未到期 29');
      expect(root(el).querySelectorAll('.s-overdue')).to.have.length(0);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.not.contain('逾期');
      el.asOf = '2026-11-29';
      await el.updateComplete;
      const dated = [...root(el).querySelectorAll('path.mark[data-key^="dated|"]')];
      expect(dated).to.have.length(32);
      expect(dated.every((m) => m.classList.contains('s-passedNoReport'))).to.equal(true);
    });

    it('marks the status from the progress reports: done on time, done late, overdue, in progress, each with its shape and word', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2025-06-30" .register=${kindsRegister()} .progress=${kindsProgress()}></tr-deadline-timeline>`);
      const classOf = (n: string, lane = 'dated') => [...markOf(el, n, lane)!.classList].find((c) => c.startsWith('s-'));
      expect(['52', '53', '54', '55', '60'].map((n) => classOf(n))).to.deep.equal(['s-completedLate', 's-completedOnTime', 's-overdue', 's-inProgress', 's-passedNoReport']);
      expect(classOf('59', 'annual')).to.equal('s-dueThisYear');
      expect(markOf(el, '52')!.getAttribute('d')).to.not.equal(markOf(el, '53')!.getAttribute('d')!.replace(/[\d.]+/g, ''));
      expect(summaryOf(el)).to.contain(
        '截至2025年6月30日，已完成2项（按期1项），逾期未完成1项，期限已过（未报告完成情况）1项，推进中2项，本年到期1项，无明确期限2项。',
      );
      expect(summaryOf(el)).to.not.contain('未提供进展数据');
      const legend = [...root(el).querySelectorAll('[part~="legend-item"]')].map(text);
      expect(legend).to.deep.equal(['按期完成 1', '逾期完成 1', '推进中 2', '逾期未完成 1', '期限已过（未报告完成情况） 1', '本年到期 1', '无明确期限 2']);
      expect(root(el).querySelectorAll('[part~="legend-item"] svg.shape path')).to.have.length(7);
      // The tooltip shows the latest report.
      markOf(el, '52')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(text(tooltip(el))).to.contain('逾期完成').and.contain('最新进展 2025年2月20日 · 已完成 · 已通过验收。').and.contain('牵头单位 市经信局').and.contain('责任单位 市发改委、各县市区人民政府');
      expect(text(tooltip(el))).to.contain('完成期限 2024年底前');
    });

    it('draws annual work in its own lane with a checkpoint for every year of the axis', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      expect(root(el).querySelectorAll('path.mark[data-key^="annual|"]')).to.have.length(14);
      const checkpoints = [...root(el).querySelectorAll('.checkpoint')];
      expect(checkpoints.map((c) => c.getAttribute('data-year'))).to.deep.equal(['2022', '2023', '2024', '2025']);
      expect(checkpoints.map((c) => c.classList.contains('cp-current'))).to.deep.equal([false, true, false, false]);
      expect(laneLabels(el)).to.deep.equal(['有明确期限的任务（32项）', '年度常规工作（14项）']);
    });

    it('groups by lead unit, showing a task with two leads in both lanes and saying so', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30" group-by="lead"></tr-deadline-timeline>`);
      expect(laneLabels(el)).to.include('省教育厅（13项）').and.include('温州市政府（1项）').and.include('台州市政府（1项）');
      expect(laneLabels(el).at(-1)).to.equal('年度常规工作（14项）');
      expect(markOf(el, '31', 'lead:wenzhou')).to.exist;
      expect(markOf(el, '31', 'lead:taizhou')).to.exist;
      expect(summaryOf(el)).to.contain('按牵头单位分泳道显示。任务31有多个牵头单位，在每个牵头单位的泳道中各显示一次。');
    });

    it('groups by section in document order, and by the first role a register uses when it names no lead', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2024-06-30" group-by="section" .register=${kindsRegister()}></tr-deadline-timeline>`);
      expect(laneLabels(el).slice(0, 2)).to.deep.equal(['一、稳增长（3项）', '二、惠民生（2项）']);
      expect(markOf(el, '53', 'section:s1')).to.exist;
      expect(summaryOf(el)).to.contain('按章节分泳道显示。');
      const only = kindsRegister();
      only.roles = [{ id: 'responsible', label: '责任单位' }];
      only.tasks = only.tasks.map((t) => ({ ...t, units: { responsible: [...(t.units.lead ?? t.units.responsible ?? [])] } }));
      el.register = only;
      el.groupBy = 'lead';
      await settled(el);
      expect(laneLabels(el)[0]).to.equal('责任单位：市发改委（3项）');
      expect(summaryOf(el)).to.contain('按责任单位分泳道显示。本方案未设牵头单位，按责任单位分泳道。');
    });

    it('groups by deadline year and by status', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30" group-by="deadline"></tr-deadline-timeline>`);
      const figures = bundledFigures();
      expect(laneLabels(el)).to.deep.equal([...figures.dueByYear.map(([year, count]) => `${year}年到期（${count}项）`), `年度常规工作（${figures.annual}项）`]);
      el.groupBy = 'status';
      await el.updateComplete;
      expect(laneLabels(el)).to.deep.equal(['期限已过（未报告完成情况）（1项）', '本年到期（2项）', '未到期（29项）', '年度常规工作（14项）']);
      expect(markOf(el, '26', 'status:passedNoReport')).to.exist;
      expect(markOf(el, '2', 'status:dueThisYear')).to.exist;
    });

    it('draws 200 marks or more as one outline per status, keeps the numbers, and still clicks and hovers each task', async () => {
      const register = generateRegister({ tasks: 220, units: 12 });
      const el = await timeline(html`<div style="width: 800px"><tr-deadline-timeline as-of="2025-06-30" .register=${register}></tr-deadline-timeline></div>`);
      const marks = [...root(el).querySelectorAll<SVGPathElement>('path.mark')];
      expect(marks.length).to.be.within(1, 4);
      expect(marks.reduce((sum, m) => sum + (m.getAttribute('d')!.match(/M/g) ?? []).length, 0)).to.equal(220);
      // At 800 px 220 tasks still fit numbered (the dense chart, without numbers, is for more): shared
      // outlines are a drawing choice that keeps every number.
      expect(root(el).querySelector('svg.plot.dense')).to.equal(null);
      expect(root(el).querySelector('[part~="note"]')).to.equal(null);
      expect(labelsOf(el).map((label) => text(label)).sort((a, b) => Number(a) - Number(b))).to.deep.equal(register.tasks.map((task) => task.number).sort((a, b) => Number(a) - Number(b)));
      const roving = root(el).querySelector<HTMLElement>('.roving')!;
      const box = roving.getBoundingClientRect();
      const at = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
      const selected: string[] = [];
      el.addEventListener('tr-select', (e) => selected.push((e as CustomEvent<TimelineSelectDetail>).detail.task.number));
      const under = root(el).elementFromPoint(at.clientX, at.clientY)!;
      under.dispatchEvent(new PointerEvent('pointerover', at));
      await el.updateComplete;
      expect(text(tooltip(el))).to.contain(`任务${roving.dataset.number}`);
      under.dispatchEvent(new MouseEvent('click', at));
      expect(selected).to.deep.equal([roving.dataset.number]);
    });

    it('keeps the DOM bounded for 2,000 tasks × 60 units: one outline per status, no labels, one tab stop, hover by position', async () => {
      const register = generateRegister({ tasks: 2000, units: 60 });
      const el = await timeline(html`<tr-deadline-timeline as-of="2025-06-30" .register=${register}></tr-deadline-timeline>`);
      expect(summaryOf(el)).to.match(/^共2000项任务：2021年到期\d+项/);
      // Dense: the marks of a status share one path, one square/diamond/circle/hexagon per task.
      const marks = [...root(el).querySelectorAll<SVGPathElement>('path.mark')];
      expect(marks.map((m) => m.getAttribute('class')).sort()).to.deep.equal(['mark s-dueThisYear', 'mark s-notYetDue', 'mark s-passedNoReport']);
      const shapes = marks.reduce((sum, m) => sum + (m.getAttribute('d')!.match(/M/g) ?? []).length, 0);
      expect(shapes).to.equal(2000);
      expect(labelsOf(el)).to.have.length(0);
      expect(root(el).querySelectorAll('*').length).to.be.below(400);
      expect(root(el).querySelectorAll('[part~="chart"] button, [part~="chart"] [tabindex]')).to.have.length(1);
      expect(text(root(el).querySelector('[part~="note"]'))).to.contain('标记较多');
      // The pointer over the first task's mark (where the focus element sits) shows that task.
      const roving = root(el).querySelector<HTMLElement>('.roving')!;
      const box = roving.getBoundingClientRect();
      const at = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
      const under = root(el).elementFromPoint(at.clientX, at.clientY)!;
      expect(under.matches('path.mark')).to.be.true;
      under.dispatchEvent(new PointerEvent('pointermove', at));
      await el.updateComplete;
      expect(text(tooltip(el))).to.contain(`任务${roving.dataset.number}`);
      expect(root(el).querySelectorAll('path.ring')).to.have.length(1);
      // Off every mark: no tooltip.
      const plot = root(el).querySelector('svg.plot')!.getBoundingClientRect();
      root(el).querySelector('svg.plot')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: plot.x + 2, clientY: plot.y + 2 }));
      await el.updateComplete;
      expect(tooltip(el).hidden).to.be.true;
    });
  });

  describe('forced colours (Windows high contrast)', () => {
    it('keeps its axis and lane labels readable: the halo takes the forced background, not the text colour', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2024-06-30"></tr-deadline-timeline>`);
      const label = root(el).querySelector<SVGTextElement>('text.year-label')!;
      // A dark high-contrast palette on a page that sets no color-scheme: the case that hid them.
      await executeServerCommand('emulate-forced-colors', { active: true, dark: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const style = getComputedStyle(label);
        expect(style.stroke).to.not.equal(style.fill);
        expect(style.stroke).to.equal(getComputedStyle(root(el).querySelector('[part~="base"]')!).backgroundColor);
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });
  });

  describe('attributes', () => {
    it('speaks English with lang="en"', async () => {
      const el = await timeline(html`<tr-deadline-timeline lang="en" as-of="2026-11-29"></tr-deadline-timeline>`);
      expect(summaryOf(el)).to.equal(
        '46 tasks: 1 due in 2022, 2 due in 2023, 1 due in 2024, 28 due in 2025 and 14 annual routine tasks. ' +
          'As of 29 Nov 2026: 32 deadline passed (no report), 14 due this year. ' +
          'No progress reports given: statuses follow the deadlines alone, and a passed deadline does not mean the task is overdue.',
      );
      expect(text(root(el).querySelector('[part~="as-of"]'))).to.equal('As of 29 Nov 2026');
      expect(text(root(el).querySelector('[part~="table-toggle"]'))).to.equal('Table view');
    });

    it('narrows the axis with from and to, saying what falls outside', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2025-06-30" from="2024" to="2025"></tr-deadline-timeline>`);
      expect([...root(el).querySelectorAll('text.year-label')].map(text)).to.deep.equal(['2024年', '2025年']);
      expect(root(el).querySelectorAll('path.mark[data-key^="dated|"]')).to.have.length(29);
      expect(summaryOf(el)).to.contain('另有3项任务的期限不在2024年至2025年范围内，未显示。');
    });

    it('labels an as-of date beyond the axis at its edge, without a line', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2026-11-29" to="2025"></tr-deadline-timeline>`);
      expect(text(root(el).querySelector('[part~="as-of"]'))).to.equal('截至 2026年11月29日 →');
      expect(root(el).querySelector('.as-of-line')).to.equal(null);
      el.to = '';
      await el.updateComplete;
      expect(root(el).querySelector('.as-of-line')).to.exist;
    });

    it('defaults the axis to reach the as-of year when it is after the last deadline', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2027-03-01"></tr-deadline-timeline>`);
      expect([...root(el).querySelectorAll('text.year-label')].map(text).at(-1)).to.equal('2027年');
      expect(text(root(el).querySelector('svg.plot title'))).to.equal('重点任务完成期限时间轴（2022年—2027年）');
    });

    it('shows only the tasks of the given units, by role', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30" units="省总工会"></tr-deadline-timeline>`);
      expect(root(el).querySelectorAll('path.mark')).to.have.length(1);
      expect(markOf(el, '27')).to.exist;
      expect(summaryOf(el)).to.contain('仅含省总工会承担的任务。');
      el.units = 'edu';
      el.unitRole = 'lead';
      await el.updateComplete;
      expect(root(el).querySelectorAll('path.mark')).to.have.length(24);
      expect(summaryOf(el)).to.contain('仅含省教育厅作为牵头单位的任务。');
      el.unitRole = 'participant';
      el.units = 'trade-unions';
      await el.updateComplete;
      expect(text(root(el).querySelector('[part~="summary"]'))).to.contain('仅含省总工会作为参与单位的任务。');
      expect(root(el).querySelectorAll('path.mark')).to.have.length(1);
    });

    it('hides the annual lane with show-annual="false" and says so', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30" show-annual="false"></tr-deadline-timeline>`);
      expect(root(el).querySelectorAll('path.mark[data-key^="annual|"]')).to.have.length(0);
      expect(root(el).querySelectorAll('.checkpoint')).to.have.length(0);
      expect(summaryOf(el)).to.contain('年度常规工作14项未显示。');
      el.removeAttribute('show-annual');
      await el.updateComplete;
      expect(root(el).querySelectorAll('path.mark[data-key^="annual|"]')).to.have.length(14);
    });

    it('switches to a real table of the same data and back with one button', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      const toggle = root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!;
      expect(text(toggle)).to.equal('表格视图');
      toggle.click();
      await el.updateComplete;
      const table = root(el).querySelector('table')!;
      // While the table shows, the button names the view it goes back to.
      expect(text(toggle)).to.equal('图表视图');
      expect(root(el).querySelector('svg.plot')).to.equal(null);
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['序号', '工作内容', '牵头单位', '参与单位', '完成期限', '状态']);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(46);
      expect(rows.slice(0, 3).map((r) => text(r.querySelector('th')))).to.deep.equal(['任务26', '任务2', '任务6']);
      const row5 = rows.find((r) => r.getAttribute('data-number') === '5')!;
      expect([...row5.querySelectorAll('td')].slice(1).map(text)).to.deep.equal(['省发展改革委', '省教育厅、省人力社保厅', '2025年', '未到期']);
      expect(text(rows.find((r) => r.getAttribute('data-number') === '7')!.querySelectorAll('td')[3])).to.equal('年度常规工作');
      expect(text(table.querySelector('caption'))).to.equal('任务完成期限一览（截至 2023年6月30日）');
      toggle.click();
      await el.updateComplete;
      expect(root(el).querySelector('table')).to.equal(null);
      expect(root(el).querySelector('svg.plot')).to.exist;
    });

    it('becomes a vertical list grouped by year in a container narrower than 480 px', async () => {
      const el = await timeline(html`<div style="width: 360px"><tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline></div>`);
      await waitUntil(() => root(el).querySelector('[part~="list"]'));
      expect(root(el).querySelector('svg.plot')).to.equal(null);
      const headings = [...root(el).querySelectorAll('[part~="list"] h3')].map(text);
      expect(headings).to.deep.equal(['2022年到期（1项）', '2023年到期（2项）', '2024年到期（1项）', '2025年到期（28项）', '年度常规工作（14项）']);
      // Open by default, six tasks in all: the past deadlines, the as-of year and the next, then the
      // annual work (due this year) cut with a button to show all of it; 2025 is closed.
      const items = [...root(el).querySelectorAll('[part~="list"] li')];
      expect(items).to.have.length(6);
      expect([...root(el).querySelectorAll('[part~="list-group"]')].map((g) => g.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true', 'false', 'true']);
      expect(text(items[0]!)).to.contain('任务26').and.contain('期限已过（未报告完成情况）').and.contain('牵头单位：省教育厅');
      expect(el.scrollWidth).to.be.at.most(360);
      expect(root(el).querySelector('[part~="list"]')!.scrollWidth).to.be.at.most(360);
      (el.parentElement as HTMLElement).style.width = '900px';
      await waitUntil(() => root(el).querySelector('svg.plot'));
    });

    it('limits a long list in a narrow container and shows a group in full on demand (2,000 tasks)', async () => {
      const register = generateRegister({ tasks: 2000, units: 60 });
      const el = await timeline(html`<div style="width: 360px"><tr-deadline-timeline as-of="2025-06-30" .register=${register}></tr-deadline-timeline></div>`);
      await waitUntil(() => root(el).querySelector('[part~="list"]'));
      const sections = [...root(el).querySelectorAll('[part~="list"] section')];
      expect(sections).to.have.length(11);
      // Six tasks in all by default.
      expect(root(el).querySelectorAll('[part~="list"] li')).to.have.length(6);
      const first = sections[0]!;
      const count = Number(/（(\d+)项）$/.exec(text(first.querySelector('h3')))![1]);
      const more = first.querySelector<HTMLButtonElement>('[part~="more"]')!;
      expect(text(more)).to.equal(`显示全部（共${count}项）`);
      more.click();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="list"] section')!.querySelectorAll('li')).to.have.length(count);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in the chart, the table and the narrow list', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30" group-by="lead"></tr-deadline-timeline>`);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const narrow = await timeline(html`<div style="width: 360px"><tr-deadline-timeline lang="en" as-of="2025-06-30"></tr-deadline-timeline></div>`);
      await waitUntil(() => root(narrow).querySelector('[part~="list"]'));
      await expect(narrow).to.be.accessible();
    });

    it('reaches every task by keyboard in date order from a single tab stop, announcing number, deadline and status', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      expect(root(el).querySelectorAll('[part~="chart"] button')).to.have.length(1);
      root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.focus();
      await sendKeys({ press: 'Tab' });
      const label = () => root(el).activeElement?.getAttribute('aria-label');
      expect(label()).to.equal('任务26，完成期限：2022年，期限已过（未报告完成情况）');
      const seen = [label()];
      for (let i = 0; i < 45; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        seen.push(label());
      }
      expect(seen.slice(1, 4)).to.deep.equal(['任务2，完成期限：2023年，本年到期', '任务6，完成期限：2023年，本年到期', '任务16，完成期限：2024年，未到期']);
      expect(seen[4]).to.equal('任务1，完成期限：2025年，未到期');
      expect(seen.at(-1)).to.equal('任务46，完成期限：年度常规工作，本年到期');
      expect(new Set(seen).size).to.equal(46);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(label()).to.equal('任务46，完成期限：年度常规工作，本年到期');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(label()).to.equal('任务26，完成期限：2022年，期限已过（未报告完成情况）');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(label()).to.equal('任务46，完成期限：年度常规工作，本年到期');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(label()).to.equal('任务41，完成期限：年度常规工作，本年到期');
    });

    it('shows the focused task in a tooltip that describes it, and hides it with Escape', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      roving(el).focus();
      await el.updateComplete;
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      expect(roving(el).getAttribute('aria-label')).to.equal('任务5，完成期限：2025年，未到期');
      const tip = tooltip(el);
      expect(tip.hidden).to.equal(false);
      expect(roving(el).getAttribute('aria-describedby')).to.contain(tip.id);
      expect(text(tip)).to.contain('任务5').and.contain('深入实施产教融合“五个一批”工程');
      expect(text(tip)).to.contain('牵头单位 省发展改革委').and.contain('参与单位 省教育厅、省人力社保厅').and.contain('完成期限 2025年');
      expect(tip.style.getPropertyValue('--tip-x')).to.match(/^\d+px$/);
      expect(roving(el).style.getPropertyValue('--x')).to.equal(`${Number(labelsOf(el).find((t) => t.textContent === '5')!.getAttribute('x'))}px`);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });
  });

  describe('events', () => {
    it('fires tr-select with the task on click and on Enter', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      setTimeout(() => markOf(el, '2')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const clicked = (await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>;
      expect(clicked.detail.task.number).to.equal('2');
      expect(clicked.bubbles && clicked.composed).to.equal(true);
      await el.updateComplete;
      expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('任务2，完成期限：2023年，本年到期');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const entered = (await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>;
      expect(entered.detail.task.number).to.equal('2');
    });

    it('shows a tooltip on hover with the number, text, units and deadline, without a select', async () => {
      const el = await timeline(html`<tr-deadline-timeline lang="en" as-of="2023-06-30" group-by="lead"></tr-deadline-timeline>`);
      let selected = 0;
      el.addEventListener('tr-select', () => selected++);
      markOf(el, '31', 'lead:taizhou')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(text(tooltip(el))).to.contain('Task 31').and.contain('Not yet due').and.contain('Lead units Wenzhou Municipal Government, Taizhou Municipal Government');
      expect(root(el).querySelectorAll('path.ring')).to.have.length(2);
      root(el).querySelector('svg.plot')!.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
      el.asOf = '2025-01-01';
      await el.updateComplete;
      expect(selected).to.equal(0);
    });

    it('fires tr-select from the narrow list and the table', async () => {
      const el = await timeline(html`<div style="width: 360px"><tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline></div>`);
      await waitUntil(() => root(el).querySelector('[part~="list"]'));
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part~="list-item"][data-number="16"]')!.click());
      expect(((await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>).detail.task.number).to.equal('16');
      const toggle = root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!;
      toggle.click();
      await el.updateComplete;
      expect(text(toggle)).to.equal('列表视图');
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('tr[data-number="27"] button')!.click());
      expect(((await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>).detail.task.number).to.equal('27');
      // A click anywhere on a row selects its task.
      let count = 0;
      el.addEventListener('tr-select', () => count++);
      setTimeout(() => root(el).querySelector<HTMLElement>('tr[data-number="31"] td.content')!.click());
      expect(((await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>).detail.task.number).to.equal('31');
      expect(count).to.equal(1);
    });
    it('sets the linked selection from a mark (its task) and a legend entry (its status), and clears a status chosen again', async () => {
      const el = await timeline(html`<tr-deadline-timeline group="tl-out" as-of="2023-06-30"></tr-deadline-timeline>`);
      const changes: SelectionChangeDetail[] = [];
      el.addEventListener('tr-selection-change', (e) => changes.push((e as CustomEvent<SelectionChangeDetail>).detail));
      markOf(el, '2')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      const legend = () => root(el).querySelector<HTMLButtonElement>('[part~="legend-item"][data-state="notYetDue"]')!;
      legend().click();
      await el.updateComplete;
      expect(legend().getAttribute('aria-pressed')).to.equal('true');
      legend().click();
      await el.updateComplete;
      expect(changes.map((c) => c.selection)).to.deep.equal([{ task: 't2' }, { state: 'notYetDue' }, {}]);
      expect(changes.every((c) => c.group === 'tl-out')).to.equal(true);
      expect(groupHub('tl-out').value).to.deep.equal({});
    });

    it('highlights what the linked selection names and dims the rest: a unit in any role, a task, a status, a section', async () => {
      const el = await timeline(html`<tr-deadline-timeline group="tl-in" as-of="2024-06-30" .register=${kindsRegister()} .progress=${kindsProgress()}></tr-deadline-timeline>`);
      const hub = groupHub('tl-in');
      const lit = () =>
        [...root(el).querySelectorAll('path.mark:not(.dim)')].map((m) => m.getAttribute('data-key')!.split('|t')[1]).sort((a, b) => Number(a) - Number(b));
      expect(lit()).to.have.length(9);
      expect(root(el).querySelector('[part~="selection"]')).to.equal(null);
      hub.set({ unit: 'xq' });
      await el.updateComplete;
      expect(lit()).to.deep.equal(['52', '58']);
      expect(text(root(el).querySelector('[part~="selection"]'))).to.contain('已突出显示：各县市区人民政府（2项）');
      hub.set({ task: 't54' });
      await el.updateComplete;
      expect(lit()).to.deep.equal(['54']);
      expect(root(el).querySelectorAll('path.pick-ring')).to.have.length(1);
      hub.set({ state: 'overdue' });
      await el.updateComplete;
      expect(lit()).to.deep.equal(['54']);
      expect(root(el).querySelector('[part~="legend-item"][data-state="overdue"]')!.getAttribute('aria-pressed')).to.equal('true');
      hub.set({ section: 's2' });
      await el.updateComplete;
      expect(lit()).to.deep.equal(['55', '56', '57', '58', '60']);
      // In the table the picked rows stand out.
      root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
      await el.updateComplete;
      expect([...root(el).querySelectorAll('tr.picked')].map((r) => r.getAttribute('data-number'))).to.deep.equal(['60', '55', '56', '57', '58']);
      expect([...root(el).querySelectorAll('thead th')].map(text)).to.deep.equal(['序号', '工作内容', '牵头单位', '责任单位', '完成期限', '状态', '最新进展']);
      expect(text(root(el).querySelector('tr[data-number="52"] td.report'))).to.equal('2024年5月31日 · 推进中 · 完成60% · 已完成主体工程。');
      // Its clear button (or Escape) empties the shared selection.
      root(el).querySelector<HTMLButtonElement>('[part~="selection"] button')!.click();
      await el.updateComplete;
      expect(hub.value).to.deep.equal({});
      expect(root(el).querySelectorAll('tr.picked')).to.have.length(0);
    });

    it('highlights a task picked in a timeline that stands alone, until Escape', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      markOf(el, '6')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(root(el).querySelectorAll('path.mark:not(.dim)')).to.have.length(1);
      expect(markOf(el, '6')!.classList.contains('dim')).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(root(el).querySelectorAll('path.mark.dim')).to.have.length(0);
    });
  });

  describe('errors', () => {
    async function expectError(template: ReturnType<typeof html>, attribute: string, ...fragments: string[]): Promise<TrDeadlineTimeline> {
      const errors: TrErrorDetail[] = [];
      const listener = (e: Event) => errors.push((e as CustomEvent<TrErrorDetail>).detail);
      document.addEventListener('tr-error', listener);
      try {
        const el = await timeline(template);
        const alert = alertOf(el);
        expect(alert, `an alert for ${attribute}`).to.exist;
        for (const fragment of fragments) expect(text(alert)).to.contain(fragment);
        expect(errors).to.have.length(1);
        expect(errors[0]!.attribute).to.equal(attribute);
        return el;
      } finally {
        document.removeEventListener('tr-error', listener);
      }
    }

    it('names a malformed from and recovers when it is fixed', async () => {
      const el = await expectError(html`<tr-deadline-timeline as-of="2023-06-30" from="20x2"></tr-deadline-timeline>`, 'from', 'from="20x2"', '四位年份');
      el.from = '2022';
      await el.updateComplete;
      expect(alertOf(el)).to.equal(null);
      expect(root(el).querySelector('svg.plot')).to.exist;
    });

    it('names from when it is after to', async () => {
      await expectError(html`<tr-deadline-timeline lang="en" from="2026" to="2023"></tr-deadline-timeline>`, 'from', 'from="2026"', 'to="2023"');
    });

    it('names unknown units with the nearest valid ones', async () => {
      const el = await expectError(html`<tr-deadline-timeline units="edu,省教育"></tr-deadline-timeline>`, 'units', '省教育', '省教育厅');
      el.units = 'edu';
      await el.updateComplete;
      expect(alertOf(el)).to.equal(null);
    });

    it('names unknown group-by, role and show-annual values', async () => {
      await expectError(html`<tr-deadline-timeline group-by="year"></tr-deadline-timeline>`, 'group-by', 'none, lead, deadline, status, section');
      await expectError(html`<tr-deadline-timeline lang="en" unit-role="leader"></tr-deadline-timeline>`, 'unit-role', 'all, lead, responsible, participant', 'lead');
      await expectError(html`<tr-deadline-timeline show-annual="maybe"></tr-deadline-timeline>`, 'show-annual', 'true, false');
    });

    it('names a bad as-of and an axis over 100 years', async () => {
      await expectError(html`<tr-deadline-timeline as-of="2023-02-30"></tr-deadline-timeline>`, 'as-of', 'as-of="2023-02-30"');
      await expectError(html`<tr-deadline-timeline from="1900" to="2100"></tr-deadline-timeline>`, 'to', '100');
    });

    it('says so when no task matches, without a chart', async () => {
      const el = await timeline(html`<tr-deadline-timeline units="trade-unions" unit-role="lead"></tr-deadline-timeline>`);
      expect(alertOf(el)).to.equal(null);
      expect(summaryOf(el)).to.equal('没有符合条件的任务。仅含省总工会作为牵头单位的任务。');
      expect(root(el).querySelector('svg.plot')).to.equal(null);
    });
  });
});
