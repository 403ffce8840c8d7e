import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/default-register.js';
import '../src/components/deadline-timeline/deadline-timeline.js';
import '../src/components/register-summary/register-summary.js';
import '../src/components/task-list/task-list.js';
import '../src/components/unit-matrix/unit-matrix.js';
import '../src/components/unit-scorecard/unit-scorecard.js';
import { scorecardProgress, scorecardRegister } from './unit-scorecard.fixtures.js';
import { root } from './support/widgets.js';

/**
 * A task in progress looks the same in every widget (the timeline's mark, the scorecard's and the
 * summary's bars, the matrix's status mark, the task list's icon), and a page that recolours its
 * accent (a red portal) does not turn 推进中 into the red of 逾期.
 */
describe('the in-progress status colour', () => {
  const register = scorecardRegister();
  const progress = scorecardProgress();
  const colourOf = (el: Element, selector: string, property: 'fill' | 'color') => {
    const target = root(el as HTMLElement).querySelector(selector);
    expect(target, `${el.localName} shows ${selector}`).to.exist;
    return getComputedStyle(target!)[property];
  };

  it('is one colour in every widget, and does not follow --tr-color-accent', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <tr-deadline-timeline as-of="2025-06-30" .register=${register} .progress=${progress}></tr-deadline-timeline>
      <tr-unit-scorecard as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>
      <tr-register-summary as-of="2025-06-30" .register=${register} .progress=${progress}></tr-register-summary>
      <tr-unit-matrix color-by="status" layout="grid" as-of="2025-06-30" .register=${register} .progress=${progress}></tr-unit-matrix>
      <tr-task-list as-of="2025-06-30" .register=${register} .progress=${progress}></tr-task-list>
    </div>`);
    const [timeline, scorecard, summary, matrix, list] = [...box.children];
    const probes: [Element, string, 'fill' | 'color'][] = [
      [timeline!, '.mark.s-inProgress, .s-inProgress', 'fill'],
      [scorecard!, '.s-inProgress', 'fill'],
      [summary!, '.seg-inProgress', 'fill'],
      [matrix!, '.st-active .glyph', 'color'],
      [list!, '.status.active .icon', 'color'],
    ];
    await waitUntil(() => probes.every(([el, selector]) => root(el as HTMLElement).querySelector(selector)), 'every widget shows a task in progress', { timeout: 5000 });
    const before = probes.map(([el, selector, property]) => colourOf(el, selector, property));
    expect(new Set(before).size, before.join(' · ')).to.equal(1);
    box.style.setProperty('--tr-color-accent', 'rgb(255, 0, 0)');
    const after = probes.map(([el, selector, property]) => colourOf(el, selector, property));
    expect(after).to.deep.equal(before);
    expect(before[0]).to.not.equal('rgb(255, 0, 0)');
  });

  /**
   * A deadline passed with no report is the warning colour everywhere (never the overdue red, never
   * grey in one widget and amber in the next); a late completion is the success colour, told from an
   * on-time one by its shape. Both follow the page's tokens.
   */
  it('draws "deadline passed, no report" in the warning colour and "completed late" in the success colour, in every widget', async () => {
    // As of 2026-06-30: task 6 (due 2025) has no report; task 2 (due June 2025) was completed in August.
    const box = await fixture<HTMLDivElement>(html`<div style="--tr-color-warning: rgb(150, 90, 0); --tr-color-success: rgb(20, 120, 50)">
      <tr-deadline-timeline as-of="2026-06-30" .register=${register} .progress=${progress}></tr-deadline-timeline>
      <tr-unit-scorecard as-of="2026-06-30" .register=${register} .progress=${progress}></tr-unit-scorecard>
      <tr-register-summary as-of="2026-06-30" .register=${register} .progress=${progress}></tr-register-summary>
      <tr-unit-matrix color-by="status" layout="grid" as-of="2026-06-30" .register=${register} .progress=${progress}></tr-unit-matrix>
      <tr-task-list as-of="2026-06-30" .register=${register} .progress=${progress}></tr-task-list>
    </div>`);
    const [timeline, scorecard, summary, matrix, list] = [...box.children];
    const cellOf = (label: string) => `[role="gridcell"][aria-label*="${label}"] .glyph`;
    const noReport: [Element, string, 'fill' | 'color' | 'stroke'][] = [
      [timeline!, '.mark.s-passedNoReport', 'stroke'],
      [scorecard!, '.fg-passedNoReport', 'fill'],
      [summary!, '.dots-dot', 'fill'],
      [matrix!, cellOf('期限已过'), 'color'],
      [list!, '.status.late .icon', 'color'],
    ];
    const late: [Element, string, 'fill' | 'color' | 'stroke'][] = [
      [timeline!, '.mark.s-completedLate', 'fill'],
      [scorecard!, '.fg-completedLate', 'fill'],
      [matrix!, cellOf('逾期完成'), 'color'],
    ];
    const ready = () => [...noReport, ...late].every(([el, selector]) => root(el as HTMLElement).querySelector(selector));
    await waitUntil(ready, 'every widget shows both states', { timeout: 5000 });
    const colour = ([el, selector, property]: [Element, string, 'fill' | 'color' | 'stroke']) => getComputedStyle(root(el as HTMLElement).querySelector(selector)!)[property];
    expect(noReport.map(colour)).to.deep.equal(noReport.map(() => 'rgb(150, 90, 0)'));
    expect(late.map(colour)).to.deep.equal(late.map(() => 'rgb(20, 120, 50)'));
    // The task list names the late completion with the success colour's check too.
    const row = [...root(list as HTMLElement).querySelectorAll('[part~="status"]')].find((s) => s.textContent?.includes('逾期完成'));
    expect(getComputedStyle(row!.querySelector('.icon')!).color).to.equal('rgb(20, 120, 50)');
  });
});

