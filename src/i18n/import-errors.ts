/**
 * The messages of the table importer's errors (`npm run data`, the importer's tests). Kept apart
 * from errors.ts: no widget meets them, so they stay out of the drop-in files. Every importer key
 * has a message in zh-CN and en, or this catalog does not compile.
 */
import type { ImportProblemParams, Problem, ProblemKey, ProblemParam, RegisterIssue, TaskRegisterError } from '../data/errors.js';
import { render as renderCommon } from './errors.js';
import type { Lang, LocalizedText } from './lang.js';
import { joinList } from './punctuation.js';

type ImportMessages = { readonly [K in keyof ImportProblemParams]: (...params: ImportProblemParams[K]) => string };

const cellsZh = ['序号', '工作内容', '牵头单位', '参与单位', '完成期限'];
const cellsEn = ['number', 'content', 'lead units', 'participating units', 'deadline'];

const zh = (problem: Problem) => render('zh-CN', problem.key, problem.params);
const en = (problem: Problem) => render('en', problem.key, problem.params);

const zhCN: ImportMessages = {
  importAt: (record, cell, text, problem) =>
    `${record ? `第${record}条记录` : ''}${cell >= 0 ? `“${cellsZh[cell]}”栏` : ''}：${zh(problem)}（原文：“${text}”）`,
  importNoTitle: () => '缺少标题行',
  importNoSubtitle: () => '缺少副标题行（如“重点任务分工方案”）',
  importNoTab: () => '首行应以制表符开头',
  importHeader: (header) => `表头应为“${header}”`,
  importCellCount: (found) => `应有5栏，实有${found}栏`,
  importUnitNotAnnotated: () => '单位不在单位注释表中，请在注释中为它补充编号和英文名',
  importNumberNotInteger: () => '序号应为整数',
  importNumberExpected: (expected) => `序号应为${expected}`,
  importContentEmpty: () => '工作内容为空',
  importNoLead: () => '至少需要一个牵头单位',
  importLeadAndParticipant: () => '同一单位不能既牵头又参与',
  importDeadline: () => '应为年份（如“2025年”）或“年度常规工作”',
  importIndicatorNoTask: (id) => `指标 ${id} 所属任务不存在`,
  importQuoteNotInTask: (id) => `指标 ${id} 的引文不在工作内容中`,
  importComparator: (id, stated, annotated) => `指标 ${id} 的比较方式应为 ${stated}，注释为 ${annotated}`,
  importValueDiffers: (id) => `指标 ${id} 的数值或计量单位与引文不符`,
  importNoDueYear: (id) => `指标 ${id} 没有可用的到期年份`,
  importStrayFigure: () => '此数字既不是已注释的指标，也未声明为非指标',
  importLineAt: (line, cell, text, problem) => `第${line}行${cell ? `“${cell}”` : ''}：${zh(problem)}（原文：“${text}”）`,
  importRowAt: (row, cell, text, problem) => `表格第${row}行${cell ? `“${cell}”列` : ''}：${zh(problem)}（原文：“${text}”）`,
  importNoTaskColumn: () => '找不到任务：没有可识别的表头（序号、重点任务/工作内容/工作措施…、牵头单位/责任单位…），也没有带序号的任务行',
  importNoTasks: () => '没有读到任何完整的任务（任务需有内容和至少一个单位）',
  importUnitsAmbiguous: (part) => `单位“${part}”无法确定如何拆分，请改写为完整的单位名称`,
  importUnbalanced: () => '括号不配对，无法拆分单位',
  importCannotRead: (file, reason) =>
    `无法读取文件 ${file}：${reason === 'ENOENT' ? '文件不存在' : reason === 'EACCES' ? '没有读取权限' : reason === 'EISDIR' ? '这是一个目录' : reason}`,
  importUnknownFormat: (file) => `不支持的文件类型：${file}（支持 .txt .csv .tsv .xlsx .docx .html）`,
  importOnlyResponsible: (task) => `任务${task}：只有责任单位，未设牵头单位`,
  importNoUnits: (task) => `任务${task}：没有任何单位，未收入登记表`,
  importNoContent: () => '这一行有单位或时限，但没有任务内容，未收入登记表',
  importMerged: (task, cell, text) => `任务${task}：“${cell}”取自上方合并单元格“${text}”`,
  importNoteDeadline: (task, text) => `任务${task}：备注“${text}”作为完成时限`,
  importDeadlineAsText: (task, text) => `任务${task}：完成时限“${text}”不是年份、月份或日期，按原文保存`,
  importNoDeadlineColumn: () => '文件没有完成时限列：各任务的完成时限记为“未列明”',
  importPlanYear: (year) => `计划年度取自标题：${year}年`,
  importSharedSuffix: (text, names) => `“${text}”按共同后缀拆为：${joinList('zh-CN', names)}`,
  importKeptWhole: (name) => `“${name}”作为一个单位保留（顿号在单位名称之内）`,
  importTrimmed: (written, name) => `“${written}”记为单位“${name}”（原文保存在 written 中）`,
  importUnplaced: () => '未收入登记表的文字',
  importTitleFallback: (title) => `未找到标题，使用“${title}”（可用 --title 指定）`,
  importDuplicateNumber: (number, id) => `序号 ${number} 重复出现，编号记为 ${id}`,
  importNoMeasure: (task, figure) => `任务${task}：数字 ${figure} 后没有计量单位，未提出候选指标`,
  importContinued: (task) => `任务${task}：下一段文字接在任务内容之后`,
  importRepeatedUnit: (task, name) => `任务${task}：“${name}”在本任务中已列出，只保留第一次`,
  importNumbered: (number) => `这一行没有序号，按顺序记为 ${number}`,
};

const enMessages: ImportMessages = {
  importAt: (record, cell, text, problem) =>
    `${record ? `record ${record}` : ''}${cell >= 0 ? `, ${cellsEn[cell]} cell` : ''}: ${en(problem)} (text: "${text}")`,
  importNoTitle: () => 'the title line is missing',
  importNoSubtitle: () => 'the subtitle line is missing',
  importNoTab: () => 'the first line must start with a tab',
  importHeader: (header) => `the header must be ${header}`,
  importCellCount: (found) => `expected 5 cells, found ${found}`,
  importUnitNotAnnotated: () => 'unit not in the unit annotations; add its id and English name',
  importNumberNotInteger: () => 'the number must be an integer',
  importNumberExpected: (expected) => `expected number ${expected}`,
  importContentEmpty: () => 'the content is empty',
  importNoLead: () => 'at least one lead unit is needed',
  importLeadAndParticipant: () => 'a unit cannot both lead and participate',
  importDeadline: () => 'expected a year (2025年) or 年度常规工作',
  importIndicatorNoTask: (id) => `indicator ${id} names a task that does not exist`,
  importQuoteNotInTask: (id) => `the quote of indicator ${id} is not in the task text`,
  importComparator: (id, stated, annotated) => `indicator ${id}: the quote says ${stated}, the annotation ${annotated}`,
  importValueDiffers: (id) => `indicator ${id}: value or unit of measure differs from the quote`,
  importNoDueYear: (id) => `indicator ${id} has no due year`,
  importStrayFigure: () => 'this figure is neither an annotated indicator nor declared not a target',
  importLineAt: (line, cell, text, problem) => `line ${line}${cell ? `, ${cell}` : ''}: ${en(problem)} (text: "${text}")`,
  importRowAt: (row, cell, text, problem) => `table row ${row}${cell ? `, column ${cell}` : ''}: ${en(problem)} (text: "${text}")`,
  importNoTaskColumn: () => 'no tasks found: no recognisable header (序号, 重点任务/工作内容/工作措施…, 牵头单位/责任单位…) and no numbered task lines',
  importNoTasks: () => 'no complete task was read (a task needs its text and at least one unit)',
  importUnitsAmbiguous: (part) => `cannot tell how to split the units "${part}"; write the full unit names`,
  importUnbalanced: () => 'unbalanced brackets; the units cannot be split',
  importCannotRead: (file, reason) =>
    `cannot read ${file}: ${reason === 'ENOENT' ? 'no such file' : reason === 'EACCES' ? 'permission denied' : reason === 'EISDIR' ? 'it is a directory' : reason}`,
  importUnknownFormat: (file) => `unsupported file type: ${file} (.txt .csv .tsv .xlsx .docx .html are read)`,
  importOnlyResponsible: (task) => `task ${task}: only responsible units (责任单位), no lead unit`,
  importNoUnits: (task) => `task ${task}: no units at all; not put in the register`,
  importNoContent: () => 'this row has units or a deadline but no task text; not put in the register',
  importMerged: (task, cell, text) => `task ${task}: ${cell} taken from the merged cell above ("${text}")`,
  importNoteDeadline: (task, text) => `task ${task}: the remark "${text}" taken as the deadline`,
  importDeadlineAsText: (task, text) => `task ${task}: the deadline "${text}" is not a year, month or date; kept as written`,
  importNoDeadlineColumn: () => 'the document has no deadline column: every task\'s deadline is "not stated"',
  importPlanYear: (year) => `plan year taken from the title: ${year}`,
  importSharedSuffix: (text, names) => `"${text}" split with its shared suffix into ${joinList('en', names)}`,
  importKeptWhole: (name) => `"${name}" kept as one unit (the 、 is inside the name)`,
  importTrimmed: (written, name) => `"${written}" recorded as the unit "${name}" (the cell as written is kept in written)`,
  importUnplaced: () => 'text not put in the register',
  importTitleFallback: (title) => `no title found; using "${title}" (set one with --title)`,
  importDuplicateNumber: (number, id) => `number ${number} occurs again; its id is ${id}`,
  importNoMeasure: (task, figure) => `task ${task}: the figure ${figure} has no unit of measure; no candidate proposed`,
  importContinued: (task) => `task ${task}: the next paragraph joins the task text`,
  importRepeatedUnit: (task, name) => `task ${task}: "${name}" is already listed for this task; only the first is kept`,
  importNumbered: (number) => `this row has no number; numbered ${number} by its position`,
};

const importMessages: { readonly [L in Lang]: ImportMessages } = { 'zh-CN': zhCN, en: enMessages };

type Write = (...params: readonly ProblemParam[]) => string;

/** Any message, the importer's included, in one language. */
export function render(lang: Lang, key: ProblemKey, params: readonly ProblemParam[]): string {
  const write = (importMessages[lang] as Partial<Record<ProblemKey, Write>>)[key];
  return write ? write(...params) : renderCommon(lang, key, params);
}

/** What went wrong in an import (or in validating its result), in one language. */
export function importErrorMessage(error: TaskRegisterError, lang: Lang): string {
  return render(lang, error.key, error.params);
}

/** What went wrong in an import, in every language. */
export function importErrorMessages(error: TaskRegisterError): LocalizedText {
  return { 'zh-CN': importErrorMessage(error, 'zh-CN'), en: importErrorMessage(error, 'en') };
}

/** One problem found while importing, in one language. */
export function importIssueMessage(issue: RegisterIssue, lang: Lang): string {
  return render(lang, issue.key, issue.params);
}
