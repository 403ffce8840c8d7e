import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// A widget module alone shows no register; the entry points provide the bundled one.
import '../src/default-register.js';
import { TrKpiGauge } from '../src/components/kpi-gauge/kpi-gauge.js';
import { layoutGauge, type GaugeLayout } from '../src/components/kpi-gauge/kpi-gauge.layout.js';
import { gaugeModel } from '../src/components/kpi-gauge/kpi-gauge.model.js';
import type { ViewContext } from '../src/components/base/tr-element.js';
import { bundledRegister } from '../src/data/bundled.js';
import { parseIsoDate } from '../src/data/query.js';
import { commonMessages } from '../src/i18n/common.js';
import { root, settled } from './support/widgets.js';

/** The gauge, counting how often it builds its model. */
class CountedGauge extends TrKpiGauge {
  builds = 0;
  protected override buildView(context: ViewContext): void {
    this.builds++;
    super.buildView(context);
  }
}
customElements.define('tr-kpi-gauge-counted', CountedGauge);

const attributes = { indicator: 'integration-enterprises', value: '268', baseline: '120', baselineYear: '2021', asOf: '2024-06-30' };

/** The layout the gauge should have at a width and font size, from the pure model and layout. */
function expectedLayout(width: number, fontSize: number): GaugeLayout {
  const model = gaugeModel(
    { ...attributes, min: '', max: '', label: '' },
    { register: bundledRegister(), lang: 'zh-CN', asOf: parseIsoDate(attributes.asOf)!, msg: commonMessages['zh-CN'], progress: undefined, selection: {} },
  );
  return layoutGauge({ ...model.dial, width, fontSize });
}

/** What the rendered dial shows of its geometry: the viewBox, the size class, the target label's place. */
function drawn(el: Element) {
  const label = root(el).querySelector('.target-label');
  return {
    viewBox: root(el).querySelector('svg.dial')?.getAttribute('viewBox'),
    size: [...(root(el).querySelector('[part~="base"]')?.classList ?? [])].find((c) => c.startsWith('size-')),
    label: label ? [Number(label.getAttribute('x')), Number(label.getAttribute('y'))] : null,
  };
}

function expectedDrawing(layout: GaugeLayout) {
  const label = layout.targets[0]?.label;
  return { viewBox: `0 0 ${layout.width} ${layout.height}`, size: `size-${layout.size}`, label: label ? [label.x, label.y] : null };
}

async function counted(width: number): Promise<{ frame: HTMLDivElement; el: CountedGauge }> {
  const frame = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('tr-kpi-gauge-counted') as CountedGauge;
  el.indicator = attributes.indicator;
  el.value = attributes.value;
  el.baseline = attributes.baseline;
  el.baselineYear = attributes.baselineYear;
  el.asOf = attributes.asOf;
  frame.append(el);
  await settled(el);
  return { frame, el };
}

describe('<tr-kpi-gauge> size', () => {
  describe('rendering', () => {
    it('re-lays out for a new width without building its model again', async () => {
      const { frame, el } = await counted(480);
      expect(drawn(el)).to.deep.equal(expectedDrawing(expectedLayout(480, 16)));
      const builds = el.builds;
      expect(builds).to.be.greaterThan(0);
      frame.style.width = '300px';
      await waitUntil(() => drawn(el).viewBox === '0 0 300 ' + expectedLayout(300, 16).height, 'the gauge re-laid out at 300 px');
      await settled(el);
      expect(drawn(el)).to.deep.equal(expectedDrawing(expectedLayout(300, 16)));
      expect(el.builds, 'buildView calls after the width changed').to.equal(builds);
    });

    it('re-lays out its figures and labels for larger text when the root font size changes', async () => {
      const page = document.documentElement;
      const before = page.style.fontSize;
      try {
        page.style.fontSize = '16px';
        const { el } = await counted(400);
        const small = expectedDrawing(expectedLayout(400, 16));
        const large = expectedDrawing(expectedLayout(400, 24));
        // The test means something only if larger text lays the gauge out differently.
        expect(large).not.to.deep.equal(small);
        expect(drawn(el)).to.deep.equal(small);
        const builds = el.builds;
        page.style.fontSize = '24px';
        await waitUntil(() => drawn(el).viewBox === large.viewBox, 'the gauge re-laid out for 24 px text');
        await settled(el);
        expect(drawn(el)).to.deep.equal(large);
        expect(el.builds, 'buildView calls after the font size changed').to.equal(builds);
        page.style.fontSize = '16px';
        await waitUntil(() => drawn(el).viewBox === small.viewBox, 'the gauge re-laid out for 16 px text');
        await settled(el);
        expect(drawn(el)).to.deep.equal(small);
      } finally {
        page.style.fontSize = before;
      }
    });

    it('builds the model again when an attribute changes, and lays it out at the current size', async () => {
      const { el } = await counted(360);
      const builds = el.builds;
      el.value = '300';
      await el.updateComplete;
      expect(el.builds).to.equal(builds + 1);
      expect(root(el).querySelector('[part~="status"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('达标');
      // 360 px is wider than the gauge's 22em (352 px at 16 px text): laid out at 352, centred.
      expect(drawn(el).viewBox).to.match(/^0 0 352 /);
    });
  });
});
