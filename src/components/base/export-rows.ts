/**
 * Rows of the CSV files that several widgets share: a task as the document writes it (number,
 * text, the units in each role under the document's role label, the deadline, the status).
 * Loaded with the widgets' export files, on first use.
 */
import type { Register, Task } from '../../data/model.js';
import { usedRoles } from '../../data/selectors.js';
import type { TaskState } from '../../data/status.js';
import { taskStateWord } from '../../i18n/common.js';
import { exportHeaders } from '../../i18n/export.js';
import type { Lang } from '../../i18n/lang.js';

/** The header and one row per task: number, task, one column per role the register uses, deadline, status. */
export function taskRows(register: Register, lang: Lang, tasks: readonly { task: Task; state: TaskState }[]): string[][] {
  const msg = exportHeaders[lang];
  const en = lang === 'en';
  const roles = usedRoles(register);
  const names = new Map(register.units.map((unit) => [unit.id, en ? (unit.nameEn ?? unit.name) : unit.name]));
  const header = [msg.number, msg.task, ...roles.map((role) => (en ? (role.labelEn ?? role.label) : role.label)), msg.deadline, msg.status];
  const rows = tasks.map(({ task, state }) => [
    task.number,
    task.content,
    ...roles.map((role) => (task.units[role.id] ?? []).map((id) => names.get(id) ?? id).join(en ? '; ' : '、')),
    'text' in task.deadline ? task.deadline.text : '',
    taskStateWord(lang, state),
  ]);
  return [header, ...rows];
}
