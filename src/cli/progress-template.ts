/**
 * The progress fill-in form (`task-register progress template`): an .xlsx a unit fills in. One row
 * per task with the document's number, content, role columns and deadline as written, then the
 * columns to fill (status from a drop-down, percent 0–100, progress, report date, reporting unit
 * from a drop-down); one sheet per indicator (date, value, source) with its target on top; a final
 * instructions sheet holding the register's id, which the import checks.
 */
import ExcelJS from 'exceljs';
import { reportStatuses } from '../data/progress.js';
import type { RegisterV2 } from '../data/schema-v2.js';
import type { Lang } from '../i18n/lang.js';
import { formWords, indicatorIdLabels, indicatorSheetNames, registerIdLabels, targetText } from './progress-words.js';

/** Rows with drop-downs and checks beyond the tasks, for further reports a unit adds. */
export const spareRows = 200;

type Sheet = ExcelJS.Worksheet;
type Validations = { add(address: string, validation: ExcelJS.DataValidation): void };
const validations = (sheet: Sheet) => (sheet as unknown as { dataValidations: Validations }).dataValidations;

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const givenFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB0B0B0' } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.height = 30;
  row.eachCell((cell) => {
    cell.fill = headerFill;
    cell.border = border;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
}

const colName = (n: number) => {
  let name = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
};

/** A sheet name as a formula reference: `'说明'`. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

const texts = {
  'zh-CN': {
    guideTitle: '填报说明',
    register: '登记表',
    units: '报送单位名单',
    target: '目标',
    quote: '原文',
    due: '完成年份',
    task: '所属任务',
    statusPrompt: '请从下拉列表选择状态',
    percentError: '请填写 0 至 100 之间的数字',
    dateError: '请填写日期，如 2024-06-30',
    unitError: '请从下拉列表选择报送单位',
    valueError: '请填写数字',
    guide: (statuses: string) => [
      `在“${formWords['zh-CN'].tasksSheet}”表中每项任务一行。请填写“状态”（下拉选择：${statuses}）、“完成百分比”（0至100）、“进展情况”、“报送日期”和“报送单位”。`,
      '序号、任务、单位和完成时限照录原文，请勿修改；“任务编号”列用于区分序号相同的任务，请勿删除。',
      '同一任务在不同日期报送多次的，可复制该行另起一行填写；同一任务同一日期只填一行。',
      '没有填写状态和报送日期的行视为未报送，导入时跳过。',
      '日期可写作 2024-06-30、2024/6/30、2024.6.30 或 2024年6月30日，不得晚于导入当日；完成百分比可写作 60 或 60%。',
      '每个指标一张工作表：按日期逐行填写数值和来源。',
      '填好后导入：task-register progress import 本文件.xlsx --register 登记表.json -o progress.json',
      '请勿修改本页的登记表编号：导入时据此核对本表属于哪份登记表。',
    ],
  },
  en: {
    guideTitle: 'How to fill in this form',
    register: 'Register',
    units: 'Reporting units',
    target: 'Target',
    quote: 'As written',
    due: 'Due year',
    task: 'Task',
    statusPrompt: 'Choose a status from the list',
    percentError: 'Enter a number from 0 to 100',
    dateError: 'Enter a date, e.g. 2024-06-30',
    unitError: 'Choose the reporting unit from the list',
    valueError: 'Enter a number',
    guide: (statuses: string) => [
      `On the "${formWords.en.tasksSheet}" sheet each task has one row. Fill in Status (from the list: ${statuses}), Percent complete (0 to 100), Progress, Report date and Reported by.`,
      'The number, task, units and deadline are as the document writes them: do not change them. The Task id column tells apart tasks with the same number: do not delete it.',
      'To report a task again on another date, copy its row and fill in the copy; one row per task and date.',
      'Rows with neither a status nor a report date are not reports and are skipped on import.',
      'Dates may be written 2024-06-30, 2024/6/30, 2024.6.30 or 2024年6月30日 and cannot be later than the day of import; a percent may be written 60 or 60%.',
      'Each indicator has its own sheet: one row per date with the value and its source.',
      'To import: task-register progress import this-file.xlsx --register register.json -o progress.json',
      'Do not change the register id on this sheet: the import checks it to make sure the form belongs to the register.',
    ],
  },
} as const;

/** The fill-in workbook of a register, in `lang` (task content and unit names stay as written). */
export async function progressTemplate(register: RegisterV2, lang: Lang): Promise<Uint8Array> {
  const w = formWords[lang];
  const t = texts[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.title = register.title;
  const unitName = new Map(register.units.map((unit) => [unit.id, unit.name]));
  const listSep = lang === 'en' ? '; ' : '、';
  const statusList = reportStatuses.map((s) => w.statuses[s]);

  // The tasks.
  const sheet = workbook.addWorksheet(w.tasksSheet, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const roles = register.roles.map((role) => ({ id: role.id, header: lang === 'en' ? role.labelEn ?? role.label : role.label }));
  const headers = [w.number, w.task, ...roles.map((r) => r.header), w.deadline, w.status, w.percent, w.note, w.date, w.unit, w.taskId];
  const col = (header: string) => headers.indexOf(header) + 1;
  styleHeader(sheet.addRow(headers));
  for (const task of register.tasks) {
    const row = sheet.addRow([
      task.number,
      task.content,
      ...roles.map((role) => (task.units[role.id] ?? []).map((id) => unitName.get(id) ?? id).join(listSep) || null),
      task.deadline.kind === 'none' ? w.noDeadline : task.deadline.text,
      null,
      null,
      null,
      null,
      null,
      task.id,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    for (let c = 1; c <= 3 + roles.length; c++) row.getCell(c).fill = givenFill;
  }
  const widths: Record<string, number> = { [w.number]: 8, [w.task]: 60, [w.deadline]: 14, [w.status]: 12, [w.percent]: 12, [w.note]: 40, [w.date]: 14, [w.unit]: 20, [w.taskId]: 10 };
  headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widths[header] ?? 22;
    if (header === w.number) column.numFmt = '@';
  });
  sheet.getColumn(col(w.taskId)).hidden = true;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };

  const last = register.tasks.length + 1 + spareRows;
  const range = (header: string) => `${colName(col(header))}2:${colName(col(header))}${last}`;
  const dv = validations(sheet);
  dv.add(range(w.status), {
    type: 'list',
    allowBlank: true,
    formulae: [`"${statusList.join(',')}"`],
    showInputMessage: true,
    prompt: t.statusPrompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    error: `${t.statusPrompt}${lang === 'en' ? ': ' : '：'}${statusList.join(listSep)}`,
  });
  dv.add(range(w.percent), {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, 100],
    showErrorMessage: true,
    errorStyle: 'stop',
    error: t.percentError,
  });
  const dateCheck: ExcelJS.DataValidation = {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
    showErrorMessage: true,
    errorStyle: 'warning',
    error: t.dateError,
  };
  dv.add(range(w.date), dateCheck);
  const unitsAt = `${sheetRef(w.guideSheet)}!$D$2:$D$${register.units.length + 1}`;
  if (register.units.length) {
    dv.add(range(w.unit), { type: 'list', allowBlank: true, formulae: [unitsAt], showErrorMessage: true, errorStyle: 'warning', error: t.unitError });
  }
  sheet.getColumn(col(w.date)).numFmt = 'yyyy-mm-dd';

  // One sheet per indicator.
  const names = indicatorSheetNames(register, lang, [w.tasksSheet, w.guideSheet]);
  const taskById = new Map(register.tasks.map((task) => [task.id, task]));
  for (const indicator of register.indicators) {
    const ws = workbook.addWorksheet(names.get(indicator.id)!, { views: [{ state: 'frozen', ySplit: 6 }] });
    const label = lang === 'en' ? indicator.labelEn ?? indicator.label : indicator.label;
    const sep = lang === 'en' ? ': ' : '：';
    ws.addRow([label]).font = { bold: true, size: 13 };
    ws.addRow([`${t.target}${sep}${targetText(indicator, lang)}${indicator.dueYear ? `${lang === 'en' ? '; ' : '；'}${t.due}${sep}${indicator.dueYear}` : ''}`]);
    ws.addRow([`${t.quote}${sep}${indicator.quote}`]);
    ws.addRow([`${t.task}${sep}${taskById.get(indicator.task)?.number ?? indicator.task}`]);
    ws.addRow([`${indicatorIdLabels[lang === 'en' ? 1 : 0]}${sep}${indicator.id}`]).font = { color: { argb: 'FF808080' } };
    const measure = indicator.measure === 'ratio' ? (lang === 'en' ? 'ratio' : '比值') : indicator.measure;
    styleHeader(ws.addRow([w.valueDate, `${w.value}${lang === 'en' ? ` (${measure})` : `（${measure}）`}`, w.source]));
    ws.getColumn(1).width = 16;
    ws.getColumn(2).width = 16;
    ws.getColumn(3).width = 50;
    const end = 6 + 60;
    ws.getColumn(1).numFmt = 'yyyy-mm-dd';
    const check = validations(ws);
    check.add(`A7:A${end}`, dateCheck);
    check.add(`B7:B${end}`, { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-1e15, 1e15], showErrorMessage: true, errorStyle: 'stop', error: t.valueError });
  }

  // The instructions, the register's id, the list of units.
  const guide = workbook.addWorksheet(w.guideSheet);
  guide.addRow([t.guideTitle]).font = { bold: true, size: 13 };
  guide.addRow([t.register, register.title]);
  guide.addRow([registerIdLabels[lang === 'en' ? 1 : 0], register.id]).font = { bold: true };
  guide.addRow([]);
  t.guide(statusList.join(listSep)).forEach((line, i) => {
    const row = guide.addRow([`${i + 1}.`, line]);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  guide.getCell('D1').value = t.units;
  guide.getCell('D1').font = { bold: true };
  register.units.forEach((unit, i) => (guide.getCell(i + 2, 4).value = unit.name));
  guide.getColumn(1).width = 14;
  guide.getColumn(2).width = 90;
  guide.getColumn(3).width = 4;
  guide.getColumn(4).width = 28;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
