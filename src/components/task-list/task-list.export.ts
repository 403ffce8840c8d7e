/**
 * What <tr-task-list> exports: a CSV of every task the filters keep (all pages), in the order
 * shown: number, text, units by role under the document's role labels, deadline, status. Loaded
 * on first use.
 */
import type { Register } from '../../data/model.js';
import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { taskListMessages } from '../../i18n/task-list.js';
import type { ExportContent } from '../base/export-menu.js';
import { taskRows } from '../base/export-rows.js';
import type { TaskRow } from './task-list.model.js';

export function taskListExport(register: Register, lang: Lang, shown: readonly TaskRow[], asOf: Date): ExportContent {
  const title = taskListMessages[lang].caption(lang === 'en' ? (register.titleEn ?? register.title) : register.title, formatDate(lang, asOf));
  return { title, rows: taskRows(register, lang, shown.map((row) => ({ task: row.task, state: row.status.state }))) };
}
