import { expect } from '@open-wc/testing';
import { indexMarks } from '../src/components/deadline-timeline/deadline-timeline.hit.js';
import { layoutTimeline, type MarkPlacement, type TimelineLayout } from '../src/components/deadline-timeline/deadline-timeline.layout.js';
import { periodOf } from '../src/components/deadline-timeline/deadline-timeline.chart.js';
import { buildTimelineModel, defaultAxisYears, type GroupBy } from '../src/components/deadline-timeline/deadline-timeline.model.js';
import { generateRegister } from '../src/data/generate.js';

const asOf = new Date(Date.UTC(2025, 5, 30));

/** The chart of a generated register, as the widget lays it out. */
function layoutOf(tasks: number, groupBy: GroupBy, width: number): TimelineLayout {
  const register = generateRegister({ tasks, units: 60 });
  const axis = defaultAxisYears(register, 2025);
  const model = buildTimelineModel(register, { asOf, ...axis, groupBy, unitIds: [], role: 'all', showAnnual: true });
  const lanes = model.lanes.map((lane) => ({
    key: lane.key,
    kind: lane.kind === 'annual' ? ('annual' as const) : ('dated' as const),
    items: lane.entries.map((e) => ({ id: e.task.id, label: e.task.number, state: e.state, ...periodOf(e.task.deadline) })),
  }));
  return layoutTimeline(lanes, { width, ...axis, asOf, fontSize: 16 });
}

/** The reference: every mark scanned in drawing order, the first whose box holds the point. */
function scan(marks: readonly MarkPlacement[], reach: number, x: number, y: number): MarkPlacement | null {
  for (const mark of marks) if (Math.abs(mark.x - x) <= reach && Math.abs(mark.y - y) <= reach) return mark;
  return null;
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** Points to probe: every centre, the edges and corners of every box and just outside them, and random points. */
function probes(layout: TimelineLayout, reach: number, count: number): [number, number][] {
  const points: [number, number][] = [];
  for (const { x, y } of layout.marks) {
    points.push([x, y]);
    for (const dx of [-reach, reach, -reach - 0.01, reach + 0.01]) points.push([x + dx, y], [x, y + dx], [x + dx, y + dx]);
  }
  const next = random(7);
  for (let i = 0; i < count; i++) points.push([next() * layout.width, next() * layout.height]);
  return points;
}

describe('deadline-timeline hit-test', () => {
  for (const [tasks, groupBy, width] of [
    [2000, 'none', 960],
    [2000, 'lead', 1280],
    [220, 'deadline', 800],
    [46, 'status', 600],
  ] as const) {
    it(`finds the same mark as a scan of every mark: ${tasks} tasks grouped by ${groupBy} at ${width} px`, () => {
      const layout = layoutOf(tasks, groupBy, width);
      expect(layout.marks.length).to.be.at.least(tasks);
      const reach = layout.pitch / 2;
      const markAt = indexMarks(layout.marks, reach);
      let hits = 0;
      for (const [x, y] of probes(layout, reach, 5000)) {
        const expected = scan(layout.marks, reach, x, y);
        const found = markAt(x, y);
        expect(found?.key ?? null, `at ${x},${y}`).to.equal(expected?.key ?? null);
        if (expected) hits++;
      }
      // Both hits and misses were probed.
      expect(hits).to.be.greaterThan(layout.marks.length);
    });
  }

  it('prefers the mark first in drawing order where two boxes touch', () => {
    const mark = (key: string, x: number, y: number) => ({ key, lane: 'l', id: 't1', label: '1', state: 'passedNoReport', x, y, d: '' }) as const;
    const markAt = indexMarks([mark('b', 20, 0), mark('a', 10, 0), mark('c', 10, 10)], 5);
    expect(markAt(15, 0)?.key).to.equal('b');
    expect(markAt(10, 5)?.key).to.equal('a');
    expect(markAt(10, 5.01)?.key).to.equal('c');
    expect(markAt(26, 0)).to.equal(null);
    expect(indexMarks([], 5)(0, 0)).to.equal(null);
  });

  it('looks at a handful of marks per lookup, not at all 2,000', () => {
    const layout = layoutOf(2000, 'none', 960);
    let reads = 0;
    // Each mark counts the reads of its position once the index is built.
    let counting = false;
    const watched = layout.marks.map(
      (mark) =>
        new Proxy(mark, {
          get(target, property, receiver) {
            if (counting && (property === 'x' || property === 'y')) reads++;
            return Reflect.get(target, property, receiver);
          },
        }),
    );
    const markAt = indexMarks(watched, layout.pitch / 2);
    counting = true;
    const next = random(3);
    const lookups = 1000;
    for (let i = 0; i < lookups; i++) markAt(next() * layout.width, next() * layout.height);
    // A scan reads 2,000 to 4,000 positions per lookup.
    expect(reads / lookups).to.be.below(40);
  });
});
