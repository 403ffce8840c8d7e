/**
 * The list's attributes read into filters, pure: the properties as set (by attribute or by
 * script) and the register in; checked filters out, or an attribute error naming the attribute,
 * the value and what was expected.
 */
import { attributeError, problem } from '../../data/errors.js';
import type { Register, Section } from '../../data/model.js';
import { roleFilters, type RoleFilter } from '../../data/selectors.js';
import { taskStates, type TaskState } from '../../data/status.js';
import type { SortKey, UndatedKind } from '../../i18n/task-list.js';
import { readFlag, readKeyword, readList, readNumber, readUnits, type ListValue } from '../base/attributes.js';

export const sortKeys = ['document', 'number', 'deadline', 'status'] as const satisfies readonly SortKey[];
export const undatedKinds = ['annual', 'ongoing', 'text', 'none'] as const satisfies readonly UndatedKind[];

/** A deadline the filter asks for: a year, or a kind of deadline without one. */
export type DeadlineChoice = number | UndatedKind;

/** The list's own properties, as the element holds them. */
export interface TaskListAttributes {
  readonly search: string;
  readonly units: ListValue;
  readonly unitRole: RoleFilter;
  readonly sections: ListValue;
  readonly deadline: ListValue;
  readonly states: ListValue;
  readonly sort: SortKey;
  readonly pageSize: number | string;
  readonly hideControls: boolean;
}

/** What the attributes ask the list to show. */
export interface ListOptions {
  readonly search: string;
  readonly unitIds: readonly string[];
  readonly role: RoleFilter;
  readonly sectionIds: readonly string[];
  readonly deadlines: readonly DeadlineChoice[];
  readonly states: readonly TaskState[];
  readonly sort: SortKey;
  readonly pageSize: number;
  readonly hideControls: boolean;
}

export const defaultPageSize = 50;

const written = (value: ListValue) => (typeof value === 'string' ? value : value.join(','));

/** Sections by id, by number as written (`（四）`) or by title. */
function readSections(value: ListValue, sections: readonly Section[]): string[] {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const part of readList(value)) {
    const found = sections.find((section) => section.id === part || section.number === part || section.title === part || section.titleEn === part);
    if (!found) unknown.push(part);
    else if (!ids.includes(found.id)) ids.push(found.id);
  }
  if (unknown.length) {
    const names = sections.flatMap((section) => [section.id, ...(section.number ? [section.number] : [])]);
    throw attributeError('sections', 'attrUnknownSections', [unknown], names.slice(0, 5));
  }
  return ids;
}

/** `2025,annual,ongoing,none`: years and kinds of deadline. */
function readDeadlines(value: ListValue): DeadlineChoice[] {
  const choices: DeadlineChoice[] = [];
  const bad: string[] = [];
  for (const part of readList(value)) {
    const word = part.toLowerCase();
    const choice = /^\d{4}$/.test(word) ? Number(word) : (undatedKinds as readonly string[]).includes(word) ? (word as UndatedKind) : null;
    if (choice === null) bad.push(part);
    else if (!choices.includes(choice)) choices.push(choice);
  }
  if (bad.length) throw attributeError('deadline', 'attrProblems', ['deadline', written(value), problem('badDeadline', bad)], [...undatedKinds]);
  return choices;
}

/** Status words of the shared vocabulary, as written (`overdue`) or kebab-cased (`passed-no-report`). */
function readStates(value: ListValue): TaskState[] {
  const states: TaskState[] = [];
  for (const part of readList(value)) {
    const wanted = part.replace(/[-_]/g, '').toLowerCase();
    const state = taskStates.find((candidate) => candidate.toLowerCase() === wanted);
    if (!state) throw attributeError('states', 'attrInvalid', ['states', part, 'expectOneOf', taskStates.join(', ')]);
    if (!states.includes(state)) states.push(state);
  }
  return states;
}

function readPageSize(value: number | string): number {
  const size = readNumber('page-size', value);
  if (size === null) return defaultPageSize;
  if (!Number.isInteger(size) || size < 1) throw attributeError('page-size', 'attrInvalid', ['page-size', String(value).trim(), 'expectPositiveInteger']);
  return size;
}

/** Checks every attribute, in the order an author reads them. */
export function readListOptions(attributes: TaskListAttributes, register: Register): ListOptions {
  return {
    search: attributes.search.trim(),
    unitIds: readUnits('units', attributes.units, register, true).value,
    role: readKeyword('unit-role', attributes.unitRole, roleFilters, 'all'),
    sectionIds: readSections(attributes.sections, register.sections),
    deadlines: readDeadlines(attributes.deadline),
    states: readStates(attributes.states),
    sort: readKeyword('sort', attributes.sort, sortKeys, 'document'),
    pageSize: readPageSize(attributes.pageSize),
    hideControls: readFlag('hide-controls', attributes.hideControls, false),
  };
}
