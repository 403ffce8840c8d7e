import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/default-register.js';
import '../src/components/deadline-timeline/deadline-timeline.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import '../src/components/unit-matrix/unit-matrix.js';
import '../src/components/register-summary/register-summary.js';
import '../src/components/task-list/task-list.js';
import '../src/components/unit-scorecard/unit-scorecard.js';
import type { TrElement } from '../src/components/base/tr-element.js';
import { bundledRegister } from '../src/data/bundled.js';

/**
 * The DOM budget of the three views the benchmark draws (`npm run bench`, bench/pages/ours.html):
 * the gauge, the matrix and the timeline of the bundled register at 1200 px. Every node counts,
 * in every shadow root: elements, text and the comments a template leaves. Fewer nodes are less
 * for the browser to create, style and lay out on every page that shows the widgets.
 */
interface Count {
  elements: number;
  nodes: number;
}

function count(root: Node): Count {
  const out = { elements: 0, nodes: 0 };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      out.nodes++;
      if (child instanceof Element) {
        out.elements++;
        if (child.shadowRoot) walk(child.shadowRoot);
      }
      walk(child);
    }
  };
  walk(root);
  return out;
}

describe('the DOM of the benchmark’s three views', () => {
  it('is at most 1,500 nodes in all, with every cell, mark and figure still drawn', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 1200px">
      <div style="width: 380px"><tr-kpi-gauge indicator="integration-enterprises" value="268"></tr-kpi-gauge></div>
      <tr-unit-matrix></tr-unit-matrix>
      <tr-deadline-timeline as-of="2026-11-29"></tr-deadline-timeline>
    </div>`);
    const [gauge, matrix, timeline] = [...page.querySelectorAll<TrElement>('tr-kpi-gauge, tr-unit-matrix, tr-deadline-timeline')] as [TrElement, TrElement, TrElement];
    await waitUntil(() => [gauge, matrix, timeline].every((w) => w.shadowRoot?.querySelector('[part]') && !w.isUpdatePending), 'the three widgets render');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await Promise.all([gauge, matrix, timeline].map((w) => w.updateComplete));

    // The same content as before the budget: one grid cell per unit and task, one mark per task.
    const register = bundledRegister();
    expect(matrix.shadowRoot!.querySelectorAll('[role="gridcell"].cell')).to.have.length(register.units.length * register.tasks.length);
    expect(timeline.shadowRoot!.querySelectorAll('path.mark')).to.have.length(register.tasks.filter((t) => t.deadline.kind !== 'none').length);
    expect(gauge.shadowRoot!.querySelector('[part~="value-text"]')!.textContent).to.contain('268');

    const counts = { gauge: count(gauge.shadowRoot!), matrix: count(matrix.shadowRoot!), timeline: count(timeline.shadowRoot!) };
    const total = counts.gauge.nodes + counts.matrix.nodes + counts.timeline.nodes;
    expect(total, JSON.stringify(counts)).to.be.at.most(1500);
    // Each widget's own share, so a regression names its widget.
    expect(counts.gauge.nodes, 'gauge').to.be.at.most(180);
    expect(counts.matrix.nodes, 'matrix').to.be.at.most(950);
    expect(counts.timeline.nodes, 'timeline').to.be.at.most(380);
  });
});

describe('the DOM of the other widgets', () => {
  // The bundled register with the demo's sample progress at 1200 px: every task listed, every
  // lead unit ranked. A budget per widget holds each one's size as features land.
  it('stays within each widget’s budget, with every task and unit still shown', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 1200px">
      <tr-register-summary as-of="2026-11-30" progress-src="/demo/progress.sample.json"></tr-register-summary>
      <tr-unit-scorecard as-of="2026-11-30" progress-src="/demo/progress.sample.json"></tr-unit-scorecard>
      <tr-task-list as-of="2026-11-30" progress-src="/demo/progress.sample.json"></tr-task-list>
    </div>`);
    const widgets = [...page.querySelectorAll<TrElement>('tr-register-summary, tr-unit-scorecard, tr-task-list')] as [TrElement, TrElement, TrElement];
    await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[part="base"], [part~="base"]') && !w.shadowRoot.querySelector('[part~="loading"]') && !w.isUpdatePending), 'the three widgets render', { timeout: 5000 });
    await Promise.all(widgets.map((w) => w.updateComplete));
    const [summary, scorecard, list] = widgets;

    const register = bundledRegister();
    const leads = new Set(register.tasks.flatMap((task) => task.units.lead ?? []));
    expect(list.shadowRoot!.querySelectorAll('tr[data-task]')).to.have.length(register.tasks.length);
    expect(scorecard.shadowRoot!.querySelectorAll('button[part~="unit"][data-unit]')).to.have.length(leads.size);
    expect(summary.shadowRoot!.textContent).to.contain('46');

    const counts = { summary: count(summary.shadowRoot!), scorecard: count(scorecard.shadowRoot!), list: count(list.shadowRoot!) };
    // Measured: summary 291, scorecard 702 (1,040 before its figures and bars became plain
    // elements), task list 4,118 (5,620 before its rows lost their white space and nested templates).
    expect(counts.summary.nodes, `summary ${JSON.stringify(counts)}`).to.be.at.most(320);
    expect(counts.scorecard.nodes, `scorecard ${JSON.stringify(counts)}`).to.be.at.most(760);
    expect(counts.list.nodes, `task list ${JSON.stringify(counts)}`).to.be.at.most(4300);
  });
});
