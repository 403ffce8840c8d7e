/**
 * From what a layout read to a version-2 register and its report: the title and plan year, roles
 * in the document's order with its words, sections nested by level, tasks with their units split,
 * deadlines parsed, candidates proposed; every decision a warning, every unused text reported.
 */
import { problem, TaskRegisterError, type Problem } from '../data/errors.js';
import {
  parseRegisterV2,
  type DeadlineKind,
  type IndicatorV2Input,
  type RegisterV2Input,
  type RoleId,
  type RoleV2Input,
  type SectionV2Input,
  type TaskV2Input,
  type UnitV2Input,
} from '../data/schema-v2.js';
import { candidatesOf } from './candidates.js';
import { parseDeadline } from './deadline.js';
import { isUnitField, unitFields } from './headers.js';
import type { Layout } from './items.js';
import { fold, hasCjk, numberSlug } from './text.js';
import type { ImportNote, ImportOptions, ImportResult, Place, Unplaced } from './types.js';
import { splitUnits, UnitSplitError } from './units.js';

const roleLabelsEn: Record<RoleId, string> = { lead: 'Lead units', responsible: 'Responsible units', participant: 'Participating units' };
const titleWord = /(方案|分解表|清单|分工|任务表|台账|计划|安排|要点|通知|意见|责任表)$/;

/** Stops the import at a place: the line or row, the cell's column word, the text at fault. */
export function importError(at: Place, text: string, what: Problem): never {
  const params = [at.n, at.cell ?? '', text, what] as const;
  if (at.kind === 'line') throw new TaskRegisterError('import', 'importLineAt', params);
  throw new TaskRegisterError('import', 'importRowAt', params);
}

/** The title (and subtitle) among the lines before the table; the lines it used. */
function findTitle(preamble: Layout['preamble']) {
  // A table's own title row may be in any script; a line of text must be Chinese (not an address or a rule).
  const candidate = (text: string, at?: Place) =>
    (hasCjk(text) || at?.kind === 'row') && text.length <= 80 && !/^https?:/i.test(text) && !/[。;]$/.test(fold(text));
  const i = preamble.findIndex((p) => candidate(p.text, p.at));
  if (i < 0) return { used: new Set<number>() };
  const strip = (t: string) => t.trim().replace(/^《(.*)》$/, '$1');
  let title = strip(preamble[i]!.text);
  const used = new Set([i]);
  const next = preamble[i + 1];
  let subtitle: string | undefined;
  if (next && candidate(next.text, next.at)) {
    if (!titleWord.test(title) && titleWord.test(title + next.text.trim())) {
      title += next.text.trim();
      used.add(i + 1);
    } else if (titleWord.test(next.text.trim()) && next.text.trim().length <= 20) {
      subtitle = next.text.trim();
      used.add(i + 1);
    }
  }
  return { title, subtitle, used };
}

export function buildRegister(layout: Layout, options: ImportOptions = {}): ImportResult {
  const warnings: ImportNote[] = [];
  const unplaced: Unplaced[] = [];
  const warn = (at: Place | undefined, p: Problem) => warnings.push(at ? { at, problem: p } : { problem: p });

  const found = findTitle(layout.preamble);
  layout.preamble.forEach((p, i) => {
    if (!found.used.has(i)) unplaced.push({ at: p.at, text: p.text, problem: problem('importUnplaced') });
  });
  let title = options.title ?? found.title;
  if (!title) {
    title = options.fallbackTitle ?? 'register';
    warn(undefined, problem('importTitleFallback', title));
  }
  const yearsInTitle = [...(found.title ?? title).matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
  let planYear = options.planYear;
  if (planYear === undefined && yearsInTitle.length === 1 && !/\d{4}\s*年?\s*[-—–~至到]\s*\d{4}/.test(title)) {
    planYear = yearsInTitle[0]!;
    warn(undefined, problem('importPlanYear', planYear));
  }

  const roles: RoleV2Input[] = [];
  for (const column of layout.columns) {
    if (isUnitField(column.field) && !roles.some((r) => r.id === column.field)) {
      roles.push({ id: column.field, label: column.label, labelEn: roleLabelsEn[column.field] });
    }
  }
  const hasDeadline = layout.columns.some((c) => c.field === 'deadline');
  const hasNote = layout.columns.some((c) => c.field === 'note');
  if (!hasDeadline && !hasNote) warn(undefined, problem('importNoDeadlineColumn'));
  const labelOf = (field: string) => layout.columns.find((c) => c.field === field)?.label ?? field;

  const units: UnitV2Input[] = [];
  const unitIdOf = new Map<string, string>();
  const sections: SectionV2Input[] = [];
  const open: { id: string; level: number }[] = [];
  const tasks: TaskV2Input[] = [];
  const indicators: IndicatorV2Input[] = [];
  const taskIds = new Set<string>();
  let sectionId: string | undefined;

  for (const item of layout.items) {
    if (item.kind === 'unplaced') {
      unplaced.push({ at: item.at, text: item.text, problem: item.problem });
      continue;
    }
    if (item.kind === 'warning') {
      warn(item.at, item.problem);
      continue;
    }
    if (item.kind === 'section') {
      const { heading } = item;
      while (open.length && open[open.length - 1]!.level >= heading.level) open.pop();
      const id = `s${sections.length + 1}`;
      const parentId = open[open.length - 1]?.id;
      sections.push({ id, ...(heading.number !== undefined ? { number: heading.number } : {}), title: heading.title, ...(parentId ? { parentId } : {}) });
      open.push({ id, level: heading.level });
      sectionId = id;
      continue;
    }

    let number = item.number;
    if (number === undefined) {
      number = String(tasks.length + 1);
      warn(item.at, problem('importNumbered', number));
    }
    const task = number;
    const taskUnits: TaskV2Input['units'] = {};
    const written: NonNullable<TaskV2Input['written']> = {};
    const listed = new Set<string>();
    for (const role of unitFields) {
      const cell = item.cells[role];
      if (cell === undefined || !cell.trim()) continue;
      let split;
      try {
        split = splitUnits(cell);
      } catch (error) {
        if (error instanceof UnitSplitError) importError({ ...item.at, cell: labelOf(role) }, cell, error.problem);
        throw error;
      }
      for (const note of split.notes) warn({ ...item.at, cell: labelOf(role) }, note);
      const ids: string[] = [];
      for (const name of split.names) {
        if (listed.has(name)) {
          warn({ ...item.at, cell: labelOf(role) }, problem('importRepeatedUnit', task, name));
          continue;
        }
        listed.add(name);
        let id = unitIdOf.get(name);
        if (!id) {
          id = `u${units.length + 1}`;
          unitIdOf.set(name, id);
          units.push({ id, name });
        }
        ids.push(id);
      }
      if (!ids.length) continue;
      taskUnits[role] = ids;
      if (cell !== split.names.join('、')) written[role] = cell;
    }
    if (!listed.size) {
      unplaced.push({ at: item.at, text: `${task} ${item.content}`, problem: problem('importNoUnits', task) });
      continue;
    }
    if (taskUnits.responsible && !taskUnits.lead) warn(item.at, problem('importOnlyResponsible', task));

    let deadlineCell = item.cells.deadline;
    let note = item.cells.note;
    if (!hasDeadline && note !== undefined) {
      const asDeadline = parseDeadline(note, planYear);
      if (asDeadline.recognised && asDeadline.deadline.kind !== 'none') {
        deadlineCell = note;
        note = undefined;
        if (!item.inherited.note) warn(item.at, problem('importNoteDeadline', task, deadlineCell.trim()));
      }
    }
    for (const field of ['deadline', 'note', 'leaders'] as const) {
      const column = item.inherited[field];
      if (column) warn(item.at, problem('importMerged', task, column, (item.cells[field] ?? '').trim()));
    }
    const { deadline, recognised } = parseDeadline(deadlineCell ?? '', planYear);
    if (!recognised) warn(item.at, problem('importDeadlineAsText', task, deadline.kind === 'text' ? deadline.text : ''));
    if (deadlineCell !== undefined && deadline.kind !== 'none' && deadlineCell !== deadline.text) written.deadline = deadlineCell;

    let leaders: string[] | undefined;
    if (item.cells.leaders?.trim()) {
      leaders = item.cells.leaders.split(/[、,，;；\n]/).map((l) => l.trim()).filter(Boolean);
      if (item.cells.leaders !== leaders.join('、')) written.leaders = item.cells.leaders;
    }

    let id = `t${numberSlug(number)}`;
    if (taskIds.has(id)) {
      let k = 2;
      while (taskIds.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
      warn(item.at, problem('importDuplicateNumber', number, id));
    }
    taskIds.add(id);
    const found = candidatesOf(id, task, item.content, deadline);
    for (const note of found.notes) warn(item.at, note);
    indicators.push(...found.indicators);
    tasks.push({
      id,
      number,
      ...(sectionId ? { sectionId } : {}),
      content: item.content,
      units: taskUnits,
      deadline,
      indicatorIds: found.indicators.map((i) => i.id),
      ...(leaders?.length ? { leaders } : {}),
      ...(note?.trim() ? { note: note.trim() } : {}),
      ...(Object.keys(written).length ? { written } : {}),
      ...(Object.keys(item.other).length ? { extra: { ...item.other } } : {}),
    });
  }
  if (!tasks.length) throw new TaskRegisterError('import', 'importNoTasks', []);

  const register: RegisterV2Input = {
    schemaVersion: 2,
    id: options.id ?? 'register',
    title,
    ...(options.titleEn ? { titleEn: options.titleEn } : {}),
    ...(found.subtitle ? { subtitle: found.subtitle } : {}),
    ...(planYear !== undefined ? { planYear } : {}),
    roles: roles.filter((r) => tasks.some((t) => t.units[r.id]?.length)),
    units,
    sections,
    tasks,
    indicators,
  };
  const parsed = parseRegisterV2(register);
  const count = <K extends string>(keys: K[]) => keys.reduce<Partial<Record<K, number>>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});
  const unitsByRole: Partial<Record<RoleId, number>> = {};
  for (const role of unitFields) {
    const ids = new Set(parsed.tasks.flatMap((t) => t.units[role] ?? []));
    if (ids.size) unitsByRole[role] = ids.size;
  }
  return {
    register: parsed,
    report: {
      layout: layout.layout,
      header: layout.header,
      warnings,
      unplaced,
      candidates: parsed.indicators.map((i) => i.id),
      summary: {
        tasks: parsed.tasks.length,
        sections: parsed.sections.length,
        units: parsed.units.length,
        unitsByRole,
        deadlines: count<DeadlineKind>(parsed.tasks.map((t) => t.deadline.kind)),
        candidates: parsed.indicators.length,
      },
    },
  };
}
