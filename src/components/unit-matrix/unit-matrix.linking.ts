/**
 * The linked selection in <tr-unit-matrix>: which rows, columns and section headings the shared
 * selection (a unit, a task, a status, a section) picks out. The rest is dimmed by the styles.
 */
import { sectionAndBelow } from './unit-matrix.model.js';
import type { Selection } from '../base/controllers/selection.js';
import type { GridTarget, MatrixView } from './unit-matrix.view.js';

export interface Picks {
  /** Data rows and data columns picked out. */
  readonly rows: ReadonlySet<number>;
  readonly columns: ReadonlySet<number>;
  /** Section ids whose heading is picked out. */
  readonly sections: ReadonlySet<string>;
  /** Whether anything shown is picked (then the rest is dimmed). */
  readonly any: boolean;
}

export const noPicks: Picks = { rows: new Set(), columns: new Set(), sections: new Set(), any: false };

/** What the selection picks out in the view: the unit's row, the task's column, the tasks in the state or section. */
export function picksOf(view: MatrixView, selection: Selection): Picks {
  if (!selection.unit && !selection.task && !selection.state && !selection.section) return noPicks;
  const units = new Set<number>();
  const tasks = new Set<number>();
  const sections = new Set<string>();
  if (selection.unit) {
    const u = view.matrix.units.findIndex((entry) => entry.unit.id === selection.unit);
    if (u >= 0) units.add(u);
  }
  const inSection = selection.section ? sectionAndBelow(view.register, selection.section) : null;
  view.matrix.tasks.forEach(({ task }, t) => {
    if (task.id === selection.task || view.statuses[t]!.state === selection.state || (inSection && task.sectionId && inSection.has(task.sectionId))) tasks.add(t);
  });
  if (inSection) for (const group of view.groups) if (inSection.has(group.section.id)) sections.add(group.section.id);
  const [rows, columns] = view.rowsAreUnits ? [units, tasks] : [tasks, units];
  return { rows, columns, sections, any: rows.size + columns.size > 0 };
}

/**
 * The linked selection after a reader chose `target`: a unit header selects the unit, a cell or a
 * task header the task, a section heading the section; a header chosen again clears it. Null for
 * totals and corners.
 */
export function selectionFor(target: GridTarget, current: Selection): Selection | null {
  const only = (key: keyof Selection, id: string) => Object.keys(current).length === 1 && current[key] === id;
  switch (target.kind) {
    case 'unit':
      return only('unit', target.unit.id) ? {} : { unit: target.unit.id };
    case 'task':
      return only('task', target.task.id) ? {} : { task: target.task.id };
    case 'cell':
      return { task: target.task.id };
    case 'section':
      return only('section', target.group.section.id) ? {} : { section: target.group.section.id };
    default:
      return null;
  }
}
