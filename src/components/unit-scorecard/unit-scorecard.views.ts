/**
 * The scorecard's pieces, drawn from its model: bars, the legend, the table (wide) and the list
 * (narrow). Rows are a plain map, not `repeat`: at most a few dozen units, and the drop-in's size matters more.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { plainList, type PlainEl } from '../base/plain.js';
import type { Unit } from '../../data/model.js';
import type { TaskState } from '../../data/status.js';
import { taskStateWord } from '../../i18n/common.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { punctuation } from '../../i18n/punctuation.js';
import { unitScorecardMessages } from '../../i18n/unit-scorecard.js';
import { barSegments, barStates } from './unit-scorecard.layout.js';
import { sortValue, type ScorecardModel, type ScorecardSort, type UnitScore } from './unit-scorecard.model.js';

/** States drawn with a pattern (a second cue besides colour), and the pattern's shape. */
const patterns: Partial<Record<TaskState, 'hatch' | 'dots' | 'lines' | 'cross'>> = {
  completedLate: 'hatch',
  passedNoReport: 'hatch',
  notStarted: 'dots',
  suspended: 'lines',
  cancelled: 'cross',
};

/** What the view needs beyond the model: where it is, what is selected, and what to call back. */
export interface ViewState {
  readonly model: ScorecardModel;
  readonly lang: Lang;
  readonly rows: readonly UnitScore[];
  readonly selectedUnit: string | undefined;
  readonly expanded: boolean;
  /** A prefix for this widget's pattern ids. */
  readonly ids: string;
  readonly onSort: (sort: ScorecardSort) => void;
  readonly onUnit: (score: UnitScore) => void;
  readonly onUnitKey: (event: KeyboardEvent) => void;
}

const stateClass = (state: TaskState) => (patterns[state] ? '' : `s-${state}`);
const fillOf = (state: TaskState, ids: string) => (patterns[state] ? `url(#${ids}-${state})` : nothing);

/** The pattern defs, once per widget: stripes, dots, lines or a cross over the widget's surface. */
export function renderDefs(ids: string): TemplateResult {
  const shapes = {
    hatch: (state: TaskState) => svg`<rect class="fg-${state}" width="3" height="6"/>`,
    dots: (state: TaskState) => svg`<circle class="fg-${state}" cx="3" cy="3" r="1.6"/>`,
    lines: (state: TaskState) => svg`<rect class="fg-${state}" width="6" height="2.5"/>`,
    cross: (state: TaskState) => svg`<rect class="fg-${state}" width="6" height="1.5"/><rect class="fg-${state}" width="1.5" height="6"/>`,
  };
  return html`<svg width="0" height="0" aria-hidden="true" focusable="false" class="visually-hidden">
    <defs>
      ${Object.entries(patterns).map(
        ([state, shape]) =>
          svg`<pattern id="${ids}-${state}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform=${shape === 'hatch' ? 'rotate(45)' : nothing}><rect class="bg" width="6" height="6"/>${shapes[shape](state as TaskState)}</pattern>`,
      )}
    </defs>
  </svg>`;
}

/** A unit's bar: the track, then one segment per state it has. Hidden from screen readers: the figures beside it say the same. */
function renderBar(score: UnitScore, view: ViewState): TemplateResult {
  const segments = barSegments(score.counts, view.model.maxTasks);
  return html`<svg part="bar" aria-hidden="true" focusable="false"><rect class="track" width="100%" height="100%"></rect>${plainList(
    segments.map((segment): PlainEl => ({
      tag: 'rect',
      attrs: { class: `seg ${stateClass(segment.state)}`, x: `${segment.x}%`, width: `${segment.width}%`, height: '100%', fill: patterns[segment.state] && `url(#${view.ids}-${segment.state})` },
    })),
  )}</svg>`;
}

/** A unit's name; in English, a unit with no English name shows its Chinese one, marked as such. */
export function renderName(unit: Unit, lang: Lang): TemplateResult {
  return lang === 'en' && !unit.nameEn ? html`<span lang="zh">${unit.name}</span>` : html`${lang === 'en' ? unit.nameEn : unit.name}`;
}

/** The words of a column header: a shared status word where the column is one state. */
export function columnLabel(sort: ScorecardSort, lang: Lang): string {
  const msg = unitScorecardMessages[lang];
  const words: Record<ScorecardSort, string> = {
    tasks: msg.tasks,
    completed: msg.completed,
    'on-time': taskStateWord(lang, 'completedOnTime'),
    'in-progress': taskStateWord(lang, 'inProgress'),
    overdue: taskStateWord(lang, 'overdue'),
    'no-report': taskStateWord(lang, 'passedNoReport'),
    rate: msg.rate,
    'on-time-rate': msg.onTimeRate,
    'due-this-year': taskStateWord(lang, 'dueThisYear'),
    'not-yet-due': taskStateWord(lang, 'notYetDue'),
    name: msg.unit,
  };
  return words[sort];
}

/** The states a column already counts (the rest are listed under the bar). */
function coveredStates(model: ScorecardModel): ReadonlySet<TaskState> {
  return new Set<TaskState>(
    model.hasProgress ? ['completedOnTime', 'completed', 'inProgress', 'overdue', 'passedNoReport'] : ['passedNoReport', 'dueThisYear', 'notYetDue'],
  );
}

/** A figure cell's content: a count, or a rate ("—" read as "not applicable" when undefined). */
function figure(score: UnitScore, column: ScorecardSort, lang: Lang): Pick<PlainEl, 'text' | 'children'> {
  if (column === 'name') return { text: '' };
  const value = sortValue(score, column);
  if (value === undefined) {
    return {
      children: [
        { tag: 'span', attrs: { class: 'na', 'aria-hidden': 'true' }, text: '—' },
        { tag: 'span', attrs: { class: 'visually-hidden' }, text: unitScorecardMessages[lang].notApplicable },
      ],
    };
  }
  return { text: column === 'rate' || column === 'on-time-rate' ? formatPercent(lang, value) : formatNumber(lang, value) };
}

/** Under the bar: the states no column counts (逾期完成 2 · 未到期 3), and the on-time rate when there are reports. */
function renderOthers(score: UnitScore, view: ViewState): TemplateResult | typeof nothing {
  const { model, lang } = view;
  const covered = coveredStates(model);
  const msg = unitScorecardMessages[lang];
  const { space, list } = punctuation(lang);
  const parts = barStates.filter((state) => !covered.has(state) && score.counts[state] > 0).map((state) => msg.stateCount(taskStateWord(lang, state), formatNumber(lang, score.counts[state])));
  if (model.hasProgress && score.onTimeRate !== undefined) parts.push(`${msg.onTimeRate}${space}${formatPercent(lang, score.onTimeRate)}`);
  return parts.length ? html`<span part="others">${parts.join(list)}</span>` : nothing;
}

/** The legend: every state present, with its swatch, the shared word and how many tasks. */
export function renderLegend(view: ViewState): TemplateResult {
  const { model, lang, ids } = view;
  const msg = unitScorecardMessages[lang];
  const present = barStates.filter((state) => model.totals[state] > 0);
  return html`<ul part="legend" aria-label=${msg.legend}>
    ${present.map(
      (state) => html`<li>
        <svg viewBox="0 0 14 9" aria-hidden="true" focusable="false"><rect class="seg ${stateClass(state)}" width="14" height="9" fill=${fillOf(state, ids)}></rect></svg>
        <span>${msg.stateCount(taskStateWord(lang, state), formatNumber(lang, model.totals[state]))}</span>
      </li>`,
    )}
  </ul>`;
}

function unitButton(score: UnitScore, view: ViewState, rank: number | undefined): TemplateResult {
  const selected = view.selectedUnit === score.unit.id;
  return html`<button type="button" part="unit" data-unit=${score.unit.id} aria-pressed=${selected ? 'true' : 'false'} @click=${() => view.onUnit(score)} @keydown=${view.onUnitKey}>
    ${rank !== undefined ? html`<span class="rank">${rank}.</span> ` : nothing}${renderName(score.unit, view.lang)}
  </button>`;
}

const rankOf = (view: ViewState, score: UnitScore) => view.model.rows.indexOf(score) + 1;

/** Wide: a table ranked by the sort, each figure column a sort button with `aria-sort`. */
export function renderTable(view: ViewState, labelledBy: string): TemplateResult {
  const { model, lang } = view;
  const msg = unitScorecardMessages[lang];
  const header = (column: ScorecardSort, text: boolean) => {
    const active = model.sort === column;
    const arrow = active ? (model.order === 'asc' ? '▲' : '▼') : '';
    return html`<th scope="col" class=${text ? 'text' : ''} aria-sort=${active ? (model.order === 'asc' ? 'ascending' : 'descending') : nothing}>
      <button type="button" part="sort" data-sort=${column} @click=${() => view.onSort(column)}>${columnLabel(column, lang)}<span class="arrow" aria-hidden="true">${arrow}</span></button>
    </th>`;
  };
  return html`<div class="scroll">
    <table part="table" aria-labelledby=${labelledBy}>
      <thead>
        <tr>
          <th scope="col" class="text">${msg.rank}</th>
          ${header('name', true)}
          <th scope="col" class="text">${msg.breakdown}</th>
          ${model.columns.map((column) => header(column, false))}
        </tr>
      </thead>
      <tbody>
        ${view.rows.map(
          // The figure cells are plain elements, and no white space between the cells: no nodes the table would only skip.
          (score) => html`<tr part="row" class=${view.selectedUnit === score.unit.id ? 'selected' : ''}
            ><td class="rank">${rankOf(view, score)}</td
            ><th scope="row">${unitButton(score, view, undefined)}</th
            ><td class="bar-cell">${renderBar(score, view)}${renderOthers(score, view)}</td
            >${plainList(model.columns.map((column): PlainEl => ({ tag: 'td', key: column, attrs: { class: 'figure' }, ...figure(score, column, lang) })))}</tr
          >`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Narrow: a list, each unit's name on its own line, the bar at full width, the figures below. */
export function renderList(view: ViewState, labelledBy: string): TemplateResult {
  const { model, lang } = view;
  return html`<ol part="list" aria-labelledby=${labelledBy}>
    ${view.rows.map(
      (score) => html`<li part="row" class=${view.selectedUnit === score.unit.id ? 'selected' : ''}>
        ${unitButton(score, view, rankOf(view, score))} ${renderBar(score, view)}
        <dl part="figures">
          ${plainList(model.columns.map((column): PlainEl => ({ tag: 'div', key: column, children: [{ tag: 'dt', text: columnLabel(column, lang) }, { tag: 'dd', ...figure(score, column, lang) }] })))}
        </dl>
        ${renderOthers(score, view)}
      </li>`,
    )}
  </ol>`;
}
