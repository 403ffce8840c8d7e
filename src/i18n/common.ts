/**
 * Messages every widget shares; the errors of data and attributes are in errors.ts. Each widget
 * keeps its own catalog beside this one (`src/i18n/<widget>.ts`) with the same shape: a zh-CN
 * object whose type the en one must meet.
 */
import type { TaskStatus } from '../data/selectors.js';
import type { Lang } from './lang.js';

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
  didYouMean: (ids: string) => `可用的相近值：${ids}`,
  ignoredNote: (what: string) => `已忽略：${what}`,
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
  didYouMean: (ids) => `Closest valid values: ${ids}`,
  ignoredNote: (what) => `Ignored: ${what}`,
};

export const commonMessages: { readonly [L in Lang]: CommonMessages } = { 'zh-CN': zhCN, en };

/** A task's status in words: 已过期限 / Deadline passed, 本年到期, 未到期, 年度常规. */
export function taskStatusWord(lang: Lang, status: TaskStatus): string {
  const msg = commonMessages[lang];
  return { passed: msg.statusPassed, 'due-this-year': msg.statusDueThisYear, upcoming: msg.statusUpcoming, annual: msg.statusAnnual }[status];
}
