/**
 * The messages of data and attribute errors: `src/data` builds an error from a key and its
 * parameters, this catalog writes it in each language. Every key has a message in zh-CN and en,
 * or the catalog does not compile.
 */
import {
  setLegacyRenderer,
  type Expectation,
  type Problem,
  type ProblemKey,
  type ProblemParam,
  type ProblemParams,
  type RegisterIssue,
  type TaskRegisterError,
} from '../data/errors.js';
import type { Lang, LocalizedText } from './lang.js';
import { joinList } from './punctuation.js';

type ProblemMessages = { readonly [K in ProblemKey]: (...params: ProblemParams[K]) => string };

const expectZh: { readonly [E in Expectation]: (values?: string) => string } = {
  expectIsoDate: () => '形如 2025-06-30 的有效日期',
  expectNumber: () => '数字',
  expectYear: () => '四位年份',
  expectSeconds: () => '1 至 600 之间的秒数',
  expectOneOf: (values) => `以下之一：${values}`,
  expectBoolean: () => '以下之一：true, false',
};

const expectEn: typeof expectZh = {
  expectIsoDate: () => 'a valid date such as 2025-06-30',
  expectNumber: () => 'a number',
  expectYear: () => 'a four-digit year',
  expectSeconds: () => 'a number of seconds from 1 to 600',
  expectOneOf: (values) => `one of ${values}`,
  expectBoolean: () => 'one of true, false',
};

const cellsZh = ['序号', '工作内容', '牵头单位', '参与单位', '完成期限'];
const cellsEn = ['number', 'content', 'lead units', 'participating units', 'deadline'];

const zh = (problem: Problem) => render('zh-CN', problem.key, problem.params);
const en = (problem: Problem) => render('en', problem.key, problem.params);

const zhCN: ProblemMessages = {
  attrInvalid: (name, value, expected, ...[values]) => `属性 ${name}="${value}" 无效：应为${expectZh[expected](values)}。`,
  attrRequired: (name) => `缺少必填属性 ${name}。`,
  noRegister: () => '没有任务数据：请设置 src 属性或 register 属性。',
  attrProblems: (name, value, ...problems) => `属性 ${name}="${value}" 无效：${problems.map(zh).join('；')}。`,
  attrFromAfterTo: (from, to) => `属性 from="${from}" 晚于 to="${to}"：起始年份不能晚于结束年份。`,
  attrSpanTooLong: (from, to) => `属性 from="${from}" 至 to="${to}" 的范围过大：最多 100 年。`,
  attrUnknownUnits: (names) => `属性 units 无效：未知的单位：${names.join(', ')}。`,
  unknownIndicator: (id) => `登记表中没有编号为“${id}”的指标。`,
  negativeCount: (attribute, value) => `属性 ${attribute}="${value}" 无效：计数不能为负数。`,
  maxNotAboveMin: (max, min) => `属性 max="${max}" 无效：应大于刻度下限 ${min}。`,
  baselineYearLate: (year, due) => `属性 baseline-year="${year}" 无效：应不晚于指标的目标年份 ${due} 年。`,
  unknownUnits: (names) => `未知的单位：${joinList('zh-CN', names)}`,
  badTaskRange: (parts) => `无法识别的任务编号或范围“${joinList('zh-CN', parts)}”（示例：1-10,20）`,
  unknownTasks: (numbers) => `登记表中没有这些任务：${joinList('zh-CN', numbers)}`,
  badDeadline: (parts) => `无法识别的完成期限“${joinList('zh-CN', parts)}”（示例：2025 或 annual）`,
  noDeadline: (parts) => `登记表中没有完成期限为 ${joinList('zh-CN', parts)} 的任务`,
  unknownUnit: (name) => `未知的单位“${name}”`,
  unknownTask: (value) => `登记表中没有任务“${value}”`,
  notANumber: () => '数字',
  loadHttp: (url, status) => `无法加载 ${url}：服务器返回 HTTP ${status}。`,
  loadNetwork: (url) => `无法加载 ${url}：网络错误或地址不可访问。`,
  loadTimeout: (url, seconds) => `加载 ${url} 超时（超过 ${seconds} 秒）。`,
  loadTooLarge: (url, limit) => `${url} 超过大小上限 ${limit}，未加载。`,
  loadHtml: (url) => `${url} 返回的是 HTML 网页，不是 JSON 数据（地址可能有误）。`,
  loadNotJson: (url, reason) => `${url} 不是有效的 JSON：${reason}`,
  invalidRegister: (count) => `任务数据不符合数据规范（${count} 处问题）。`,
  internal: (reason) => `组件内部错误：${reason}`,
  issueType: (expected) => `类型错误，应为 ${expected}`,
  issueMissing: () => '缺少此字段',
  issueTooSmall: (minimum) => `过小或过短，至少为 ${minimum}`,
  issueTooBig: (maximum) => `过大或过长，至多为 ${maximum}`,
  issueFormat: () => '格式不正确（编号只能用小写字母、数字和连字符）',
  issueValue: (values) => `取值无效，应为 ${values} 之一`,
  issueUnion: () => '不符合任何一种允许的形式',
  issueOther: (message) => `无效：${message}`,
  issueDuplicateUnitId: (id) => `单位编号 ${id} 重复`,
  issueDuplicateUnitName: (name) => `单位名称“${name}”重复`,
  issueTaskNumber: (expected, actual) => `任务应按 1、2、3…… 顺序编号：此处应为 ${expected}，实为 ${actual}`,
  issueUnknownUnit: (id) => `引用了不存在的单位 ${id}`,
  issueRepeatedUnit: (id) => `单位 ${id} 重复列出`,
  issueLeadAndParticipant: (id) => `单位 ${id} 不能既是牵头单位又是参与单位`,
  issueDuplicateIndicator: (id) => `指标编号 ${id} 重复`,
  issueUnknownIndicator: (id) => `引用了不存在的指标 ${id}`,
  issueIndicatorTask: (id, task) => `指标 ${id} 属于任务 ${task}，但该任务未列出它`,
  issueUnknownTask: (task) => `引用了不存在的任务 ${task}`,
  issueQuote: (task) => `引文不在任务 ${task} 的工作内容中`,
  issueRange: () => '范围的下限必须小于上限',
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
  issueUnknownFields: (fields) => `未知字段：${joinList('zh-CN', fields)}（自定义字段请放在 extra 中）`,
  issueDuplicateId: (id) => `编号 ${id} 重复`,
  issueUnknownSection: (id) => `引用了不存在的章节 ${id}`,
  issueSectionCycle: (id) => `章节 ${id} 的上级章节形成循环`,
  issueUndeclaredRole: (role) => `使用了未在 roles 中声明的单位角色 ${role}`,
  issueUnitInTwoRoles: (id, first, second) => `单位 ${id} 同时列为 ${first} 和 ${second}`,
  issueTaskNoUnits: () => '任务至少需要一个单位（任一角色）',
  issueUnknownTaskId: (id) => `引用了不存在的任务 ${id}`,
  issueIndicatorNotListed: (id, task) => `指标 ${id} 属于任务${task}，但该任务未列出它`,
  issueQuoteNotInTask: (task) => `引文不在任务${task}的内容中`,
  issueCandidate: (id) => `指标 ${id} 是导入时提出的候选指标，尚未核对（review: true）`,
  importLineAt: (line, cell, text, problem) => `第${line}行${cell ? `“${cell}”` : ''}：${zh(problem)}（原文：“${text}”）`,
  importRowAt: (row, cell, text, problem) => `表格第${row}行${cell ? `“${cell}”列` : ''}：${zh(problem)}（原文：“${text}”）`,
  importNoTaskColumn: () => '找不到任务：没有可识别的表头（序号、重点任务/工作内容/工作措施…、牵头单位/责任单位…），也没有带序号的任务行',
  importNoTasks: () => '没有读到任何完整的任务（任务需有内容和至少一个单位）',
  importUnitsAmbiguous: (part) => `单位“${part}”无法确定如何拆分，请改写为完整的单位名称`,
  importUnbalanced: () => '括号不配对，无法拆分单位',
  importCannotRead: (file, reason) => `无法读取文件 ${file}：${reason}`,
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
};

const enMessages: ProblemMessages = {
  attrInvalid: (name, value, expected, ...[values]) => `Attribute ${name}="${value}" is invalid: expected ${expectEn[expected](values)}.`,
  attrRequired: (name) => `The required attribute ${name} is missing.`,
  noRegister: () => 'No task register: set the src attribute or the register property.',
  attrProblems: (name, value, ...problems) => `Attribute ${name}="${value}" is invalid: ${problems.map(en).join('; ')}.`,
  attrFromAfterTo: (from, to) => `Attribute from="${from}" is after to="${to}": the axis must start no later than it ends.`,
  attrSpanTooLong: (from, to) => `The years from="${from}" to="${to}" span too long: at most 100 years.`,
  attrUnknownUnits: (names) => `Attribute units is invalid: unknown units: ${names.join(', ')}.`,
  unknownIndicator: (id) => `The register has no indicator with the id "${id}".`,
  negativeCount: (attribute, value) => `Attribute ${attribute}="${value}" is invalid: a count cannot be negative.`,
  maxNotAboveMin: (max, min) => `Attribute max="${max}" is invalid: it must be greater than the scale minimum ${min}.`,
  baselineYearLate: (year, due) => `Attribute baseline-year="${year}" is invalid: it must not be later than the indicator's target year ${due}.`,
  unknownUnits: (names) => `unknown units: ${joinList('en', names)}`,
  badTaskRange: (parts) => `cannot read the task number or range "${joinList('en', parts)}" (example: 1-10,20)`,
  unknownTasks: (numbers) => `the register has no tasks ${joinList('en', numbers)}`,
  badDeadline: (parts) => `cannot read the deadline "${joinList('en', parts)}" (examples: 2025, annual)`,
  noDeadline: (parts) => `no task in the register is due ${joinList('en', parts)}`,
  unknownUnit: (name) => `unknown unit "${name}"`,
  unknownTask: (value) => `the register has no task "${value}"`,
  notANumber: () => 'a number',
  loadHttp: (url, status) => `Could not load ${url}: the server answered HTTP ${status}.`,
  loadNetwork: (url) => `Could not load ${url}: network error or address unreachable.`,
  loadTimeout: (url, seconds) => `Loading ${url} timed out (over ${seconds} s).`,
  loadTooLarge: (url, limit) => `${url} is larger than the ${limit} limit and was not loaded.`,
  loadHtml: (url) => `${url} returned an HTML page, not JSON data (is the address right?).`,
  loadNotJson: (url, reason) => `${url} is not valid JSON: ${reason}`,
  invalidRegister: (count) => `The task register does not meet the data contract (${count} problems).`,
  internal: (reason) => `Internal widget error: ${reason}`,
  issueType: (expected) => `wrong type, expected ${expected}`,
  issueMissing: () => 'this field is missing',
  issueTooSmall: (minimum) => `too small or too short, minimum ${minimum}`,
  issueTooBig: (maximum) => `too large or too long, maximum ${maximum}`,
  issueFormat: () => 'wrong format (ids use lower-case letters, digits and hyphens only)',
  issueValue: (values) => `invalid value, expected one of ${values}`,
  issueUnion: () => 'matches none of the allowed forms',
  issueOther: (message) => `invalid: ${message}`,
  issueDuplicateUnitId: (id) => `unit id ${id} is used twice`,
  issueDuplicateUnitName: (name) => `unit name "${name}" is used twice`,
  issueTaskNumber: (expected, actual) => `tasks must be numbered 1, 2, 3…: expected ${expected} here, found ${actual}`,
  issueUnknownUnit: (id) => `refers to unit ${id}, which does not exist`,
  issueRepeatedUnit: (id) => `unit ${id} is listed twice`,
  issueLeadAndParticipant: (id) => `unit ${id} cannot both lead and participate`,
  issueDuplicateIndicator: (id) => `indicator id ${id} is used twice`,
  issueUnknownIndicator: (id) => `refers to indicator ${id}, which does not exist`,
  issueIndicatorTask: (id, task) => `indicator ${id} belongs to task ${task}, which does not list it`,
  issueUnknownTask: (task) => `refers to task ${task}, which does not exist`,
  issueQuote: (task) => `the quote is not part of task ${task}'s text`,
  issueRange: () => 'a range needs its minimum below its maximum',
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
  issueUnknownFields: (fields) => `unknown fields: ${joinList('en', fields)} (put a portal's own fields in extra)`,
  issueDuplicateId: (id) => `id ${id} is used twice`,
  issueUnknownSection: (id) => `refers to section ${id}, which does not exist`,
  issueSectionCycle: (id) => `the parents of section ${id} form a cycle`,
  issueUndeclaredRole: (role) => `uses the unit role ${role}, which roles does not declare`,
  issueUnitInTwoRoles: (id, first, second) => `unit ${id} is listed both as ${first} and as ${second}`,
  issueTaskNoUnits: () => 'a task needs at least one unit in some role',
  issueUnknownTaskId: (id) => `refers to task ${id}, which does not exist`,
  issueIndicatorNotListed: (id, task) => `indicator ${id} belongs to task ${task}, which does not list it`,
  issueQuoteNotInTask: (task) => `the quote is not part of task ${task}'s text`,
  issueCandidate: (id) => `indicator ${id} is a candidate the importer proposed and nobody has reviewed yet (review: true)`,
  importLineAt: (line, cell, text, problem) => `line ${line}${cell ? `, ${cell}` : ''}: ${en(problem)} (text: "${text}")`,
  importRowAt: (row, cell, text, problem) => `table row ${row}${cell ? `, column ${cell}` : ''}: ${en(problem)} (text: "${text}")`,
  importNoTaskColumn: () => 'no tasks found: no recognisable header (序号, 重点任务/工作内容/工作措施…, 牵头单位/责任单位…) and no numbered task lines',
  importNoTasks: () => 'no complete task was read (a task needs its text and at least one unit)',
  importUnitsAmbiguous: (part) => `cannot tell how to split the units "${part}"; write the full unit names`,
  importUnbalanced: () => 'unbalanced brackets; the units cannot be split',
  importCannotRead: (file, reason) => `cannot read ${file}: ${reason}`,
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
};

const problemMessages: { readonly [L in Lang]: ProblemMessages } = { 'zh-CN': zhCN, en: enMessages };

/** The message of a key with its parameters in one language. */
export function render(lang: Lang, key: ProblemKey, params: readonly ProblemParam[]): string {
  return (problemMessages[lang][key] as (...params: readonly ProblemParam[]) => string)(...params);
}

function inEvery(key: ProblemKey, params: readonly ProblemParam[]): LocalizedText {
  return { 'zh-CN': render('zh-CN', key, params), en: render('en', key, params) };
}

/** What went wrong, in the reader's language. */
export function errorMessage(error: TaskRegisterError, lang: Lang): string {
  return render(lang, error.key, error.params);
}

/** What went wrong, in every language (the `tr-error` event's `detail.messages`). */
export function errorMessages(error: TaskRegisterError): LocalizedText {
  return inEvery(error.key, error.params);
}

/** One problem of a register, in the reader's language (its path is shown beside it). */
export function issueMessage(issue: RegisterIssue, lang: Lang): string {
  return render(lang, issue.key, issue.params);
}

/** One problem of a register, in every language. */
export function issueMessages(issue: RegisterIssue): LocalizedText {
  return inEvery(issue.key, issue.params);
}

// Temporary: lets the deprecated `error.text` and `issue.message` read until every reader uses the functions above.
setLegacyRenderer(inEvery);
