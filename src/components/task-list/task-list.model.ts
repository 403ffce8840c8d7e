/**
 * The list's rows, built once per register, language, date and progress: what each row shows,
 * its status, and a folded search key. Filtering is one pass over the rows in the chosen order
 * (each order is sorted once, on first use), so a keystroke costs O(n) whatever the sort.
 */
import type { Deadline, Indicator, Register, Role, RoleId, Section, Task, Unit } from '../../data/model.js';
import type { Progress, TaskReport } from '../../data/progress.js';
import { roleIds, unitsOfTask, type RoleFilter } from '../../data/selectors.js';
import { deadlineYear, taskHistory, taskStatusAt, type TaskState, type TaskStatus } from '../../data/status.js';
import { formatDeadline, formatYear } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { joinQuantity, quantityParts } from '../../i18n/quantity.js';
import { taskListMessages, type SortKey, type UndatedKind } from '../../i18n/task-list.js';
import type { DeadlineChoice } from './task-list.options.js';
import { foldText, matchesTerms } from './task-list.search.js';

/** A text with the language it is written in, when that differs from the widget's (a Chinese name in `lang=en`). */
export interface Text {
  readonly text: string;
  readonly lang?: 'zh';
}

export interface RoleGroup {
  readonly role: RoleId;
  readonly label: Text;
  readonly units: readonly (Text & { readonly id: string })[];
}

export interface IndicatorLine {
  readonly label: Text;
  readonly target: string;
  readonly quote: string;
}

export interface TaskRow {
  readonly task: Task;
  /** Position in the document. */
  readonly index: number;
  readonly section: Section | undefined;
  /** The task's section and every section above it. */
  readonly sectionIds: readonly string[];
  readonly groups: readonly RoleGroup[];
  readonly deadline: Text;
  readonly deadlineYear: number | undefined;
  readonly status: TaskStatus;
  readonly indicators: readonly IndicatorLine[];
  /** Number, text, unit names (both languages), deadline, section and targets, folded once (on first read). */
  readonly key: string;
}

/** What the filters ask for (all empty: every task). */
export interface Filters {
  readonly terms: readonly string[];
  readonly unitIds: readonly string[];
  readonly role: RoleFilter;
  readonly sectionIds: readonly string[];
  readonly deadlines: readonly DeadlineChoice[];
  readonly states: readonly TaskState[];
}

const zh = (text: string): Text => ({ text, lang: 'zh' });

/** A name in the reader's language: the English one, else the Chinese marked as such. */
export function named(lang: Lang, name: string, nameEn: string | undefined): Text {
  return lang === 'zh-CN' ? { text: name } : nameEn ? { text: nameEn } : zh(name);
}

export function roleLabel(lang: Lang, role: Role): Text {
  return named(lang, role.label, role.labelEn);
}

/** The deadline as the document writes it; in English, dated kinds in English and the rest as written. */
export function deadlineText(lang: Lang, deadline: Deadline): Text {
  return formatDeadline(lang, deadline, taskListMessages[lang].noDeadline);
}

/** A target as a reader says it: `不少于50%（2025年）`, `at least 50% by 2025`. */
export function targetText(lang: Lang, indicator: Indicator): string {
  const msg = taskListMessages[lang];
  // The quantity formatter is typed for the version-1 measures; version 2 keeps the document's own.
  const measure = indicator.measure as Parameters<typeof quantityParts>[2];
  const quantity =
    indicator.comparator === 'range'
      ? joinQuantity(quantityParts(lang, indicator.min, measure, indicator.nounEn, indicator.max))
      : joinQuantity(quantityParts(lang, indicator.target, measure, indicator.nounEn));
  const target = msg.comparators[indicator.comparator](quantity);
  return indicator.dueYear === undefined ? target : `${target}${msg.byYear(formatYear(lang, indicator.dueYear))}`;
}

/** A unit of a row: its id and its name in the reader's language (`named`). */
function unitText(lang: Lang, unit: Unit): Text & { readonly id: string } {
  return lang === 'zh-CN' ? { id: unit.id, text: unit.name } : unit.nameEn ? { id: unit.id, text: unit.nameEn } : { id: unit.id, text: unit.name, lang: 'zh' };
}

function sectionPath(sections: ReadonlyMap<string, Section>, section: Section | undefined): string[] {
  const ids: string[] = [];
  for (let at = section; at && !ids.includes(at.id); at = at.parentId === undefined ? undefined : sections.get(at.parentId)) ids.push(at.id);
  return ids;
}

/** Every row of a register at a date, in document order. */
export function buildRows(register: Register, lang: Lang, asOf: Date, progress: Progress | undefined): TaskRow[] {
  // The first section and indicator of each id, as `sectionById` and `indicatorById` find them.
  const sections = new Map<string, Section>();
  for (const section of register.sections) if (!sections.has(section.id)) sections.set(section.id, section);
  const indicatorsById = new Map<string, Indicator>();
  for (const indicator of register.indicators) if (!indicatorsById.has(indicator.id)) indicatorsById.set(indicator.id, indicator);
  const roleLabels = new Map(register.roles.map((role) => [role, roleLabel(lang, role)]));
  return register.tasks.map((task, index) => {
    const section = task.sectionId === undefined ? undefined : sections.get(task.sectionId);
    const byRole = unitsOfTask(register, task);
    const groups = byRole.map(({ role, units }) => ({
      role: role.id,
      label: roleLabels.get(role) ?? roleLabel(lang, role),
      units: units.map((unit: Unit) => unitText(lang, unit)),
    }));
    const indicators = task.indicatorIds
      .map((id) => indicatorsById.get(id))
      .filter((found): found is Indicator => !!found)
      .map((indicator) => ({ label: named(lang, indicator.label, indicator.labelEn), target: targetText(lang, indicator), quote: indicator.quote }));
    const deadline = deadlineText(lang, task.deadline);
    let key: string | undefined;
    return {
      task,
      index,
      section,
      sectionIds: sectionPath(sections, section),
      groups,
      deadline,
      deadlineYear: deadlineYear(task.deadline),
      status: taskStatusAt(task, asOf, progress),
      indicators,
      // Folded on first use (the list warms it when idle): a first render with no search does not wait for it.
      get key() {
        if (key === undefined) {
          const parts = [task.number, task.content];
          for (const { units } of byRole) for (const unit of units) parts.push(unit.name, unit.nameEn ?? '');
          parts.push(deadline.text, section ? `${section.number ?? ''} ${section.title} ${section.titleEn ?? ''}` : '');
          for (const line of indicators) parts.push(`${line.label.text} ${line.target}`);
          key = foldText(parts.join('\n'));
        }
        return key;
      },
    };
  });
}

/** A task's reports up to the as-of date, newest first. */
export function reportsOf(progress: Progress | undefined, task: Task, asOf: Date): TaskReport[] {
  const last = asOf.toISOString().slice(0, 10);
  return taskHistory(progress, task.id)
    .filter((report) => report.date <= last)
    .reverse();
}

/** The kind a deadline filter names for an undated task. */
export function undatedKind(deadline: Deadline): UndatedKind | undefined {
  return deadline.kind === 'annual' || deadline.kind === 'ongoing' || deadline.kind === 'text' || deadline.kind === 'none' ? deadline.kind : undefined;
}

function matches(row: TaskRow, filters: Filters): boolean {
  const { task } = row;
  if (filters.states.length && !filters.states.includes(row.status.state)) return false;
  if (filters.unitIds.length) {
    const roles = filters.role === 'all' ? roleIds : [filters.role];
    if (!filters.unitIds.some((id) => roles.some((role) => task.units[role]?.includes(id)))) return false;
  } else if (filters.role !== 'all' && !task.units[filters.role]?.length) return false;
  if (filters.sectionIds.length && !filters.sectionIds.some((id) => row.sectionIds.includes(id))) return false;
  if (filters.deadlines.length) {
    const choice = row.deadlineYear ?? undatedKind(task.deadline);
    if (choice === undefined || !filters.deadlines.includes(choice)) return false;
  }
  return !filters.terms.length || matchesTerms(row.key, filters.terms);
}

/** The rows that pass the filters, in `ordered`'s order: one pass. */
export function filterRows(ordered: readonly TaskRow[], filters: Filters): TaskRow[] {
  const out: TaskRow[] = [];
  for (const row of ordered) if (matches(row, filters)) out.push(row);
  return out;
}

/** Most pressing first: what is late, then what is due, then what is done. */
const stateRank: Record<TaskState, number> = {
  overdue: 0,
  passedNoReport: 1,
  dueThisYear: 2,
  inProgress: 3,
  notStarted: 4,
  notYetDue: 5,
  noDeadline: 6,
  suspended: 7,
  completedLate: 8,
  completedOnTime: 9,
  completed: 10,
  cancelled: 11,
};

let numbers: Intl.Collator | undefined;

/** The rows in an order; ties keep the document's order. */
export function sortRows(rows: readonly TaskRow[], sort: SortKey): readonly TaskRow[] {
  if (sort === 'document') return rows;
  const byIndex = (a: TaskRow, b: TaskRow) => a.index - b.index;
  const compare: (a: TaskRow, b: TaskRow) => number =
    sort === 'number'
      ? ((numbers ??= new Intl.Collator('zh-CN', { numeric: true })), (a, b) => numbers!.compare(a.task.number, b.task.number))
      : sort === 'status'
        ? (a, b) => stateRank[a.status.state] - stateRank[b.status.state]
        : (a, b) => {
            // Dated deadlines by their end (annual work: the as-of year's end), the undated after them.
            const [x, y] = [a.status.due ?? '9999', b.status.due ?? '9999'];
            return x < y ? -1 : x > y ? 1 : 0;
          };
  return [...rows].sort((a, b) => compare(a, b) || byIndex(a, b));
}
