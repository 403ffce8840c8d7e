/** The words of `task-register progress` and of validating a progress file, in zh-CN and en. */
import { reportStatuses, type ReportStatus } from '../data/progress.js';
import type { Lang } from '../i18n/lang.js';
import type { Place, RefusedRow, Refusal } from './progress-import.js';
import { formWords, type ColumnKey } from './progress-words.js';

export interface ProgressCounts {
  readonly byStatus: Readonly<Record<ReportStatus, number>>;
  readonly indicators: number;
  readonly unfilled: number;
  readonly repeated: number;
}

export interface MergeCounts {
  readonly earlier: number;
  readonly added: number;
  readonly same: number;
  readonly replaced: number;
}

export interface ProgressMessages {
  unknownSubcommand: (name: string) => string;
  needsRegister: string;
  badAsOf: (value: string) => string;
  templateWrote: (file: string, tasks: number, indicators: number) => string;
  templateExists: (file: string) => string;
  noTable: (file: string) => string;
  unread: (names: readonly string[]) => string;
  otherRegister: (file: string, found: string, expected: string) => string;
  refusedRows: (file: string, count: number) => string;
  refusal: (row: RefusedRow) => string;
  counts: (file: string, c: ProgressCounts) => string;
  merged: (file: string, c: MergeCounts) => string;
  earlierIgnored: (file: string, count: number) => string;
  notWritten: string;
  forced: string;
  progressValid: (file: string, tasks: number, indicators: number, asOf: string) => string;
  progressIgnored: (file: string, count: number) => string;
}

const columnWord = (lang: Lang, key: ColumnKey | undefined): string => {
  const w = formWords[lang];
  const words: Record<ColumnKey, string> = {
    number: w.number,
    taskId: w.taskId,
    status: w.status,
    percent: w.percent,
    note: w.note,
    date: w.date,
    unit: w.unit,
    source: w.source,
    value: w.value,
    indicator: lang === 'en' ? 'Indicator' : '指标',
  };
  return key ? words[key] : '';
};

const statusListZh = reportStatuses.map((s) => formWords['zh-CN'].statuses[s]).join('、');
const statusListEn = reportStatuses.map((s) => formWords.en.statuses[s]).join(', ');

const placeZh = (at: Place) => `${at.kind === 'sheet' ? `工作表“${at.table}”` : `${at.table} `}第${at.row}行`;
const placeEn = (at: Place) => `${at.kind === 'sheet' ? `sheet "${at.table}"` : at.table}, row ${at.row}`;

const whyZh = (why: Refusal): string => {
  switch (why.key) {
    case 'statusUnknown':
      return `不是可用的状态（可填：${statusListZh}）`;
    case 'statusMissing':
      return '填写了报送日期，但没有填写状态';
    case 'dateMissing':
      return '填写了状态，但没有填写报送日期';
    case 'valueNoDate':
      return '填写了数值，但没有填写日期';
    case 'dateBad':
      return '不是可识别的日期（可写作 2024-06-30、2024/6/30、2024.6.30 或 2024年6月30日）';
    case 'dateFuture':
      return `日期晚于今天（${why.today}）`;
    case 'percentBad':
      return '完成百分比应为数字，如 60 或 60%';
    case 'percentRange':
      return '完成百分比超出 0 至 100';
    case 'numberMissing':
      return '没有填写序号';
    case 'taskUnknown':
      return '登记表中没有这个序号的任务';
    case 'taskAmbiguous':
      return `这个序号对应多项任务，请填写“${formWords['zh-CN'].taskId}”列`;
    case 'unitUnknown':
      return '登记表中没有这个单位';
    case 'valueMissing':
      return '填写了日期，但没有填写数值';
    case 'valueBad':
      return '数值不是数字';
    case 'indicatorUnknown':
      return '登记表中没有这个指标';
    case 'sheetNoIndicator':
      return '这张工作表不对应登记表中的任何指标';
    case 'duplicateRow':
      return `与${placeZh(why.other)}同一日期的报告内容不同，只能保留一份`;
    case 'conflictExisting':
      return `${why.file} 中 ${why.path} 已有同一日期的不同报告（加 --replace 以本表为准）`;
  }
};

const whyEn = (why: Refusal): string => {
  switch (why.key) {
    case 'statusUnknown':
      return `not a status (use one of: ${statusListEn})`;
    case 'statusMissing':
      return 'a report date but no status';
    case 'dateMissing':
      return 'a status but no report date';
    case 'valueNoDate':
      return 'a value but no date';
    case 'dateBad':
      return 'not a date (write 2024-06-30, 2024/6/30, 2024.6.30 or 2024年6月30日)';
    case 'dateFuture':
      return `the date is after today (${why.today})`;
    case 'percentBad':
      return 'the percent must be a number, e.g. 60 or 60%';
    case 'percentRange':
      return 'the percent is outside 0 to 100';
    case 'numberMissing':
      return 'no task number';
    case 'taskUnknown':
      return 'the register has no task with this number';
    case 'taskAmbiguous':
      return `this number names several tasks: fill in the ${formWords.en.taskId} column`;
    case 'unitUnknown':
      return 'the register has no such unit';
    case 'valueMissing':
      return 'a date but no value';
    case 'valueBad':
      return 'the value is not a number';
    case 'indicatorUnknown':
      return 'the register has no such indicator';
    case 'sheetNoIndicator':
      return 'this sheet is about none of the register\'s indicators';
    case 'duplicateRow':
      return `a different report for the same date as ${placeEn(why.other)}: only one can be kept`;
    case 'conflictExisting':
      return `${why.file} already has a different report for this date at ${why.path} (add --replace to take this one)`;
  }
};

const zh: ProgressMessages = {
  unknownSubcommand: (name) => `未知的 progress 子命令“${name}”：应为 template 或 import`,
  needsRegister: '需要用 --register 指定登记表文件',
  badAsOf: (value) => `--as-of 应为日期，如 2026-11-30，实为“${value}”`,
  templateWrote: (file, tasks, indicators) => `已写入填报表 ${file}：${tasks} 项任务，${indicators} 个指标工作表`,
  templateExists: (file) => `${file} 已存在，未覆盖；请用 -o 指定输出文件`,
  noTable: (file) => `${file}：找不到填报表（应有“序号”“状态”“报送日期”列，或指标表的“日期”“数值”列）`,
  unread: (names) => `未读取的工作表（没有可识别的表头）：${names.join('、')}`,
  otherRegister: (file, found, expected) => `${file} 属于另一份登记表（${found}），与 ${expected} 不符，未导入`,
  refusedRows: (file, count) => `${file} 中 ${count} 行无法使用：`,
  refusal: (r) => {
    const column = r.column || columnWord('zh-CN', r.columnKey);
    return `${placeZh(r)}${column ? `“${column}”列` : ''}${r.text ? `“${r.text}”` : ''}：${whyZh(r.why)}`;
  },
  counts: (file, c) => {
    const statuses = reportStatuses.filter((s) => c.byStatus[s]).map((s) => `${formWords['zh-CN'].statuses[s]} ${c.byStatus[s]}`);
    const total = reportStatuses.reduce((sum, s) => sum + c.byStatus[s], 0);
    return `${file}：任务进展报告 ${total} 份${statuses.length ? `（${statuses.join('，')}）` : ''}，指标数值 ${c.indicators} 个；未填写的行 ${c.unfilled} 行${c.repeated ? `；完全相同的重复行 ${c.repeated} 行，只计一次` : ''}`;
  },
  merged: (file, c) => `与 ${file} 合并：原有报告 ${c.earlier} 份全部保留，新增 ${c.added} 份，与原有相同 ${c.same} 份${c.replaced ? `，替换 ${c.replaced} 份` : ''}`,
  earlierIgnored: (file, count) => `${file} 中有 ${count} 份原有报告不符合数据规范，原样保留（task-register validate 可逐条查看）`,
  notWritten: '有无法使用的行，未写入任何文件（改正后重新导入，或加 --force 只写入可用的报告）',
  forced: '--force：已写入可用的报告，无法使用的行未写入',
  progressValid: (file, tasks, indicators, asOf) => `${file} 有效：${tasks} 份任务进展报告，${indicators} 个指标数值（截至 ${asOf}）`,
  progressIgnored: (file, count) => `${file} 中 ${count} 份报告未被采用：`,
};

const en: ProgressMessages = {
  unknownSubcommand: (name) => `unknown progress command "${name}": expected template or import`,
  needsRegister: 'the register file is missing: give it with --register',
  badAsOf: (value) => `--as-of must be a date such as 2026-11-30, not "${value}"`,
  templateWrote: (file, tasks, indicators) => `wrote the form ${file}: ${tasks} tasks, ${indicators} indicator sheets`,
  templateExists: (file) => `${file} exists and was not overwritten; name the output file with -o`,
  noTable: (file) => `${file}: no progress form found (expected the columns ${formWords.en.number}, ${formWords.en.status} and ${formWords.en.date}, or an indicator sheet's Date and Value)`,
  unread: (names) => `Sheets not read (no header recognised): ${names.join(', ')}`,
  otherRegister: (file, found, expected) => `${file} belongs to another register (${found}), not ${expected}; nothing imported`,
  refusedRows: (file, count) => `${count} rows of ${file} cannot be used:`,
  refusal: (r) => {
    const column = r.column || columnWord('en', r.columnKey);
    return `${placeEn(r)}${column ? `, column "${column}"` : ''}${r.text ? `, "${r.text}"` : ''}: ${whyEn(r.why)}`;
  },
  counts: (file, c) => {
    const statuses = reportStatuses.filter((s) => c.byStatus[s]).map((s) => `${formWords.en.statuses[s].toLowerCase()} ${c.byStatus[s]}`);
    const total = reportStatuses.reduce((sum, s) => sum + c.byStatus[s], 0);
    return `${file}: ${total} task reports${statuses.length ? ` (${statuses.join(', ')})` : ''}, ${c.indicators} indicator values; ${c.unfilled} rows not filled in${c.repeated ? `; ${c.repeated} rows repeated word for word, counted once` : ''}`;
  },
  merged: (file, c) => `merged with ${file}: all ${c.earlier} earlier reports kept, ${c.added} added, ${c.same} the same as earlier${c.replaced ? `, ${c.replaced} replaced` : ''}`,
  earlierIgnored: (file, count) => `${count} earlier reports in ${file} do not meet the data contract; kept as they are (task-register validate lists them)`,
  notWritten: 'some rows cannot be used: nothing was written (correct them and import again, or add --force to write the usable reports)',
  forced: '--force: the usable reports were written; the rows that cannot be used were not',
  progressValid: (file, tasks, indicators, asOf) => `${file} is valid: ${tasks} task reports, ${indicators} indicator values (as of ${asOf})`,
  progressIgnored: (file, count) => `${count} reports in ${file} were not used:`,
};

export const progressMessages: Record<Lang, ProgressMessages> = { 'zh-CN': zh, en };
