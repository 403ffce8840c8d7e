/**
 * The non-chart views of the timeline, as Lit templates: the legend, the table view, and the small
 * status shapes, unit lists and reports they share with the chart's tooltip and the narrow list
 * (`deadline-timeline.list.ts`).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Register, Task } from '../../data/model.js';
import type { TaskReport } from '../../data/progress.js';
import { usedRoles } from '../../data/selectors.js';
import { taskStates, type TaskState } from '../../data/status.js';
import { commonMessages, taskStateWord } from '../../i18n/common.js';
import { deadlineTimelineMessages } from '../../i18n/deadline-timeline.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { punctuation } from '../../i18n/punctuation.js';
import { shapePath } from './deadline-timeline.shapes.js';
import type { TimelineEntry, TimelineModel } from './deadline-timeline.model.js';
import { deadlineWords, named, unitWords, type Words } from './deadline-timeline.summary.js';

/** Table rows shown before a "show more" button. */
export const tablePageSize = 200;
/**
 * The annual checkpoint's arrows, one path (the legend's icon and the chart's checkpoints). The
 * shared `repeat` icon draws the same arrows as two paths, which antialias differently.
 */
export const repeatIcon = 'M3 7a5 5 0 0 1 9-2.5M13 9a5 5 0 0 1-9 2.5M12.5 1.5v3h-3M3.5 14.5v-3h3';

/** The status shape as a small inline icon (decorative: a word always goes with it). */
export function shapeIcon(state: TaskState): TemplateResult {
  return html`<svg class="shape" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${svg`<path class="s-${state}" d=${shapePath(state, 8, 8, 11)}></path>`}</svg>`;
}

/** Words, marked `lang="zh"` when they stay in the document's Chinese. */
export const words = (value: Words): TemplateResult | string => (value.zh ? html`<span lang="zh">${value.text}</span>` : value.text);

/** A task's units under the document's role words: `牵头单位：省教育厅；参与单位：…`. */
export function unitLines(register: Register, task: Task, lang: Lang): { label: Words; units: TemplateResult }[] {
  const p = punctuation(lang);
  return register.roles.flatMap((role) => {
    const ids = task.units[role.id] ?? [];
    if (!ids.length) return [];
    return [{ label: named(lang, role.label, role.labelEn), units: html`${ids.map((id, i) => html`${i ? p.list : nothing}${words(unitWords(register, id, lang))}`)}` }];
  });
}

/** A report: `2025年6月30日 · 推进中 · 完成60% · 说明`. */
export function renderReport(lang: Lang, report: TaskReport | undefined): TemplateResult | typeof nothing {
  if (!report) return nothing;
  const msg = deadlineTimelineMessages[lang];
  const parts: (string | TemplateResult)[] = [taskStateWord(lang, report.status)];
  if (report.percent !== undefined) parts.push(msg.percent(formatNumber(lang, report.percent)));
  if (report.note) parts.push(words({ text: report.note, zh: lang === 'en' }));
  return html`<time datetime=${report.date}>${formatDate(lang, new Date(`${report.date}T00:00:00Z`))}</time>${parts.map((part) => html` · ${part}`)}`;
}

/** The states drawn, each a button with its shape, word and count that highlights its marks; the checkpoint icon when the chart draws checkpoints. */
export function renderLegend(lang: Lang, model: TimelineModel, checkpoints: boolean, picked: TaskState | undefined, pick: (state: TaskState) => void): TemplateResult {
  const msg = deadlineTimelineMessages[lang];
  const counts = model.stateCounts;
  return html`<ul part="legend" aria-label=${msg.legend}>
    ${taskStates.map((state) =>
      counts[state]
        ? html`<li>
            <button type="button" class="key" part="legend-item" data-state=${state} aria-pressed=${picked === state ? 'true' : 'false'} @click=${() => pick(state)}>
              ${shapeIcon(state)}<span>${taskStateWord(lang, state)}</span> <span class="count">${formatNumber(lang, counts[state])}</span>
            </button>
          </li>`
        : nothing,
    )}
    ${model.undated.annual && checkpoints
      ? html`<li class="key">
          <svg class="shape checkpoint-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${repeatIcon}></path></svg><span>${msg.checkpoints}</span>
        </li>`
      : nothing}
  </ul>`;
}

export interface ViewHandlers {
  readonly select: (id: string) => void;
  readonly expand: (key: string) => void;
  readonly expanded: ReadonlySet<string>;
  /** Tasks the linked selection picks (null: none selected). */
  readonly picked: ReadonlySet<string> | null;
}

const pickedClass = (on: ViewHandlers, id: string) => (on.picked?.has(id) ? 'picked' : '');

/** The same tasks as a real table, in keyboard (chronological) order; a click anywhere on a row selects its task. */
export function renderTable(lang: Lang, register: Register, entries: readonly TimelineEntry[], caption: string, hasProgress: boolean, on: ViewHandlers): TemplateResult {
  const msg = deadlineTimelineMessages[lang];
  const roles = usedRoles(register);
  const shown = on.expanded.has('table') ? entries : entries.slice(0, tablePageSize);
  const rest = entries.length - shown.length;
  return html`<div class="table-wrap" part="table-wrap" role="region" aria-labelledby="table-caption" tabindex="0">
      <table part="table">
        <caption id="table-caption">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg.number}</th>
            <th scope="col">${msg.content}</th>
            ${roles.map((role) => html`<th scope="col">${words(named(lang, role.label, role.labelEn))}</th>`)}
            <th scope="col">${commonMessages[lang].deadline}</th>
            <th scope="col">${msg.status}</th>
            ${hasProgress ? html`<th scope="col">${msg.latest}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${repeat(
            shown,
            (entry) => entry.task.id,
            (entry) => html`<tr class=${pickedClass(on, entry.task.id)} data-number=${entry.task.number} data-task=${entry.task.id} @click=${() => on.select(entry.task.id)}>
              <th scope="row"><button type="button" class="link">${msg.task(entry.task.number)}</button></th>
              <td class="content" lang="zh-CN">${entry.task.content}</td>
              ${roles.map((role) => {
                const ids = entry.task.units[role.id] ?? [];
                return html`<td class="units">${ids.length ? ids.map((id, i) => html`${i ? punctuation(lang).list : nothing}${words(unitWords(register, id, lang))}`) : commonMessages[lang].none}</td>`;
              })}
              <td class="nowrap">${words(deadlineWords(lang, entry.task.deadline))}</td>
              <td class="nowrap">${shapeIcon(entry.state)} ${taskStateWord(lang, entry.state)}</td>
              ${hasProgress ? html`<td class="report">${renderReport(lang, entry.status.report)}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${rest > 0 ? html`<button type="button" class="button more" part="more" @click=${() => on.expand('table')}>${msg.showMore(rest)}</button>` : nothing}`;
}

/** The legend (its entries pick a status) and the button that switches between the chart and the table. */
export function renderToolbar(
  view: { readonly lang: Lang; readonly model: TimelineModel },
  charted: boolean,
  tableView: boolean,
  state: TaskState | undefined,
  pickState: (state: TaskState) => void,
  toggleTable: () => void,
): TemplateResult {
  const msg = deadlineTimelineMessages[view.lang];
  return html`<div part="toolbar">
    ${renderLegend(view.lang, view.model, charted && !tableView, state, pickState)}
    <button type="button" class="button" part="table-toggle" @click=${toggleTable}>
      <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d=${tableView ? 'M2 13.5h12M4 11V7M8 11V3M12 11V5' : 'M1.5 2.5h13v11h-13zM1.5 6h13M1.5 9.5h13M6 6v7.5'} fill="none" stroke="currentColor" stroke-width="1.4" />
      </svg>
      ${tableView ? (charted ? msg.chartView : msg.listView) : msg.tableView}
    </button>
  </div>`;
}
