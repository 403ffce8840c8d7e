import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/default-register.js';
import '../src/components/deadline-timeline/deadline-timeline.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import '../src/components/unit-matrix/unit-matrix.js';
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
