/**
 * Reading the attributes of <tr-unit-matrix> against a register: what each one selects, what was
 * ignored in a partly valid list, and the problem to show for a value that selects nothing.
 */
import { attributeError, problem, type Problem, type TaskRegisterError } from '../../data/errors.js';
import type { Register } from '../../data/model.js';
import { nearest, parseTaskSelection, parseUnitSelection } from '../../data/query.js';
import { roleFilters, usedRoles, type RoleFilter } from '../../data/selectors.js';
import { deadlineYear } from '../../data/status.js';
import { inEveryLang, type LocalizedText } from '../../i18n/lang.js';
import { joinClauses, joinList } from '../../i18n/punctuation.js';
import { unitMatrixMessages } from '../../i18n/unit-matrix.js';
import { readKeyword, readList, type ListValue } from '../base/attributes.js';
import { matrixSorts, type DeadlineFilter, type MatrixOptions } from './unit-matrix.model.js';

export { roleFilters };
export const orientations = ['units', 'tasks'] as const;
export type Orientation = (typeof orientations)[number];
export const colorModes = ['role', 'status'] as const;
export type ColorBy = (typeof colorModes)[number];
export const groupings = ['section', 'none'] as const;
export type GroupBy = (typeof groupings)[number];

/** The property values: attribute text, or what a script set (lists as arrays, a task as a number). */
export interface MatrixAttributes {
  readonly units: ListValue;
  readonly tasks: ListValue;
  readonly role: string;
  readonly deadline: ListValue;
  readonly sort: string;
  readonly orientation: string;
  readonly highlightUnit: string;
  readonly highlightTask: string | number;
  readonly colorBy: string;
  readonly groupBy: string;
}

/** What the attributes select. */
export interface MatrixSelection extends Omit<MatrixOptions, 'lang'> {
  readonly orientation: Orientation;
  readonly highlightUnitId: string | null;
  /** The id of the task `highlight-task` names by its number. */
  readonly highlightTaskId: string | null;
  readonly colorBy: ColorBy;
  /** `section` only when the register has sections. */
  readonly groupBy: GroupBy;
  /** Parts of list attributes that were ignored, one text per attribute. */
  readonly ignored: readonly LocalizedText[];
}

function invalid(attribute: string, value: ListValue | number, problems: readonly Problem[], suggestions: readonly string[] = []): TaskRegisterError {
  // An array reads back as its parts joined by commas.
  return attributeError(attribute, 'attrProblems', [attribute, String(value), ...problems], suggestions);
}

type Reason = 'reasonUnknownUnit' | 'reasonBadRange' | 'reasonNoTask' | 'reasonBadDeadline' | 'reasonNoDeadline';

/** What was ignored in a list attribute: each group of parts with its reason. */
function ignoredIn(attribute: string, groups: readonly (readonly [readonly (string | number)[], Reason])[]): LocalizedText {
  return inEveryLang((lang) => {
    const msg = unitMatrixMessages[lang];
    return joinClauses(
      lang,
      groups.map(([parts, reason]) => msg.ignoredPart(attribute, joinList(lang, parts.map((p) => msg.quoted(String(p)))), msg[reason])),
    );
  });
}

function readUnits(value: ListValue, register: Register, ignored: LocalizedText[]): readonly string[] | null {
  const selection = parseUnitSelection(readList(value).join(','), register);
  if (selection.unknown.length) {
    if (!selection.ids.length) {
      throw invalid('units', value, [problem('unknownUnits', selection.unknown)], unitSuggestions(selection.unknown[0]!, register));
    }
    ignored.push(ignoredIn('units', [[selection.unknown, 'reasonUnknownUnit']]));
  }
  return selection.ids.length ? selection.ids : null;
}

function unitSuggestions(written: string, register: Register): string[] {
  return nearest(written, register.units.flatMap((unit) => [unit.id, unit.name]), 3);
}

function readTasks(value: ListValue, register: Register, ignored: LocalizedText[]): readonly string[] | null {
  const parts = readList(value);
  if (!parts.length) return null;
  const selection = parseTaskSelection(parts.join(','), register);
  const problems: Problem[] = [];
  if (selection.malformed.length) problems.push(problem('badTaskRange', selection.malformed));
  if (selection.unknown.length) problems.push(problem('unknownTasks', selection.unknown));
  if (!selection.ids.length) throw invalid('tasks', value, problems, [numberSpan(register)]);
  const groups: [readonly string[], Reason][] = [];
  if (selection.malformed.length) groups.push([selection.malformed, 'reasonBadRange']);
  if (selection.unknown.length) groups.push([selection.unknown, 'reasonNoTask']);
  if (groups.length) ignored.push(ignoredIn('tasks', groups));
  return selection.ids;
}

/** The document's numbers as a range to suggest (`52-129`), or the first and last as written. */
function numberSpan(register: Register): string {
  const whole = register.tasks.map((task) => task.number).filter((n) => /^\d+$/.test(n)).map(Number);
  if (whole.length) return `${Math.min(...whole)}-${Math.max(...whole)}`;
  return register.tasks.length ? `${register.tasks[0]!.number}, ${register.tasks[register.tasks.length - 1]!.number}` : '';
}

const annualWords = ['annual', '年度', '年度常规', '年度常规工作'];

function readDeadline(value: ListValue, register: Register, ignored: LocalizedText[]): DeadlineFilter | null {
  const parts = readList(value);
  if (!parts.length) return null;
  const years = new Set(register.tasks.flatMap((task) => deadlineYear(task.deadline) ?? []));
  const hasAnnual = register.tasks.some((task) => task.deadline.kind === 'annual');
  const chosenYears = new Set<number>();
  let annual = false;
  const malformed: string[] = [];
  const missing: string[] = [];
  for (const part of parts) {
    const word = part.toLowerCase().replace(/年$/, '');
    if (/^\d{4}$/.test(word)) {
      if (years.has(Number(word))) chosenYears.add(Number(word));
      else missing.push(part);
    } else if (annualWords.includes(word)) {
      if (hasAnnual) annual = true;
      else missing.push(part);
    } else malformed.push(part);
  }
  const problems: Problem[] = [];
  if (malformed.length) problems.push(problem('badDeadline', malformed));
  if (missing.length) problems.push(problem('noDeadline', missing));
  if (!chosenYears.size && !annual) {
    const valid = [...[...years].sort((a, b) => a - b).map(String), ...(hasAnnual ? ['annual'] : [])];
    throw invalid('deadline', value, problems, nearest(malformed[0] ?? missing[0]!, valid, valid.length));
  }
  const groups: [readonly string[], Reason][] = [];
  if (malformed.length) groups.push([malformed, 'reasonBadDeadline']);
  if (missing.length) groups.push([missing, 'reasonNoDeadline']);
  if (groups.length) ignored.push(ignoredIn('deadline', groups));
  return { years: chosenYears, annual };
}

function readHighlightUnit(value: string, register: Register): string | null {
  if (!value.trim()) return null;
  const selection = parseUnitSelection(value, register);
  const id = selection.ids[0];
  if (!id || selection.unknown.length) {
    const written = selection.unknown[0] ?? value.trim();
    throw invalid('highlight-unit', value, [problem('unknownUnit', written)], unitSuggestions(written, register));
  }
  return id;
}

function readHighlightTask(value: string | number, register: Register): string | null {
  const written = String(value).trim().replace(/^任务/, '').replace(/^task\s*/i, '');
  if (!written) return null;
  const task = register.tasks.find((t) => t.number === written) ?? register.tasks.find((t) => t.id === written);
  if (!task) throw invalid('highlight-task', value, [problem('unknownTask', written)], [numberSpan(register)]);
  return task.id;
}

/** `unit-role`: one of the roles the register's tasks use, or `all`. */
function readRole(value: string, register: Register): RoleFilter {
  const role = readKeyword('unit-role', value, roleFilters, 'all');
  const used = usedRoles(register).map((r) => r.id);
  if (role === 'all' || used.includes(role)) return role;
  throw attributeError('unit-role', 'attrRoleNotUsed', [role, [...used, 'all']], [...used, 'all']);
}

/** Reads every attribute; throws a `TaskRegisterError` (`invalid-attribute`) for the first one that selects nothing. */
export function readAttributes(attributes: MatrixAttributes, register: Register): MatrixSelection {
  const ignored: LocalizedText[] = [];
  const role = readRole(attributes.role, register);
  const sort = readKeyword('sort', attributes.sort, matrixSorts, 'involvement');
  const orientation = readKeyword('orientation', attributes.orientation, orientations, 'units');
  const unitIds = readUnits(attributes.units, register, ignored);
  const taskIds = readTasks(attributes.tasks, register, ignored);
  const colorBy = readKeyword('color-by', attributes.colorBy ?? '', colorModes, 'role');
  const groupBy = readKeyword('group-by', attributes.groupBy ?? '', groupings, 'section');
  const deadline = readDeadline(attributes.deadline, register, ignored);
  return {
    unitIds,
    taskIds,
    role,
    deadline,
    sort,
    orientation,
    // `??`: a framework clearing a binding may set null.
    highlightUnitId: readHighlightUnit(attributes.highlightUnit ?? '', register),
    highlightTaskId: readHighlightTask(attributes.highlightTask ?? '', register),
    colorBy,
    groupBy: groupBy === 'section' && register.sections.length ? 'section' : 'none',
    ignored,
  };
}
