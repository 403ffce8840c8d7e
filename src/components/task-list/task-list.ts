import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Register } from '../../data/model.js';
import type { Progress } from '../../data/progress.js';
import type { RoleFilter } from '../../data/selectors.js';
import { taskStates, type TaskState } from '../../data/status.js';
import { taskStateWord } from '../../i18n/common.js';
import { formatDate, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { taskListMessages, type SortKey, type UndatedKind } from '../../i18n/task-list.js';
import { flagAttribute, keywordAttribute, listAttribute, textAttribute, type ListValue } from '../base/attributes.js';
import type { Selection } from '../base/controllers/selection.js';
import { defineElement, TrElement, type ViewContext } from '../base/tr-element.js';
import { buildRows, filterRows, named, roleLabel, sortRows, undatedKind, type Filters, type TaskRow } from './task-list.model.js';
import { defaultPageSize, readListOptions, sortKeys, undatedKinds, type DeadlineChoice, type ListOptions } from './task-list.options.js';
import { searchTerms } from './task-list.search.js';
import { taskListStyles } from './task-list.styles.js';
import { renderRow, type RowContext } from './task-list.views.js';

/** The `detail` of `tr-select`: the task whose detail the reader opened. */
export interface TaskListSelectDetail {
  /** The task's id. */
  readonly task: string;
  /** Its number as the document writes it. */
  readonly number: string;
}

/** A filter the reader chose, overriding the attribute: '' all, '*' the attribute's several values, else one value. */
type Picks = Partial<Record<'unit' | 'role' | 'section' | 'deadline' | 'state' | 'sort', string>>;

const chosen = <T,>(pick: string | undefined, fromAttribute: readonly T[], one: (value: string) => T): readonly T[] =>
  pick === undefined || pick === '*' ? fromAttribute : pick ? [one(pick)] : [];

/**
 * @summary The tasks of the plan as a reader wants them: number, text, units by role, deadline and
 * status at the as-of date (with the latest progress report when one is given), targets, and the
 * detail of one task. Search, filters and sort, each also set by an attribute, so a portal can
 * place a pre-filtered list; linked widgets' selection filters it too.
 *
 * @tagname tr-task-list
 * @attr {string} src - URL of a register JSON to show instead of the bundled one.
 * @attr {string} progress-src - URL of a progress file: status from the reports, the latest report per task, the history in the detail.
 * @attr {string} lang - `zh-CN` (default) or `en`; unset, the nearest ancestor's `lang` applies.
 * @attr {string} as-of - The date statuses are given for (ISO). Default: today.
 * @attr {string} search - Text to search for at first: task text, unit names, numbers (full-width forms match half-width ones).
 * @attr {string} units - Only tasks of these units: ids or names, comma separated (`省教育厅`, `edu,hrss`).
 * @attr {'all' | 'lead' | 'responsible' | 'participant'} unit-role - With `units`, only tasks where they play this role; alone, only tasks that list units in it. Default `all`.
 * @attr {string} sections - Only tasks of these sections (and their subsections): ids, numbers as written or titles.
 * @attr {string} deadline - Only tasks due in these years or with these kinds of deadline: `2025,annual,ongoing,text,none`.
 * @attr {string} states - Only tasks in these statuses: `overdue,passedNoReport,dueThisYear,…` (the shared status vocabulary).
 * @attr {'document' | 'number' | 'deadline' | 'status'} sort - Order: the document's (default), by number, by deadline, by status (most pressing first).
 * @attr {number} page-size - Tasks per page (default 50). Printing shows every task.
 * @attr {boolean} hide-controls - Hide the search box, filters and sort (the attributes still apply).
 * @attr {string} group - Links the list with the widgets of the same group (as a `<tr-dashboard>` does): their unit, task, status and section filter it; its unit and status filters set them.
 * @attr {'' | 'light' | 'dark' | 'auto'} theme - Colour scheme; unset, the page's `color-scheme` applies.
 * @fires {CustomEvent<TaskListSelectDetail>} tr-select - The reader opened a task's detail.
 * @fires {CustomEvent<SelectionChangeDetail>} tr-selection-change - The reader chose a unit or status in the filters, or opened a task: the linked selection changed.
 * @fires {CustomEvent<TrErrorDetail>} tr-error - Bad input: which attribute, what value, what was expected.
 * @csspart base - The outer box.
 * @csspart controls - The search box, filters and sort.
 * @csspart search - The search box.
 * @csspart filter - Each filter's `<select>`; each also has its own part: `unit-filter`, `role-filter`, `section-filter`, `deadline-filter`, `status-filter`, `sort`.
 * @csspart count - How many tasks there are and how many are shown (announced after filtering).
 * @csspart table - The table; below about 600 px (37.5em) each row is laid out as a card, number and status first.
 * @csspart row - A task's row (a card when narrow).
 * @csspart number - A task's number: the button that opens its detail.
 * @csspart text - A task's text.
 * @csspart units - A task's units by role.
 * @csspart deadline - A task's deadline.
 * @csspart status - A task's status: icon and word.
 * @csspart latest - The latest progress report.
 * @csspart indicators - A task's targets.
 * @csspart detail - The detail of one task.
 * @csspart history - The reports on one task, newest first.
 * @csspart empty - What is shown when no task matches.
 * @csspart pager - Previous, page number, next.
 * @csspart note - A note (the selected task is hidden by the filters; progress reports ignored).
 * @csspart error - The error message (`role="alert"`).
 */
export class TrTaskList extends TrElement {
  static override styles = [...TrElement.styles, taskListStyles];

  /** Text to search for at first (the reader's typing replaces it). */
  @property({ converter: textAttribute }) search = '';
  /** Only tasks of these units (ids or names). */
  @property({ converter: listAttribute }) units: ListValue = [];
  /** With `units`, the role they must play. */
  @property({ attribute: 'unit-role', converter: keywordAttribute<RoleFilter>('all') }) unitRole: RoleFilter = 'all';
  /** Only tasks of these sections. */
  @property({ converter: listAttribute }) sections: ListValue = [];
  /** Only tasks due in these years or with these kinds of deadline. */
  @property({ converter: listAttribute }) deadline: ListValue = [];
  /** Only tasks in these statuses. */
  @property({ converter: listAttribute }) states: ListValue = [];
  /** The order of the tasks. */
  @property({ converter: keywordAttribute<SortKey>('document') }) sort: SortKey = 'document';
  /** Tasks per page. */
  @property({ attribute: 'page-size', converter: textAttribute }) pageSize: number | string = defaultPageSize;
  /** Hide the search box, filters and sort. */
  @property({ attribute: 'hide-controls', converter: flagAttribute(false) }) hideControls = false;

  /** What the reader typed (undefined: the `search` attribute). */
  @state() private query: string | undefined;
  @state() private picks: Picks = {};
  @state() private page = 0;
  @state() private open: ReadonlySet<string> = new Set();
  @state() private printing = false;

  private shownRegister: Register | undefined;
  private shownLang: Lang = 'zh-CN';
  private asOfDate = new Date(0);
  private progressShown: Progress | undefined;
  private rows: readonly TaskRow[] = [];
  private orders = new Map<SortKey, readonly TaskRow[]>();
  private statesFound = new Set<TaskState>();
  private options: ListOptions | undefined;
  private linked: Selection = {};
  /** The selection this list set last, so its own choice does not reset its filters. */
  private ownSelection: Selection | undefined;
  private shown: readonly TaskRow[] = [];
  private filterKey = '';
  /** The rows `shown` was filtered from (new rows: filter again). */
  private shownFrom: readonly TaskRow[] | undefined;
  private scrollTask: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  protected buildView({ register, lang, asOf, progress, selection }: ViewContext, changed: PropertyValues): void {
    if (register !== this.shownRegister || lang !== this.shownLang || asOf.getTime() !== this.asOfDate.getTime() || progress !== this.progressShown) {
      this.rows = buildRows(register, lang, asOf, progress);
      this.warmKeys(this.rows);
      this.orders = new Map([['document', this.rows]]);
      this.statesFound = new Set(this.rows.map((row) => row.status.state));
      this.shownRegister = register;
      this.shownLang = lang;
      this.asOfDate = asOf;
      this.progressShown = progress;
    }
    this.options = readListOptions(this, register);
    // An attribute set again replaces what the reader chose in its place.
    if (changed.has('search')) this.query = undefined;
    const reset: [string, keyof Picks][] = [['units', 'unit'], ['unitRole', 'role'], ['sections', 'section'], ['deadline', 'deadline'], ['states', 'state'], ['sort', 'sort']];
    const picks = { ...this.picks };
    for (const [name, pick] of reset) if (changed.has(name)) delete picks[pick];
    if (selection !== this.linked) {
      // Another widget (or Escape) changed the selection: the linked filters follow it.
      if (selection !== this.ownSelection) {
        delete picks.unit;
        delete picks.state;
        delete picks.section;
        if (selection.task && selection.task !== this.linked.task) {
          this.open = new Set([...this.open, selection.task]);
          this.scrollTask = selection.task;
        }
      }
      this.linked = selection;
    }
    if (Object.keys(picks).length !== Object.keys(this.picks).length) this.picks = picks;
  }

  /**
   * Folds the rows' search keys while the page is idle, a slice at a time, so a first render with
   * no search does not wait for them and the first keystroke finds them ready.
   */
  private warmKeys(rows: readonly TaskRow[]): void {
    let next = 0;
    const idle = (run: (deadline?: IdleDeadline) => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(run) : setTimeout(run, 1);
    const step = (deadline?: IdleDeadline) => {
      if (rows !== this.rows) return;
      const end = deadline ? rows.length : Math.min(rows.length, next + 200);
      while (next < end && (!deadline || deadline.timeRemaining() > 1)) void rows[next++]!.key;
      if (next < rows.length) idle(step);
    };
    idle(step);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.problem && this.options) this.filter();
  }

  /** The filters in force: the linked selection, else the reader's choice, else the attribute. */
  private filters(): Filters & { sort: SortKey } {
    const options = this.options!;
    const { picks, linked } = this;
    return {
      terms: searchTerms(this.query ?? options.search),
      unitIds: linked.unit ? [linked.unit] : chosen(picks.unit, options.unitIds, String),
      role: picks.role === undefined ? options.role : ((picks.role || 'all') as RoleFilter),
      sectionIds: linked.section ? [linked.section] : chosen(picks.section, options.sectionIds, String),
      deadlines: chosen<DeadlineChoice>(picks.deadline, options.deadlines, (value) => (/^\d+$/.test(value) ? Number(value) : (value as UndatedKind))),
      states: linked.state ? [linked.state] : chosen(picks.state, options.states, (value) => value as TaskState),
      sort: (picks.sort as SortKey | undefined) ?? options.sort,
    };
  }

  /** The CSV of every task the filters keep (loaded on first use). */
  protected override exportContent(register: Register) {
    return import('./task-list.export.js').then((m) => m.taskListExport(register, this.shownLang, this.shown, this.asOfDate));
  }

  private filter(): void {
    const filters = this.filters();
    const key = JSON.stringify(filters);
    const rowsChanged = this.orders.get('document') !== this.shownFrom;
    if (key !== this.filterKey || rowsChanged) {
      let ordered = this.orders.get(filters.sort);
      if (!ordered) this.orders.set(filters.sort, (ordered = sortRows(this.rows, filters.sort)));
      this.shown = filterRows(ordered, filters);
      if (key !== this.filterKey && this.filterKey) this.page = 0;
      this.filterKey = key;
      this.shownFrom = this.orders.get('document');
    }
    const size = this.options!.pageSize;
    if (this.scrollTask) {
      const at = this.shown.findIndex((row) => row.task.id === this.scrollTask);
      if (at >= 0) this.page = Math.floor(at / size);
    }
    this.page = Math.min(this.page, Math.max(0, Math.ceil(this.shown.length / size) - 1));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.scrollTask) {
      this.renderRoot.querySelector(`[data-task="${CSS.escape(this.scrollTask)}"]`)?.scrollIntoView({ block: 'nearest' });
      this.scrollTask = undefined;
    }
  }

  // Events.

  /** Sets the linked selection after a reader's choice. */
  private link(next: Selection): void {
    this.selection.select(next);
    this.ownSelection = this.selection.value;
  }

  private readonly onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private pick(name: keyof Picks, event: Event): string {
    const value = (event.target as HTMLSelectElement).value;
    this.picks = { ...this.picks, [name]: value };
    return value;
  }

  private readonly onUnit = (event: Event) => {
    const value = this.pick('unit', event);
    this.link({ ...this.linked, unit: value && value !== '*' ? value : undefined });
  };

  private readonly onState = (event: Event) => {
    const value = this.pick('state', event);
    this.link({ ...this.linked, state: value && value !== '*' ? (value as TaskState) : undefined });
  };

  private readonly toggle = (row: TaskRow) => {
    const id = row.task.id;
    const open = new Set(this.open);
    if (open.delete(id)) {
      if (this.linked.task === id) this.link({ ...this.linked, task: undefined });
    } else {
      open.add(id);
      this.emit<TaskListSelectDetail>('tr-select', { task: id, number: row.task.number });
      this.link({ ...this.linked, task: id });
    }
    this.open = open;
  };

  private readonly onClear = () => {
    this.query = '';
    this.picks = { unit: '', role: '', section: '', deadline: '', state: '' };
    if (this.linked.unit || this.linked.state || this.linked.section) this.link(this.linked.task ? { task: this.linked.task } : {});
  };

  private async turn(step: number, event: Event): Promise<void> {
    this.page += step;
    await this.updateComplete;
    // At the first or last page the pressed button is disabled: keep the focus in the pager.
    const button = event.target as HTMLButtonElement;
    if (button.disabled) this.renderRoot.querySelector<HTMLButtonElement>(`[part~="pager"] button:not(:disabled)`)?.focus();
  }

  private readonly onBeforePrint = () => {
    this.printing = true;
    // Printing lays the page out right after this event: render every row now.
    if (this.isUpdatePending) this.performUpdate();
  };

  private readonly onAfterPrint = () => {
    this.printing = false;
  };

  // Rendering.

  protected renderView(): TemplateResult | typeof nothing {
    const register = this.shownRegister;
    const options = this.options;
    if (!register || !options) return nothing;
    const lang = this.shownLang;
    const msg = taskListMessages[lang];
    const size = options.pageSize;
    const pages = Math.max(1, Math.ceil(this.shown.length / size));
    const visible = this.printing ? this.shown : this.shown.slice(this.page * size, (this.page + 1) * size);
    const title = lang === 'en' ? (register.titleEn ?? register.title) : register.title;
    const caption = msg.caption(title, formatDate(lang, this.asOfDate));
    const selected = this.linked.task;
    const hidden = selected && !this.shown.some((row) => row.task.id === selected) ? register.tasks.find((task) => task.id === selected) : undefined;
    const ctx: RowContext = { lang, asOf: this.asOfDate, progress: this.progressShown, open: this.open, selectedTask: selected, toggle: this.toggle };
    const columns = this.progressShown ? 6 : 5;
    return html`<div part="base" lang=${lang}>
      ${options.hideControls ? nothing : this.renderControls(register)}
      <p part="count" role="status">${msg.count(this.rows.length, this.shown.length)}</p>
      ${hidden ? html`<p part="note" role="note">${msg.selectedHidden(hidden.number)}</p>` : nothing}
      ${!this.shown.length
        ? html`<p part="empty">${this.msg.empty} <button class="button" @click=${this.onClear}>${msg.clear}</button></p>`
        : html`<div class="table-wrap">
            <table role="table" part="table">
              <caption>${caption}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  ${[msg.number, msg.task, msg.units, msg.deadline, msg.status, ...(this.progressShown ? [msg.latest] : [])].map(
                    (name) => html`<th role="columnheader" scope="col">${name}</th>`,
                  )}
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${visible.map((row) => renderRow(ctx, row, columns))}
              </tbody>
            </table>
          </div>`}
      ${pages > 1 && !this.printing
        ? html`<nav part="pager" aria-label=${msg.pager}>
            <button class="button" ?disabled=${this.page === 0} @click=${(event: Event) => this.turn(-1, event)}>${msg.previous}</button>
            <span>${msg.page(this.page + 1, pages)}</span>
            <button class="button" ?disabled=${this.page >= pages - 1} @click=${(event: Event) => this.turn(1, event)}>${msg.next}</button>
          </nav>`
        : nothing}
    </div>`;
  }

  private renderControls(register: Register): TemplateResult {
    const lang = this.shownLang;
    const msg = taskListMessages[lang];
    const filters = this.filters();
    const option = (value: string, label: string, selected: boolean) => html`<option value=${value} ?selected=${selected}>${label}</option>`;
    /** A filter: '' for all (when `all` is given), '*' for the several values an attribute set, else one. */
    const select = (label: string, part: string, all: string | null, current: readonly unknown[], choices: [string, string][], onChange: (event: Event) => void) => {
      const values = current.map(String);
      const several = values.map((value) => choices.find(([key]) => key === value)?.[1] ?? value).join(lang === 'en' ? ', ' : '、');
      return html`<label class="field"
        ><span>${label}</span
        ><select part="filter ${part}" @change=${onChange}>
          ${all === null ? nothing : option('', all, !values.length)}${values.length > 1 ? option('*', msg.several(several), true) : nothing}${choices.map(([value, name]) =>
            option(value, name, values.length === 1 && values[0] === value),
          )}
        </select></label
      >`;
    };
    const years = [...new Set(this.rows.map((row) => row.deadlineYear).filter((year) => year !== undefined))].sort();
    const kinds = undatedKinds.filter((kind) => this.rows.some((row) => undatedKind(row.task.deadline) === kind));
    const states = taskStates.filter((state) => this.statesFound.has(state) || filters.states.includes(state));
    return html`<div part="controls" role="search" aria-label=${msg.controls}>
      <label class="field search"
        ><span>${msg.search}</span
        ><input part="search" type="search" placeholder=${msg.searchHint} .value=${this.query ?? this.options!.search} @input=${this.onSearch}
      /></label>
      ${select(msg.unit, 'unit-filter', msg.allUnits, filters.unitIds, register.units.map((unit) => [unit.id, named(lang, unit.name, unit.nameEn).text]), this.onUnit)}
      ${register.roles.length > 1
        ? select(msg.role, 'role-filter', msg.anyRole, filters.role === 'all' ? [] : [filters.role], register.roles.map((role) => [role.id, roleLabel(lang, role).text]), (event) => this.pick('role', event))
        : nothing}
      ${register.sections.length
        ? select(
            msg.section,
            'section-filter',
            msg.allSections,
            filters.sectionIds,
            register.sections.map((section) => [section.id, `${section.parentId ? '\u3000' : ''}${section.number ?? ''} ${named(lang, section.title, section.titleEn).text}`.trim()]),
            (event) => this.pick('section', event),
          )
        : nothing}
      ${select(
        msg.deadline,
        'deadline-filter',
        msg.allDeadlines,
        filters.deadlines,
        [...years.map((year): [string, string] => [String(year), formatYear(lang, year!)]), ...kinds.map((kind): [string, string] => [kind, msg.kinds[kind]])],
        (event) => this.pick('deadline', event),
      )}
      ${select(msg.status, 'status-filter', msg.allStates, filters.states, states.map((state) => [state, taskStateWord(lang, state)]), this.onState)}
      ${select(msg.sort, 'sort', null, [filters.sort], sortKeys.map((key) => [key, msg.sorts[key]]), (event) => this.pick('sort', event))}
    </div>`;
  }
}

defineElement('tr-task-list', TrTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'tr-task-list': TrTaskList;
  }
}
