import { expect } from '@open-wc/testing';
import { chartAt, periodOf, type TimelineView } from '../src/components/deadline-timeline/deadline-timeline.chart.js';
import { bandColumns, layoutTimeline, shapePath, yearScale, type LayoutLane, type MarkPlacement, type TimelineLayout } from '../src/components/deadline-timeline/deadline-timeline.layout.js';
import { buildTimelineModel, defaultAxisYears, pickedTasks, undatedKinds, type ModelOptions, type TimelineModel } from '../src/components/deadline-timeline/deadline-timeline.model.js';
import { laneName, stateParts } from '../src/components/deadline-timeline/deadline-timeline.summary.js';
import { bundledRegister } from '../src/data/bundled.js';
import { generateRegister } from '../src/data/generate.js';
import { parseProgress } from '../src/data/progress.js';
import { parseIsoDate } from '../src/data/query.js';
import { parseRegister } from '../src/data/schema-v2.js';
import { taskStates } from '../src/data/status.js';
import type { Register } from '../src/data/model.js';
import { kindsProgress, kindsRegister, responsibleOnly } from './deadline-timeline.fixtures.js';

const register = bundledRegister();
const kinds = parseRegister(kindsRegister());
const progress = parseProgress(kindsProgress(), kinds, parseIsoDate('2026-11-30')!).progress;
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
const lanesOf = (model: TimelineModel): LayoutLane[] =>
  model.lanes.map((lane) => ({
    key: lane.key,
    kind: lane.kind === 'annual' ? 'annual' : (undatedKinds as readonly string[]).includes(lane.kind) ? 'undated' : 'dated',
    items: lane.entries.map((e) => ({ id: e.task.id, label: e.task.number, state: e.state, ...periodOf(e.task.deadline) })),
  }));
const layoutOf = (reg: Register, change: Partial<ModelOptions>, width: number, withProgress?: typeof progress): TimelineLayout => {
  const o = options(change);
  return layoutTimeline(lanesOf(buildTimelineModel(reg, o, withProgress)), { width, from: o.from, to: o.to, asOf: o.asOf });
};
const markOf = (marks: readonly MarkPlacement[], number: string) => marks.find((m) => m.label === number)!;
const x = (layout: TimelineLayout, iso: string) => layout.scale(at(iso));
const stateOf = (model: TimelineModel, number: string) => model.entries.find((e) => e.task.number === number)!.state;

describe('deadline-timeline model', () => {
  it('defaults the axis to the earliest deadline (or as-of) year through the last deadline (or as-of) year', () => {
    expect(defaultAxisYears(register, 2026)).to.deep.equal({ from: 2022, to: 2026 });
    expect(defaultAxisYears(register, 2023)).to.deep.equal({ from: 2022, to: 2025 });
    expect(defaultAxisYears(kinds, 2024)).to.deep.equal({ from: 2023, to: 2025 });
  });

  it('gives each task its status from the reports at several as-of dates, late completions and annual work included', () => {
    const model = (iso: string) => buildTimelineModel(kinds, options({ asOf: at(iso), from: 2023, to: 2025 }), progress);
    const mid2024 = model('2024-06-30');
    expect(['52', '53', '54', '55', '56', '57', '58', '59', '60'].map((n) => stateOf(mid2024, n))).to.deep.equal([
      'inProgress',
      'completedOnTime',
      'overdue',
      'notYetDue',
      // 56 (持续推进) is reported in progress only in September.
      'noDeadline',
      'noDeadline',
      'noDeadline',
      'dueThisYear',
      'passedNoReport',
    ]);
    // Annual work: completed for 2024 in December, and due again in 2025 with no report for it.
    expect(stateOf(model('2024-12-15'), '59')).to.equal('completedOnTime');
    const mid2025 = model('2025-06-30');
    expect(['52', '53', '54', '55', '59'].map((n) => stateOf(mid2025, n))).to.deep.equal(['completedLate', 'completedOnTime', 'overdue', 'inProgress', 'dueThisYear']);
    expect(mid2025.entries.find((e) => e.task.number === '52')!.status.report).to.include({ date: '2025-02-20', note: '已通过验收。' });
    // Without reports a passed deadline is only passed, never overdue.
    const plain = buildTimelineModel(kinds, options({ asOf: at('2025-06-30'), from: 2023, to: 2025 }));
    expect(['52', '53', '54', '60'].map((n) => stateOf(plain, n))).to.deep.equal(['passedNoReport', 'passedNoReport', 'passedNoReport', 'passedNoReport']);
    expect(plain.stateCounts.overdue).to.equal(0);
  });

  it('orders tasks by the end of their period, then document order, with the undated lanes last', () => {
    const numbers = buildTimelineModel(kinds, options({ from: 2023, to: 2025 })).entries.map((e) => e.task.number);
    expect(numbers).to.deep.equal(['60', '54', '53', '52', '55', '59', '56', '57', '58']);
    const bundled = buildTimelineModel(register, options()).entries.map((e) => e.task.number);
    expect(bundled.slice(0, 6)).to.deep.equal(['26', '2', '6', '16', '1', '3']);
    expect(bundled.slice(-14)).to.deep.equal(['7', '8', '9', '12', '13', '15', '18', '19', '24', '25', '28', '40', '41', '46']);
  });

  it('puts annual, ongoing, worded and missing deadlines in lanes of their own, named with the document’s words', () => {
    const model = buildTimelineModel(kinds, options({ from: 2023, to: 2025 }));
    expect(model.lanes.map((l) => `${l.key}=${l.entries.map((e) => e.task.number).join(',')}`)).to.deep.equal(['dated=60,54,53,52,55', 'annual=59', 'ongoing=56', 'text=57', 'none=58']);
    expect(model.lanes.map((l) => laneName(l, kinds, 'zh-CN', model))).to.deep.equal(['有明确期限的任务', '每年', '持续推进', '年内见成效', '未规定期限']);
    expect(model.lanes.map((l) => laneName(l, kinds, 'en', model)).slice(1)).to.deep.equal(['Annual routine work', 'Ongoing', 'Deadline in words', 'No deadline stated']);
    expect(model.undated).to.deep.equal({ annual: 1, ongoing: 1, text: 1, none: 1 });
    expect(model.byYear).to.deep.equal([
      [2023, 1],
      [2024, 3],
      [2025, 1],
    ]);
  });

  it('counts tasks outside the axis and hidden annual work', () => {
    const narrowed = buildTimelineModel(register, options({ from: 2024, to: 2025, showAnnual: false }));
    expect(narrowed.outside).to.equal(3);
    expect(narrowed.hiddenAnnual).to.equal(14);
    expect(narrowed.entries).to.have.length(29);
  });

  it('filters by unit and role', () => {
    expect(buildTimelineModel(register, options({ unitIds: ['trade-unions'], role: 'all' })).entries.map((e) => e.task.number)).to.deep.equal(['27']);
    expect(buildTimelineModel(register, options({ unitIds: ['trade-unions'], role: 'lead' })).entries).to.have.length(0);
    expect(buildTimelineModel(kinds, options({ unitIds: ['xq'], role: 'responsible' })).entries.map((e) => e.task.number)).to.deep.equal(['52', '58']);
  });

  it('makes lanes per lead unit, per year, per status and per section in document order', () => {
    const byLead = buildTimelineModel(register, options({ groupBy: 'lead' }));
    const inLane = (key: string) => byLead.lanes.find((l) => l.key === key)!.entries.map((e) => e.task.number);
    expect(inLane('lead:wenzhou')).to.deep.equal(['31']);
    expect(inLane('lead:taizhou')).to.deep.equal(['31']);
    expect(byLead.multiLead).to.deep.equal(['31']);
    expect(byLead.laneRole).to.equal('lead');
    expect(buildTimelineModel(register, options({ groupBy: 'deadline' })).lanes.map((l) => l.key)).to.deep.equal(['year:2022', 'year:2023', 'year:2024', 'year:2025', 'annual']);
    const byStatus = buildTimelineModel(kinds, options({ groupBy: 'status', asOf: at('2024-06-30'), from: 2023, to: 2025 }), progress);
    expect(byStatus.lanes.map((l) => `${l.key}=${l.entries.length}`)).to.deep.equal([
      'status:completedOnTime=1',
      'status:inProgress=1',
      'status:overdue=1',
      'status:passedNoReport=1',
      'status:notYetDue=1',
      'annual=1',
      'ongoing=1',
      'text=1',
      'none=1',
    ]);
    const bySection = buildTimelineModel(kinds, options({ groupBy: 'section', from: 2023, to: 2025 }));
    expect(bySection.lanes.map((l) => `${l.key}=${l.entries.map((e) => e.task.number).join(',')}`).slice(0, 2)).to.deep.equal(['section:s1=54,53,52', 'section:s2=60,55']);
    expect(bySection.lanes.slice(0, 2).map((l) => laneName(l, kinds, 'zh-CN', bySection))).to.deep.equal(['一、稳增长', '二、惠民生']);
  });

  it('groups by the first role a register uses when it has no lead units, and says so in the lane', () => {
    const only = parseRegister(responsibleOnly());
    const model = buildTimelineModel(only, options({ groupBy: 'lead', from: 2023, to: 2025 }));
    expect(model.laneRole).to.equal('responsible');
    expect(model.lanes.filter((l) => l.kind === 'lead').map((l) => laneName(l, only, 'zh-CN', model))).to.deep.equal([
      '责任单位：市发改委',
      '责任单位：市经信局',
      '责任单位：市教育局',
      '责任单位：各县市区人民政府',
    ]);
    expect(model.multiLead).to.deep.equal(['52']);
    // A register with lead units where a dated task has none: the task keeps a lane, named so.
    const input = kindsRegister();
    input.tasks[3]!.units = { responsible: ['jyj'] };
    const withoutLead = parseRegister(input);
    const mixed = buildTimelineModel(withoutLead, options({ groupBy: 'lead', from: 2023, to: 2025 }));
    const last = mixed.lanes.filter((l) => l.kind === 'lead').at(-1)!;
    expect([last.key, last.entries.map((e) => e.task.number), laneName(last, withoutLead, 'zh-CN', mixed)]).to.deep.equal(['lead:', ['55'], '未列牵头单位']);
  });

  it('picks the tasks of a selected unit (any role), task, status or section (with its subsections)', () => {
    const model = buildTimelineModel(kinds, options({ asOf: at('2024-06-30'), from: 2023, to: 2025 }), progress);
    const numbers = (selection: Parameters<typeof pickedTasks>[2]) => {
      const picked = pickedTasks(kinds, model.entries, selection);
      return picked && kinds.tasks.filter((t) => picked.has(t.id)).map((t) => t.number);
    };
    expect(numbers({})).to.equal(null);
    expect(numbers({ unit: 'xq' })).to.deep.equal(['52', '58']);
    expect(numbers({ task: 't55' })).to.deep.equal(['55']);
    expect(numbers({ state: 'overdue' })).to.deep.equal(['54']);
    expect(numbers({ section: 's2' })).to.deep.equal(['55', '56', '57', '58', '60']);
    expect(numbers({ unit: 'jyj', state: 'noDeadline' })).to.deep.equal(['56', '57', '58']);
  });

  it('names the states in the summary: completions with those on time, and the honest words without reports', () => {
    const model = buildTimelineModel(kinds, options({ asOf: at('2025-06-30'), from: 2023, to: 2025 }), progress);
    expect(stateParts('zh-CN', model.stateCounts, true)).to.deep.equal([
      '已完成2项（按期1项）',
      '逾期未完成1项',
      '期限已过（未报告完成情况）1项',
      '推进中2项',
      '本年到期1项',
      '无明确期限2项',
    ]);
    const plain = buildTimelineModel(register, options());
    expect(stateParts('zh-CN', plain.stateCounts, false)).to.deep.equal(['期限已过（未报告完成情况）32项', '本年到期14项']);
  });
});

describe('deadline-timeline layout', () => {
  it('puts a year deadline inside its own year: task 2 (2023) between 1 January 2023 and 1 January 2024, never in 2024', () => {
    const layout = layoutOf(register, {}, 1000);
    for (const [number, year] of [
      ['26', 2022],
      ['2', 2023],
      ['6', 2023],
      ['16', 2024],
      ['1', 2025],
    ] as const) {
      const mark = markOf(layout.marks, number);
      expect(mark.x - layout.markSize / 2, `task ${number}`).to.be.above(x(layout, `${year}-01-01`));
      expect(mark.x + layout.markSize / 2, `task ${number}`).to.be.below(x(layout, `${year + 1}-01-01`));
    }
    // A bracket spans each year that holds year deadlines, and suggests no day.
    const brackets = layout.periods.filter((p) => p.precision === 'year');
    expect(brackets.map((p) => Math.round(p.x0))).to.deep.equal([2022, 2023, 2024, 2025].map((y) => Math.round(x(layout, `${y}-01-01`) + 2)));
    expect(brackets.map((p) => Math.round(p.x1))).to.deep.equal([2023, 2024, 2025, 2026].map((y) => Math.round(x(layout, `${y}-01-01`) - 2)));
  });

  it('places month and date deadlines at their position in the year', () => {
    const layout = layoutOf(kinds, { from: 2023, to: 2025, asOf: at('2024-06-30') }, 1400);
    const june = markOf(layout.marks, '53');
    expect(june.x).to.be.within(x(layout, '2024-06-01'), x(layout, '2024-07-01'));
    const march31 = markOf(layout.marks, '54');
    expect(Math.abs(march31.x - x(layout, '2024-03-31'))).to.be.at.most(layout.pitch / 2 + 1e-9);
    // The year deadline of 2024 stays in 2024, apart from the others.
    const end2024 = markOf(layout.marks, '52');
    expect(end2024.x).to.be.within(x(layout, '2024-01-01'), x(layout, '2025-01-01'));
    const dated = layout.marks.filter((m) => m.lane === 'dated');
    for (const a of dated) for (const b of dated) if (a !== b) expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).to.be.at.least(layout.pitch - 1e-9);
    expect(layout.periods.map((p) => p.precision).sort()).to.deep.equal(['date', 'month', 'year', 'year', 'year']);
    const monthBracket = layout.periods.find((p) => p.precision === 'month')!;
    expect(monthBracket.x0).to.be.at.least(x(layout, '2024-06-01'));
    expect(monthBracket.x1).to.be.at.most(x(layout, '2024-07-01'));
  });

  it('keeps undated work off the axis, below it, and the as-of line out of the year labels', () => {
    const layout = layoutOf(kinds, { from: 2023, to: 2025, asOf: at('2024-06-30') }, 1000);
    const lane = (key: string) => layout.lanes.find((l) => l.key === key)!;
    expect(layout.lanes.map((l) => l.kind)).to.deep.equal(['dated', 'annual', 'undated', 'undated', 'undated']);
    expect(layout.axisBottom).to.equal(lane('annual').bottom);
    for (const key of ['ongoing', 'text', 'none']) expect(lane(key).top).to.be.at.least(layout.axisBottom);
    expect(layout.yearLabelY).to.be.below(layout.asOfLabelY);
    // No kind of deadline without a date is drawn on a year.
    for (const number of ['56', '57', '58']) expect(markOf(layout.marks, number).y).to.be.above(layout.axisBottom);
    // Every lane undated: no axis at all.
    const undated = layoutTimeline([{ key: 'none', kind: 'undated', items: [{ id: 't1', label: '1', state: 'noDeadline' }] }], { width: 600, from: 2023, to: 2023, asOf: at('2023-06-30') });
    expect(undated.years).to.have.length(0);
    expect(undated.plotTop).to.equal(0);
  });

  it('stacks the 28 tasks due in 2025 without overlap, inside 2025, in document order row by row', () => {
    const layout = layoutOf(register, {}, 1200);
    const marks = layout.marks.filter((m) => m.lane === 'dated' && m.x > x(layout, '2025-01-01') && m.x < x(layout, '2026-01-01'));
    expect(marks).to.have.length(28);
    for (const a of marks) for (const b of marks) if (a !== b) expect(Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y))).to.be.at.least(layout.pitch - 1e-9);
    expect(Math.min(...marks.map((m) => m.x - layout.markSize / 2))).to.be.above(x(layout, '2025-01-01'));
    expect(Math.max(...marks.map((m) => m.x + layout.markSize / 2))).to.be.below(x(layout, '2026-01-01'));
    const bottomRow = marks.filter((m) => m.y === Math.max(...marks.map((n) => n.y)));
    expect(bottomRow.map((m) => m.label)).to.deep.equal([...bottomRow].sort((a, b) => a.x - b.x).map((m) => m.label));
    expect(bottomRow[0]!.label).to.equal('1');
  });

  it('centres a year band’s columns inside the band', () => {
    expect(bandColumns(100, 200, 25)).to.deep.equal([125, 150, 175]);
    expect(bandColumns(0, 10, 25)).to.deep.equal([5]);
  });

  it('lays annual work in its own lane across the axis with a checkpoint at every year end', () => {
    const layout = layoutOf(register, { asOf: at('2023-06-30') }, 1000);
    const annualLane = layout.lanes.find((l) => l.kind === 'annual')!;
    const annual = layout.marks.filter((m) => m.lane === 'annual');
    expect(annual).to.have.length(14);
    expect(annual.every((m) => m.y > annualLane.bandY! && m.y < annualLane.bottom)).to.equal(true);
    expect(layout.checkpoints.map((c) => c.year)).to.deep.equal([2022, 2023, 2024, 2025, 2026]);
    expect(layout.checkpoints.map((c) => c.time)).to.deep.equal(['past', 'current', 'future', 'future', 'future']);
    expect(layout.checkpoints[1]!.x).to.equal(x(layout, '2024-01-01'));
  });

  it('keeps lanes apart and marks inside their lane', () => {
    const layout = layoutOf(register, { groupBy: 'lead', to: 2025, asOf: at('2023-06-30') }, 900);
    for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i]!.top).to.equal(layout.lanes[i - 1]!.bottom);
    for (const mark of layout.marks) {
      const lane = layout.lanes.find((l) => l.key === mark.lane)!;
      expect(mark.y - layout.markSize / 2).to.be.at.least(lane.top);
      expect(mark.y + layout.markSize / 2).to.be.at.most(lane.bottom);
    }
    expect(layout.marks.filter((m) => m.label === '31').map((m) => m.lane)).to.deep.equal(['lead:wenzhou', 'lead:taizhou']);
  });

  it('places the as-of line on the scale, clamped to the axis when the date is outside it', () => {
    const inside = layoutOf(register, {}, 1000);
    expect(inside.asOfSide).to.equal('inside');
    expect(inside.asOfX).to.equal(inside.scale(at('2026-11-29')));
    const after = layoutOf(register, { to: 2025 }, 1000);
    expect(after.asOfSide).to.equal('after');
    expect(after.asOfX).to.equal(after.x1);
    expect(yearScale(2022, 2026, 0, 500)(at('2023-01-01'))).to.be.closeTo(100, 0.2);
  });

  it('switches to small unlabelled marks when numbered ones would not fit, keeping every task', () => {
    const big = generateRegister({ tasks: 2000, units: 60 });
    const layout = layoutOf(big, { from: 2021, to: 2030, asOf: at('2025-06-30') }, 1200);
    expect(layout.dense).to.equal(true);
    expect(layout.marks).to.have.length(2000);
    expect(new Set(layout.marks.map((m) => `${m.x},${m.y}`)).size).to.equal(2000);
    expect(Math.max(...layout.marks.map((m) => m.x + layout.markSize / 2))).to.be.at.most(1200);
  });

  it('draws a distinct outline for each look of a status', () => {
    const paths = taskStates.map((s) => shapePath(s, 10, 10, 20));
    // Completed and completed on time share the disc; not started and not yet due share the circle (their fill differs).
    expect(new Set(paths).size).to.equal(taskStates.length - 3);
    expect(shapePath('passedNoReport', 10, 10, 20)).to.equal('M1.2,1.2h17.6v17.6h-17.6Z');
    expect(shapePath('overdue', 10, 10, 20).match(/l/g)).to.have.length(7);
  });

  it('lays out the view at a size: the narrow list below 480 px, the chart above', () => {
    const model = buildTimelineModel(kinds, options({ from: 2023, to: 2025 }));
    const view = { model, lang: 'zh-CN', groupBy: 'none', from: 2023, to: 2025, asOf: at('2024-06-30'), laneLabels: new Map(model.lanes.map((l) => [l.key, l.key])) } as unknown as TimelineView;
    expect(chartAt(view, { width: 400, fontSize: 16 }).layout).to.equal(null);
    expect(chartAt(view, { width: 400, fontSize: 16 }).sections.map((s) => s.key)).to.deep.equal(['year:2023', 'year:2024', 'year:2025', 'annual', 'ongoing', 'text', 'none']);
    expect(chartAt(view, { width: 900, fontSize: 16 }).placementsOf.get('t52')).to.have.length(1);
  });
});
