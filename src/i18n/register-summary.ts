/** Messages of <tr-register-summary>. Task statuses are the shared words (`taskStateWord`). */
import type { Lang } from './lang.js';

const zhCN = {
  tasks: '项任务',
  units: '个单位',
  indicators: '项量化指标',
  summary: (tasks: number, units: number, indicators: number) => `共${tasks}项任务，涉及${units}个单位，含${indicators}项量化指标。`,
  /** A count of tasks after the word that names them: `推进中 12项`. */
  count: (count: string) => `${count}项`,
  completionHeading: (asOf: string) => `完成情况（截至${asOf}）`,
  /** Tasks with no report whose deadline has not passed (or states no date); a passed one has its own word. */
  noReport: '尚无进展报告',
  /** The parts of a count: `按期完成15项、逾期完成3项`. */
  detail: (word: string, count: string) => `${word}${count}项`,
  noProgress: '未提供进展数据：以下只是方案对任务和期限的安排，不说明任务完成情况。期限已过的任务记为“期限已过（未报告完成情况）”，不表示逾期未完成。',
  planHeading: (asOf: string) => `按完成期限（截至${asOf}）`,
  dueByYear: (year: string, count: number) => `${year}到期 ${count} 项`,
  /** A deadline kind in the document's words (年度常规工作, 持续推进…). */
  byWords: (words: string, count: number) => `${words} ${count} 项`,
  noDeadline: (count: number) => `未规定期限 ${count} 项`,
  role: (label: string, count: number) => `${label} ${count} 个`,
  selected: '已选：',
  /** A unit selected: `省教育厅（牵头12项）`; the role word without 单位. */
  unitRole: (label: string, count: number) => `${label.replace(/单位$/, '')}${count}项`,
  tasksCount: (count: number) => `${count}项`,
  task: (number: string) => `任务${number}`,
  clear: '清除选择',
};
export type RegisterSummaryMessages = typeof zhCN;

const en: RegisterSummaryMessages = {
  tasks: 'tasks',
  units: 'units',
  indicators: 'numeric targets',
  summary: (tasks, units, indicators) => `${tasks} tasks across ${units} units, with ${indicators} numeric targets.`,
  count: (count) => count,
  completionHeading: (asOf) => `Completion as of ${asOf}`,
  noReport: 'No report yet',
  detail: (word, count) => `${word.toLowerCase()} ${count}`,
  noProgress:
    'No progress data was given: what follows is only what the plan sets out (tasks and deadlines), not whether tasks are done. A passed deadline is shown as "Deadline passed (no report)", which does not mean overdue.',
  planHeading: (asOf) => `By deadline, as of ${asOf}`,
  dueByYear: (year, count) => `${count} due in ${year}`,
  byWords: (words, count) => `${count} ${words}`,
  noDeadline: (count) => `${count} with no deadline stated`,
  role: (label, count) => `${label}: ${count}`,
  selected: 'Selected: ',
  unitRole: (label, count) => `${label}: ${count}`,
  tasksCount: (count) => `${count} ${count === 1 ? 'task' : 'tasks'}`,
  task: (number) => `Task ${number}`,
  clear: 'Clear selection',
};

export const registerSummaryMessages: { readonly [L in Lang]: RegisterSummaryMessages } = { 'zh-CN': zhCN, en };

/** en words for the deadline kinds the document words its own way (zh shows the document's words). */
export const deadlineKindsEn = { annual: 'annual routine work', ongoing: 'ongoing' } as const;
