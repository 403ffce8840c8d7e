import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/default-register.js';
import '../src/components/register-summary/register-summary.js';
import type { TrRegisterSummary } from '../src/components/register-summary/register-summary.js';
import { layoutBar } from '../src/components/register-summary/register-summary.layout.js';
import { groupHub, type SelectionChangeDetail } from '../src/components/base/controllers/selection.js';
import { gaugeRegister } from './kpi-gauge.fixtures.js';
import { scorecardProgress, scorecardRegister } from './unit-scorecard.fixtures.js';
import * as stories from '../stories/register-summary.stories.js';
import { alertOf, root, settled, text } from './support/widgets.js';

const register = scorecardRegister();
const progress = scorecardProgress();
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
const partText = (el: Element, name: string) => text(part(el, name));
/** The status list as a reader reads it, one entry per status. */
const states = (el: Element) => [...root(el).querySelectorAll('[part~="state"]')].map((li) => text(li));

async function summary(template: ReturnType<typeof html>): Promise<TrRegisterSummary> {
  const el = await fixture<TrRegisterSummary>(template);
  await waitUntil(() => alertOf(el) || part(el, 'title'), 'the summary rendered', { timeout: 5000 });
  return settled(el);
}

describe('<tr-register-summary> with progress and linking', () => {
  it('in English keeps a space between a count and its bracketed detail (“19 (15 on time…”, not “19(”)', async () => {
    const el = await summary(html`<tr-register-summary lang="en" as-of="2025-06-30" .register=${register} .progress=${progress}></tr-register-summary>`);
    const item = [...root(el).querySelectorAll('[part~="state"]')].find((li) => li.querySelector('.detail'))!;
    expect(item, 'a figure with a detail').to.exist;
    const gap = item.querySelector('.detail')!.getBoundingClientRect().left - item.querySelector('strong')!.getBoundingClientRect().right;
    expect(gap).to.be.above(2);
  });

  describe('rendering', () => {
    it('counts the tasks by status at the as-of date with the shared words', async () => {
      // 2025-06-30: t1 completed on time; t2 and t3 (annual, this year) in progress; t5 overdue;
      // t7 cancelled; t4 (2026) and t6 (2025) not reported and not yet past.
      const el = await summary(html`<tr-register-summary as-of="2025-06-30" .register=${register} .progress=${progress}></tr-register-summary>`);
      expect(partText(el, 'completion')).to.contain('完成情况（截至2025年6月30日）');
      expect(states(el)).to.deep.equal(['已完成 1项（按期完成1项）', '推进中 2项', '逾期未完成 1项', '已取消 1项', '尚无进展报告 2项']);
      expect(part(el, 'no-progress')).to.equal(null);
      // Later: t2 completed on 15 Aug, after its June deadline.
      el.asOf = '2025-09-01';
      await settled(el);
      expect(states(el)[0]).to.equal('已完成 2项（按期完成1项、逾期完成1项）');
      expect(states(el)[1]).to.equal('推进中 1项');
      await expect(el).to.be.accessible();
    });

    it('draws the counts as one bar, each stretch as long as its share, hidden from screen readers', async () => {
      const el = await summary(html`<tr-register-summary as-of="2025-06-30" .register=${register} .progress=${progress}></tr-register-summary>`);
      const bar = part(el, 'bar')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      const rects = [...bar.querySelectorAll('rect.seg')];
      expect(rects.map((r) => r.getAttribute('class')!.replace('seg seg-', ''))).to.deep.equal(['completedOnTime', 'inProgress', 'overdue', 'cancelled', 'noReport']);
      const widths = rects.map((r) => Number(r.getAttribute('width')));
      // 1, 2, 1, 1 and 2 of 7 tasks.
      expect(widths[1]! / widths[0]!).to.be.closeTo(2, 0.05);
      expect(widths[4]! / widths[3]!).to.be.closeTo(2, 0.05);
    });

    it('without progress data says so and shows only the plan’s counts in honest words', async () => {
      const el = await summary(html`<tr-register-summary as-of="2025-06-30" .register=${register}></tr-register-summary>`);
      expect(partText(el, 'no-progress')).to.contain('未提供进展数据');
      expect(states(el)).to.deep.equal(['期限已过（未报告完成情况） 3项', '本年到期 3项', '未到期 1项']);
      expect(text(root(el))).not.to.contain('逾期未完成 ').and.not.contain('已完成');
      expect(part(el, 'bar')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('counts deadlines by year and kind in the document’s words, and the roles with their units', async () => {
      const el = await summary(html`<tr-register-summary as-of="2025-06-30" .register=${register}></tr-register-summary>`);
      expect(partText(el, 'deadlines')).to.equal('2024年到期 2 项；2025年到期 3 项；2026年到期 1 项；每年 1 项');
      expect(partText(el, 'roles')).to.equal('牵头单位 3 个；参与单位 1 个');
      const v2 = await summary(html`<tr-register-summary lang="en" as-of="2025-06-30" .register=${gaugeRegister()}></tr-register-summary>`);
      expect(partText(v2, 'deadlines')).to.equal('1 due in 2025; 1 ongoing');
      expect(partText(v2, 'roles')).to.equal('Lead units: 1; Responsible units: 2');
    });
  });

  describe('events', () => {
    it('says what the linked selection names: a unit with its roles, a task with its status, a status, a section', async () => {
      const el = await summary(html`<tr-register-summary group="summary-in" as-of="2025-06-30" .register=${register} .progress=${progress}></tr-register-summary>`);
      const hub = groupHub('summary-in');
      expect(part(el, 'selected')).to.equal(null);
      const cases: [Parameters<typeof hub.set>[0], string][] = [
        [{ unit: 'a' }, '已选：甲厅（牵头3项，参与1项）'],
        [{ task: 't5' }, '已选：任务5（逾期未完成）'],
        [{ state: 'inProgress' }, '已选：推进中（2项）'],
        [{ unit: 'c', state: 'overdue' }, '已选：丙厅（牵头3项）；逾期未完成（1项）'],
      ];
      for (const [selection, said] of cases) {
        hub.set(selection);
        await settled(el);
        expect(partText(el, 'selected').replace('清除选择', '').trim(), JSON.stringify(selection)).to.equal(said);
      }
      expect(part(el, 'selected')!.getAttribute('role')).to.equal('status');
      hub.set({});
      await settled(el);
      expect(part(el, 'selected')).to.equal(null);
    });

    it('marks a unit without an English name as Chinese, and names a section', async () => {
      const el = await summary(html`<tr-register-summary lang="en" group="summary-en" as-of="2025-06-30" .register=${gaugeRegister()}></tr-register-summary>`);
      groupHub('summary-en').set({ unit: 'b' });
      await settled(el);
      const name = part(el, 'selected')!.querySelector('strong')!;
      expect([text(name), name.getAttribute('lang')]).to.deep.equal(['乙局', 'zh']);
      expect(partText(el, 'selected')).to.contain('Selected: 乙局 (Responsible units: 1)');
      const zh = await summary(html`<tr-register-summary group="summary-zh" as-of="2025-06-30" .register=${gaugeRegister()}></tr-register-summary>`);
      groupHub('summary-zh').set({ section: 's1' });
      await settled(zh);
      expect(partText(zh, 'selected')).to.contain('已选：一、稳就业（1项）');
      await expect(zh).to.be.accessible();
      groupHub('summary-en').set({});
      groupHub('summary-zh').set({});
    });

    it('clears the selection with its button, firing tr-selection-change', async () => {
      const el = await summary(html`<tr-register-summary group="summary-clear" as-of="2025-06-30" .register=${register} .progress=${progress}></tr-register-summary>`);
      groupHub('summary-clear').set({ unit: 'b' });
      await settled(el);
      const changed = oneEvent(el, 'tr-selection-change');
      (part(el, 'clear') as HTMLButtonElement).click();
      expect(((await changed) as CustomEvent<SelectionChangeDetail>).detail.selection).to.deep.equal({});
      expect(groupHub('summary-clear').value).to.deep.equal({});
      await settled(el);
      expect(part(el, 'selected')).to.equal(null);
    });
  });
});

describe('register-summary stories', () => {
  const { default: meta, ...named } = stories;
  for (const [name, story] of Object.entries(named)) {
    const isError = /error/i.test((story as { name?: string }).name ?? name);
    it(`renders the ${name} story ${isError ? 'as an alert' : 'as a summary'}, and passes axe`, async () => {
      const args = { ...meta.args, ...(story as { args?: Partial<typeof meta.args> }).args };
      const wrapper = await fixture<HTMLElement>(html`<div>${meta.render(args)}</div>`);
      const el = wrapper.querySelector('tr-register-summary')!;
      await waitUntil(() => alertOf(el) || part(el, 'title'), `${name} rendered`, { timeout: 5000 });
      (story as { play?: () => void }).play?.();
      await settled(el);
      expect(!!alertOf(el)).to.equal(isError);
      if (name === 'Selected') expect(partText(el, 'selected')).to.contain('已选：省教育厅（牵头');
      if (name === 'Default') expect(part(el, 'bar')).not.to.equal(null);
      await expect(el).to.be.accessible();
      groupHub('summary-story').set({});
    });
  }
});

describe('register-summary bar layout (pure)', () => {
  it('lays stretches side by side in proportion, with a gap between', () => {
    const bar = layoutBar(
      [
        { key: 'completedOnTime', count: 1 },
        { key: 'overdue', count: 3 },
      ],
      400,
    );
    expect(bar).to.deep.equal([
      { key: 'completedOnTime', x: 0, width: 99 },
      { key: 'overdue', x: 100, width: 300 },
    ]);
    expect(layoutBar([], 400)).to.deep.equal([]);
  });
});
