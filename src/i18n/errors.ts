/**
 * The messages of data and attribute errors: `src/data` builds an error from a key and its
 * parameters, this catalog writes it in each language. Every key has a message in zh-CN and en,
 * or the catalog does not compile.
 */
import {
  plainMessage,
  taskIndex,
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
  progressIgnored: (count) => `有 ${count} 条进展报告无法使用，已忽略：`,
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
  internal: (reason) => `组件内部错误：${reason}`,
  validatorMissing: (url) => `无法加载数据校验文件 ${url}：请把 tr-validate.js 与组件脚本放在同一目录。`,
};

const enMessages: ProblemMessages = {
  attrInvalid: (name, value, expected, ...[values]) => `Attribute ${name}="${value}" is invalid: expected ${expectEn[expected](values)}.`,
  attrRequired: (name) => `The required attribute ${name} is missing.`,
  noRegister: () => 'No task register: set the src attribute or the register property.',
  progressIgnored: (count) => `${count} progress reports could not be used and were ignored:`,
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
  internal: (reason) => `Internal widget error: ${reason}`,
  validatorMissing: (url) => `Could not load the validation file ${url}: put tr-validate.js in the same folder as the widget script.`,
};

const problemMessages: { readonly [L in Lang]: ProblemMessages } = { 'zh-CN': zhCN, en: enMessages };

type Write = (...params: readonly ProblemParam[]) => string;

/**
 * The message of a key with its parameters in one language. The importers' keys are written by
 * `src/i18n/import-errors.ts`; here they fall back to the plain form.
 */
export function render(lang: Lang, key: ProblemKey, params: readonly ProblemParam[]): string {
  const write =
    (problemMessages[lang] as Partial<Record<ProblemKey, Write>>)[key] ??
    [...extraCatalogs].map((catalog) => catalog[lang][key]).find((found) => found !== undefined);
  return write ? write(...params) : plainMessage(key, params);
}

/** Messages in every language for some keys, added by the module that can meet them. */
export type MessageCatalog = { readonly [L in Lang]: Partial<Record<ProblemKey, Write>> };
const extraCatalogs = new Set<MessageCatalog>();

/**
 * Adds the messages of a group of keys that is loaded only when needed (validation: loading and
 * checking registers and progress files). Until then their errors read in the plain form.
 */
export function registerMessages(catalog: MessageCatalog): void {
  extraCatalogs.add(catalog);
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

/** Failures of the network or the server, which a reader can try again. */
const loadCodes: ReadonlySet<TaskRegisterError['code']> = new Set(['http', 'network', 'timeout']);

const publicMessages: { readonly [L in Lang]: { readonly load: string; readonly other: string } } = {
  'zh-CN': {
    load: '数据未能加载。请检查网络连接后刷新页面，或稍后再试。',
    other: '此处的数据暂时无法显示，请稍后再试。如问题持续存在，请与本网站联系。',
  },
  en: {
    load: 'The data could not be loaded. Check the connection and reload the page, or try again later.',
    other: 'The data here cannot be shown at the moment. Please try again later; if the problem persists, contact this website.',
  },
};

/**
 * What the error box tells a reader: a plain sentence with no attribute names, addresses or data
 * paths (those go to the `tr-error` event, the console and, with `error-details`, the box).
 */
export function publicErrorMessage(error: TaskRegisterError, lang: Lang): string {
  return publicMessages[lang][loadCodes.has(error.code) ? 'load' : 'other'];
}

const ordinalEn = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/**
 * Where an issue is, as a person finds it: a path into the tasks names the task by the document's
 * number (`任务5`, `task 5`) or, without one, by its place counted from 1 (`第5项任务`, `the 5th
 * task`), never by the array index of its JSON path (`tasks[4]`); in a progress file, the report
 * (`第5条任务报告`). Other paths are given as they are.
 */
export function issuePlace(issue: RegisterIssue, lang: Lang): string {
  const index = taskIndex(issue.path);
  if (index === null) return issue.path;
  const position = index + 1;
  if (issue.key.startsWith('progress')) return lang === 'en' ? `task report ${position}` : `第${position}条任务报告`;
  if (issue.taskNumber !== undefined) return lang === 'en' ? `task ${issue.taskNumber}` : `任务${issue.taskNumber}`;
  return lang === 'en' ? `the ${ordinalEn(position)} task` : `第${position}项任务`;
}

/** One problem of a register, in the reader's language (its path is shown beside it). */
export function issueMessage(issue: RegisterIssue, lang: Lang): string {
  return render(lang, issue.key, issue.params);
}

/** One problem of a register, in every language. */
export function issueMessages(issue: RegisterIssue): LocalizedText {
  return inEvery(issue.key, issue.params);
}

