/** Messages of <tr-unit-matrix>. */
import type { Lang } from './lang.js';

const zhCN = {
  caption: '责任单位分工矩阵',
  size: (units: number, tasks: number) => `${units}个单位 × ${tasks}项任务`,
  cornerUnits: '单位＼任务',
  cornerTasks: '任务＼单位',
  legend: '图例',
  none: '无',
  /** The legend's note when `unit-role` marks one role: 只标出牵头单位. */
  onlyRole: (label: string) => `只标出${label}`,
  highlighted: (what: string) => `突出显示：${what}`,
  /** A role's word without the generic noun (牵头单位 → 牵头), for narrow headers and spoken cell names. */
  roleStem: (label: string) => label.replace(/单位$/, '') || label,
  /** Spoken name of a role's total column: 作为牵头单位的任务数. */
  roleTotalLong: (label: string) => `作为${label}的任务数`,
  involvedShort: '单位数',
  involvedLong: '涉及单位数',
  completedShort: '完成',
  completedLong: '已完成任务数',
  overdueShort: '逾期',
  overdueLong: '逾期未完成任务数',
  /** A task's spoken name, and inside a sentence. */
  task: (number: string) => `任务${number}`,
  taskInSentence: (number: string) => `任务${number}`,
  /** Read before a task number in a row header. */
  taskPrefix: '任务',
  /** What a screen reader hears on a cell: 省教育厅，任务5，参与 (and its status when coloured by status). */
  cell: (unit: string, task: string, role: string, status?: string) => `${unit}，${task}，${role}${status ? `，${status}` : ''}`,
  unitRole: (unit: string, role: string) => `${unit}：${role}`,
  /** A unit's count of tasks in a role: 牵头 24 项. */
  unitRoleCount: (stem: string, count: number) => `${stem} ${count} 项`,
  unitCompleted: (count: number) => `已完成 ${count} 项`,
  unitOverdue: (count: number) => `逾期未完成 ${count} 项`,
  taskInvolved: (units: number) => `涉及 ${units} 个单位`,
  deadline: (text: string) => `完成期限：${text}`,
  noDeadline: '未规定',
  /** The status legend's heading and the section row's header. */
  statusLegend: '完成情况',
  sections: '分组',
  sectionTasks: (count: number) => `本组 ${count} 项任务`,
  sectionHint: '单击或按回车键突出显示本组任务',
  /** A task's status with the date of the report it comes from. */
  reportOn: (date: string) => `（${date}报告）`,
  moreHint: '单击或按回车键查看全文',
  unitHint: '单击或按回车键查看该单位的任务',
  close: '关闭',
  taskList: (numbers: string) => `任务${numbers}`,
  /** What a screen reader hears on a task's chip in a unit's card: 任务5 (and, coloured by status, 任务5，推进中). */
  chipName: (number: string, status?: string) => `任务${number}${status ? `，${status}` : ''}`,
  // Notes of what an attribute ignored (its errors are in errors.ts).
  /** A note of what part of a list attribute was ignored, and why. */
  ignoredPart: (attribute: string, parts: string, reason: string) => `${attribute} 中的${parts}（${reason}）`,
  quoted: (part: string) => `“${part}”`,
  reasonUnknownUnit: '未知的单位',
  reasonBadRange: '无法识别的任务编号或范围',
  reasonNoTask: '登记表中没有这些任务',
  reasonBadDeadline: '无法识别的完成期限',
  reasonNoDeadline: '登记表中没有该期限的任务',
  notShown: (attribute: string, name: string) => `${attribute} 的${name}（不在当前矩阵中）`,
};
export type UnitMatrixMessages = typeof zhCN;

const en: UnitMatrixMessages = {
  caption: 'Who leads and who takes part: units and tasks',
  size: (units, tasks) => `${units} ${units === 1 ? 'unit' : 'units'} × ${tasks} ${tasks === 1 ? 'task' : 'tasks'}`,
  cornerUnits: 'Unit \\ task',
  cornerTasks: 'Task \\ unit',
  legend: 'Legend',
  none: 'none',
  onlyRole: (label) => `Only ${label.toLowerCase()} are marked`,
  highlighted: (what) => `Highlighted: ${what}`,
  // "Lead units" → "Lead"; long stems are shortened for narrow headers ("Participating" → "Part.").
  roleStem: (label) => label.replace(/\s+units?$/i, '') || label,
  roleTotalLong: (label) => `Tasks (${label})`,
  involvedShort: 'Units',
  involvedLong: 'Units involved',
  completedShort: 'Done',
  completedLong: 'Tasks completed',
  overdueShort: 'Overdue',
  overdueLong: 'Tasks overdue',
  task: (number) => `Task ${number}`,
  taskInSentence: (number) => `task ${number}`,
  taskPrefix: 'Task ',
  cell: (unit, task, role, status) => `${unit}, ${task}, ${role.toLowerCase()}${status ? `, ${status.toLowerCase()}` : ''}`,
  unitRole: (unit, role) => `${unit}: ${role}`,
  unitRoleCount: (stem, count) => `${stem}: ${count} ${count === 1 ? 'task' : 'tasks'}`,
  unitCompleted: (count) => `Completed: ${count}`,
  unitOverdue: (count) => `Overdue: ${count}`,
  taskInvolved: (units) => `${units} ${units === 1 ? 'unit' : 'units'} involved`,
  deadline: (text) => `Deadline: ${text}`,
  noDeadline: 'not stated',
  statusLegend: 'Status',
  sections: 'Sections',
  sectionTasks: (count) => `${count} ${count === 1 ? 'task' : 'tasks'} in this section`,
  sectionHint: 'Click or press Enter to highlight this section’s tasks',
  reportOn: (date) => ` (report of ${date})`,
  moreHint: 'Click or press Enter for the full text',
  unitHint: 'Click or press Enter for this unit’s tasks',
  close: 'Close',
  taskList: (numbers) => numbers,
  chipName: (number, status) => `Task ${number}${status ? `, ${status.toLowerCase()}` : ''}`,
  ignoredPart: (attribute, parts, reason) => `${parts} in ${attribute} (${reason})`,
  quoted: (part) => `"${part}"`,
  reasonUnknownUnit: 'unknown units',
  reasonBadRange: 'not a task number or range',
  reasonNoTask: 'no such tasks in the register',
  reasonBadDeadline: 'not a year or annual',
  reasonNoDeadline: 'no task is due then',
  notShown: (attribute, name) => `${attribute} ${name} (not in the matrix as filtered)`,
};

export const unitMatrixMessages: { readonly [L in Lang]: UnitMatrixMessages } = { 'zh-CN': zhCN, en };
