/**
 * A mark's outline by status, as an SVG path, so status never rests on colour alone: done is a
 * disc, done late a disc in a ring, in progress half filled, overdue an octagon (loud, with the
 * danger colour), deadline passed with no report a dashed square (warning colour), due this year
 * a diamond, not yet due or not started a circle, no dated deadline a hexagon, suspended a triangle,
 * cancelled a struck-through square.
 */
import type { TaskState } from '../../data/status.js';

/** Tenths of a pixel are enough, and keep path strings short. */
const r = (n: number) => Math.round(n * 10) / 10;

/** An outline drawn from where it starts: its offset from the mark's centre, then relative commands. */
type Outline = readonly [dx: number, dy: number, tail: string];

/** A circle of radius `h` drawn from its left end, which it returns to. */
const circle = (h: number) => `a${r(h)},${r(h)} 0 1,0 ${r(2 * h)},0a${r(h)},${r(h)} 0 1,0 ${r(-2 * h)},0Z`;

/** Circles of the radii given, each drawn from its left end (the first is where the outline starts). */
const circles = (...radii: number[]): Outline => [-radii[0]!, 0, radii.map((h, k) => (k ? `m${r(radii[k - 1]! - h)},0` : '') + circle(h)).join('')];

/**
 * A closed polygon through `points` (offsets from the centre), as relative lines between the
 * corners rounded to tenths, so each corner is within a tenth of a pixel of where it belongs.
 */
function polygon(points: readonly (readonly [number, number])[]): Outline {
  const at = points.map(([x, y]) => [r(x), r(y)] as const);
  const lines = at.slice(1).map(([x, y], k) => `l${r(x - at[k]![0])},${r(y - at[k]![1])}`);
  return [points[0]![0], points[0]![1], `${lines.join('')}Z`];
}

/** A regular polygon of `n` corners around the offset (0, dy), the first at `turn` (radians from the right). */
const regular = (dy: number, radius: number, n: number, turn: number) =>
  polygon(Array.from({ length: n }, (_, i) => [radius * Math.cos(turn + (2 * Math.PI * i) / n), dy + radius * Math.sin(turn + (2 * Math.PI * i) / n)] as const));

function outline(state: TaskState, h: number): Outline {
  switch (state) {
    case 'completedLate':
      // A ring around a disc (filled with the even-odd rule).
      return circles(h * 1.05, h * 0.88, h * 0.74);
    case 'inProgress': {
      // A ring with its left half filled: from the inner circle's left end, up to its top, then half round.
      const i = h * 0.8;
      const [dx, dy, ring] = circles(h, i);
      return [dx, dy, `${ring}m${r(i)},${r(-i)}a${r(i)},${r(i)} 0 0,0 0,${r(2 * i)}Z`];
    }
    case 'overdue':
      return regular(0, h * 1.12, 8, Math.PI / 8);
    case 'passedNoReport':
    case 'cancelled': {
      const a = h * 0.88;
      const square = `h${r(2 * a)}v${r(2 * a)}h${r(-2 * a)}Z`;
      return [-a, -a, state === 'cancelled' ? `${square}m0,${r(2 * a)}l${r(2 * a)},${r(-2 * a)}` : square];
    }
    case 'dueThisYear': {
      const d = h * 1.12;
      return polygon([
        [0, -d],
        [d, 0],
        [0, d],
        [-d, 0],
      ]);
    }
    case 'noDeadline':
      return regular(0, h * 1.08, 6, 0);
    case 'suspended':
      return regular(-h * 0.15, h * 1.25, 3, Math.PI / 2);
    default:
      // completedOnTime, completed, notYetDue, notStarted: the fill tells them apart.
      return circles(h);
  }
}

/** Each status's outline at each mark size, worked out once: a chart of thousands of marks only places them. */
const outlines = new Map<string, Outline>();

export function shapePath(state: TaskState, x: number, y: number, size: number): string {
  const key = `${state} ${size}`;
  let shape = outlines.get(key);
  if (!shape) outlines.set(key, (shape = outline(state, size / 2)));
  return `M${r(x + shape[0])},${r(y + shape[1])}${shape[2]}`;
}
