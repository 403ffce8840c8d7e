/**
 * The smaller pieces of <tr-unit-matrix> that describe one thing: the legend, the tooltip for a
 * cell or header, and the panel that shows a selected task or unit in full.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Task, Unit } from '../../data/schema.js';
import { taskByNumber, taskStatus, unitById, unitsOfTask, type Role } from '../../data/selectors.js';
import { commonMessages, taskStatusWord } from '../../i18n/common.js';
import { formatList, formatYear } from '../../i18n/format.js';
import { joinList, punctuation } from '../../i18n/punctuation.js';
import { compactRanges } from './unit-matrix.options.js';
import { roleAt } from './unit-matrix.model.js';
import { roleWord, unitName, type GridTarget, type MatrixSelected, type MatrixView } from './unit-matrix.view.js';

const roleClass = (role: Role | null) => (role === 'lead' ? 'is-lead' : role === 'participant' ? 'is-part' : 'is-none');

/** A task's deadline as a reader says it, with where it stands on the as-of date. */
export function deadlineLine(view: MatrixView, task: Task): string {
  const common = commonMessages[view.lang];
  if (task.deadline.kind === 'annual') return view.msg.deadline(common.annual);
  const status = taskStatus(task, view.asOf);
  return view.msg.deadlineWithStatus(formatYear(view.lang, task.deadline.year), taskStatusWord(view.lang, status));
}

/** The first `max` characters of a text, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

export function renderLegend(view: MatrixView, highlighted: string | null): TemplateResult {
  const { msg, role } = view;
  return html`<ul part="legend" class="legend" aria-label=${msg.legend}>
    ${role !== 'participant' ? html`<li><span class="swatch is-lead" aria-hidden="true"></span>${msg.lead}</li>` : nothing}
    ${role !== 'lead' ? html`<li><span class="swatch is-part" aria-hidden="true"></span>${msg.participant}</li>` : nothing}
    ${role === 'lead' ? html`<li class="legend-note">${msg.onlyLead}</li>` : nothing}
    ${role === 'participant' ? html`<li class="legend-note">${msg.onlyParticipant}</li>` : nothing}
    ${highlighted ? html`<li><span class="swatch is-marked" aria-hidden="true"></span>${msg.highlighted(highlighted)}</li>` : nothing}
  </ul>`;
}

/** The tooltip's content for what is under the pointer or focus; nothing for totals and corners. */
export function renderTooltip(view: MatrixView, target: GridTarget): TemplateResult | null {
  const { msg } = view;
  const taskHead = (task: Task) =>
    html`<p class="tip-title"><strong>${msg.task(task.number)}</strong><span>${deadlineLine(view, task)}</span></p>
      <p class="tip-text" lang="zh-CN">${clip(task.content, 60)}</p>`;
  switch (target.kind) {
    case 'cell':
      return html`${taskHead(target.task)}
        <p class="tip-role"><span class="swatch ${roleClass(target.role)}" aria-hidden="true"></span>${msg.unitRole(
            unitName(view, target.unit),
            roleWord(view, target.role),
          )}</p>
        <p class="tip-hint">${msg.moreHint}</p>`;
    case 'task':
      return html`${taskHead(target.task)}
        <p class="tip-role">${msg.taskInvolved(target.line.totals[0] ?? 0)}</p>
        <p class="tip-hint">${msg.moreHint}</p>`;
    case 'unit': {
      const totals = target.line.totals;
      const kinds = view.rowsAreUnits ? view.rowTotals : view.columnTotals;
      return html`<p class="tip-title"><strong>${unitName(view, target.unit)}</strong></p>
        ${kinds.map((kind, i) =>
          kind === 'leads'
            ? html`<p class="tip-role"><span class="swatch is-lead" aria-hidden="true"></span>${msg.unitLeads(totals[i] ?? 0)}</p>`
            : html`<p class="tip-role"><span class="swatch is-part" aria-hidden="true"></span>${msg.unitParticipations(totals[i] ?? 0)}</p>`,
        )}
        <p class="tip-hint">${msg.unitHint}</p>`;
    }
    default:
      return null;
  }
}

function numbersText(view: MatrixView, numbers: readonly number[]): string {
  return view.msg.taskList(joinList(view.lang, compactRanges(numbers)));
}

/** The panel showing a selected task in full (with the selected unit's part), or a selected unit's tasks. */
export function renderDetail(view: MatrixView, selected: MatrixSelected, onClose: () => void): TemplateResult | typeof nothing {
  const { msg, lang, register } = view;
  const common = commonMessages[lang];
  const { colon } = punctuation(lang);
  const task = selected.taskNumber === undefined ? undefined : taskByNumber(register, selected.taskNumber);
  const unit = selected.unitId === undefined ? undefined : unitById(register, selected.unitId);
  if (!task && !unit) return nothing;
  const close = html`<button type="button" part="close" class="button close" @click=${onClose}>${msg.close}</button>`;
  if (task) {
    const units = unitsOfTask(register, task);
    const names = (list: readonly Unit[]) => (list.length ? formatList(lang, list.map((u) => unitName(view, u))) : msg.none);
    const played = unit ? (task.leadUnitIds.includes(unit.id) ? 'lead' : task.participantUnitIds.includes(unit.id) ? 'participant' : null) : null;
    return html`<div part="detail" class="detail">
      <div class="detail-head">
        <p class="detail-title"><strong>${msg.task(task.number)}</strong><span>${deadlineLine(view, task)}</span></p>
        ${close}
      </div>
      <p class="detail-text" lang="zh-CN">${task.content}</p>
      <p><span class="detail-label">${common.leadUnits}${colon}</span>${names(units.lead)}</p>
      <p><span class="detail-label">${common.participantUnits}${colon}</span>${names(units.participants)}</p>
      ${unit
        ? html`<p class="tip-role"><span class="swatch ${roleClass(played)}" aria-hidden="true"></span>${msg.unitRole(
              unitName(view, unit),
              roleWord(view, played),
            )}</p>`
        : nothing}
    </div>`;
  }
  const u = view.matrix.units.findIndex((entry) => entry.unit.id === unit!.id);
  const led: number[] = [];
  const joined: number[] = [];
  view.matrix.tasks.forEach((entry, t) => {
    const role = u < 0 ? null : roleAt(view.matrix, t, u);
    if (role === 'lead') led.push(entry.task.number);
    else if (role === 'participant') joined.push(entry.task.number);
  });
  return html`<div part="detail" class="detail">
    <div class="detail-head">
      <p class="detail-title"><strong>${unitName(view, unit!)}</strong></p>
      ${close}
    </div>
    ${view.role !== 'participant'
      ? html`<p><span class="swatch is-lead" aria-hidden="true"></span>${msg.unitLeads(led.length)}${led.length
            ? html`${colon}${numbersText(view, led)}`
            : nothing}</p>`
      : nothing}
    ${view.role !== 'lead'
      ? html`<p><span class="swatch is-part" aria-hidden="true"></span>${msg.unitParticipations(joined.length)}${joined.length
            ? html`${colon}${numbersText(view, joined)}`
            : nothing}</p>`
      : nothing}
  </div>`;
}

