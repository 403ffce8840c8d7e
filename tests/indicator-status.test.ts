import { expect } from '@open-wc/testing';
import { aboutBand, countsThings, goalFigures, goalOf, judgeStatus, shareBasis } from '../src/data/indicator-status.js';
import type { Indicator } from '../src/data/model.js';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = { id: 'x', task: 't1', label: '指标', labelEn: 'Indicator', quote: 'q', dueYear: 2025, measure: '家' } as const;
const atLeast = { ...base, comparator: 'atLeast', target: 300 } as Indicator;
const about = { ...base, comparator: 'about', target: 100 } as Indicator;
const cap = { ...base, comparator: 'atMost', target: 50, measure: '%' } as Indicator;
const range = { ...base, comparator: 'range', min: 3, max: 5 } as Indicator;
// 超过300家: strictly more; 低于5%: strictly less.
const moreThan = { ...base, comparator: 'moreThan', target: 300 } as Indicator;
const lessThan = { ...base, comparator: 'lessThan', target: 5, measure: '%' } as Indicator;
// A target stated without a year (the document's plan runs on, or gives no 到X年).
const noYear = { id: 'y', task: 't1', label: '指标', quote: 'q', measure: '万人', comparator: 'atLeast', target: 30 } as Indicator;

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

  it('treats 超过 as strictly more and 低于 as a strict cap', () => {
    expect(judgeStatus(moreThan, 300, null, at('2025-06-30')).status).to.equal('in-progress');
    expect(judgeStatus(moreThan, 301, null, at('2025-06-30')).status).to.equal('achieved');
    expect(judgeStatus(moreThan, 300, null, at('2026-01-01')).status).to.equal('overdue');
    expect(judgeStatus(lessThan, 4.9, null, at('2030-01-01')).status).to.equal('within-cap');
    expect(judgeStatus(lessThan, 5, null, at('2020-01-01')).status).to.equal('over-cap');
    expect([shareBasis(moreThan), shareBasis(lessThan)]).to.deep.equal(['target', 'cap']);
    expect(goalFigures(moreThan)).to.deep.equal([300]);
  });

  it('never calls a target without a due year overdue, nor judges its pace', () => {
    expect(judgeStatus(noYear, 29, null, at('2040-01-01')).status).to.equal('in-progress');
    expect(judgeStatus(noYear, 29, { baseline: 10, baselineYear: 2024 }, at('2040-01-01'))).to.deep.equal({ status: 'in-progress', expected: null });
    expect(judgeStatus(noYear, 30, null, at('2040-01-01')).status).to.equal('achieved');
    expect(judgeStatus(noYear, null, null, at('2040-01-01')).status).to.equal('no-data');
  });

  it('knows the goal, the figures of the target, the share basis and counted measures', () => {
    expect(goalOf(range)).to.equal(3);
    expect(goalOf(atLeast)).to.equal(300);
    expect(goalFigures(range)).to.deep.equal([3, 5]);
    expect(goalFigures(atLeast)).to.deep.equal([300]);
    expect([shareBasis(cap), shareBasis(range), shareBasis(atLeast)]).to.deep.equal(['cap', 'minimum', 'target']);
    expect(countsThings('家')).to.equal(true);
    expect(countsThings('%')).to.equal(false);
    expect(['人', '万人', '万个'].map(countsThings)).to.deep.equal([true, true, true]);
    expect(['亿元', '倍', 'ratio'].map(countsThings)).to.deep.equal([false, false, false]);
  });
});
