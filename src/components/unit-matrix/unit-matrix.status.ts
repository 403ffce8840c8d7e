/**
 * How <tr-unit-matrix> draws a task's status when coloured by status: a tone (the colour the
 * styles give the mark) and a small glyph, so no two common states differ by colour alone; the
 * word comes from the shared catalog.
 */
import { html, type TemplateResult } from 'lit';
import { taskStates, type TaskState } from '../../data/status.js';
import { taskStateWord } from '../../i18n/common.js';
import type { Lang } from '../../i18n/lang.js';
import { plainList, type PlainEl } from '../base/plain.js';

type Tone = 'done' | 'late' | 'danger' | 'active' | 'quiet';

// The strokes are classes the styles draw: `s` a 1.8 stroke in the glyph's colour, `w` a wider
// one, `f` a fill, `k` a knockout in the surface colour.
const path = (cls: string, d: string): PlainEl => ({ tag: 'path', attrs: { class: cls, d } });
const circle = (cls: string, r: number): PlainEl => ({ tag: 'circle', attrs: { class: cls, cx: 8, cy: 8, r } });
const ring = circle('s', 6.5);
const check = [ring, path('s', 'M5 8.2l2 2 4-4.2')];

// 16×16 glyphs: a check in a ring (done), a bare check (done late), a clock, a ring, a disc with
// "!" (overdue), a triangle with "!" (passed, no report), an hourglass, a dot, a loop, a pause, a cross.
const glyphs: Record<TaskState, [Tone, readonly PlainEl[]]> = {
  completedOnTime: ['done', check],
  completed: ['done', check],
  completedLate: ['done', [path('s w', 'M2.5 8.5l3.5 3.5 7.5-8')]],
  inProgress: ['active', [ring, path('s', 'M8 4.5V8l2.5 1.7')]],
  notStarted: ['quiet', [ring]],
  overdue: ['danger', [circle('f', 7.2), path('k', 'M8 4v5M8 11.6v.4')]],
  passedNoReport: ['late', [path('s', 'M8 1.5L15 14H1zM8 6v4M8 11.8v.4')]],
  dueThisYear: ['late', [path('s', 'M4 2h8M4 14h8M5 2c0 4 6 4 6 6s-6 2-6 6M11 2c0 4-6 4-6 6s6 2 6 6')]],
  notYetDue: ['quiet', [circle('f', 3.5)]],
  noDeadline: ['quiet', [path('s', 'M3 7a5 5 0 0 1 9-2.5M13 9a5 5 0 0 1-9 2.5M12.5 1.5v3h-3M3.5 14.5v-3h3')]],
  suspended: ['quiet', [path('s w', 'M5.5 3v10M10.5 3v10')]],
  cancelled: ['quiet', [path('s w', 'M4 4l8 8M12 4l-8 8')]],
};

/** The class that colours a state's mark and glyph. */
export const toneClass = (state: TaskState): string => `st-${glyphs[state][0]}`;

/** A state's glyph as data, decorative (the word beside it, or the cell's name, carries the meaning). */
export function glyphElement(state: TaskState): PlainEl {
  return { tag: 'svg', attrs: { class: `glyph ${toneClass(state)}`, viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' }, children: glyphs[state][1] };
}

/** A state's glyph, decorative. */
export function stateGlyph(state: TaskState): TemplateResult {
  return html`<svg class="glyph ${toneClass(state)}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${plainList(glyphs[state][1])}</svg>`;
}

/** A state's glyph and word. */
export function stateLabel(lang: Lang, state: TaskState): TemplateResult {
  return html`<span class="state ${toneClass(state)}">${stateGlyph(state)}<span>${taskStateWord(lang, state)}</span></span>`;
}

/** The states present, in the order the catalog lists them. */
export function statesPresent(states: readonly TaskState[]): TaskState[] {
  const present = new Set(states);
  return taskStates.filter((state) => present.has(state));
}
