/** The command's own words, in zh-CN (the default) and en. Data and import problems render through src/i18n. */
import type { DeadlineKind, RoleId } from '../data/schema-v2.js';
import type { Lang } from '../i18n/lang.js';
import type { ImportSummary, Place } from '../import/index.js';

export interface CliMessages {
  help: string;
  /** Between a place and what is said of it. */
  sep: string;
  usage: (detail: string) => string;
  unknownCommand: (name: string) => string;
  missingFile: string;
  badOption: (detail: string) => string;
  badFormat: (format: string) => string;
  xlsxNeedsOutput: string;
  notJson: (file: string, reason: string) => string;
  invalid: (file: string, count: number) => string;
  valid: (file: string, tasks: number, candidates: number) => string;
  strictCandidates: (count: number) => string;
  taskOf: (number: string) => string;
  place: (at: Place) => string;
  wrote: (file: string) => string;
  alreadyV2: (file: string) => string;
  migrated: (tasks: number) => string;
  summary: (file: string, layout: string, s: ImportSummary, roles: readonly { id: RoleId; label: string }[]) => string;
  warnings: (count: number) => string;
  unplaced: (count: number) => string;
  internal: (reason: string) => string;
}

const kindsZh: Record<DeadlineKind, string> = { year: '年份', month: '月份', date: '日期', annual: '年度常规', ongoing: '持续', text: '原文', none: '未列明' };
const kindsEn: Record<DeadlineKind, string> = { year: 'year', month: 'month', date: 'date', annual: 'annual', ongoing: 'ongoing', text: 'as written', none: 'not stated' };

const helpZh = `task-register：把重点任务分工方案导入为任务登记表（数据契约第2版），并校验、导出、迁移；生成进展填报表并把填好的表读回为进展数据。

用法：
  task-register import <文件> [-o register.json] [--id 编号] [--title 标题] [--plan-year 年份]
      读取 .txt .csv .tsv .xlsx .docx .html，按表头和标记识别版式，输出登记表 JSON
      （未指定 -o 时写到标准输出），并列出摘要、每项判断和未收入的文字。
  task-register validate <register.json> [--strict]
      校验登记表，逐条列出问题（JSON 路径和任务序号）。--strict 时未核对的候选指标也算问题。
  task-register export <register.json> --format csv|xlsx|md [-o 文件]
      导出为可阅读、可编辑的表格；import 可把 csv/xlsx 读回同一登记表。
  task-register migrate <v1.json> [-o v2.json]
      把第1版登记表改写为第2版。
  task-register progress template <register.json> [-o 填报表.xlsx]
      生成进展填报表：每项任务一行（状态下拉选择、完成百分比、进展情况、报送日期、报送单位），
      每个指标一张工作表（日期、数值、来源），末页为填报说明和登记表编号。
  task-register progress import <填报表.xlsx|.csv> --register <register.json> [-o progress.json]
        [--merge 原有进展.json] [--replace] [--force] [--as-of 日期]
      把填好的表读回为进展数据（进展数据契约第1版），逐行列出无法使用的行（工作表、行、列和原文）；
      有这样的行时不写入（--force 只写入可用的报告）。--merge 保留原有报告，同一任务同一日期内容
      不同时报错，--replace 以本表为准。
  task-register validate <progress.json> --register <register.json> [--as-of 日期]
      校验进展数据，逐条列出未被采用的报告及原因。

选项：
  -o, --output <文件>   输出文件
  --as-of <日期>        进展日期的核对基准（默认今天）
  --lang en             英文提示（默认中文；progress template 生成英文表头）
  -h, --help            显示本帮助

退出码：0 成功；1 输入无效（无法读取、无法识别、校验不通过）；2 用法错误。
`;

const helpEn = `task-register: import a task division table (重点任务分工方案) into a task register (data contract version 2); validate, export and migrate registers; write progress forms and read filled ones back as progress data.

Usage:
  task-register import <file> [-o register.json] [--id <id>] [--title <title>] [--plan-year <year>]
      Reads .txt .csv .tsv .xlsx .docx .html, recognises the layout by its headers and markers and
      writes the register JSON (to standard output without -o); prints a summary, every decision
      and any text it did not place.
  task-register validate <register.json> [--strict]
      Checks a register and lists every problem with its JSON path and the task's number.
      With --strict, unreviewed candidate indicators are problems too.
  task-register export <register.json> --format csv|xlsx|md [-o <file>]
      A table a person can read and edit; import reads csv/xlsx back to the same register.
  task-register migrate <v1.json> [-o v2.json]
      Rewrites a version-1 register as version 2.
  task-register progress template <register.json> [-o progress-form.xlsx]
      Writes the progress form: one row per task (status from a list, percent complete, progress,
      report date, reporting unit), one sheet per indicator (date, value, source), and a final
      sheet with the instructions and the register's id.
  task-register progress import <form.xlsx|.csv> --register <register.json> [-o progress.json]
        [--merge earlier-progress.json] [--replace] [--force] [--as-of <date>]
      Reads a filled form back as progress data (progress contract version 1) and lists every row
      it cannot use (sheet, row, column and text); with any such row nothing is written (--force
      writes the usable reports). --merge keeps the earlier reports; a different report for the
      same task and date is an error, or with --replace takes the earlier one's place.
  task-register validate <progress.json> --register <register.json> [--as-of <date>]
      Checks progress data and lists every report not used, and why.

Options:
  -o, --output <file>   output file
  --as-of <date>        the day report dates are checked against (default: today)
  --lang en             messages in English (default: Chinese); an English progress form
  -h, --help            this help

Exit codes: 0 ok; 1 invalid input (unreadable, unrecognised, invalid); 2 usage.
`;

const zh: CliMessages = {
  help: helpZh,
  sep: '：',
  usage: (detail) => `用法错误：${detail}（task-register --help 查看用法）`,
  unknownCommand: (name) => `未知命令“${name}”：应为 import、validate、export、migrate 或 progress`,
  missingFile: '缺少文件参数',
  badOption: (detail) => detail,
  badFormat: (format) => `--format 应为 csv、xlsx 或 md，实为“${format}”`,
  xlsxNeedsOutput: '导出 xlsx 需要用 -o 指定输出文件',
  notJson: (file, reason) => `${file} 不是有效的 JSON：${reason}`,
  invalid: (file, count) => `${file} 不符合登记表数据契约（${count} 个问题）：`,
  valid: (file, tasks, candidates) => `${file} 有效：${tasks} 项任务${candidates ? `，${candidates} 个候选指标待核对` : ''}`,
  strictCandidates: (count) => `--strict：${count} 个候选指标尚未核对`,
  taskOf: (number) => `任务${number}`,
  place: (at) => `${at.kind === 'line' ? `第${at.n}行` : `表格第${at.n}行`}${at.cell ? `“${at.cell}”` : ''}`,
  wrote: (file) => `已写入 ${file}`,
  alreadyV2: (file) => `${file} 已是第2版，内容不变`,
  migrated: (tasks) => `已迁移：${tasks} 项任务`,
  summary: (file, layout, s, roles) =>
    [
      `${file}（版式：${layout}）：${s.tasks} 项任务，${s.sections} 个章节，${s.units} 个单位，${s.candidates} 个候选指标`,
      `  单位：${roles.map((r) => `${r.label} ${s.unitsByRole[r.id] ?? 0} 个`).join('，') || '无'}`,
      `  完成时限：${Object.entries(s.deadlines).map(([k, n]) => `${kindsZh[k as DeadlineKind]} ${n} 项`).join('，')}`,
    ].join('\n'),
  warnings: (count) => `判断与提示（${count} 条）：`,
  unplaced: (count) => `未收入登记表的文字（${count} 处）：`,
  internal: (reason) => `内部错误：${reason}`,
};

const en: CliMessages = {
  help: helpEn,
  sep: ': ',
  usage: (detail) => `Usage error: ${detail} (see task-register --help)`,
  unknownCommand: (name) => `unknown command "${name}": expected import, validate, export, migrate or progress`,
  missingFile: 'the file argument is missing',
  badOption: (detail) => detail,
  badFormat: (format) => `--format must be csv, xlsx or md, not "${format}"`,
  xlsxNeedsOutput: 'exporting xlsx needs an output file (-o)',
  notJson: (file, reason) => `${file} is not valid JSON: ${reason}`,
  invalid: (file, count) => `${file} does not meet the register's data contract (${count} problems):`,
  valid: (file, tasks, candidates) => `${file} is valid: ${tasks} tasks${candidates ? `, ${candidates} candidate indicators to review` : ''}`,
  strictCandidates: (count) => `--strict: ${count} candidate indicators not reviewed`,
  taskOf: (number) => `task ${number}`,
  place: (at) => `${at.kind === 'line' ? `line ${at.n}` : `table row ${at.n}`}${at.cell ? `, ${at.cell}` : ''}`,
  wrote: (file) => `wrote ${file}`,
  alreadyV2: (file) => `${file} is already version 2; unchanged`,
  migrated: (tasks) => `migrated: ${tasks} tasks`,
  summary: (file, layout, s, roles) =>
    [
      `${file} (layout: ${layout}): ${s.tasks} tasks, ${s.sections} sections, ${s.units} units, ${s.candidates} candidate indicators`,
      `  units: ${roles.map((r) => `${r.label} (${r.id}) ${s.unitsByRole[r.id] ?? 0}`).join(', ') || 'none'}`,
      `  deadlines: ${Object.entries(s.deadlines).map(([k, n]) => `${kindsEn[k as DeadlineKind]} ${n}`).join(', ')}`,
    ].join('\n'),
  warnings: (count) => `Decisions and notes (${count}):`,
  unplaced: (count) => `Text not put in the register (${count}):`,
  internal: (reason) => `Internal error: ${reason}`,
};

export const cliMessages: Record<Lang, CliMessages> = { 'zh-CN': zh, en };
