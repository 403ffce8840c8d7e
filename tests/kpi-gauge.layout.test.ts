import { expect } from '@open-wc/testing';
import {
  endAngle,
  gaugeDomain,
  layoutGauge,
  maxRadiusEm,
  maxWidthEm,
  startAngle,
  sweep,
  textWidth,
  valuePathLength,
  type GaugeInput,
} from '../src/components/kpi-gauge/kpi-gauge.layout.js';

const deg = (radians: number) => (radians * 180) / Math.PI;
/** The angle (d3: clockwise from 12 o'clock) of a point relative to the centre. */
const angleOf = (x: number, y: number) => Math.atan2(x, -y);

const base: GaugeInput = {
  width: 480,
  fontSize: 16,
  domain: [0, 400],
  value: 268,
  targets: [{ value: 300, label: '300' }],
  band: null,
  expected: null,
  endLabels: ['0', '400'],
};

describe('kpi-gauge layout', () => {
  describe('the scale', () => {
    it('defaults to 0 and a round number comfortably above the target and the value', () => {
      expect(gaugeDomain({ percent: false, min: null, max: null, figures: [300, 268] })).to.deep.equal([0, 400]);
      expect(gaugeDomain({ percent: false, min: null, max: null, figures: [300, 420] })).to.deep.equal([0, 600]);
      expect(gaugeDomain({ percent: false, min: null, max: null, figures: [15] })).to.deep.equal([0, 20]);
      expect(gaugeDomain({ percent: false, min: null, max: null, figures: [1.2] })).to.deep.equal([0, 2]);
      expect(gaugeDomain({ percent: false, min: null, max: null, figures: [3, 5] })).to.deep.equal([0, 7]);
      expect(gaugeDomain({ percent: false, min: null, max: null, figures: [0] })).to.deep.equal([0, 1]);
    });

    it('gives percentages 0–100 while every figure fits, and a round number above otherwise', () => {
      expect(gaugeDomain({ percent: true, min: null, max: null, figures: [50, 30] })).to.deep.equal([0, 100]);
      expect(gaugeDomain({ percent: true, min: null, max: null, figures: [90, 130] })).to.deep.equal([0, 200]);
      // A small share (2–3%) would vanish at the start of a 0–100 arc: it gets a scale of its own.
      expect(gaugeDomain({ percent: true, min: null, max: null, figures: [2, 3, 2.4] })).to.deep.equal([0, 4]);
    });

    it('keeps given ends, reaches below zero for a negative figure, and stays above a given minimum', () => {
      expect(gaugeDomain({ percent: false, min: 100, max: 500, figures: [300] })).to.deep.equal([100, 500]);
      expect(gaugeDomain({ percent: true, min: null, max: null, figures: [50, -20] })).to.deep.equal([-20, 100]);
      const [lo, hi] = gaugeDomain({ percent: false, min: 500, max: null, figures: [300] });
      expect(lo).to.equal(500);
      expect(hi).to.be.greaterThan(500);
    });
  });

  describe('angles', () => {
    it('sweeps 240° from −120° at the minimum to +120° at the maximum', () => {
      expect(deg(sweep)).to.be.closeTo(240, 1e-9);
      expect(deg(startAngle)).to.be.closeTo(-120, 1e-9);
      expect(deg(endAngle)).to.be.closeTo(120, 1e-9);
    });

    it('puts the value arc end and the target marker where value, target, min and max say', () => {
      for (const [value, target, min, max] of [
        [268, 300, 0, 400],
        [9, 10, 0, 14],
        [30, 50, 0, 100],
        [150, 300, 100, 500],
      ] as const) {
        const layout = layoutGauge({ ...base, domain: [min, max], value, targets: [{ value: target, label: String(target) }] });
        const expectedValueAngle = -120 + ((value - min) / (max - min)) * 240;
        const expectedTargetAngle = -120 + ((target - min) / (max - min)) * 240;
        expect(deg(layout.value!.endAngle)).to.be.closeTo(expectedValueAngle, 1e-9);
        expect(deg(layout.value!.startAngle)).to.be.closeTo(-120, 1e-9);
        const mark = layout.targets[0]!;
        expect(deg(mark.angle)).to.be.closeTo(expectedTargetAngle, 1e-9);
        // The drawn marker line lies on that angle.
        expect(deg(angleOf(mark.x2, mark.y2))).to.be.closeTo(expectedTargetAngle, 0.1);
        expect(deg(angleOf(mark.x1, mark.y1))).to.be.closeTo(expectedTargetAngle, 0.1);
        // The dash pattern on the 240° centre line draws exactly that share of it.
        const [, offset, length] = layout.value!.dashArray.split(' ').map(Number);
        expect(offset).to.equal(0);
        expect(length).to.be.closeTo(((value - min) / (max - min)) * valuePathLength, 0.01);
      }
    });

    it('clamps a value beyond the scale to the arc’s end', () => {
      const layout = layoutGauge({ ...base, value: 520 });
      expect(deg(layout.value!.endAngle)).to.be.closeTo(120, 1e-9);
      expect(layout.value!.dashArray).to.equal(`0 0 ${valuePathLength} ${valuePathLength * 2}`);
    });

    it('starts the value arc at zero when the scale reaches below it', () => {
      const up = layoutGauge({ ...base, domain: [-20, 100], value: 30 });
      expect(deg(up.value!.startAngle)).to.be.closeTo(-120 + (20 / 120) * 240, 1e-9);
      const down = layoutGauge({ ...base, domain: [-20, 100], value: -10 });
      const [, offset, length] = down.value!.dashArray.split(' ').map(Number);
      expect(offset).to.be.closeTo((10 / 120) * valuePathLength, 0.01);
      expect(length).to.be.closeTo((10 / 120) * valuePathLength, 0.01);
    });

    it('draws no value arc without a value, and bands and the expected marker at their figures', () => {
      const layout = layoutGauge({ ...base, value: null, band: [270, 330], expected: 200 });
      expect(layout.value).to.equal(null);
      expect(deg(layout.band!.startAngle)).to.be.closeTo(-120 + (270 / 400) * 240, 1e-9);
      expect(deg(layout.band!.endAngle)).to.be.closeTo(-120 + (330 / 400) * 240, 1e-9);
      expect(layout.band!.path).to.match(/^M/);
      expect(deg(layout.expected!.angle)).to.be.closeTo(0, 1e-9);
    });

    it('places two markers for a range', () => {
      const layout = layoutGauge({ ...base, domain: [0, 7], value: 4, targets: [{ value: 3, label: '3' }, { value: 5, label: '5' }] });
      expect(layout.targets.map((t) => Math.round(deg(t.angle)))).to.deep.equal([Math.round(-120 + (3 / 7) * 240), Math.round(-120 + (5 / 7) * 240)]);
    });

    it('merges the labels of a range squeezed on its scale, and leaves out an end label a target label covers', () => {
      const squeezed = layoutGauge({ ...base, domain: [0, 100], targets: [{ value: 2, label: '2%' }, { value: 3, label: '3%' }], endLabels: ['0%', '100%'] });
      expect(squeezed.targets.map((t) => t.label?.text ?? null)).to.deep.equal(['2%–3%', null]);
      expect(squeezed.endLabels.map((l) => l.text)).to.deep.equal(['0%', '100%']);
      // Large text: a target at the scale's end would cover the end's own label.
      const atEnd = layoutGauge({ ...base, width: 528, fontSize: 24, domain: [0, 100], targets: [{ value: 100, label: '100.5%' }], endLabels: ['0%', '100%'] });
      expect(atEnd.endLabels.map((l) => l.text)).to.deep.equal(['0%']);
      const apart = layoutGauge({ ...base, domain: [0, 7], targets: [{ value: 3, label: '3' }, { value: 5, label: '5' }], endLabels: ['0', '7'] });
      expect(apart.targets.map((t) => t.label?.text ?? null)).to.deep.equal(['3', '5']);
      expect(apart.endLabels.map((l) => l.text)).to.deep.equal(['0', '7']);
    });

    it('ticks the scale inside its ends', () => {
      const layout = layoutGauge(base);
      expect(layout.ticks.map((t) => t.value)).to.deep.equal([0, 100, 200, 300, 400]);
    });
  });

  describe('sizes', () => {
    it('fits every label inside the width from 160 to 600 px', () => {
      for (const width of [160, 180, 200, 240, 280, 320, 400, 480, 600]) {
        for (const target of [0, 100, 200, 300, 400]) {
          const layout = layoutGauge({ ...base, width, targets: [{ value: target, label: '12,000' }], endLabels: ['0', '20,000'] });
          expect(layout.width).to.equal(Math.min(width, maxWidthEm * 16));
          const labels = [...layout.endLabels, ...layout.targets.flatMap((t) => (t.label ? [t.label] : []))];
          for (const label of labels) {
            const w = textWidth(label.text, 16 * 0.8125);
            const left = layout.cx + label.x - (label.anchor === 'start' ? 0 : label.anchor === 'middle' ? w / 2 : w);
            const right = left + w;
            expect(left, `${width}px, target ${target}: ${label.text}`).to.be.at.least(0);
            expect(right, `${width}px, target ${target}: ${label.text}`).to.be.at.most(width);
          }
          expect(layout.cx - layout.outerRadius - 7).to.be.at.least(0);
          expect(layout.cy - layout.outerRadius - 7).to.be.at.least(0);
          expect(layout.height).to.be.greaterThan(layout.cy + layout.outerRadius / 2);
        }
      }
    });

    it('stacks the figures under the arc when narrow and sets them all in the hollow when wide', () => {
      expect(layoutGauge({ ...base, width: 160 }).size).to.equal('s');
      expect(layoutGauge({ ...base, width: 200 }).size).to.equal('s');
      expect(layoutGauge({ ...base, width: 320 }).size).to.equal('m');
      expect(layoutGauge({ ...base, width: 480 }).size).to.equal('m');
      // Larger text (a reader's setting) stacks sooner.
      expect(layoutGauge({ ...base, width: 320, fontSize: 24 }).size).to.equal('s');
    });

    it('labels the target on the arc only when there is room, and caps the radius on wide containers', () => {
      expect(layoutGauge({ ...base, width: 200 }).targets[0]!.label).to.equal(null);
      expect(layoutGauge({ ...base, width: 480 }).targets[0]!.label!.text).to.equal('300');
      expect(layoutGauge({ ...base, width: 600 }).outerRadius).to.equal(maxRadiusEm * 16);
    });

    it('draws one radius for every gauge of a width and font size, whatever its labels and target', () => {
      for (const [width, fontSize] of [[200, 16], [264, 16], [320, 16], [400, 16], [264, 24], [480, 24]] as const) {
        const gauges: Pick<GaugeInput, 'domain' | 'targets' | 'endLabels'>[] = [
            { domain: [0, 400], targets: [{ value: 300, label: '300' }], endLabels: ['0', '400'] },
            { domain: [0, 100], targets: [{ value: 90, label: '90%' }], endLabels: ['0%', '100%'] },
            { domain: [0, 2], targets: [{ value: 1.2, label: '1.2：1' }], endLabels: ['0', '2'] },
            { domain: [0, 14], targets: [{ value: 10, label: '10' }], endLabels: ['0', '14'] },
            { domain: [0, 7], targets: [{ value: 3, label: '3' }, { value: 5, label: '5' }], endLabels: ['0', '7'] },
        ];
        const radii = new Set(gauges.map((gauge) => layoutGauge({ ...base, width, fontSize, ...gauge }).outerRadius));
        expect([...radii], `${width}px at ${fontSize}px`).to.have.length(1);
      }
    });

    it('lays a gauge in a wide column out no wider than 22em, the arc no larger than 8em in radius', () => {
      const wide = layoutGauge({ ...base, width: 1200 });
      expect(wide.width).to.equal(352);
      expect(wide.outerRadius).to.equal(128);
      expect(wide.targets[0]!.label!.text).to.equal('300');
      // Larger text: a larger gauge, in proportion.
      const large = layoutGauge({ ...base, width: 1200, fontSize: 24 });
      expect(large.width).to.equal(528);
      expect(large.outerRadius).to.equal(192);
    });

    it('lays out for a default width before the element is measured', () => {
      expect(layoutGauge({ ...base, width: 0 }).width).to.equal(320);
    });

    it('keeps the figures box inside the hollow of the arc', () => {
      const layout = layoutGauge(base);
      const { x, y, width } = layout.center;
      expect(Math.hypot(x, y)).to.be.at.most(layout.innerRadius + 1);
      expect(Math.hypot(x + width, y)).to.be.at.most(layout.innerRadius + 1);
    });
  });
});
