/**
 * A register as a table a person can read and edit: the title, a header of the document's own
 * column words, a row per section heading and per task, cells as written. The importer reads this
 * table back to the same register (csv and xlsx round trips are tested).
 */
import type { RegisterV2, TaskV2 } from '../data/schema-v2.js';
import { writeHeading } from './text.js';

export interface ExportRows {
  /** Lines above the table: the title, the subtitle. */
  readonly preamble: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const deadlineWord = '完成时限';

export function exportRows(register: RegisterV2): ExportRows {
  const nameOf = new Map(register.units.map((u) => [u.id, u.name]));
  const hasLeaders = register.tasks.some((t) => t.leaders?.length);
  const hasNote = register.tasks.some((t) => t.note);
  const extraKeys = [...new Set(register.tasks.flatMap((t) => Object.keys(t.extra ?? {})))];
  const header = [
    '序号',
    '工作内容',
    ...register.roles.map((r) => r.label),
    deadlineWord,
    ...(hasLeaders ? ['分管领导'] : []),
    ...(hasNote ? ['备注'] : []),
    ...extraKeys,
  ];
  const empty = () => header.map(() => '');
  const rows: string[][] = [];
  const taskRow = (task: TaskV2) => [
    task.number,
    task.content,
    ...register.roles.map((r) => task.written?.[r.id] ?? (task.units[r.id] ?? []).map((id) => nameOf.get(id) ?? id).join('、')),
    task.written?.deadline ?? (task.deadline.kind === 'none' ? '' : task.deadline.text),
    ...(hasLeaders ? [task.written?.leaders ?? (task.leaders ?? []).join('、')] : []),
    ...(hasNote ? [task.note ?? ''] : []),
    ...extraKeys.map((k) => {
      const value = task.extra?.[k];
      return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    }),
  ];
  // Sections and tasks in document order: before a task, every heading up to its own that is not yet written.
  let next = 0;
  const sectionRowsUpTo = (index: number) => {
    for (; next <= index && next < register.sections.length; next++) {
      const section = register.sections[next]!;
      const row = empty();
      row[1] = writeHeading(section.number, section.title);
      rows.push(row);
    }
  };
  for (const task of register.tasks) {
    if (task.sectionId !== undefined) sectionRowsUpTo(register.sections.findIndex((s) => s.id === task.sectionId));
    rows.push(taskRow(task));
  }
  sectionRowsUpTo(register.sections.length - 1);
  return { preamble: [register.title, ...(register.subtitle ? [register.subtitle] : [])], header, rows };
}

const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** CSV (RFC 4180, CRLF line ends, with a BOM so spreadsheet programs read it as UTF-8). */
export function toCsv(table: ExportRows): string {
  const lines = [...table.preamble.map((p) => [p]), table.header, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** A Markdown table under the title. */
export function toMarkdown(table: ExportRows): string {
  const [title, ...rest] = table.preamble;
  const out = [`# ${title ?? ''}`, '', ...rest.map((r) => `${r}\n`)];
  out.push(`| ${table.header.map(mdCell).join(' | ')} |`, `|${table.header.map(() => '---').join('|')}|`);
  for (const row of table.rows) out.push(`| ${row.map(mdCell).join(' | ')} |`);
  return `${out.join('\n')}\n`;
}
