import { expect } from '@open-wc/testing';
import {
  deadlineX,
  layoutTimeline,
  shapePath,
  stack,
  yearScale,
  type LayoutLane,
  type MarkPlacement,
} from '../src/components/deadline-timeline/deadline-timeline.layout.js';
import { buildTimelineModel, defaultAxisYears, type ModelOptions } from '../src/components/deadline-timeline/deadline-timeline.model.js';
import { bundledRegister } from '../src/data/bundled.js';
import { generateRegister } from '../src/data/generate.js';
import { parseIsoDate } from '../src/data/query.js';

const register = bundledRegister();
const at = (iso: string) => parseIsoDate(iso)!;
const options = (change: Partial<ModelOptions> = {}): ModelOptions => ({
  asOf: at('2026-11-29'),
  from: 2022,
  to: 2026,
  groupBy: 'none',
  unitIds: [],
  role: 'all',
  showAnnual: true,
  ...change,
});
const lanesOf = (change: Partial<ModelOptions> = {}): LayoutLane[] =>
  buildTimelineModel(register, options(change)).lanes.map((lane) => ({
    key: lane.key,
    annual: lane.kind === 'annual',
    items: lane.entries.map((e) => ({ number: e.task.number, year: e.year, status: e.status })),
  }));
const markOf = (marks: readonly MarkPlacement[], number: number) => marks.find((m) => m.number === number)!;

describe('deadline-timeline model', () => {
  it('defaults the axis to the earliest deadline (or as-of) year through the last deadline (or as-of) year', () => {
    expect(defaultAxisYears(register, 2026)).to.deep.equal({ from: 2022, to: 2026 });
    expect(defaultAxisYears(register, 2023)).to.deep.equal({ from: 2022, to: 2025 });
    expect(defaultAxisYears(register, 2020)).to.deep.equal({ from: 2020, to: 2025 });
  });

  it('gives each task its status at the as-of date', () => {
    const status = (iso: string, number: number) =>
      buildTimelineModel(register, options({ asOf: at(iso) })).entries.find((e) => e.task.number === number)!.status;
    expect(status('2023-06-30', 26)).to.equal('passed');
    expect(status('2023-06-30', 2)).to.equal('due-this-year');
    expect(status('2023-06-30', 1)).to.equal('upcoming');
    expect(status('2023-06-30', 7)).to.equal('annual');
    const late = buildTimelineModel(register, options({ asOf: at('2026-11-29') }));
    expect(late.entries.filter((e) => e.year !== null).every((e) => e.status === 'passed')).to.equal(true);
    expect(late.statusCounts).to.deep.equal({ passed: 32, 'due-this-year': 0, upcoming: 0 });
  });

  it('orders tasks by deadline year, then number, with annual work last', () => {
    const numbers = buildTimelineModel(register, options()).entries.map((e) => e.task.number);
    expect(numbers.slice(0, 6)).to.deep.equal([26, 2, 6, 16, 1, 3]);
    expect(numbers.slice(-14)).to.deep.equal([7, 8, 9, 12, 13, 15, 18, 19, 24, 25, 28, 40, 41, 46]);
    expect(numbers).to.have.length(46);
  });

  it('counts tasks per year, annual work, tasks outside the axis and hidden annual work', () => {
    const model = buildTimelineModel(register, options());
    expect(model.byYear).to.deep.equal([
      [2022, 1],
      [2023, 2],
      [2024, 1],
      [2025, 28],
    ]);
    expect(model.annual).to.equal(14);
    const narrowed = buildTimelineModel(register, options({ from: 2024, to: 2025, showAnnual: false }));
    expect(narrowed.outside).to.equal(3);
    expect(narrowed.hiddenAnnual).to.equal(14);
    expect(narrowed.entries).to.have.length(29);
  });

  it('filters by unit and role as the matrix does', () => {
    const lead = buildTimelineModel(register, options({ unitIds: ['trade-unions'], role: 'all' }));
    expect(lead.entries.map((e) => e.task.number)).to.deep.equal([27]);
    expect(buildTimelineModel(register, options({ unitIds: ['trade-unions'], role: 'lead' })).entries).to.have.length(0);
    expect(buildTimelineModel(register, options({ unitIds: ['edu'], role: 'lead' })).entries).to.have.length(24);
  });

  it('makes lanes per lead (a task with two leads in both), per year and per status', () => {
    const byLead = buildTimelineModel(register, options({ groupBy: 'lead' }));
    const inLane = (key: string) => byLead.lanes.find((l) => l.key === key)!.entries.map((e) => e.task.number);
    expect(inLane('lead:wenzhou')).to.deep.equal([31]);
    expect(inLane('lead:taizhou')).to.deep.equal([31]);
    expect(byLead.multiLead).to.deep.equal([31]);
    expect(byLead.lanes.at(-1)!.key).to.equal('annual');
    const byYear = buildTimelineModel(register, options({ groupBy: 'deadline' }));
    expect(byYear.lanes.map((l) => l.key)).to.deep.equal(['year:2022', 'year:2023', 'year:2024', 'year:2025', 'annual']);
    const byStatus = buildTimelineModel(register, options({ groupBy: 'status', asOf: at('2023-06-30') }));
    expect(byStatus.lanes.map((l) => `${l.key}=${l.entries.length}`)).to.deep.equal([
      'status:passed=1',
      'status:due-this-year=2',
      'status:upcoming=29',
      'annual=14',
    ]);
  });
});

describe('deadline-timeline layout', () => {
  it('puts a deadline at the end of its year: a 2023 task sits on 1 January 2024, 00:00 UTC', () => {
    const layout = layoutTimeline(lanesOf(), { width: 1000, from: 2022, to: 2026, asOf: at('2026-11-29') });
    const scale = yearScale(2022, 2026, layout.x0, layout.x1);
    const endOf2023 = scale(new Date(Date.UTC(2024, 0, 1)));
    expect(deadlineX(layout.scale, 2023)).to.equal(endOf2023);
    // Tasks 2 and 6 are due in 2023: both anchored there, the later-numbered one on the line itself.
    expect(markOf(layout.marks, 2).anchorX).to.equal(endOf2023);
    expect(markOf(layout.marks, 6).x).to.equal(endOf2023);
    expect(markOf(layout.marks, 2).x).to.be.below(endOf2023).and.above(scale(new Date(Date.UTC(2023, 0, 1))));
    // Task 26, alone in 2022, sits exactly at the end of 2022.
    expect(markOf(layout.marks, 26).x).to.equal(scale(new Date(Date.UTC(2023, 0, 1))));
  });

  it('stacks the 28 tasks due in 2025 without overlap, inside 2025', () => {
    const layout = layoutTimeline(lanesOf(), { width: 1200, from: 2022, to: 2026, asOf: at('2026-11-29') });
    const marks = layout.marks.filter((m) => m.anchorX === deadlineX(layout.scale, 2025));
    expect(marks).to.have.length(28);
    const positions = new Set(marks.map((m) => `${m.x},${m.y}`));
    expect(positions.size).to.equal(28);
    for (const a of marks) {
      for (const b of marks) {
        if (a === b) continue;
        expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).to.be.at.least(layout.pitch - 1e-9);
      }
    }
    const start2025 = layout.scale(new Date(Date.UTC(2025, 0, 1)));
    expect(Math.min(...marks.map((m) => m.x - layout.markSize / 2))).to.be.above(start2025);
    expect(Math.max(...marks.map((m) => m.x))).to.equal(deadlineX(layout.scale, 2025));
    expect(layout.dense).to.equal(false);
    expect(layout.pitch).to.be.above(layout.markSize);
  });

  it('stacks a block right-aligned on the deadline, rows upwards, partial top row against the line', () => {
    const positions = stack(5, 3, 100, 50, 10);
    expect(positions).to.deep.equal([
      { x: 80, y: 45 },
      { x: 90, y: 45 },
      { x: 100, y: 45 },
      { x: 90, y: 35 },
      { x: 100, y: 35 },
    ]);
  });

  it('lays annual work in its own lane across the axis with a checkpoint at every year end', () => {
    const layout = layoutTimeline(lanesOf({ asOf: at('2023-06-30') }), { width: 1000, from: 2022, to: 2026, asOf: at('2023-06-30') });
    const annualLane = layout.lanes.find((l) => l.annual)!;
    const annual = layout.marks.filter((m) => m.lane === 'annual');
    expect(annual).to.have.length(14);
    expect(annual.every((m) => m.anchorX === null && m.y > annualLane.bandY! && m.y < annualLane.bottom)).to.equal(true);
    expect(layout.checkpoints.map((c) => c.year)).to.deep.equal([2022, 2023, 2024, 2025, 2026]);
    expect(layout.checkpoints.map((c) => c.status)).to.deep.equal(['passed', 'due-this-year', 'upcoming', 'upcoming', 'upcoming']);
    expect(layout.checkpoints[1]!.x).to.equal(deadlineX(layout.scale, 2023));
  });

  it('keeps lanes apart and marks inside their lane', () => {
    const layout = layoutTimeline(lanesOf({ groupBy: 'lead' }), { width: 900, from: 2022, to: 2025, asOf: at('2023-06-30') });
    for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i]!.top).to.equal(layout.lanes[i - 1]!.bottom);
    for (const mark of layout.marks) {
      const lane = layout.lanes.find((l) => l.key === mark.lane)!;
      expect(mark.y - layout.markSize / 2).to.be.at.least(lane.top);
      expect(mark.y + layout.markSize / 2).to.be.at.most(lane.bottom);
    }
    expect(layout.marks.filter((m) => m.number === 31).map((m) => m.lane)).to.deep.equal(['lead:wenzhou', 'lead:taizhou']);
  });

  it('places the as-of line on the scale, clamped to the axis when the date is outside it', () => {
    const inside = layoutTimeline(lanesOf(), { width: 1000, from: 2022, to: 2026, asOf: at('2026-11-29') });
    expect(inside.asOfSide).to.equal('inside');
    expect(inside.asOfX).to.equal(inside.scale(at('2026-11-29')));
    const after = layoutTimeline(lanesOf(), { width: 1000, from: 2022, to: 2025, asOf: at('2026-11-29') });
    expect(after.asOfSide).to.equal('after');
    expect(after.asOfX).to.equal(after.x1);
  });

  it('switches to small unlabelled marks when numbered ones would not fit, keeping every task', () => {
    const big = generateRegister({ tasks: 2000, units: 60 });
    const model = buildTimelineModel(big, options({ from: 2021, to: 2030, asOf: at('2025-06-30') }));
    const lanes = model.lanes.map((lane) => ({
      key: lane.key,
      annual: lane.kind === 'annual',
      items: lane.entries.map((e) => ({ number: e.task.number, year: e.year, status: e.status })),
    }));
    const layout = layoutTimeline(lanes, { width: 1200, from: 2021, to: 2030, asOf: at('2025-06-30') });
    expect(layout.dense).to.equal(true);
    expect(layout.marks).to.have.length(2000);
    expect(new Set(layout.marks.map((m) => `${m.x},${m.y}`)).size).to.equal(2000);
    expect(Math.max(...layout.marks.map((m) => m.x + layout.markSize / 2))).to.be.at.most(1200);
  });

  it('draws a distinct outline per status', () => {
    const paths = (['passed', 'due-this-year', 'upcoming', 'annual'] as const).map((s) => shapePath(s, 10, 10, 20));
    expect(new Set(paths).size).to.equal(4);
    expect(paths[0]).to.equal('M1.2,1.2h17.6v17.6h-17.6Z');
    expect(paths[2]).to.contain('a10,10');
  });
});
