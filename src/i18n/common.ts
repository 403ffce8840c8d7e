/**
 * Messages every widget and the data layer share. Each widget keeps its own catalog beside this
 * one (`src/i18n/<widget>.ts`) with the same shape: a zh-CN object whose type the en one must meet.
 */
import type { Lang, LocalizedText } from './lang.js';

const zhCN = {
  loading: '正在加载任务数据……',
  errorHeading: '无法显示此组件',
  errorWhere: (where: string) => `位置：${where}`,
  moreIssues: (count: number) => `另有 ${count} 处问题未列出。`,
  empty: '没有符合条件的任务。',
  annual: '年度常规工作',
  lead: '牵头',
  participant: '参与',
  leadUnits: '牵头单位',
  participantUnits: '参与单位',
  deadline: '完成期限',
  task: (number: number) => `任务${number}`,
  none: '无',
  statusPassed: '已过期限',
  statusDueThisYear: '本年到期',
  statusUpcoming: '未到期',
  statusAnnual: '年度常规',
  asOf: (date: string) => `截至 ${date}`,
  // Attribute errors.
  attrInvalid: (name: string, value: string, expected: string) => `属性 ${name}="${value}" 无效：应为${expected}。`,
  attrRequired: (name: string) => `缺少必填属性 ${name}。`,
  expectIsoDate: '形如 2025-06-30 的有效日期',
  expectNumber: '数字',
  expectYear: '四位年份',
  expectSeconds: '1 至 600 之间的秒数',
  expectOneOf: (values: string) => `以下之一：${values}`,
  unknownUnits: (names: string) => `未知的单位：${names}`,
  didYouMean: (ids: string) => `可用的相近值：${ids}`,
  badTaskRange: (part: string) => `无法识别的任务编号或范围“${part}”（示例：1-10,20）`,
  unknownTasks: (numbers: string) => `登记表中没有这些任务：${numbers}`,
  ignoredNote: (what: string) => `已忽略：${what}`,
  // Loading errors.
  loadHttp: (url: string, status: number) => `无法加载 ${url}：服务器返回 HTTP ${status}。`,
  loadNetwork: (url: string) => `无法加载 ${url}：网络错误或地址不可访问。`,
  loadTimeout: (url: string, seconds: number) => `加载 ${url} 超时（超过 ${seconds} 秒）。`,
  loadTooLarge: (url: string, limit: string) => `${url} 超过大小上限 ${limit}，未加载。`,
  loadHtml: (url: string) => `${url} 返回的是 HTML 网页，不是 JSON 数据（地址可能有误）。`,
  loadNotJson: (url: string, reason: string) => `${url} 不是有效的 JSON：${reason}`,
  invalidRegister: (count: number) => `任务数据不符合数据规范（${count} 处问题）。`,
  internal: (reason: string) => `组件内部错误：${reason}`,
  // Register issues (path, then the problem).
  issueType: (expected: string) => `类型错误，应为 ${expected}`,
  issueMissing: '缺少此字段',
  issueTooSmall: (minimum: string) => `过小或过短，至少为 ${minimum}`,
  issueTooBig: (maximum: string) => `过大或过长，至多为 ${maximum}`,
  issueFormat: '格式不正确（编号只能用小写字母、数字和连字符）',
  issueValue: (values: string) => `取值无效，应为 ${values} 之一`,
  issueUnion: '不符合任何一种允许的形式',
  issueOther: (message: string) => `无效：${message}`,
  issueDuplicateUnitId: (id: string) => `单位编号 ${id} 重复`,
  issueDuplicateUnitName: (name: string) => `单位名称“${name}”重复`,
  issueTaskNumber: (expected: number, actual: number) => `任务应按 1、2、3…… 顺序编号：此处应为 ${expected}，实为 ${actual}`,
  issueUnknownUnit: (id: string) => `引用了不存在的单位 ${id}`,
  issueRepeatedUnit: (id: string) => `单位 ${id} 重复列出`,
  issueLeadAndParticipant: (id: string) => `单位 ${id} 不能既是牵头单位又是参与单位`,
  issueDuplicateIndicator: (id: string) => `指标编号 ${id} 重复`,
  issueUnknownIndicator: (id: string) => `引用了不存在的指标 ${id}`,
  issueIndicatorTask: (id: string, task: number) => `指标 ${id} 属于任务 ${task}，但该任务未列出它`,
  issueUnknownTask: (task: number) => `引用了不存在的任务 ${task}`,
  issueQuote: (task: number) => `引文不在任务 ${task} 的工作内容中`,
  issueRange: '范围的下限必须小于上限',
};

export type CommonMessages = typeof zhCN;

const en: CommonMessages = {
  loading: 'Loading the task register…',
  errorHeading: 'This widget cannot be shown',
  errorWhere: (where) => `Where: ${where}`,
  moreIssues: (count) => `${count} more problems not listed.`,
  empty: 'No tasks match.',
  annual: 'Annual routine work',
  lead: 'Lead',
  participant: 'Participant',
  leadUnits: 'Lead units',
  participantUnits: 'Participating units',
  deadline: 'Deadline',
  task: (number) => `Task ${number}`,
  none: 'None',
  statusPassed: 'Deadline passed',
  statusDueThisYear: 'Due this year',
  statusUpcoming: 'Upcoming',
  statusAnnual: 'Annual',
  asOf: (date) => `As of ${date}`,
  attrInvalid: (name, value, expected) => `Attribute ${name}="${value}" is invalid: expected ${expected}.`,
  attrRequired: (name) => `The required attribute ${name} is missing.`,
  expectIsoDate: 'a valid date such as 2025-06-30',
  expectNumber: 'a number',
  expectYear: 'a four-digit year',
  expectSeconds: 'a number of seconds from 1 to 600',
  expectOneOf: (values) => `one of ${values}`,
  unknownUnits: (names) => `unknown units: ${names}`,
  didYouMean: (ids) => `Closest valid values: ${ids}`,
  badTaskRange: (part) => `cannot read the task number or range "${part}" (example: 1-10,20)`,
  unknownTasks: (numbers) => `the register has no tasks ${numbers}`,
  ignoredNote: (what) => `Ignored: ${what}`,
  loadHttp: (url, status) => `Could not load ${url}: the server answered HTTP ${status}.`,
  loadNetwork: (url) => `Could not load ${url}: network error or address unreachable.`,
  loadTimeout: (url, seconds) => `Loading ${url} timed out (over ${seconds} s).`,
  loadTooLarge: (url, limit) => `${url} is larger than the ${limit} limit and was not loaded.`,
  loadHtml: (url) => `${url} returned an HTML page, not JSON data (is the address right?).`,
  loadNotJson: (url, reason) => `${url} is not valid JSON: ${reason}`,
  invalidRegister: (count) => `The task register does not meet the data contract (${count} problems).`,
  internal: (reason) => `Internal widget error: ${reason}`,
  issueType: (expected) => `wrong type, expected ${expected}`,
  issueMissing: 'this field is missing',
  issueTooSmall: (minimum) => `too small or too short, minimum ${minimum}`,
  issueTooBig: (maximum) => `too large or too long, maximum ${maximum}`,
  issueFormat: 'wrong format (ids use lower-case letters, digits and hyphens only)',
  issueValue: (values) => `invalid value, expected one of ${values}`,
  issueUnion: 'matches none of the allowed forms',
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
  issueRange: 'a range needs its minimum below its maximum',
};

export const commonMessages: { readonly [L in Lang]: CommonMessages } = { 'zh-CN': zhCN, en };

type Fn = (...args: never[]) => string;
type FnKeys = { [K in keyof CommonMessages]: CommonMessages[K] extends Fn ? K : never }[keyof CommonMessages];

/** One common message in every language, e.g. for an error that must carry both. */
export function inEveryLang<K extends FnKeys>(key: K, ...args: Parameters<CommonMessages[K]>): LocalizedText {
  const make = (lang: Lang) => (commonMessages[lang][key] as (...a: typeof args) => string)(...args);
  return { 'zh-CN': make('zh-CN'), en: make('en') };
}

/** A plain (non-function) common message in every language. */
export function textInEveryLang(key: { [K in keyof CommonMessages]: CommonMessages[K] extends string ? K : never }[keyof CommonMessages]): LocalizedText {
  return { 'zh-CN': commonMessages['zh-CN'][key], en: commonMessages.en[key] };
}
