/**
 * Reading a filled-in progress form back (`task-register progress import`): an .xlsx written by
 * `progress template` (or any sheet with the same headers) or a .csv. Every filled row becomes a
 * report of the progress contract or a refusal naming the sheet, the row, the column and the text;
 * rows with neither a status nor a date are not filled and are skipped.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { TaskRegisterError } from '../data/errors.js';
import type { IndicatorReportInput, ReportStatus, TaskReportInput } from '../data/progress.js';
import type { IndicatorV2, RegisterV2, TaskV2 } from '../data/schema-v2.js';
import { decodeText } from './readers.js';
import {
  columnOf,
  dateOf,
  formWords,
  indicatorIdLabels,
  indicatorSheetNames,
  normalizeWord,
  numberOf,
  registerIdLabels,
  statusOf,
  textOf,
  type ColumnKey,
  type RawCell,
} from './progress-words.js';

/** A table as read: a sheet of a workbook, or a csv file (named by its file name). */
export interface Table {
  readonly name: string;
  readonly kind: 'sheet' | 'file';
  /** Rows by their number as a spreadsheet shows it (1-based); cells by column (0-based). */
  readonly rows: readonly { readonly row: number; readonly cells: readonly RawCell[] }[];
}

export interface FormFile {
  readonly tables: readonly Table[];
  /** The register id the form states (on its instructions sheet), when it states one. */
  readonly registerId: string | undefined;
}

/** Why a row was refused. */
export type Refusal =
  | { readonly key: 'statusUnknown' }
  | { readonly key: 'statusMissing' }
  | { readonly key: 'dateMissing' }
  | { readonly key: 'valueNoDate' }
  | { readonly key: 'dateBad' }
  | { readonly key: 'dateFuture'; readonly today: string }
  | { readonly key: 'percentBad' }
  | { readonly key: 'percentRange' }
  | { readonly key: 'numberMissing' }
  | { readonly key: 'taskUnknown' }
  | { readonly key: 'taskAmbiguous' }
  | { readonly key: 'unitUnknown' }
  | { readonly key: 'valueMissing' }
  | { readonly key: 'valueBad' }
  | { readonly key: 'indicatorUnknown' }
  | { readonly key: 'sheetNoIndicator' }
  | { readonly key: 'duplicateRow'; readonly other: Place }
  | { readonly key: 'conflictExisting'; readonly path: string; readonly file: string };

export interface Place {
  readonly table: string;
  readonly kind: 'sheet' | 'file';
  readonly row: number;
}

/** A row that could not be used: where, which column (its header as written), the text, and why. */
export interface RefusedRow extends Place {
  /** The column's header as written; empty when the table has no such column. */
  readonly column: string;
  readonly columnKey: ColumnKey | undefined;
  readonly text: string;
  readonly why: Refusal;
}

export interface ImportedTask {
  readonly report: TaskReportInput;
  readonly taskId: string;
  readonly at: Place;
}
export interface ImportedIndicator {
  readonly report: IndicatorReportInput;
  readonly at: Place;
}

export interface FormImport {
  readonly tasks: ImportedTask[];
  readonly indicators: ImportedIndicator[];
  readonly refused: RefusedRow[];
  /** Rows with a task or a header but neither status nor date: not filled. */
  readonly unfilled: number;
  /** Rows repeated word for word (same task, date and content): kept once. */
  readonly repeated: number;
  /** Tables with no header the import knows. */
  readonly unread: readonly string[];
  /** Tables read (with a header the import knows). */
  readonly read: number;
}

function cellOf(cell: ExcelJS.Cell): RawCell {
  const read = (value: ExcelJS.CellValue): RawCell['value'] => {
    if (value === null || value === undefined) return undefined;
    if (value instanceof Date || typeof value === 'number' || typeof value === 'string') return value;
    if (typeof value === 'boolean') return String(value);
    if (typeof value === 'object') {
      if ('richText' in value) return value.richText.map((part) => part.text).join('');
      if ('result' in value) return read(value.result as ExcelJS.CellValue);
      if ('text' in value && typeof value.text === 'string') return value.text;
      if ('error' in value) return String(value.error);
    }
    return String(value);
  };
  const value = read(cell.value);
  return { value: typeof value === 'string' && !value.trim() ? undefined : value, percentFormat: typeof value === 'number' && /%/.test(cell.numFmt ?? '') };
}

/** The sheets of a workbook, or the one table of a csv file. Throws `TaskRegisterError` naming the file when it cannot read it. */
export async function readForm(file: string): Promise<FormFile> {
  const ext = extname(file).toLowerCase();
  if (!['.xlsx', '.csv', '.tsv'].includes(ext)) throw new TaskRegisterError('import', 'importUnknownFormat', [file]);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new TaskRegisterError('import', 'importCannotRead', [file, (error as NodeJS.ErrnoException).code ?? String(error)]);
  }
  try {
    if (ext !== '.xlsx') {
      const records = parseCsv(decodeText(bytes).replace(/^\uFEFF/, ''), {
        delimiter: ext === '.tsv' ? '\t' : ',',
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
      }) as string[][];
      const rows = records.map((record, i) => ({ row: i + 1, cells: record.map((text) => ({ value: text.trim() ? text : undefined })) }));
      return { tables: [{ name: basename(file), kind: 'file', rows }], registerId: undefined };
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    let registerId: string | undefined;
    const tables: Table[] = [];
    const idLabels = new Set(registerIdLabels.map(normalizeWord));
    for (const sheet of workbook.worksheets) {
      const rows: { row: number; cells: RawCell[] }[] = [];
      for (let r = 1; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const cells: RawCell[] = [];
        for (let c = 1; c <= Math.max(row.cellCount, 0); c++) cells.push(cellOf(row.getCell(c)));
        if (cells.some((cell) => cell.value !== undefined)) rows.push({ row: r, cells });
        if (idLabels.has(normalizeWord(textOf(cells[0]))) && cells[1]?.value !== undefined) registerId = textOf(cells[1]);
      }
      tables.push({ name: sheet.name, kind: 'sheet', rows });
    }
    return { tables, registerId };
  } catch (error) {
    if (error instanceof TaskRegisterError) throw error;
    throw new TaskRegisterError('import', 'importCannotRead', [file, error instanceof Error ? error.message : String(error)]);
  }
}

/** The header row of a table (within its first rows) and the columns it names. */
function findHeader(table: Table): { index: number; columns: Map<ColumnKey, number>; headers: string[] } | undefined {
  for (let i = 0; i < Math.min(table.rows.length, 15); i++) {
    const headers = table.rows[i]!.cells.map((cell) => textOf(cell));
    const columns = new Map<ColumnKey, number>();
    headers.forEach((header, c) => {
      const key = columnOf(header);
      if (key && !columns.has(key)) columns.set(key, c);
    });
    const tasks = (columns.has('number') || columns.has('taskId')) && columns.has('status');
    const values = columns.has('date') && columns.has('value');
    if (tasks || values) return { index: i, columns, headers };
  }
  return undefined;
}

/** Finds tasks by their document number (by id where numbers repeat) and the id a report should name. */
function taskLookup(register: RegisterV2) {
  const byNumber = new Map<string, TaskV2[]>();
  for (const task of register.tasks) byNumber.set(task.number, [...(byNumber.get(task.number) ?? []), task]);
  const byId = new Map(register.tasks.map((task) => [task.id, task]));
  return {
    /** A report names a task by its number as written, or by its id where the number repeats. */
    refOf: (task: TaskV2) => ((byNumber.get(task.number)?.length ?? 0) > 1 ? task.id : task.number),
    /**
     * The number as written decides; the task id column (which the template fills and hides) only
     * tells apart tasks sharing a number, or names the task when the number is left empty.
     */
    find(number: string, id: string): TaskV2 | 'ambiguous' | undefined {
      const key = number.normalize('NFKC').trim();
      const byIdFound = id ? byId.get(id.trim()) : undefined;
      if (!key) return byIdFound;
      const found = byNumber.get(number.trim()) ?? byNumber.get(key);
      if (found?.length === 1) return found[0];
      if (found && found.length > 1) return byIdFound && found.includes(byIdFound) ? byIdFound : 'ambiguous';
      return byId.get(key);
    },
  };
}

/** Units by name as written (or in English, or by id); width, case and spaces aside, but not brackets: 各县（市、区）政府 is not 各县政府. */
function unitLookup(register: RegisterV2): (text: string) => string | undefined {
  const normalizeWord = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const byName = new Map<string, string>();
  for (const unit of register.units) {
    byName.set(normalizeWord(unit.id), unit.id);
    if (unit.nameEn) byName.set(normalizeWord(unit.nameEn), unit.id);
    byName.set(normalizeWord(unit.name), unit.id);
  }
  return (text) => byName.get(normalizeWord(text));
}

function indicatorLookup(register: RegisterV2): (text: string) => IndicatorV2 | undefined {
  const by = new Map<string, IndicatorV2>();
  for (const indicator of register.indicators) {
    for (const word of [indicator.labelEn, indicator.label, indicator.id]) if (word) by.set(normalizeWord(word), indicator);
  }
  return (text) => by.get(normalizeWord(text));
}

/** The indicator a sheet is about: the id stated above its table, else its name as the template writes it. */
function sheetIndicator(table: Table, headerIndex: number, register: RegisterV2): IndicatorV2 | undefined {
  const labels = indicatorIdLabels.map(normalizeWord);
  for (const { cells } of table.rows.slice(0, headerIndex)) {
    const text = textOf(cells[0]).normalize('NFKC');
    const match = /^(.+?)\s*:\s*(\S+)$/.exec(text);
    if (match && labels.includes(normalizeWord(match[1]!))) {
      const found = register.indicators.find((i) => i.id === match[2]);
      if (found) return found;
    }
  }
  for (const lang of ['zh-CN', 'en'] as const) {
    const names = indicatorSheetNames(register, lang, [formWords[lang].tasksSheet, formWords[lang].guideSheet]);
    for (const [id, name] of names) if (name === table.name) return register.indicators.find((i) => i.id === id);
  }
  return undefined;
}

export interface ImportOptions {
  /** The latest date a report may carry (ISO). */
  readonly today: string;
}

/** Reads every table of a form into reports and refusals. */
export function importForm(form: FormFile, register: RegisterV2, options: ImportOptions): FormImport {
  const tasks = taskLookup(register);
  const unitOf = unitLookup(register);
  const indicatorOf = indicatorLookup(register);
  const result = { tasks: [] as ImportedTask[], indicators: [] as ImportedIndicator[], refused: [] as RefusedRow[], unfilled: 0, repeated: 0 };
  let read = 0;
  const unread: string[] = [];
  const seen = new Map<string, { json: string; at: Place }>();
  const guideNames = new Set([formWords['zh-CN'].guideSheet, formWords.en.guideSheet]);

  /** Keeps a report unless the same key came earlier: word for word, it is kept once; else the row is refused. */
  const firstOf = (key: string, report: object, at: Place, column: string, text: string): boolean => {
    // `column` is the date column's header: the row repeats another's task (or indicator) and date.
    const json = JSON.stringify(report);
    const before = seen.get(key);
    if (!before) {
      seen.set(key, { json, at });
      return true;
    }
    if (before.json === json) result.repeated++;
    else result.refused.push({ ...at, column, columnKey: 'date', text, why: { key: 'duplicateRow', other: before.at } });
    return false;
  };

  for (const table of form.tables) {
    if (table.kind === 'sheet' && guideNames.has(table.name)) continue;
    const header = findHeader(table);
    if (!header) {
      if (table.rows.length) unread.push(table.name);
      continue;
    }
    read++;
    const { columns, headers } = header;
    const fixedIndicator = columns.has('indicator') ? undefined : sheetIndicator(table, header.index, register);
    const isTaskTable = columns.has('status');
    for (const { row, cells } of table.rows.slice(header.index + 1)) {
      const at: Place = { table: table.name, kind: table.kind, row };
      const cell = (key: ColumnKey): RawCell => {
        const c = columns.get(key);
        return c === undefined ? { value: undefined } : cells[c] ?? { value: undefined };
      };
      const text = (key: ColumnKey) => textOf(cell(key));
      const refuse = (key: ColumnKey, why: Refusal) => {
        const c = columns.get(key);
        result.refused.push({ ...at, column: c === undefined ? '' : headers[c] ?? '', columnKey: key, text: text(key), why });
      };
      const indicatorName = text('indicator');

      // A value of an indicator: on the indicator's own sheet, or a row naming it.
      if (!isTaskTable || indicatorName) {
        if (!text('date') && !text('value')) {
          result.unfilled++;
          continue;
        }
        const indicator = indicatorName ? indicatorOf(indicatorName) : fixedIndicator;
        if (!indicator) {
          if (indicatorName) refuse('indicator', { key: 'indicatorUnknown' });
          else result.refused.push({ ...at, column: '', columnKey: undefined, text: '', why: { key: 'sheetNoIndicator' } });
          continue;
        }
        const date = checkDate(cell('date'), options.today);
        if (date.refusal) {
          refuse('date', date.refusal.key === 'dateMissing' ? { key: 'valueNoDate' } : date.refusal);
          continue;
        }
        if (!text('value')) {
          refuse('value', { key: 'valueMissing' });
          continue;
        }
        const value = numberOf(cell('value'), indicator.measure);
        if (value === undefined) {
          refuse('value', { key: 'valueBad' });
          continue;
        }
        const source = text('source');
        const note = text('note');
        const unitText = text('unit');
        const unit = unitText ? unitOf(unitText) : undefined;
        if (unitText && !unit) {
          refuse('unit', { key: 'unitUnknown' });
          continue;
        }
        const report: IndicatorReportInput = {
          indicator: indicator.id,
          date: date.iso!,
          value,
          ...(note ? { note } : {}),
          ...(source ? { source } : {}),
          ...(unit ? { reportedBy: unit } : {}),
        };
        if (firstOf(`i|${indicator.id}|${report.date}`, report, at, headers[columns.get('date')!] ?? '', date.iso!)) result.indicators.push({ report, at });
        continue;
      }

      // A report on a task.
      const statusText = text('status');
      const dateText = text('date');
      if (!statusText && !dateText) {
        result.unfilled++;
        continue;
      }
      const number = text('number');
      const found = tasks.find(number, text('taskId'));
      if (!found) {
        if (number) refuse('number', { key: 'taskUnknown' });
        else refuse(columns.has('number') ? 'number' : 'taskId', { key: columns.has('number') || !text('taskId') ? 'numberMissing' : 'taskUnknown' });
        continue;
      }
      if (found === 'ambiguous') {
        refuse('number', { key: 'taskAmbiguous' });
        continue;
      }
      if (!statusText) {
        refuse('status', { key: 'statusMissing' });
        continue;
      }
      const status: ReportStatus | undefined = statusOf(statusText);
      if (!status) {
        refuse('status', { key: 'statusUnknown' });
        continue;
      }
      const date = checkDate(cell('date'), options.today);
      if (date.refusal) {
        refuse('date', date.refusal);
        continue;
      }
      let percent: number | undefined;
      if (text('percent')) {
        percent = numberOf(cell('percent'));
        if (percent === undefined) {
          refuse('percent', { key: 'percentBad' });
          continue;
        }
        if (percent < 0 || percent > 100) {
          refuse('percent', { key: 'percentRange' });
          continue;
        }
      }
      const unitText = text('unit');
      const unit = unitText ? unitOf(unitText) : undefined;
      if (unitText && !unit) {
        refuse('unit', { key: 'unitUnknown' });
        continue;
      }
      const note = text('note');
      const source = text('source');
      const report: TaskReportInput = {
        task: tasks.refOf(found),
        date: date.iso!,
        status,
        ...(percent !== undefined ? { percent } : {}),
        ...(note ? { note } : {}),
        ...(source ? { source } : {}),
        ...(unit ? { reportedBy: unit } : {}),
      };
      if (firstOf(`t|${found.id}|${report.date}`, report, at, headers[columns.get('date')!] ?? '', date.iso!)) {
        result.tasks.push({ report, taskId: found.id, at });
      }
    }
  }
  return { ...result, unread, read };
}

function checkDate(cell: RawCell, today: string): { iso?: string; refusal?: Refusal } {
  if (cell.value === undefined) return { refusal: { key: 'dateMissing' } };
  const iso = dateOf(cell.value);
  if (!iso) return { refusal: { key: 'dateBad' } };
  if (iso > today) return { refusal: { key: 'dateFuture', today } };
  return { iso };
}
