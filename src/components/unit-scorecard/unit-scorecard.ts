import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { roleOfRegister, type RoleFilter } from '../../data/selectors.js';
import type { Register } from '../../data/model.js';
import type { TaskState } from '../../data/status.js';
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { unitScorecardMessages } from '../../i18n/unit-scorecard.js';
import { keywordAttribute, textAttribute } from '../base/attributes.js';
import { defineElement, TrElement, type Size, type ViewContext } from '../base/tr-element.js';
import { isNarrow } from './unit-scorecard.layout.js';
import { defaultOrder, scorecardModel, shownRows, type ScorecardModel, type ScorecardSort, type SortOrder, type UnitScore } from './unit-scorecard.model.js';
import { unitScorecardStyles } from './unit-scorecard.styles.js';
import { columnLabel, renderDefs, renderLegend, renderList, renderTable, type ViewState } from './unit-scorecard.views.js';

/** The `detail` of `tr-select`: the unit a reader chose, and its figures at the as-of date. */
export interface UnitScorecardSelectDetail {
  readonly unitId: string;
  readonly name: string;
  readonly tasks: number;
  readonly counts: Readonly<Record<TaskState, number>>;
}

/** The `detail` of `tr-sort`: the column and order a reader chose. */
export interface UnitScorecardSortDetail {
  readonly sort: ScorecardSort;
  readonly order: SortOrder;
}

interface Texts {
  readonly lang: Lang;
  readonly title: string;
  readonly asOf: string;
  readonly summary: string;
  readonly note: string | null;
  readonly roleFallback: string | null;
}

let instances = 0;

/**
 * @summary Per unit (lead units by default), how many tasks are completed, on time, in progress,
 * overdue or past their deadline with no report, as a ranked bar list sortable by any column:
 * the ranking a 督查 office reads first. Without progress data it shows only what the plan says
 * (tasks, deadlines passed with no report, due this year, not yet due) and says so.
 *
 * @tagname tr-unit-scorecard
 * @attr {string} src - URL of a register JSON to show instead of the bundled one.
 * @attr {string} progress-src - URL of a progress file (the reports the counts come from).
 * @attr {string} lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr {string} as-of - The date the counts are for (ISO, `2025-06-30`). Default: today.
 * @attr {'lead' | 'responsible' | 'participant' | 'all'} unit-role - Which units are ranked: those playing this role (default `lead`; a register with no lead units uses its first role, and says so). (Not `role`: that is ARIA's attribute on every element.)
 * @attr {'overdue' | 'no-report' | 'completed' | 'on-time' | 'in-progress' | 'rate' | 'on-time-rate' | 'tasks' | 'due-this-year' | 'not-yet-due' | 'name'} sort - The column ranked by. Default `overdue` with progress data, else `tasks`; a column that needs progress data is ignored without it, with a note.
 * @attr {'asc' | 'desc'} order - The order; default largest first (`desc`), names A→Z (`asc`).
 * @attr {number} limit - Show the first N units, with a button to show all.
 * @attr {string} group - Links the scorecard with the other widgets of that group name.
 * @attr {'' | 'light' | 'dark' | 'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires {CustomEvent<UnitScorecardSelectDetail>} tr-select - A unit was chosen (click, Enter or Space on its name).
 * @fires {CustomEvent<SelectionChangeDetail>} tr-selection-change - The linked selection changed: the chosen unit, or none when chosen again.
 * @fires {CustomEvent<UnitScorecardSortDetail>} tr-sort - A reader sorted by a column.
 * @fires {CustomEvent<TrErrorDetail>} tr-error - Bad input; `detail` says what and where.
 * @csspart base - The outer box.
 * @csspart title - The heading.
 * @csspart summary - The plain-language summary of the counts.
 * @csspart no-progress - The statement that no progress data was given.
 * @csspart legend - The states, their patterns and totals.
 * @csspart table - The ranked table (wide layout).
 * @csspart list - The ranked list (narrow layout).
 * @csspart row - One unit's row.
 * @csspart unit - A unit's button (its name).
 * @csspart bar - A unit's stacked bar.
 * @csspart others - Under a bar, the states no column counts.
 * @csspart figures - A unit's figures (narrow layout).
 * @csspart sort - A column header's sort button.
 * @csspart sort-select - The column chooser (narrow layout).
 * @csspart order - The ascending / descending button (narrow layout).
 * @csspart shared - The note that a task shared by several units counts under each.
 * @csspart more - The show all / show fewer button.
 * @csspart note - A note of what part of an attribute was ignored.
 * @csspart error - The error message (`role="alert"`).
 * @cssproperty [--tr-scorecard-on-time-color=var(--tr-color-success)] - Completed tasks.
 * @cssproperty [--tr-scorecard-in-progress-color=var(--tr-color-status-active)] - Tasks in progress (the same colour in every widget, not the accent).
 * @cssproperty [--tr-scorecard-overdue-color=var(--tr-color-danger)] - Overdue tasks.
 * @cssproperty [--tr-scorecard-no-report-color=var(--tr-color-warning)] - Deadline passed, no report (hatched); due this year (pale).
 * @cssproperty [--tr-scorecard-quiet-color=var(--tr-color-neutral)] - Not started, not yet due, suspended, cancelled.
 * @cssproperty [--tr-scorecard-track-color=var(--tr-color-grid)] - The bar's track.
 * @cssproperty [--tr-scorecard-selected-color=var(--tr-color-accent-soft)] - The selected unit's row.
 */
export class TrUnitScorecard extends TrElement {
  static override styles = [...TrElement.styles, unitScorecardStyles];
  protected static override observesSize = true;

  /** Which units are ranked: `lead` (default), `responsible`, `participant` or `all`. */
  @property({ attribute: 'unit-role', converter: keywordAttribute<RoleFilter | ''>('') }) unitRole: RoleFilter | '' = '';

  /** The column ranked by; '' for the default (`overdue` with progress data, else `tasks`). */
  @property({ converter: keywordAttribute<ScorecardSort | ''>('') }) sort: ScorecardSort | '' = '';

  /** `asc` or `desc`; '' for the column's default. */
  @property({ converter: keywordAttribute<SortOrder | ''>('') }) order: SortOrder | '' = '';

  /** Units shown before "show all" (a whole number, kept as written so a bad one can be named); '' for all. */
  @property({ converter: textAttribute }) limit: string | number = '';

  /** Whether every unit is shown despite `limit`. */
  @state() private expanded = false;
  /** The unit chosen here when the scorecard is not linked to other widgets. */
  @state() private ownUnit: string | undefined = undefined;

  private model: ScorecardModel | undefined;
  private texts: Texts | undefined;
  private narrow = false;
  private readonly ids = `tr-sc${++instances}`;

  protected buildView({ register, lang, asOf, progress, msg }: ViewContext): void {
    const model = scorecardModel({ register, asOf, progress, lang, role: this.unitRole, sort: this.sort, order: this.order, limit: this.limit });
    const text = unitScorecardMessages[lang];
    const roleWord = model.role === 'all' ? text.allUnits : this.roleWord(register, model.role, lang);
    const { totals } = model;
    const units = model.rows.length;
    this.model = model;
    this.texts = {
      lang,
      title: text.title(roleWord),
      asOf: msg.asOf(formatDate(lang, asOf)),
      summary: model.hasProgress
        ? text.summaryProgress(units, totals.tasks, totals.done, totals.completedOnTime, totals.inProgress, totals.overdue, totals.passedNoReport)
        : text.summaryPlan(units, totals.tasks, totals.passedNoReport, totals.dueThisYear, totals.notYetDue),
      note: model.sortIgnored ? text.sortIgnored(model.sortIgnored) : null,
      roleFallback: model.roleFallback ? text.roleFallback(roleWord) : null,
    };
  }

  /** The CSV of the table, every unit (loaded on first use). */
  protected override exportContent(register: Register) {
    return import('./unit-scorecard.export.js').then((m) => m.scorecardExport(this.model, register, this.texts?.lang ?? 'zh-CN', this.texts?.title ?? ''));
  }

  private roleWord(register: Register, role: Exclude<RoleFilter, 'all'>, lang: Lang): string {
    const found = roleOfRegister(register, role);
    return (lang === 'en' ? found?.labelEn : found?.label) ?? found?.label ?? role;
  }

  protected override layoutView({ width, fontSize }: Size): void {
    this.narrow = isNarrow(width, fontSize);
  }

  /** The unit highlighted: the linked selection's, else the one chosen here. */
  private get selectedUnit(): string | undefined {
    return this.selection.linked ? this.selection.value.unit : this.ownUnit;
  }

  private readonly onSort = (column: ScorecardSort): void => {
    const model = this.model;
    if (!model) return;
    const order: SortOrder = model.sort === column ? (model.order === 'asc' ? 'desc' : 'asc') : defaultOrder(column);
    this.sort = column;
    this.order = order;
    this.emit<UnitScorecardSortDetail>('tr-sort', { sort: column, order });
  };

  private readonly onSortSelect = (event: Event): void => {
    const column = (event.target as HTMLSelectElement).value as ScorecardSort;
    this.sort = column;
    this.order = defaultOrder(column);
    this.emit<UnitScorecardSortDetail>('tr-sort', { sort: column, order: this.order });
  };

  private readonly onOrderToggle = (): void => {
    const model = this.model;
    if (!model) return;
    this.sort = model.sort;
    this.order = model.order === 'asc' ? 'desc' : 'asc';
    this.emit<UnitScorecardSortDetail>('tr-sort', { sort: model.sort, order: this.order });
  };

  /** Chooses a unit (or, chosen again, none): the linked selection follows, and `tr-select` tells the page. */
  private readonly onUnit = (score: UnitScore): void => {
    const again = this.selectedUnit === score.unit.id;
    const name = this.texts?.lang === 'en' ? (score.unit.nameEn ?? score.unit.name) : score.unit.name;
    this.ownUnit = again ? undefined : score.unit.id;
    this.selection.select(again ? {} : { unit: score.unit.id });
    if (!again) this.emit<UnitScorecardSelectDetail>('tr-select', { unitId: score.unit.id, name, tasks: score.tasks.length, counts: score.counts });
  };

  /** ↑/↓ move between the units' buttons, Home/End to the first/last. */
  private readonly onUnitKey = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="unit"]')];
    const index = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    const step = { ArrowUp: -1, ArrowDown: 1, Home: -buttons.length, End: buttons.length }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    buttons[Math.min(Math.max(0, index + step), buttons.length - 1)]?.focus();
  };

  private readonly onToggle = (): void => {
    this.expanded = !this.expanded;
  };

  protected renderView(): TemplateResult | typeof nothing {
    const { model, texts } = this;
    if (!model || !texts) return nothing;
    const msg = unitScorecardMessages[texts.lang];
    const selectedUnit = this.selectedUnit;
    const view: ViewState = {
      model,
      lang: texts.lang,
      rows: shownRows(model, this.expanded, selectedUnit),
      selectedUnit,
      expanded: this.expanded,
      ids: this.ids,
      onSort: this.onSort,
      onUnit: this.onUnit,
      onUnitKey: this.onUnitKey,
    };
    const titleId = `${this.ids}-title`;
    const limited = model.limit > 0 && model.rows.length > model.limit;
    return html`<section part="base" class=${this.narrow ? 'narrow' : 'wide'} lang=${texts.lang} aria-labelledby=${titleId}>
      ${renderDefs(this.ids)} ${this.renderNote(texts.note)}
      <h2 part="title" id=${titleId}>${texts.title}</h2>
      <p class="as-of">${texts.asOf}</p>
      ${model.hasProgress ? nothing : html`<p part="no-progress" role="note">${msg.noProgress}</p>`}
      ${texts.roleFallback ? html`<p part="note" role="note">${texts.roleFallback}</p>` : nothing}
      <p part="summary">${texts.summary}</p>
      ${model.rows.length
        ? html`${renderLegend(view)} ${this.narrow ? this.renderSortBar(model, texts.lang) : nothing}
          ${this.narrow ? renderList(view, titleId) : renderTable(view, titleId)}`
        : html`<p>${this.msg.empty}</p>`}
      ${limited
        ? html`<button type="button" class="button" part="more" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${this.onToggle}>
            ${this.expanded ? msg.showTop(model.limit) : msg.showAll(model.rows.length)}
          </button>`
        : nothing}
      ${model.shared ? html`<p part="shared">${msg.sharedNote}</p>` : nothing}
    </section>`;
  }

  /** Narrow: the columns as a select, and the order as a button. */
  private renderSortBar(model: ScorecardModel, lang: Lang): TemplateResult {
    const msg = unitScorecardMessages[lang];
    const columns: ScorecardSort[] = ['name', ...model.columns];
    return html`<div class="sort-bar">
      <label for="${this.ids}-sort">${msg.sortBy}</label>
      <select id="${this.ids}-sort" part="sort-select" @change=${this.onSortSelect}>
        ${columns.map((column) => html`<option value=${column} ?selected=${column === model.sort}>${columnLabel(column, lang)}</option>`)}
      </select>
      <button type="button" class="button" part="order" @click=${this.onOrderToggle}>
        <span aria-hidden="true">${model.order === 'asc' ? '▲' : '▼'}</span>${model.order === 'asc' ? msg.ascending : msg.descending}
      </button>
    </div>`;
  }
}

defineElement('tr-unit-scorecard', TrUnitScorecard);

declare global {
  interface HTMLElementTagNameMap {
    'tr-unit-scorecard': TrUnitScorecard;
  }
}
