/**
 * The scorecard's geometry, pure: where each state's segment sits in a unit's bar, and when the
 * widget switches to its narrow layout. A bar's length is the unit's task count against the most
 * any unit has; each segment's width is its count on the same scale, in percent of the track.
 */
import { taskStates, type TaskState } from '../../data/status.js';
import type { StateCounts } from './unit-scorecard.model.js';

/** The states in a bar, left to right: done, under way, late or silent, not yet due, set aside (the order of `taskStates`). */
export const barStates: readonly TaskState[] = taskStates;

export interface BarSegment {
  readonly state: TaskState;
  readonly count: number;
  /** Start and width in percent of the full track. */
  readonly x: number;
  readonly width: number;
}

/** The segments of a bar (states with no task left out), scaled so that `maxTasks` fills the track. */
export function barSegments(counts: StateCounts, maxTasks: number): BarSegment[] {
  const scale = maxTasks > 0 ? 100 / maxTasks : 0;
  const segments: BarSegment[] = [];
  let x = 0;
  for (const state of barStates) {
    const count = counts[state];
    if (!count) continue;
    const width = count * scale;
    segments.push({ state, count, x, width });
    x += width;
  }
  return segments;
}

/** Below 30em (480px at 16px) the table becomes a list: name, then the bar at full width, then the figures. */
export const narrowEm = 30;

/** Whether a measured width calls for the narrow layout (never before the first measurement). */
export function isNarrow(width: number, fontSize: number): boolean {
  return width > 0 && width < narrowEm * fontSize;
}
