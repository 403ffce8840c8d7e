import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/default-register.js';
import { TrDeadlineTimeline } from '../src/components/deadline-timeline/deadline-timeline.js';
import type { ViewContext } from '../src/components/base/tr-element.js';
import { root, settled, text } from './support/widgets.js';

/** The timeline, counting how often it builds its view model (attributes, model, summary). */
class CountingTimeline extends TrDeadlineTimeline {
  builds = 0;
  protected override buildView(context: ViewContext): void {
    this.builds++;
    super.buildView(context);
  }
}
customElements.define('counting-timeline', CountingTimeline);

const labelOf = (el: Element, number: string) =>
  [...root(el).querySelectorAll<SVGTextElement>('text.label')].find((label) => label.textContent === String(number))!;
const markOf = (el: Element, number: string) => root(el).querySelector<SVGPathElement>(`path.mark[data-key="dated|t${number}"]`)!;

async function counting(width: number): Promise<CountingTimeline> {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"><counting-timeline as-of="2025-06-30"></counting-timeline></div>`);
  return settled(box.querySelector<CountingTimeline>('counting-timeline')!);
}

describe('<tr-deadline-timeline> size', () => {
  it('re-lays out for a width change without building the view model again', async () => {
    const el = await counting(1000);
    const builds = el.builds;
    const summary = text(root(el).querySelector('[part~="summary"]'));
    const before = Number(labelOf(el, '26').getAttribute('x'));
    const width = Number(root(el).querySelector('svg.plot')!.getAttribute('width'));
    el.parentElement!.style.width = '700px';
    await waitUntil(() => Number(root(el).querySelector('svg.plot')!.getAttribute('width')) < width, 'the chart narrows');
    await settled(el);
    expect(Number(labelOf(el, '26').getAttribute('x'))).to.be.below(before);
    expect(markOf(el, '26').getAttribute('d')).to.not.equal(null);
    expect(text(root(el).querySelector('[part~="summary"]'))).to.equal(summary);
    expect(el.builds).to.equal(builds);
  });

  it('switches to the narrow list and back for a width change alone', async () => {
    const el = await counting(900);
    const builds = el.builds;
    el.parentElement!.style.width = '360px';
    await waitUntil(() => root(el).querySelector('[part~="list"]'), 'the narrow list');
    el.parentElement!.style.width = '900px';
    await waitUntil(() => root(el).querySelector('svg.plot'), 'the chart again');
    expect(el.builds).to.equal(builds);
  });

  it('re-lays out when the page enlarges its text (large-text mode), marks and labels growing with it', async () => {
    const el = await counting(1000);
    const builds = el.builds;
    const markWidth = markOf(el, '26').getBBox().width;
    const height = Number(root(el).querySelector('svg.plot')!.getAttribute('height'));
    const focusSize = () => parseFloat(root(el).querySelector<HTMLElement>('.roving')!.style.getPropertyValue('--s'));
    const focusBefore = focusSize();
    try {
      document.documentElement.style.fontSize = '24px';
      await waitUntil(() => Number(root(el).querySelector('svg.plot')!.getAttribute('height')) > height, 'the chart grows');
      await settled(el);
      expect(markOf(el, '26').getBBox().width / markWidth).to.be.within(1.4, 1.6);
      expect(focusSize()).to.be.greaterThan(focusBefore);
      expect(el.builds).to.equal(builds);
    } finally {
      document.documentElement.style.fontSize = '';
    }
    await waitUntil(() => Number(root(el).querySelector('svg.plot')!.getAttribute('height')) === height, 'the chart returns to its size');
  });

  it('builds the view model again when an attribute changes', async () => {
    const el = await counting(1000);
    const builds = el.builds;
    el.setAttribute('group-by', 'status');
    await settled(el);
    expect(el.builds).to.equal(builds + 1);
    expect(root(el).querySelector('path.mark[data-key^="status:"]')).to.exist;
  });
});
