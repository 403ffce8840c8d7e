import { expect } from '@open-wc/testing';
import { scaleLinear } from 'd3-scale';
import { linearScale, niceDomain } from '../src/components/base/scale.js';

describe('scale', () => {
  it('maps, clamps and inverts linearly', () => {
    const scale = linearScale([0, 400], [-120, 120]);
    expect(scale(200)).to.equal(0);
    expect(scale(300)).to.equal(60);
    expect(scale(500)).to.equal(180);
    expect(linearScale([0, 400], [-120, 120], true)(500)).to.equal(120);
    expect(scale.invert(60)).to.equal(300);
  });

  it('gives round ticks', () => {
    expect(linearScale([0, 400], [0, 1]).ticks(5)).to.deep.equal([0, 100, 200, 300, 400]);
    expect(linearScale([0, 2], [0, 1]).ticks(5)).to.deep.equal([0, 0.5, 1, 1.5, 2]);
  });

  it('rounds a domain out to nice ends exactly as d3-scale’s nice() does', () => {
    expect(niceDomain(0, 330, 5)).to.deep.equal([0, 350]);

    const domains = [[0, 330], [0, 16.5], [0, 1.32], [0, 5.5], [0, 3.3], [3, 5], [-7, 93], [0.001, 0.0173], [2021, 2026], [0, 0]];
    for (const count of [3, 5, 10]) {
      for (const [lo, hi] of domains) {
        expect(niceDomain(lo!, hi!, count), `${lo}–${hi} / ${count}`).to.deep.equal(scaleLinear().domain([lo!, hi!]).nice(count).domain());
      }
    }
  });
});
