import { expect } from '@open-wc/testing';
import { aboutBand, countsThings, goalFigures, goalOf, judgeStatus, shareBasis } from '../src/data/indicator-status.js';
import type { Indicator } from '../src/data/schema.js';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = { id: 'x', task: 1, label: '指标', labelEn: 'Indicator', quote: 'q', dueYear: 2025, measure: '家' } as const;
const atLeast = { ...base, comparator: 'atLeast', target: 300 } as Indicator;
const about = { ...base, comparator: 'about', target: 100 } as Indicator;
const cap = { ...base, comparator: 'atMost', target: 50, measure: '%' } as Indicator;
const range = { ...base, comparator: 'range', min: 3, max: 5 } as Indicator;

describe('indicator status', () => {
  it('judges a target met, short of it, or overdue', () => {
    expect(judgeStatus(atLeast, null, null, at('2025-06-30')).status).to.equal('no-data');
    expect(judgeStatus(atLeast, 300, null, at('2025-06-30')).status).to.equal('achieved');
    expect(judgeStatus(atLeast, 299, null, at('2025-12-31')).status).to.equal('in-progress');
    expect(judgeStatus(atLeast, 299, null, at('2026-01-01')).status).to.equal('overdue');
  });

  it('judges the pace on the line from the baseline to the goal', () => {
    const pace = { baseline: 100, baselineYear: 2024 };
    // Half way through 2024–2025 the line stands at 200.
    const judged = judgeStatus(atLeast, 199, pace, at('2025-01-01'));
    expect(judged.status).to.equal('behind');
    expect(judged.expected).to.be.closeTo(200, 0.5);
    expect(judgeStatus(atLeast, 201, pace, at('2025-01-01')).status).to.equal('on-track');
  });

  it('treats a cap, an about band and a range by their own rules', () => {
    expect(judgeStatus(cap, 50, null, at('2030-01-01')).status).to.equal('within-cap');
    expect(judgeStatus(cap, 51, null, at('2020-01-01')).status).to.equal('over-cap');
    expect(aboutBand(100)).to.deep.equal([90, 110.00000000000001]);
    expect(judgeStatus(about, 91, null, at('2025-06-30')).status).to.equal('achieved');
    expect(judgeStatus(about, 111, null, at('2025-06-30')).status).to.equal('above-range');
    expect(judgeStatus(range, 6, null, at('2025-06-30')).status).to.equal('above-range');
    expect(judgeStatus(range, 3, null, at('2025-06-30')).status).to.equal('achieved');
  });

  it('knows the goal, the figures of the target, the share basis and counted measures', () => {
    expect(goalOf(range)).to.equal(3);
    expect(goalOf(atLeast)).to.equal(300);
    expect(goalFigures(range)).to.deep.equal([3, 5]);
    expect(goalFigures(atLeast)).to.deep.equal([300]);
    expect([shareBasis(cap), shareBasis(range), shareBasis(atLeast)]).to.deep.equal(['cap', 'minimum', 'target']);
    expect(countsThings('家')).to.equal(true);
    expect(countsThings('%')).to.equal(false);
  });
});
