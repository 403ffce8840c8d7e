/**
 * The timeline's narrow list (containers below 480 px): the tasks grouped by year (or by lane),
 * each group a heading with a button that opens or closes it. What a reader on a phone needs
 * first shows first: by default the groups with overdue tasks, tasks past their deadline with no
 * report or tasks due this year, and the as-of year's and the next year's group, are open, in
 * order, until `limit` tasks show (the last one open may be cut, with a button to show all of
 * it); the others are closed with their count in the heading. Inside a group the urgent tasks
 * come first. `listPlan` decides this, pure; `renderList` draws it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { attributeError } from '../../data/errors.js';
import type { Register } from '../../data/model.js';
import type { TaskState } from '../../data/status.js';
import { taskStateWord } from '../../i18n/common.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import type { Lang } from '../../i18n/lang.js';
import { punctuation } from '../../i18n/punctuation.js';
import { readNumber } from '../base/attributes.js';
import type { TimelineEntry } from './deadline-timeline.model.js';
import { deadlineWords, type ListSection } from './deadline-timeline.summary.js';
import { shapeIcon, unitLines, words, type ViewHandlers } from './deadline-timeline.views.js';

/** Tasks the narrow list shows before "show all" when `limit` is not set. */
export const defaultListLimit = 6;

/** `limit`: a whole number of 1 or more, or `all`; empty for the default. */
export function readListLimit(value: unknown): number {
  if (typeof value === 'string' && value.trim().toLowerCase() === 'all') return Infinity;
  const limit = readNumber('limit', value);
  if (limit === null) return defaultListLimit;
  if (!Number.isInteger(limit) || limit < 1) throw attributeError('limit', 'attrInvalid', ['limit', String(value).trim(), 'expectPositiveInteger']);
  return limit;
}

/** The states a reader looks for first, most urgent first; the rest keep their date order after them. */
const urgent: readonly TaskState[] = ['overdue', 'passedNoReport', 'dueThisYear'];
const rank = (entry: TimelineEntry) => {
  const at = urgent.indexOf(entry.state);
  return at < 0 ? urgent.length : at;
};

/** One group as drawn: open or closed, the tasks shown (urgent first) and how many more it has. */
export interface PlannedSection {
  readonly section: ListSection;
  readonly open: boolean;
  readonly shown: readonly TimelineEntry[];
  readonly total: number;
}

export interface ListState {
  /** Most tasks shown by default (Infinity: all). */
  readonly limit: number;
  readonly asOfYear: number;
  /** Groups the reader opened or closed (their keys): the opposite of the default. */
  readonly toggled: ReadonlySet<string>;
  /** Groups the reader asked to show in full. */
  readonly expanded: ReadonlySet<string>;
}

/** Which groups are open and which of their tasks show. */
export function listPlan(sections: readonly ListSection[], state: ListState): PlannedSection[] {
  const wanted = (s: ListSection) => s.entries.some((e) => urgent.includes(e.state)) || (s.year != null && s.year >= state.asOfYear && s.year <= state.asOfYear + 1);
  const anyWanted = sections.some(wanted);
  let budget = state.limit;
  return sections.map((section, i) => {
    const byDefault = budget > 0 && (anyWanted ? wanted(section) : i === 0);
    const open = state.toggled.has(section.key) ? !byDefault : byDefault;
    const sorted = [...section.entries].sort((a, b) => rank(a) - rank(b));
    const room = byDefault ? budget : state.limit;
    const shown = !open ? [] : state.expanded.has(section.key) ? sorted : sorted.slice(0, Math.max(1, room));
    if (byDefault) budget -= shown.length;
    return { section, open, shown, total: section.entries.length };
  });
}

export interface ListHandlers extends ViewHandlers {
  readonly toggle: (key: string) => void;
}

/** The tasks as a vertical list of groups that open and close. */
export function renderList(lang: Lang, register: Register, plan: readonly PlannedSection[], on: ListHandlers): TemplateResult {
  const msg = deadlineTimelineMessages[lang];
  const p = punctuation(lang);
  return html`<div part="list" class="list">
    ${plan.map(({ section, open, shown, total }, s) => {
      const rest = total - shown.length;
      return html`<section aria-labelledby="list-${s}">
        <h3>
          <button type="button" class="group" part="list-group" id="list-${s}" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `list-${s}-items` : nothing} @click=${() => on.toggle(section.key)}>
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6 3.5l4.5 4.5L6 12.5" /></svg>${section.heading}
          </button>
        </h3>
        ${open
          ? html`<ul id="list-${s}-items">
                ${repeat(
                  shown,
                  (entry) => entry.task.id,
                  (entry) => html`<li>
                    <button type="button" class="item ${on.picked?.has(entry.task.id) ? 'picked' : ''}" part="list-item" data-number=${entry.task.number} data-task=${entry.task.id} @click=${() => on.select(entry.task.id)}>
                      ${shapeIcon(entry.state)}
                      <span class="item-head"
                        ><strong>${msg.task(entry.task.number)}</strong> <span class="item-status">${taskStateWord(lang, entry.state)}</span>
                        <span class="item-deadline">${words(deadlineWords(lang, entry.task.deadline))}</span></span
                      >
                      <span class="item-text" lang="zh-CN">${entry.task.content}</span>
                      <span class="item-units">${unitLines(register, entry.task, lang).map((line, i) => html`${i ? p.clause : nothing}${words(line.label)}${p.colon}${line.units}`)}</span>
                    </button>
                  </li>`,
                )}
              </ul>
              ${rest > 0 ? html`<button type="button" class="button more" part="more" @click=${() => on.expand(section.key)}>${msg.showAll(total)}</button>` : nothing}`
          : nothing}
      </section>`;
    })}
  </div>`;
}
