/**
 * The non-chart views of the timeline, as Lit templates: the vertical list for narrow containers,
 * the table view, and the small status shapes and texts they share with the chart.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Register } from '../../data/schema.js';
import type { TaskStatus } from '../../data/selectors.js';
import { commonMessages, taskStatusWord as statusWord } from '../../i18n/common.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { formatList, formatNumber, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { shapePath } from './deadline-timeline.layout.js';
import { datedStatuses, type TimelineEntry, type TimelineModel } from './deadline-timeline.model.js';

/** Items shown in a list section, and table rows, before a "show more" button. */
export const listPageSize = 50;
export const tablePageSize = 200;
/**
 * The annual checkpoint's arrows, one path (the legend's icon and the chart's checkpoints). The
 * shared `repeat` icon draws the same arrows as two paths, which antialias differently.
 */
export const repeatIcon = 'M3 7a5 5 0 0 1 9-2.5M13 9a5 5 0 0 1-9 2.5M12.5 1.5v3h-3M3.5 14.5v-3h3';

/** The status shape as a small inline icon (decorative: a word always goes with it). */
export function shapeIcon(status: TaskStatus): TemplateResult {
  return html`<svg class="shape" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path class="s-${status}" d=${shapePath(status, 8, 8, 11)}></path>`}</svg>`;
}


/** The status shapes with their words and counts; the checkpoint icon when the chart draws checkpoints. */
export function renderLegend(lang: Lang, model: TimelineModel, checkpoints: boolean): TemplateResult {
  const msg = deadlineTimelineMessages[lang];
  const counts = model.statusCounts;
  const item = (status: TaskStatus, count: number) =>
    html`<li>${shapeIcon(status)}<span>${statusWord(lang, status)}</span> <span class="count">${formatNumber(lang, count)}</span></li>`;
  return html`<ul part="legend" aria-label=${msg.legend}>
    ${datedStatuses.map((status) => item(status, counts[status]))} ${model.annual ? item('annual', model.annual) : nothing}
    ${model.annual && checkpoints
      ? html`<li>
          <svg class="shape checkpoint-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${repeatIcon}></path></svg
          ><span>${msg.checkpoints}</span>
        </li>`
      : nothing}
  </ul>`;
}

export function deadlineText(lang: Lang, entry: TimelineEntry): string {
  return entry.year === null ? commonMessages[lang].annual : formatYear(lang, entry.year);
}

export function unitNames(register: Register, ids: readonly string[], lang: Lang): string {
  if (!ids.length) return commonMessages[lang].none;
  const names = ids.map((id) => {
    const unit = register.units.find((u) => u.id === id);
    return unit ? (lang === 'en' ? unit.nameEn : unit.name) : id;
  });
  return formatList(lang, names);
}

/** A group of the narrow list: a heading and its tasks. */
export interface ListSection {
  readonly key: string;
  readonly heading: string;
  readonly entries: readonly TimelineEntry[];
}

export interface ViewHandlers {
  readonly select: (number: number) => void;
  readonly expand: (key: string) => void;
  readonly expanded: ReadonlySet<string>;
}

/** The tasks as a vertical list grouped by year (or by lane), for containers below 480 px. */
export function renderList(lang: Lang, register: Register, sections: readonly ListSection[], on: ViewHandlers): TemplateResult {
  const msg = deadlineTimelineMessages[lang];
  const common = commonMessages[lang];
  return html`<div part="list" class="list">
    ${sections.map((section, s) => {
      const shown = on.expanded.has(section.key) ? section.entries : section.entries.slice(0, listPageSize);
      const rest = section.entries.length - shown.length;
      return html`<section aria-labelledby="list-${s}">
        <h3 id="list-${s}">${section.heading}</h3>
        <ul>
          ${repeat(
            shown,
            (entry) => entry.task.number,
            (entry) => html`<li>
              <button type="button" class="item" part="list-item" data-number=${entry.task.number} @click=${() => on.select(entry.task.number)}>
                ${shapeIcon(entry.status)}
                <span class="item-head"
                  ><strong>${common.task(entry.task.number)}</strong> <span class="item-status">${statusWord(lang, entry.status)}</span>
                  <span class="item-deadline">${deadlineText(lang, entry)}</span></span
                >
                <span class="item-text" lang="zh-CN">${entry.task.content}</span>
                <span class="item-units">${msg.labelled(common.leadUnits, unitNames(register, entry.task.leadUnitIds, lang))}</span>
              </button>
            </li>`,
          )}
        </ul>
        ${rest > 0
          ? html`<button type="button" class="button more" part="more" @click=${() => on.expand(section.key)}>${msg.showMore(rest)}</button>`
          : nothing}
      </section>`;
    })}
  </div>`;
}

/** The same tasks as a real table, in keyboard (chronological) order. */
export function renderTable(lang: Lang, register: Register, entries: readonly TimelineEntry[], caption: string, on: ViewHandlers): TemplateResult {
  const msg = deadlineTimelineMessages[lang];
  const common = commonMessages[lang];
  const shown = on.expanded.has('table') ? entries : entries.slice(0, tablePageSize);
  const rest = entries.length - shown.length;
  return html`<div class="table-wrap" part="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0">
      <table part="table">
        <caption id="table-caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg.number}</th>
            <th scope="col">${msg.content}</th>
            <th scope="col">${common.leadUnits}</th>
            <th scope="col">${common.participantUnits}</th>
            <th scope="col">${common.deadline}</th>
            <th scope="col">${msg.status}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            shown,
            (entry) => entry.task.number,
            (entry) => html`<tr data-number=${entry.task.number}>
              <th scope="row">
                <button type="button" class="link" @click=${() => on.select(entry.task.number)}>${common.task(entry.task.number)}</button>
              </th>
              <td class="content" lang="zh-CN">${entry.task.content}</td>
              <td class="units">${unitNames(register, entry.task.leadUnitIds, lang)}</td>
              <td class="units">${unitNames(register, entry.task.participantUnitIds, lang)}</td>
              <td class="nowrap">${deadlineText(lang, entry)}</td>
              <td class="nowrap">${shapeIcon(entry.status)} ${statusWord(lang, entry.status)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${rest > 0 ? html`<button type="button" class="button more" part="more" @click=${() => on.expand('table')}>${msg.showMore(rest)}</button>` : nothing}`;
}
