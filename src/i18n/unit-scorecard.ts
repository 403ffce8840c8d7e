/** Messages of <tr-unit-scorecard>. The status words themselves are the shared ones (common.ts). */
import type { Lang } from './lang.js';

const zhCN = {
  /** The heading, by the role's word in the document (牵头单位, 责任单位…) or 单位 for every role. */
  title: (roleWord: string) => `各${roleWord}任务落实情况`,
  allUnits: '单位',
  rank: '排名',
  unit: '单位',
  breakdown: '构成',
  tasks: '任务数',
  completed: '已完成',
  rate: '完成率',
  onTimeRate: '按期率',
  notApplicable: '不适用',
  noProgress: '未提供进展数据：下表只列出各单位承担的任务数及完成期限。期限已过的任务记为“期限已过（未报告完成情况）”，不表示逾期未完成。',
  roleFallback: (roleWord: string) => `本方案未列牵头单位，按${roleWord}统计。`,
  sortIgnored: (sort: string) => `sort="${sort}"（未提供进展数据，改按任务数排序）`,
  sortBy: '排序',
  ascending: '升序',
  descending: '降序',
  showAll: (count: number) => `显示全部 ${count} 个单位`,
  showTop: (count: number) => `只显示前 ${count} 个`,
  legend: '图例',
  /** A state's word and its count: 本年到期2项. */
  stateCount: (word: string, count: string) => `${word}${count}项`,
  /** A plain-language summary of the distinct tasks of the role. */
  summaryProgress: (units: number, tasks: number, completed: number, onTime: number, inProgress: number, overdue: number, noReport: number) =>
    `${units}个单位共${tasks}项任务：已完成${completed}项（按期${onTime}项），推进中${inProgress}项，逾期未完成${overdue}项，期限已过未报告${noReport}项。`,
  summaryPlan: (units: number, tasks: number, noReport: number, dueThisYear: number, notYetDue: number) =>
    `${units}个单位共${tasks}项任务：期限已过（未报告完成情况）${noReport}项，本年到期${dueThisYear}项，未到期${notYetDue}项。`,
  sharedNote: '同一任务由多个单位承担时，在每个单位下各计一次。',
};
export type UnitScorecardMessages = typeof zhCN;

const en: UnitScorecardMessages = {
  title: (roleWord) => `Delivery by unit: ${roleWord.toLowerCase()}`,
  allUnits: 'All units',
  rank: 'Rank',
  unit: 'Unit',
  breakdown: 'Breakdown',
  tasks: 'Tasks',
  completed: 'Completed',
  rate: 'Completion rate',
  onTimeRate: 'On-time rate',
  notApplicable: 'not applicable',
  noProgress:
    'No progress data was given: the table shows only how many tasks each unit has and their deadlines. A passed deadline is shown as "Deadline passed (no report)", which does not mean overdue.',
  roleFallback: (roleWord) => `The plan names no lead units; counted by ${roleWord.toLowerCase()}.`,
  sortIgnored: (sort) => `sort="${sort}" (no progress data; sorted by number of tasks)`,
  sortBy: 'Sort by',
  ascending: 'Ascending',
  descending: 'Descending',
  showAll: (count) => `Show all ${count} units`,
  showTop: (count) => `Show the top ${count} only`,
  legend: 'Legend',
  stateCount: (word, count) => `${word} ${count}`,
  summaryProgress: (units, tasks, completed, onTime, inProgress, overdue, noReport) =>
    `${units} units, ${tasks} tasks: ${completed} completed (${onTime} on time), ${inProgress} in progress, ${overdue} overdue, ${noReport} past deadline with no report.`,
  summaryPlan: (units, tasks, noReport, dueThisYear, notYetDue) =>
    `${units} units, ${tasks} tasks: ${noReport} past deadline (no report), ${dueThisYear} due this year, ${notYetDue} not yet due.`,
  sharedNote: 'A task shared by several units counts once under each of them.',
};

export const unitScorecardMessages: { readonly [L in Lang]: UnitScorecardMessages } = { 'zh-CN': zhCN, en };
