import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import '../src/components/deadline-timeline/deadline-timeline.js';
import type { TimelineSelectDetail, TrDeadlineTimeline } from '../src/components/deadline-timeline/deadline-timeline.js';
import type { TrErrorDetail } from '../src/components/base/tr-element.js';
import { generateRegister } from '../src/data/generate.js';
import { bundledFigures } from './support/registers.js';
import { alertOf, root, settled, text } from './support/widgets.js';

const summaryOf = (el: Element) => text(root(el).querySelector('[part~="summary"]'));
const markOf = (el: Element, number: number, lane = 'dated') => root(el).querySelector<SVGPathElement>(`path.mark[data-key="${lane}|${number}"]`);
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
          '截至2026年11月29日，已过期限32项，本年到期0项，未到期0项。',
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

    it('sits each task at the end of its deadline year: task 26 (2022) on the line between 2022 and 2023', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2026-11-29"></tr-deadline-timeline>`);
      const yearEnds = [...root(el).querySelectorAll('line.year-end')].map((l) => Number(l.getAttribute('x1')));
      const label = (n: number) => labelsOf(el).find((t) => t.textContent === String(n))!;
      expect(Number(label(26).getAttribute('x'))).to.equal(yearEnds[0]);
      expect(Number(label(6).getAttribute('x'))).to.equal(yearEnds[1]);
      expect(Number(label(16).getAttribute('x'))).to.equal(yearEnds[2]);
      const in2025 = labelsOf(el).filter((t) => {
        const x = Number(t.getAttribute('x'));
        return x > yearEnds[2]! && x <= yearEnds[3]!;
      });
      expect(in2025).to.have.length(28);
      expect(new Set(in2025.map((t) => `${t.getAttribute('x')},${t.getAttribute('y')}`)).size).to.equal(28);
    });

    it('shows each status by shape at the as-of date', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      expect(markOf(el, 26)!.classList.contains('s-passed')).to.equal(true);
      expect(markOf(el, 2)!.classList.contains('s-due-this-year')).to.equal(true);
      expect(markOf(el, 1)!.classList.contains('s-upcoming')).to.equal(true);
      expect(markOf(el, 7, 'annual')!.classList.contains('s-annual')).to.equal(true);
      expect(text(root(el).querySelector('[part~="legend"]'))).to.contain('已过期限 1').and.contain('本年到期 2').and.contain('未到期 29');
      el.asOf = '2026-11-29';
      await el.updateComplete;
      const dated = [...root(el).querySelectorAll('path.mark[data-key^="dated|"]')];
      expect(dated).to.have.length(32);
      expect(dated.every((m) => m.classList.contains('s-passed'))).to.equal(true);
    });

    it('draws annual work in its own lane with a checkpoint for every year of the axis', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      expect(root(el).querySelectorAll('path.mark.s-annual')).to.have.length(14);
      const checkpoints = [...root(el).querySelectorAll('.checkpoint')];
      expect(checkpoints.map((c) => c.getAttribute('data-year'))).to.deep.equal(['2022', '2023', '2024', '2025']);
      expect(checkpoints.map((c) => c.classList.contains('cp-due-this-year'))).to.deep.equal([false, true, false, false]);
      expect(laneLabels(el)).to.deep.equal(['有年度期限的任务（32项）', '年度常规工作（14项）']);
    });

    it('groups by lead unit, showing a task with two leads in both lanes and saying so', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30" group-by="lead"></tr-deadline-timeline>`);
      expect(laneLabels(el)).to.include('省教育厅（13项）').and.include('温州市政府（1项）').and.include('台州市政府（1项）');
      expect(laneLabels(el).at(-1)).to.equal('年度常规工作（14项）');
      expect(markOf(el, 31, 'lead:wenzhou')).to.exist;
      expect(markOf(el, 31, 'lead:taizhou')).to.exist;
      expect(summaryOf(el)).to.contain('按牵头单位分泳道显示。任务31有多个牵头单位，在每个牵头单位的泳道中各显示一次。');
    });

    it('groups by deadline year and by status', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30" group-by="deadline"></tr-deadline-timeline>`);
      const figures = bundledFigures();
      expect(laneLabels(el)).to.deep.equal([...figures.dueByYear.map(([year, count]) => `${year}年到期（${count}项）`), `年度常规工作（${figures.annual}项）`]);
      el.groupBy = 'status';
      await el.updateComplete;
      expect(laneLabels(el)).to.deep.equal(['已过期限（1项）', '本年到期（2项）', '未到期（29项）', '年度常规工作（14项）']);
      expect(markOf(el, 26, 'status:passed')).to.exist;
      expect(markOf(el, 2, 'status:due-this-year')).to.exist;
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
      expect(labelsOf(el).map((label) => text(label)).sort((a, b) => Number(a) - Number(b))).to.deep.equal(register.tasks.map((task) => String(task.number)).sort((a, b) => Number(a) - Number(b)));
      const roving = root(el).querySelector<HTMLElement>('.roving')!;
      const box = roving.getBoundingClientRect();
      const at = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
      const selected: number[] = [];
      el.addEventListener('tr-select', (e) => selected.push((e as CustomEvent<{ task: { number: number } }>).detail.task.number));
      const under = root(el).elementFromPoint(at.clientX, at.clientY)!;
      under.dispatchEvent(new PointerEvent('pointerover', at));
      await el.updateComplete;
      expect(text(tooltip(el))).to.contain(`任务${roving.dataset.number}`);
      under.dispatchEvent(new MouseEvent('click', at));
      expect(selected).to.deep.equal([Number(roving.dataset.number)]);
    });

    it('keeps the DOM bounded for 2,000 tasks × 60 units: one outline per status, no labels, one tab stop, hover by position', async () => {
      const register = generateRegister({ tasks: 2000, units: 60 });
      const el = await timeline(html`<tr-deadline-timeline as-of="2025-06-30" .register=${register}></tr-deadline-timeline>`);
      expect(summaryOf(el)).to.match(/^共2000项任务：2021年到期\d+项/);
      // Dense: the marks of a status share one path, one square/diamond/circle/hexagon per task.
      const marks = [...root(el).querySelectorAll<SVGPathElement>('path.mark')];
      expect(marks.map((m) => m.getAttribute('class')).sort()).to.deep.equal(['mark s-annual', 'mark s-due-this-year', 'mark s-passed', 'mark s-upcoming']);
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
          'As of 29 Nov 2026: 32 past the deadline, 0 due this year, 0 upcoming.',
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
      expect(markOf(el, 27)).to.exist;
      expect(summaryOf(el)).to.contain('仅含省总工会牵头或参与的任务。');
      el.units = 'edu';
      el.unitRole = 'lead';
      await el.updateComplete;
      expect(root(el).querySelectorAll('path.mark')).to.have.length(24);
      expect(summaryOf(el)).to.contain('仅含省教育厅牵头的任务。');
      el.unitRole = 'participant';
      el.units = 'trade-unions';
      await el.updateComplete;
      expect(text(root(el).querySelector('[part~="summary"]'))).to.contain('省总工会参与');
      expect(root(el).querySelectorAll('path.mark')).to.have.length(1);
    });

    it('hides the annual lane with show-annual="false" and says so', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30" show-annual="false"></tr-deadline-timeline>`);
      expect(root(el).querySelectorAll('path.mark.s-annual')).to.have.length(0);
      expect(root(el).querySelectorAll('.checkpoint')).to.have.length(0);
      expect(summaryOf(el)).to.contain('年度常规工作14项未显示。');
      el.removeAttribute('show-annual');
      await el.updateComplete;
      expect(root(el).querySelectorAll('path.mark.s-annual')).to.have.length(0 + 14);
    });

    it('switches to a real table of the same data and back with one button', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      const toggle = root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!;
      expect(text(toggle)).to.equal('表格视图');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      const table = root(el).querySelector('table')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(root(el).querySelector('svg.plot')).to.equal(null);
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['序号', '工作内容', '牵头单位', '参与单位', '完成期限', '状态']);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(46);
      expect(rows.slice(0, 3).map((r) => text(r.querySelector('th')))).to.deep.equal(['任务26', '任务2', '任务6']);
      const row5 = rows.find((r) => r.getAttribute('data-number') === '5')!;
      expect([...row5.querySelectorAll('td')].slice(1).map(text)).to.deep.equal(['省发展改革委', '省教育厅、省人力社保厅', '2025年', '未到期']);
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
      const items = [...root(el).querySelectorAll('[part~="list"] li')];
      expect(items).to.have.length(46);
      expect(text(items[0]!)).to.contain('任务26').and.contain('已过期限').and.contain('牵头单位：省教育厅');
      expect(el.scrollWidth).to.be.at.most(360);
      expect(root(el).querySelector('[part~="list"]')!.scrollWidth).to.be.at.most(360);
      (el.parentElement as HTMLElement).style.width = '900px';
      await waitUntil(() => root(el).querySelector('svg.plot'));
    });

    it('pages long list sections in a narrow container (2,000 tasks)', async () => {
      const register = generateRegister({ tasks: 2000, units: 60 });
      const el = await timeline(html`<div style="width: 360px"><tr-deadline-timeline as-of="2025-06-30" .register=${register}></tr-deadline-timeline></div>`);
      await waitUntil(() => root(el).querySelector('[part~="list"]'));
      const sections = [...root(el).querySelectorAll('[part~="list"] section')];
      expect(sections).to.have.length(11);
      expect(sections.every((s) => s.querySelectorAll('li').length === 50)).to.equal(true);
      const first = sections[0]!;
      const count = Number(/（(\d+)项）$/.exec(text(first.querySelector('h3')))![1]);
      const more = first.querySelector<HTMLButtonElement>('[part~="more"]')!;
      expect(text(more)).to.equal(`显示其余${count - 50}项`);
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
      expect(label()).to.equal('任务26，完成期限：2022年底，已过期限');
      const seen = [label()];
      for (let i = 0; i < 45; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        seen.push(label());
      }
      expect(seen.slice(1, 4)).to.deep.equal(['任务2，完成期限：2023年底，本年到期', '任务6，完成期限：2023年底，本年到期', '任务16，完成期限：2024年底，未到期']);
      expect(seen[4]).to.equal('任务1，完成期限：2025年底，未到期');
      expect(seen.at(-1)).to.equal('任务46，年度常规工作（每年）');
      expect(new Set(seen).size).to.equal(46);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(label()).to.equal('任务46，年度常规工作（每年）');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(label()).to.equal('任务26，完成期限：2022年底，已过期限');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(label()).to.equal('任务46，年度常规工作（每年）');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(label()).to.equal('任务41，年度常规工作（每年）');
    });

    it('shows the focused task in a tooltip that describes it, and hides it with Escape', async () => {
      const el = await timeline(html`<tr-deadline-timeline as-of="2023-06-30"></tr-deadline-timeline>`);
      roving(el).focus();
      await el.updateComplete;
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
      }
      expect(roving(el).getAttribute('aria-label')).to.equal('任务5，完成期限：2025年底，未到期');
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
      setTimeout(() => markOf(el, 2)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const clicked = (await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>;
      expect(clicked.detail.task.number).to.equal(2);
      expect(clicked.bubbles && clicked.composed).to.equal(true);
      await el.updateComplete;
      expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('任务2，完成期限：2023年底，本年到期');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const entered = (await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>;
      expect(entered.detail.task.number).to.equal(2);
    });

    it('shows a tooltip on hover with the number, text, units and deadline, without a select', async () => {
      const el = await timeline(html`<tr-deadline-timeline lang="en" as-of="2023-06-30" group-by="lead"></tr-deadline-timeline>`);
      let selected = 0;
      el.addEventListener('tr-select', () => selected++);
      markOf(el, 31, 'lead:taizhou')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(text(tooltip(el))).to.contain('Task 31').and.contain('Upcoming').and.contain('Wenzhou Municipal Government and Taizhou Municipal Government');
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
      expect(((await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>).detail.task.number).to.equal(16);
      root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
      await el.updateComplete;
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('tr[data-number="27"] button')!.click());
      expect(((await oneEvent(el, 'tr-select')) as CustomEvent<TimelineSelectDetail>).detail.task.number).to.equal(27);
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
      await expectError(html`<tr-deadline-timeline group-by="year"></tr-deadline-timeline>`, 'group-by', 'none, lead, deadline, status');
      await expectError(html`<tr-deadline-timeline lang="en" unit-role="leader"></tr-deadline-timeline>`, 'unit-role', 'all, lead, participant', 'lead');
      await expectError(html`<tr-deadline-timeline show-annual="maybe"></tr-deadline-timeline>`, 'show-annual', 'true, false');
    });

    it('names a bad as-of and an axis over 100 years', async () => {
      await expectError(html`<tr-deadline-timeline as-of="2023-02-30"></tr-deadline-timeline>`, 'as-of', 'as-of="2023-02-30"');
      await expectError(html`<tr-deadline-timeline from="1900" to="2100"></tr-deadline-timeline>`, 'to', '100');
    });

    it('says so when no task matches, without a chart', async () => {
      const el = await timeline(html`<tr-deadline-timeline units="trade-unions" unit-role="lead"></tr-deadline-timeline>`);
      expect(alertOf(el)).to.equal(null);
      expect(summaryOf(el)).to.equal('没有符合条件的任务。仅含省总工会牵头的任务。');
      expect(root(el).querySelector('svg.plot')).to.equal(null);
    });
  });
});
