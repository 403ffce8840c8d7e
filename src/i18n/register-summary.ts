/** Messages of <tr-register-summary>. */
import type { Lang } from './lang.js';

const zhCN = {
  tasks: '项任务',
  units: '个责任单位',
  indicators: '项量化指标',
  dueByYear: (year: string, count: number) => `${year}到期 ${count} 项`,
  annual: (count: number) => `年度常规工作 ${count} 项`,
  summary: (tasks: number, units: number, indicators: number) => `共${tasks}项任务，涉及${units}个责任单位，含${indicators}项量化指标。`,
};
export type RegisterSummaryMessages = typeof zhCN;

const en: RegisterSummaryMessages = {
  tasks: 'tasks',
  units: 'responsible units',
  indicators: 'numeric targets',
  dueByYear: (year, count) => `${count} due in ${year}`,
  annual: (count) => `${count} annual routine`,
  summary: (tasks, units, indicators) => `${tasks} tasks across ${units} responsible units, with ${indicators} numeric targets.`,
};

export const registerSummaryMessages: { readonly [L in Lang]: RegisterSummaryMessages } = { 'zh-CN': zhCN, en };
