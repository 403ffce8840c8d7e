import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/default-register.js';
import '../src/components/deadline-timeline/deadline-timeline.js';
import type { TrDeadlineTimeline } from '../src/components/deadline-timeline/deadline-timeline.js';
import { listPlan, readListLimit } from '../src/components/deadline-timeline/deadline-timeline.list.js';
import type { TimelineEntry } from '../src/components/deadline-timeline/deadline-timeline.model.js';
import type { ListSection } from '../src/components/deadline-timeline/deadline-timeline.summary.js';
import type { TaskState } from '../src/data/status.js';
import { alertOf, root, settled, text } from './support/widgets.js';

/** A narrow timeline (a phone's column), settled with its list drawn. */
async function narrow(markup: ReturnType<typeof html>, width = 380): Promise<TrDeadlineTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${markup}</div>`);
  wrapper.style.setProperty('width', `${width}px`);
  const el = wrapper.querySelector('tr-deadline-timeline')!;
  await waitUntil(() => root(el).querySelector('[part~="list"], [role="alert"]'), 'the list drawn', { timeout: 5000 });
  return settled(el);
}

const groups = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="list-group"]')];
const items = (el: Element) => [...root(el).querySelectorAll('[part~="list-item"]')];

let n = 0;
const entry = (state: TaskState, year: number | null): TimelineEntry =>
  ({ task: { id: `t${++n}`, number: String(n) }, state, year, order: n }) as unknown as TimelineEntry;
const section = (key: string, year: number | undefined, states: TaskState[]): ListSection => ({
  key,
  heading: key,
  year,
  entries: states.map((s) => entry(s, year ?? null)),
});

describe('the timeline’s narrow list', () => {
  describe('listPlan', () => {
    const sections = [
      section('2022', 2022, ['completedOnTime', 'completedOnTime']),
      section('2023', 2023, ['completedOnTime', 'overdue', 'completedLate']),
      section('2025', 2025, ['notYetDue', 'dueThisYear', 'notYetDue', 'inProgress']),
      section('2026', 2026, ['notYetDue', 'notYetDue']),
      section('2027', 2027, ['notYetDue']),
      section('annual', undefined, ['notYetDue']),
    ];
    const state = { limit: 6, asOfYear: 2025, toggled: new Set<string>(), expanded: new Set<string>() };

    it('opens the groups with urgent tasks and the as-of and next year, urgent tasks first, until the limit', () => {
      const plan = listPlan(sections, state);
      expect(plan.map((p) => p.open)).to.deep.equal([false, true, true, false, false, false]);
      expect(plan[1]!.shown.map((e) => e.state)).to.deep.equal(['overdue', 'completedOnTime', 'completedLate']);
      expect(plan[2]!.shown.map((e) => e.state)).to.deep.equal(['dueThisYear', 'notYetDue', 'notYetDue']);
      // The budget is spent: the next year's group stays closed.
      expect(plan[3]!.open).to.equal(false);
      expect(plan.reduce((sum, p) => sum + p.shown.length, 0)).to.be.at.most(6);
    });

    it('lets a reader open and close a group and show it in full', () => {
      const plan = listPlan(sections, { ...state, toggled: new Set(['2022', '2023']), expanded: new Set(['2025']) });
      expect(plan[0]!.open).to.equal(true);
      expect(plan[0]!.shown).to.have.length(2);
      expect(plan[1]!.open).to.equal(false);
      expect(plan[1]!.shown).to.have.length(0);
      expect(plan[2]!.shown).to.have.length(4);
    });

    it('opens the first group when none is urgent or current', () => {
      const plan = listPlan([section('2030', 2030, ['notYetDue']), section('2031', 2031, ['notYetDue'])], state);
      expect(plan.map((p) => p.open)).to.deep.equal([true, false]);
    });

    it('reads limit: a whole number of 1 or more, or all; empty for 6', () => {
      expect(readListLimit('')).to.equal(6);
      expect(readListLimit('3')).to.equal(3);
      expect(readListLimit(12)).to.equal(12);
      expect(readListLimit('all')).to.equal(Infinity);
      expect(() => readListLimit('0')).to.throw();
      expect(() => readListLimit('2.5')).to.throw();
    });
  });

  describe('in a 380 px column', () => {
    it('is bounded by default and shows the urgent tasks first', async () => {
      const el = await narrow(html`<tr-deadline-timeline as-of="2025-06-30"></tr-deadline-timeline>`);
      // All 46 tasks used to make the list 5,000 px tall.
      expect(items(el)).to.have.length(6);
      expect(el.getBoundingClientRect().height).to.be.below(1600);
      expect(groups(el).map((g) => g.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true', 'true', 'false']);
      expect(text(items(el)[0])).to.contain('任务26').and.contain('期限已过（未报告完成情况）');
      expect(el.scrollWidth).to.be.at.most(380);
    });

    it('opens a closed group on click and shows a group in full with its button', async () => {
      const el = await narrow(html`<tr-deadline-timeline as-of="2025-06-30"></tr-deadline-timeline>`);
      const annual = groups(el)[4]!;
      expect(text(annual)).to.equal('年度常规工作（14项）');
      annual.click();
      await el.updateComplete;
      expect(annual.getAttribute('aria-expanded')).to.equal('true');
      const list = root(el).getElementById(annual.getAttribute('aria-controls')!)!;
      expect(list.querySelectorAll('li')).to.have.length(6);
      const all = annual.closest('section')!.querySelector<HTMLButtonElement>('[part~="more"]')!;
      expect(text(all)).to.equal('显示全部（共14项）');
      all.click();
      await el.updateComplete;
      expect(list.querySelectorAll('li')).to.have.length(14);
      annual.click();
      await el.updateComplete;
      expect(annual.getAttribute('aria-expanded')).to.equal('false');
      expect(annual.closest('section')!.querySelectorAll('li')).to.have.length(0);
    });

    it('opens and closes a group from the keyboard', async () => {
      const el = await narrow(html`<tr-deadline-timeline as-of="2025-06-30"></tr-deadline-timeline>`);
      const first = groups(el)[0]!;
      first.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      // Tab goes from the group's heading to its first task.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('data-number')).to.equal('26');
    });

    it('shows as many tasks as limit says, all with limit="all", and says what is wrong with limit="0"', async () => {
      const two = await narrow(html`<tr-deadline-timeline as-of="2025-06-30" limit="2"></tr-deadline-timeline>`);
      expect(items(two)).to.have.length(2);
      const all = await narrow(html`<tr-deadline-timeline as-of="2025-06-30" limit="all"></tr-deadline-timeline>`);
      // Every group with urgent work opens: the annual work is due this year too.
      expect(items(all)).to.have.length(46);
      const bad = await narrow(html`<tr-deadline-timeline as-of="2025-06-30" limit="0"></tr-deadline-timeline>`);
      expect(text(alertOf(bad))).to.contain('limit="0"');
    });

    it('keeps each legend count on one line with large text', async () => {
      document.documentElement.style.setProperty('font-size', '24px');
      try {
        const el = await narrow(html`<tr-deadline-timeline as-of="2026-11-30"></tr-deadline-timeline>`, 360);
        const counts = [...root(el).querySelectorAll('[part~="legend"] .count')];
        expect(counts.map(text)).to.deep.equal(['32', '14']);
        // One line high (a flex item: its box grows when its text wraps).
        for (const count of counts) expect(count.getBoundingClientRect().height, text(count)).to.be.below(parseFloat(getComputedStyle(count).fontSize) * 1.8);
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
    });

    it('in English: the groups’ buttons and the show-all button', async () => {
      const el = await narrow(html`<tr-deadline-timeline lang="en" as-of="2025-06-30"></tr-deadline-timeline>`);
      expect(text(groups(el)[4])).to.equal('Annual routine work (14)');
      const more = root(el).querySelector('[part~="more"]')!;
      expect(text(more)).to.match(/^Show all \d+$/);
    });
  });
});
