/**
 * The smaller pieces of <tr-unit-matrix> that describe one thing: the legends, the tooltip for a
 * cell or header, and the panel that shows a selected task or unit in full.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RoleId, Task } from '../../data/model.js';
import { taskById, unitById, unitsOfTask } from '../../data/selectors.js';
import type { TaskStatus } from '../../data/status.js';
import { formatDate, formatDeadline } from '../../i18n/format.js';
import { joinList, punctuation } from '../../i18n/punctuation.js';
import { compactNumbers, roleAt } from './unit-matrix.model.js';
import { stateLabel, statesPresent } from './unit-matrix.status.js';
import { unitText, wordsOf, type GridTarget, type MatrixSelected, type MatrixView, type Text } from './unit-matrix.view.js';

const roleClasses: Record<RoleId, string> = { lead: 'is-lead', responsible: 'is-resp', participant: 'is-part' };

/** The class of a role's mark ('' for none). */
export const roleClass = (role: RoleId | null): string => (role ? roleClasses[role] : '');

/** A text, marked with its language when it differs from the view's. */
export const text = (value: Text): TemplateResult | string => (value.lang ? html`<span lang=${value.lang}>${value.text}</span>` : value.text);

const swatch = (role: RoleId | null) => html`<span class="swatch ${roleClass(role) || 'is-none'}" aria-hidden="true"></span>`;

/** The first `max` characters of a text, with an ellipsis when cut. */
export function clip(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max).join('')}…`;
}

/** The roles marked (and the note when `unit-role` picks one), then, coloured by status, the states shown. */
export function renderLegend(view: MatrixView, highlighted: string | null): TemplateResult {
  const { msg } = view;
  const states = view.colorBy === 'status' ? statesPresent(view.statuses.map((s) => s.state)) : [];
  return html`<ul part="legend" class="legend" aria-label=${msg.legend}>
      ${view.roles.map((role) => html`<li>${swatch(role.id)}${text(role.label)}</li> `)}
      ${view.role !== 'all' && view.roles[0] ? html`<li class="legend-note">${msg.onlyRole(view.roles[0].label.text)}</li>` : nothing}
      ${highlighted ? html`<li><span class="swatch is-marked" aria-hidden="true"></span>${msg.highlighted(highlighted)}</li>` : nothing}
    </ul>
    ${states.length
      ? html`<ul part="status-legend" class="legend" aria-label=${msg.statusLegend}>
          ${states.map((state) => html`<li>${stateLabel(view.lang, state)}</li> `)}
        </ul>`
      : nothing}`;
}

/** A task's status at the as-of date, with the date of the report it comes from. */
function statusLine(view: MatrixView, status: TaskStatus): TemplateResult {
  const report = status.report ? view.msg.reportOn(formatDate(view.lang, new Date(`${status.report.date}T00:00:00Z`))) : '';
  return html`<p class="tip-status">${stateLabel(view.lang, status.state)}${report}</p>`;
}

function taskHead(view: MatrixView, task: Task, max: number): TemplateResult {
  return html`<p class="tip-title"><strong>${view.msg.task(task.number)}</strong><span>${view.msg.deadline('')}${text(formatDeadline(view.lang, task.deadline, view.msg.noDeadline))}</span></p>
    <p class="tip-text" lang=${view.lang === 'en' ? 'zh' : nothing}>${max ? clip(task.content, max) : task.content}</p>`;
}

/** A unit's counts: per role, and completed / overdue when progress was given. */
function unitCounts(view: MatrixView, totals: readonly number[], kinds: readonly string[]): TemplateResult[] {
  return kinds.map((kind, i) => {
    const count = totals[i] ?? 0;
    if (kind === 'completed') return html`<p class="tip-role">${view.msg.unitCompleted(count)}</p>`;
    if (kind === 'overdue') return html`<p class="tip-role">${view.msg.unitOverdue(count)}</p>`;
    const role = wordsOf(view, kind as RoleId);
    return html`<p class="tip-role">${swatch(kind as RoleId)}${view.msg.unitRoleCount(role?.stem ?? kind, count)}</p>`;
  });
}

/** The tooltip's content for what is under the pointer or focus; nothing for totals and corners. */
export function renderTooltip(view: MatrixView, target: GridTarget): TemplateResult | null {
  const { msg } = view;
  switch (target.kind) {
    case 'cell': {
      const words = wordsOf(view, target.role);
      return html`${taskHead(view, target.task, 60)}
        <p class="tip-role">${swatch(target.role)}${text(unitText(view.lang, target.unit))}${punctuation(view.lang).colon}${words ? text(words.label) : msg.none}</p>
        ${statusLine(view, target.status)}
        <p class="tip-hint">${msg.moreHint}</p>`;
    }
    case 'task':
      return html`${taskHead(view, target.task, 60)} ${statusLine(view, target.status)}
        <p class="tip-role">${msg.taskInvolved(target.line.totals[0] ?? 0)}</p>
        <p class="tip-hint">${msg.moreHint}</p>`;
    case 'unit':
      return html`<p class="tip-title"><strong>${text(target.line.label)}</strong></p>
        ${unitCounts(view, target.line.totals, view.rowsAreUnits ? view.rowTotals : view.columnTotals)}
        <p class="tip-hint">${msg.unitHint}</p>`;
    case 'section': {
      const { section, count } = target.group;
      return html`<p class="tip-title"><strong>${section.number ?? ''} ${text(sectionTitle(view, section))}</strong></p>
        <p class="tip-role">${msg.sectionTasks(count)}</p>
        <p class="tip-hint">${msg.sectionHint}</p>`;
    }
    default:
      return null;
  }
}

/** A section's title in the view's language. */
export function sectionTitle(view: MatrixView, section: { title: string; titleEn?: string }): Text {
  return view.lang === 'en' ? (section.titleEn ? { text: section.titleEn } : { text: section.title, lang: 'zh' }) : { text: section.title };
}

/** The panel showing a selected task in full (with the selected unit's part), or a selected unit's tasks. */
export function renderDetail(view: MatrixView, selected: MatrixSelected, onClose: () => void): TemplateResult | typeof nothing {
  const { msg, lang, register } = view;
  const p = punctuation(lang);
  const task = selected.taskId === undefined ? undefined : taskById(register, selected.taskId);
  const unit = selected.unitId === undefined ? undefined : unitById(register, selected.unitId);
  if (!task && !unit) return nothing;
  const close = html`<button type="button" part="close" class="button close" @click=${onClose}>${msg.close}</button>`;
  if (task) {
    const t = view.matrix.tasks.findIndex((entry) => entry.task.id === task.id);
    const u = unit ? view.matrix.units.findIndex((entry) => entry.unit.id === unit.id) : -1;
    const played = t >= 0 && u >= 0 ? roleAt(view.matrix, t, u) : null;
    return html`<div part="detail" class="detail">
      <div class="detail-head">
        <div>${taskHead(view, task, 0)}</div>
        ${close}
      </div>
      ${t >= 0 ? statusLine(view, view.statuses[t]!) : nothing}
      ${unitsOfTask(register, task).map(
        ({ role, units }) =>
          html`<p><span class="detail-label">${text(lang === 'en' && role.labelEn ? { text: role.labelEn } : { text: role.label, ...(lang === 'en' ? { lang: 'zh' as const } : {}) })}${p.colon}</span>${units.map(
            (one, i) => html`${i ? p.list : nothing}${text(unitText(lang, one))}`,
          )}</p>`,
      )}
      ${unit
        ? html`<p class="tip-role">${swatch(played)}${text(unitText(lang, unit))}${p.colon}${wordsOf(view, played) ? text(wordsOf(view, played)!.label) : msg.none}</p>`
        : nothing}
    </div>`;
  }
  const u = view.matrix.units.findIndex((entry) => entry.unit.id === unit!.id);
  return html`<div part="detail" class="detail">
    <div class="detail-head">
      <p class="detail-title"><strong>${text(unitText(lang, unit!))}</strong></p>
      ${close}
    </div>
    ${view.roles.map((role) => {
      const numbers = u < 0 ? [] : view.matrix.tasks.flatMap((entry, t) => (roleAt(view.matrix, t, u) === role.id ? [entry.task.number] : []));
      return html`<p>${swatch(role.id)}${msg.unitRoleCount(role.stem, numbers.length)}${numbers.length
        ? html`${p.colon}${msg.taskList(joinList(lang, compactNumbers(numbers)))}`
        : nothing}</p>`;
    })}
  </div>`;
}
