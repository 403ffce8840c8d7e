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

const circle = (x: number, y: number, h: number) => `M${r(x - h)},${r(y)}a${r(h)},${r(h)} 0 1,0 ${r(2 * h)},0a${r(h)},${r(h)} 0 1,0 ${r(-2 * h)},0Z`;

const polygon = (points: readonly (readonly [number, number])[]) => `M${points.map(([x, y]) => `${r(x)},${r(y)}`).join('L')}Z`;

/** A regular polygon of `n` corners around (x, y), the first at `turn` (radians from the right). */
const regular = (x: number, y: number, radius: number, n: number, turn: number) =>
  polygon(Array.from({ length: n }, (_, i) => [x + radius * Math.cos(turn + (2 * Math.PI * i) / n), y + radius * Math.sin(turn + (2 * Math.PI * i) / n)] as const));

export function shapePath(state: TaskState, x: number, y: number, size: number): string {
  const h = size / 2;
  switch (state) {
    case 'completedLate':
      // A ring around a disc (filled with the even-odd rule).
      return circle(x, y, h * 1.05) + circle(x, y, h * 0.88) + circle(x, y, h * 0.74);
    case 'inProgress': {
      // A ring with its left half filled.
      const i = h * 0.8;
      return `${circle(x, y, h)}${circle(x, y, i)}M${r(x)},${r(y - i)}A${r(i)},${r(i)} 0 0,0 ${r(x)},${r(y + i)}Z`;
    }
    case 'overdue':
      return regular(x, y, h * 1.12, 8, Math.PI / 8);
    case 'passedNoReport':
    case 'cancelled': {
      const a = h * 0.88;
      const square = `M${r(x - a)},${r(y - a)}h${r(2 * a)}v${r(2 * a)}h${r(-2 * a)}Z`;
      return state === 'cancelled' ? `${square}M${r(x - a)},${r(y + a)}L${r(x + a)},${r(y - a)}` : square;
    }
    case 'dueThisYear': {
      const d = h * 1.12;
      return polygon([
        [x, y - d],
        [x + d, y],
        [x, y + d],
        [x - d, y],
      ]);
    }
    case 'noDeadline':
      return regular(x, y, h * 1.08, 6, 0);
    case 'suspended':
      return regular(x, y - h * 0.15, h * 1.25, 3, Math.PI / 2);
    default:
      // completedOnTime, completed, notYetDue, notStarted: the fill tells them apart.
      return circle(x, y, h);
  }
}
