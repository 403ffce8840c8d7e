/** Messages of <tr-task-list>. Status words are the common ones (`taskStateWord`); errors are in errors.ts. */
import type { Comparator, DeadlineKind } from '../data/model.js';
import type { ReportStatus } from '../data/progress.js';
import type { Lang } from './lang.js';

/** The kinds of deadline the deadline filter offers beside years. */
export type UndatedKind = Extract<DeadlineKind, 'annual' | 'ongoing' | 'text' | 'none'>;
/** The orders the list can be sorted in. */
export type SortKey = 'document' | 'number' | 'deadline' | 'status';

const zhCN = {
  /** The table's caption: `《title》任务清单（截至 2025年6月30日）`. */
  caption: (title: string, asOf: string) => `《${title}》任务清单（截至 ${asOf}）`,
  /** The visible count, also announced after each filtering. */
  count: (total: number, shown: number) => (shown === total ? `共 ${total} 项` : `共 ${total} 项，显示 ${shown} 项`),
  page: (page: number, pages: number) => `第 ${page}/${pages} 页`,
  previous: '上一页',
  next: '下一页',
  pager: '分页',
  controls: '查找与筛选任务',
  search: '搜索',
  searchHint: '任务内容、单位或序号',
  unit: '单位',
  role: '单位角色',
  section: '章节',
  deadline: '完成期限',
  status: '状态',
  sort: '排序',
  allUnits: '全部单位',
  anyRole: '任一角色',
  allSections: '全部章节',
  allDeadlines: '全部期限',
  allStates: '全部状态',
  /** A filter option standing for the several values an attribute set. */
  several: (names: string) => `指定的：${names}`,
  sorts: { document: '文件顺序', number: '序号', deadline: '完成期限', status: '状态' } satisfies Record<SortKey, string>,
  kinds: { annual: '年度常规工作', ongoing: '持续推进', text: '其他期限', none: '未规定期限' } satisfies Record<UndatedKind, string>,
  clear: '清除筛选',
  // Columns.
  number: '序号',
  task: '任务',
  units: '责任分工',
  latest: '最新进展',
  /** Before and after a task's number on its detail button: `任务1详情` (the word before it shows on a card). */
  taskWord: '任务',
  details: '详情',
  noDeadline: '未规定',
  indicators: '量化指标',
  /** A target: `不少于 50%`, `约 10所`, `3–5家`, with the year after (`（2025年）`). */
  comparators: {
    atLeast: (q: string) => `不少于${q}`,
    exactly: (q: string) => q,
    about: (q: string) => `${q}左右`,
    atMost: (q: string) => `不超过${q}`,
    moreThan: (q: string) => `超过${q}`,
    lessThan: (q: string) => `低于${q}`,
    range: (q: string) => q,
  } satisfies Record<Comparator, (quantity: string) => string>,
  byYear: (year: string) => `（${year}）`,
  // Progress.
  history: '进展报告（最新在前）',
  noReports: '暂无进展报告。',
  noProgress: '未提供进展数据。',
  percent: (percent: string) => `完成 ${percent}`,
  reportStatus: { notStarted: '未启动', inProgress: '推进中', completed: '已完成', suspended: '暂缓', cancelled: '已取消' } satisfies Record<ReportStatus, string>,
  sectionLabel: '所属章节',
  leaders: '责任领导',
  note: '备注',
  due: (date: string) => `期限截止 ${date}`,
  /** The linked selection names a task the filters hide. */
  selectedHidden: (number: string) => `所选的任务${number}不在当前筛选结果中。`,
};

export type TaskListMessages = typeof zhCN;

const en: TaskListMessages = {
  caption: (title, asOf) => `Tasks of ${title} (as of ${asOf})`,
  count: (total, shown) => (shown === total ? `${total} tasks` : `${total} tasks, ${shown} shown`),
  page: (page, pages) => `Page ${page} of ${pages}`,
  previous: 'Previous',
  next: 'Next',
  pager: 'Pages',
  controls: 'Find and filter tasks',
  search: 'Search',
  searchHint: 'Task text, unit or number',
  unit: 'Unit',
  role: 'Role',
  section: 'Section',
  deadline: 'Deadline',
  status: 'Status',
  sort: 'Sort by',
  allUnits: 'All units',
  anyRole: 'Any role',
  allSections: 'All sections',
  allDeadlines: 'All deadlines',
  allStates: 'All statuses',
  several: (names) => `Chosen: ${names}`,
  sorts: { document: 'Document order', number: 'Number', deadline: 'Deadline', status: 'Status' },
  kinds: { annual: 'Annual routine work', ongoing: 'Ongoing', text: 'Other deadlines', none: 'None stated' },
  clear: 'Clear filters',
  number: 'No.',
  task: 'Task',
  units: 'Units',
  latest: 'Latest report',
  taskWord: 'Task ',
  details: ' details',
  noDeadline: 'None stated',
  indicators: 'Targets',
  comparators: {
    atLeast: (q) => `at least ${q}`,
    exactly: (q) => q,
    about: (q) => `about ${q}`,
    atMost: (q) => `at most ${q}`,
    moreThan: (q) => `more than ${q}`,
    lessThan: (q) => `less than ${q}`,
    range: (q) => q,
  },
  byYear: (year) => ` by ${year}`,
  history: 'Progress reports (newest first)',
  noReports: 'No progress reported yet.',
  noProgress: 'No progress data given.',
  percent: (percent) => `${percent} done`,
  reportStatus: { notStarted: 'Not started', inProgress: 'In progress', completed: 'Completed', suspended: 'Suspended', cancelled: 'Cancelled' },
  sectionLabel: 'Section',
  leaders: 'Leaders',
  note: 'Note',
  due: (date) => `due by ${date}`,
  selectedHidden: (number) => `The selected task ${number} is not among the tasks these filters show.`,
};

export const taskListMessages: { readonly [L in Lang]: TaskListMessages } = { 'zh-CN': zhCN, en };
