/** The list's rows drawn: a task's row (a card when narrow) and the detail of one task. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Progress, TaskReport } from '../../data/progress.js';
import type { TaskState } from '../../data/status.js';
import { taskStateWord } from '../../i18n/common.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { punctuation } from '../../i18n/punctuation.js';
import { taskListMessages } from '../../i18n/task-list.js';
import { icon, type IconName } from '../base/icons.js';
import { named, reportsOf, type TaskRow, type Text } from './task-list.model.js';

/** What drawing a row needs beside the row. */
export interface RowContext {
  readonly lang: Lang;
  readonly asOf: Date;
  readonly progress: Progress | undefined;
  readonly open: ReadonlySet<string>;
  readonly selectedTask: string | undefined;
  readonly toggle: (row: TaskRow) => void;
}

/** Each status's icon and tone: the word beside it carries the meaning, never the colour alone. */
const looks: Record<TaskState, [IconName, string]> = {
  completedOnTime: ['check', 'done'],
  completedLate: ['check', 'done'],
  completed: ['check', 'done'],
  inProgress: ['clock', 'active'],
  notStarted: ['dot', 'neutral'],
  overdue: ['error', 'danger'],
  passedNoReport: ['alert', 'late'],
  dueThisYear: ['clock', 'late'],
  notYetDue: ['dot', 'neutral'],
  noDeadline: ['repeat', 'neutral'],
  suspended: ['alert', 'neutral'],
  cancelled: ['error', 'neutral'],
};

/** A text, marked with its language when it differs from the widget's. */
export const text = (value: Text): TemplateResult | string => (value.lang ? html`<span lang=${value.lang}>${value.text}</span>` : value.text);

/** The language of the register's own text when the widget speaks another. */
const zhIn = (lang: Lang) => (lang === 'en' ? 'zh' : nothing);

const date = (lang: Lang, iso: string) => formatDate(lang, new Date(`${iso}T00:00:00Z`));

export function renderStatus(lang: Lang, state: TaskState): TemplateResult {
  const [name, tone] = looks[state];
  return html`<span part="status" class="status ${tone}">${icon(name)}<span>${taskStateWord(lang, state)}</span></span>`;
}

/** Texts joined by `separator`: one string when none is marked with a language (one text node, no markers). */
function joined(values: readonly Text[], separator: string): TemplateResult | string {
  return values.some((value) => value.lang)
    ? html`${values.map((value, i) => html`${i ? separator : nothing}${text(value)}`)}`
    : values.map((value) => value.text).join(separator);
}

function renderUnits(lang: Lang, row: TaskRow): TemplateResult {
  const p = punctuation(lang);
  return html`${row.groups.map((group) => html`<p class="role"><span class="role-label">${joined([group.label, { text: p.colon }], '')}</span>${joined(group.units, p.list)}</p>`)}`;
}

/** A report: `2025年3月31日 · 推进中 · 完成 60% · 说明` (the status only in the history). */
function renderReport(lang: Lang, report: TaskReport, withStatus: boolean): TemplateResult {
  const msg = taskListMessages[lang];
  const parts = [
    ...(withStatus ? [msg.reportStatus[report.status]] : []),
    ...(report.percent !== undefined ? [msg.percent(`${formatNumber(lang, report.percent)}%`)] : []),
  ];
  return html`<time datetime=${report.date}>${date(lang, report.date)}</time>${parts.map((part) => html`<span class="sep"> · </span>${part}`)}${report.note
    ? html`<span class="sep"> · </span><span lang=${zhIn(lang)}>${report.note}</span>`
    : nothing}`;
}

function renderIndicators(lang: Lang, row: TaskRow, quotes: boolean): TemplateResult | typeof nothing {
  if (!row.indicators.length) return nothing;
  const msg = taskListMessages[lang];
  return html`<ul part="indicators" class="indicators" aria-label=${msg.indicators}>${row.indicators.map(
      (line) =>
        html`<li>${joined([line.label, { text: punctuation(lang).colon }], '')}<strong>${line.target}</strong>${quotes ? html`<br /><q lang="zh" class="muted">${line.quote}</q>` : nothing}</li>`,
    )}</ul>`;
}

/**
 * What the row does not show: the section, when the deadline ends, leaders and note, where each
 * target is written, and every report, newest first.
 */
export function renderDetail(ctx: RowContext, row: TaskRow, id: string): TemplateResult {
  const { lang, progress } = ctx;
  const msg = taskListMessages[lang];
  const { task, section, status } = row;
  const p = punctuation(lang);
  const fact = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const reports = reportsOf(progress, task, ctx.asOf);
  return html`<div part="detail" class="detail" id=${id}>
    <dl class="facts">
      ${section ? fact(msg.sectionLabel, html`${section.number ? `${section.number} ` : ''}${text(named(lang, section.title, section.titleEn))}`) : nothing}
      ${fact(msg.deadline, html`${text(row.deadline)}${status.due ? html`<span class="muted">${p.open}${msg.due(date(lang, status.due))}${p.close}</span>` : nothing}`)}
      ${task.leaders?.length ? fact(msg.leaders, html`<span lang=${zhIn(lang)}>${task.leaders.join('、')}</span>`) : nothing}
      ${task.note ? fact(msg.note, html`<span lang=${zhIn(lang)}>${task.note}</span>`) : nothing}
    </dl>
    ${renderIndicators(lang, row, true)}
    <p class="sub">${msg.history}</p>
    ${reports.length
      ? html`<ol part="history" class="history">
          ${reports.map((report) => html`<li>${renderReport(lang, report, true)}</li>`)}
        </ol>`
      : html`<p class="muted">${progress ? msg.noReports : msg.noProgress}</p>`}
  </div>`;
}

const detailId = (row: TaskRow) => `detail-${row.task.id}`;

/**
 * One task's row, and its detail row when open. The cells carry their roles, so the table keeps its
 * semantics when a narrow width lays each row out as a card; a cell's label shows only on a card.
 */
export function renderRow(ctx: RowContext, row: TaskRow, columns: number): TemplateResult {
  const { lang } = ctx;
  const msg = taskListMessages[lang];
  const open = ctx.open.has(row.task.id);
  const selected = ctx.selectedTask === row.task.id;
  const label = (name: string) => html`<span class="cell-label">${name + punctuation(lang).colon}</span>`;
  // No white space between the cells and inside the button: text nodes the table would only skip.
  return html`<tr role="row" part="row" class=${selected ? 'selected' : ''} data-task=${row.task.id} aria-current=${selected ? 'true' : nothing}
      ><th role="rowheader" scope="row" part="number"
        ><button class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? detailId(row) : nothing} @click=${() => ctx.toggle(row)}
          ><svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" /></svg
          ><span class="task-word">${msg.taskWord}</span>${row.task.number}<span class="visually-hidden">${msg.details}</span></button
        ></th
      ><td role="cell" part="text"><p class="text" lang=${zhIn(lang)}>${row.task.content}</p>${renderIndicators(lang, row, false)}</td
      ><td role="cell" part="units">${renderUnits(lang, row)}</td
      ><td role="cell" part="deadline">${label(msg.deadline)}${text(row.deadline)}</td
      ><td role="cell" class="state">${renderStatus(lang, row.status.state)}</td
      >${ctx.progress ? html`<td role="cell" part="latest">${label(msg.latest)}${row.status.report ? renderReport(lang, row.status.report, false) : html`<span class="none">—</span>`}</td>` : nothing}</tr
    >${open ? html`<tr role="row" class="detail-row"><td role="cell" colspan=${columns}>${renderDetail(ctx, row, detailId(row))}</td></tr>` : nothing}`;
}
