/**
 * Messages every widget shares; the errors of data and attributes are in errors.ts. Each widget
 * keeps its own catalog beside this one (`src/i18n/<widget>.ts`) with the same shape: a zh-CN
 * object whose type the en one must meet.
 */
import type { TaskState } from '../data/status.js';
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
  states: {
    completedOnTime: '按期完成',
    completedLate: '逾期完成',
    completed: '已完成',
    inProgress: '推进中',
    notStarted: '未启动',
    overdue: '逾期未完成',
    passedNoReport: '期限已过（未报告完成情况）',
    dueThisYear: '本年到期',
    notYetDue: '未到期',
    noDeadline: '无明确期限',
    suspended: '暂缓',
    cancelled: '已取消',
  } satisfies Record<TaskState, string>,
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
  states: {
    completedOnTime: 'Completed on time',
    completedLate: 'Completed late',
    completed: 'Completed',
    inProgress: 'In progress',
    notStarted: 'Not started',
    overdue: 'Overdue',
    passedNoReport: 'Deadline passed (no report)',
    dueThisYear: 'Due this year',
    notYetDue: 'Not yet due',
    noDeadline: 'No dated deadline',
    suspended: 'Suspended',
    cancelled: 'Cancelled',
  },
  asOf: (date) => `As of ${date}`,
  didYouMean: (ids) => `Closest valid values: ${ids}`,
  ignoredNote: (what) => `Ignored: ${what}`,
};

export const commonMessages: { readonly [L in Lang]: CommonMessages } = { 'zh-CN': zhCN, en };

/** Where a task stands, in the same words on every widget: 按期完成, 逾期未完成, 期限已过（未报告完成情况）… */
export function taskStateWord(lang: Lang, state: TaskState): string {
  return commonMessages[lang].states[state];
}
