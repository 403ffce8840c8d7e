/**
 * The messages of data and attribute errors: `src/data` builds an error from a key and its
 * parameters, this catalog writes it in each language. Every key has a message in zh-CN and en,
 * or the catalog does not compile.
 */
import {
  plainMessage,
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

type ProblemMessages = { readonly [K in keyof ProblemParams]: (...params: ProblemParams[K]) => string };

const expectZh: { readonly [E in Expectation]: (values?: string) => string } = {
  expectIsoDate: () => '形如 2025-06-30 的有效日期',
  expectNumber: () => '数字',
  expectYear: () => '四位年份',
  expectSeconds: () => '1 至 600 之间的秒数',
  expectOneOf: (values) => `以下之一：${values}`,
  expectBoolean: () => '以下之一：true, false',
  expectPositiveInteger: () => '正整数',
};

const expectEn: typeof expectZh = {
  expectIsoDate: () => 'a valid date such as 2025-06-30',
  expectNumber: () => 'a number',
  expectYear: () => 'a four-digit year',
  expectSeconds: () => 'a number of seconds from 1 to 600',
  expectOneOf: (values) => `one of ${values}`,
  expectBoolean: () => 'one of true, false',
  expectPositiveInteger: () => 'a whole number of 1 or more',
};

const zh = (problem: Problem) => render('zh-CN', problem.key, problem.params);
const en = (problem: Problem) => render('en', problem.key, problem.params);

const zhCN: ProblemMessages = {
  attrInvalid: (name, value, expected, ...[values]) => `属性 ${name}="${value}" 无效：应为${expectZh[expected](values)}。`,
  attrRequired: (name) => `缺少必填属性 ${name}。`,
  noRegister: () => '没有任务数据：请设置 src 属性或 register 属性。',
  progressInvalid: (count) => `进展数据不符合数据规范（${count} 处问题），本组件只显示计划，未使用进展数据。`,
  progressIgnored: (count) => `有 ${count} 条进展报告无法使用，已忽略：`,
  progressOtherRegister: (found, expected) => `进展数据属于另一份任务清单（${found}），与本清单（${expected}）不符，未使用。`,
  progressBadReport: (reason) => `报告格式有误：${reason}`,
  progressBadDate: (date) => `日期“${date}”无效`,
  progressFutureDate: (date) => `日期 ${date} 晚于今天`,
  progressUnknownTask: (task) => `任务清单中没有任务“${task}”`,
  progressAmbiguousTask: (task) => `序号“${task}”对应多项任务，请改用任务编号`,
  progressUnknownIndicator: (id) => `任务清单中没有指标“${id}”`,
  progressUnknownUnit: (id) => `任务清单中没有单位“${id}”`,
  progressPercent: (percent) => `完成百分比 ${percent} 超出 0 至 100`,
  progressDuplicate: (what, date) => `${what} 在 ${date} 已有一份报告，重复的未使用`,
  attrProblems: (name, value, ...problems) => `属性 ${name}="${value}" 无效：${problems.map(zh).join('；')}。`,
  attrFromAfterTo: (from, to) => `属性 from="${from}" 晚于 to="${to}"：起始年份不能晚于结束年份。`,
  attrSpanTooLong: (from, to) => `属性 from="${from}" 至 to="${to}" 的范围过大：最多 100 年。`,
  attrUnknownUnits: (names) => `属性 units 无效：未知的单位：${names.join(', ')}。`,
  attrUnknownSections: (names) => `属性 sections 无效：没有这些章节：${names.join(', ')}（可写章节编号、序号或标题）。`,
  unknownIndicator: (id) => `登记表中没有编号为“${id}”的指标。`,
  negativeCount: (attribute, value) => `属性 ${attribute}="${value}" 无效：计数不能为负数。`,
  attrRoleNotUsed: (role, used) => `属性 unit-role="${role}" 无效：本方案的任务没有列出这类单位；可用：${used.join(', ')}。`,
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
};

const enMessages: ProblemMessages = {
  attrInvalid: (name, value, expected, ...[values]) => `Attribute ${name}="${value}" is invalid: expected ${expectEn[expected](values)}.`,
  attrRequired: (name) => `The required attribute ${name} is missing.`,
  noRegister: () => 'No task register: set the src attribute or the register property.',
  progressInvalid: (count) => `The progress data does not meet the data contract (${count} problems); the plan is shown without it.`,
  progressIgnored: (count) => `${count} progress reports could not be used and were ignored:`,
  progressOtherRegister: (found, expected) => `The progress data is for another register (${found}), not this one (${expected}); not used.`,
  progressBadReport: (reason) => `malformed report: ${reason}`,
  progressBadDate: (date) => `"${date}" is not a valid date`,
  progressFutureDate: (date) => `the date ${date} is after today`,
  progressUnknownTask: (task) => `the register has no task "${task}"`,
  progressAmbiguousTask: (task) => `number "${task}" names several tasks: use the task id`,
  progressUnknownIndicator: (id) => `the register has no indicator "${id}"`,
  progressUnknownUnit: (id) => `the register has no unit "${id}"`,
  progressPercent: (percent) => `percent ${percent} is outside 0 to 100`,
  progressDuplicate: (what, date) => `${what} already has a report dated ${date}; the repeat was not used`,
  attrProblems: (name, value, ...problems) => `Attribute ${name}="${value}" is invalid: ${problems.map(en).join('; ')}.`,
  attrFromAfterTo: (from, to) => `Attribute from="${from}" is after to="${to}": the axis must start no later than it ends.`,
  attrSpanTooLong: (from, to) => `The years from="${from}" to="${to}" span too long: at most 100 years.`,
  attrUnknownUnits: (names) => `Attribute units is invalid: unknown units: ${names.join(', ')}.`,
  attrUnknownSections: (names) => `Attribute sections is invalid: no such sections: ${names.join(', ')} (write a section's id, number or title).`,
  unknownIndicator: (id) => `The register has no indicator with the id "${id}".`,
  negativeCount: (attribute, value) => `Attribute ${attribute}="${value}" is invalid: a count cannot be negative.`,
  attrRoleNotUsed: (role, used) => `Attribute unit-role="${role}" is invalid: no task of this plan lists such units; available: ${used.join(', ')}.`,
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
};

const problemMessages: { readonly [L in Lang]: ProblemMessages } = { 'zh-CN': zhCN, en: enMessages };

type Write = (...params: readonly ProblemParam[]) => string;

/**
 * The message of a key with its parameters in one language. The importers' keys are written by
 * `src/i18n/import-errors.ts`; here they fall back to the plain form.
 */
export function render(lang: Lang, key: ProblemKey, params: readonly ProblemParam[]): string {
  const write = (problemMessages[lang] as Partial<Record<ProblemKey, Write>>)[key];
  return write ? write(...params) : plainMessage(key, params);
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

