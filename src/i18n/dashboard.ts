/** Messages of <tr-dashboard>. */
import type { Lang } from './lang.js';

const zhCN = {
  selected: '已选',
  nothingSelected: '未选择任何内容：点击单位、任务或状态，各组件将联动显示。',
  unit: '单位',
  task: (number: string) => `任务${number}`,
  state: '状态',
  section: '部分',
  clear: '清除选择',
  clearHint: '（或按 Esc 键）',
  badLink: (what: string) => `链接中的筛选条件无法识别，已忽略：${what}`,
};
export type DashboardMessages = typeof zhCN;

const en: DashboardMessages = {
  selected: 'Selected',
  nothingSelected: 'Nothing selected: choose a unit, a task or a status and the widgets follow.',
  unit: 'Unit',
  task: (number) => `Task ${number}`,
  state: 'Status',
  section: 'Section',
  clear: 'Clear selection',
  clearHint: '(or press Esc)',
  badLink: (what) => `Part of the link's filter was not understood and is ignored: ${what}`,
};

export const dashboardMessages: { readonly [L in Lang]: DashboardMessages } = { 'zh-CN': zhCN, en };
