/** Messages of <tr-deadline-timeline>. Status words, `annual`, unit headings and `asOf` are in common.ts. */
import type { Lang } from './lang.js';

const zhCN = {
  chartTitle: (from: string, to: string) => `重点任务完成期限时间轴（${from}—${to}）`,
  total: (count: number) => `共${count}项任务`,
  dueIn: (year: string, count: number) => `${year}到期${count}项`,
  annualCount: (count: number) => `年度常规工作${count}项`,
  /** `parts` are the per-year counts and the annual count, already written. */
  overview: (total: string, parts: readonly string[]) => (parts.length ? `${total}：${parts.join('，')}。` : `${total}。`),
  statusCounts: (date: string, passed: number, due: number, upcoming: number) =>
    `截至${date}，已过期限${passed}项，本年到期${due}项，未到期${upcoming}项。`,
  filter: (units: string, role: 'all' | 'lead' | 'participant') =>
    `仅含${units}${role === 'lead' ? '牵头' : role === 'participant' ? '参与' : '牵头或参与'}的任务。`,
  groupedBy: (what: 'lead' | 'deadline' | 'status') =>
    `按${what === 'lead' ? '牵头单位' : what === 'deadline' ? '完成期限' : '状态'}分泳道显示。`,
  multiLead: (tasks: string, _count: number) => `${tasks}有多个牵头单位，在每个牵头单位的泳道中各显示一次。`,
  outside: (count: number, from: string, to: string) => `另有${count}项任务的期限不在${from}至${to}范围内，未显示。`,
  annualHidden: (count: number) => `年度常规工作${count}项未显示。`,
  /** `numbers` may be the first few of `total`. */
  taskList: (numbers: readonly number[], total: number) => `任务${numbers.join('、')}${total > numbers.length ? `等${total}项任务` : ''}`,
  denseNote: '标记较多，未逐一标注编号：悬停或聚焦标记、或切换到表格视图查看。',
  // Lanes.
  laneDated: '有年度期限的任务',
  laneYear: (year: string) => `${year}到期`,
  laneCount: (label: string, count: number) => `${label}（${count}项）`,
  checkpoints: '每年检查点',
  checkpoint: (year: string) => `${year}年度检查点`,
  // Marks, list and table.
  markLabel: (task: string, deadline: string, status: string) => `${task}，完成期限：${deadline}，${status}`,
  annualMarkLabel: (task: string) => `${task}，年度常规工作（每年）`,
  deadlineYear: (year: string) => `${year}底`,
  keyboardHint: '用方向键按时间顺序逐项浏览，Home、End 跳到首末项，回车选中。',
  legend: '图例',
  labelled: (label: string, value: string) => `${label}：${value}`,
  tableView: '表格视图',
  number: '序号',
  content: '工作内容',
  status: '状态',
  showMore: (count: number) => `显示其余${count}项`,
  tableCaption: (asOf: string) => `任务完成期限一览（${asOf}）`,
};
export type DeadlineTimelineMessages = typeof zhCN;

const en: DeadlineTimelineMessages = {
  chartTitle: (from, to) => `Task deadlines, ${from}–${to}`,
  total: (count) => (count === 1 ? '1 task' : `${count} tasks`),
  dueIn: (year, count) => `${count} due in ${year}`,
  annualCount: (count) => (count === 1 ? '1 annual routine task' : `${count} annual routine tasks`),
  overview: (total, parts) => {
    if (!parts.length) return `${total}.`;
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
    return `${total}: ${list}.`;
  },
  statusCounts: (date, passed, due, upcoming) => `As of ${date}: ${passed} past the deadline, ${due} due this year, ${upcoming} upcoming.`,
  filter: (units, role) =>
    `Only tasks where ${units} ${role === 'lead' ? 'lead' : role === 'participant' ? 'take part' : 'lead or take part'}.`,
  groupedBy: (what) => `Lanes by ${what === 'lead' ? 'lead unit' : what === 'deadline' ? 'deadline' : 'status'}.`,
  multiLead: (tasks, count) =>
    count === 1
      ? `${tasks} has several lead units and appears once in each lead's lane.`
      : `${tasks} have several lead units and appear once in each lead's lane.`,
  outside: (count, from, to) =>
    `${count === 1 ? '1 more task is' : `${count} more tasks are`} due outside ${from}–${to} and not shown.`,
  annualHidden: (count) => `${count === 1 ? '1 annual routine task is' : `${count} annual routine tasks are`} not shown.`,
  taskList: (numbers, total) =>
    `${total === 1 ? 'Task' : 'Tasks'} ${numbers.join(', ')}${total > numbers.length ? ` and ${total - numbers.length} more` : ''}`,
  denseNote: 'Too many marks to number each one: hover or focus a mark, or use the table view.',
  laneDated: 'Tasks with a deadline year',
  laneYear: (year) => `Due ${year}`,
  laneCount: (label, count) => `${label} (${count})`,
  checkpoints: 'Yearly checkpoint',
  checkpoint: (year) => `${year} checkpoint`,
  markLabel: (task, deadline, status) => `${task}, deadline ${deadline}, ${status.toLowerCase()}`,
  annualMarkLabel: (task) => `${task}, annual routine work (every year)`,
  deadlineYear: (year) => `end of ${year}`,
  keyboardHint: 'Arrow keys move through the tasks in date order, Home and End jump to the first and last, Enter selects.',
  legend: 'Legend',
  labelled: (label, value) => `${label}: ${value}`,
  tableView: 'Table view',
  number: 'No.',
  content: 'Task',
  status: 'Status',
  showMore: (count) => `Show ${count} more`,
  tableCaption: (asOf) => `Task deadlines (${asOf})`,
};

export const deadlineTimelineMessages: { readonly [L in Lang]: DeadlineTimelineMessages } = { 'zh-CN': zhCN, en };
