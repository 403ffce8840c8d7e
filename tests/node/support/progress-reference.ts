/**
 * The straightforward progress check and status rule the library had before its one-pass version:
 * every report through the zod schema, dates checked with `Date`, a sort with a comparator, the
 * whole result frozen at the end; a task's reports filtered for each status. The fast-path test
 * holds `parseProgress` and `taskStatusAt` equal to these over many generated files.
 */
import { z } from 'zod/mini';
import { registerIssue, TaskRegisterError, type RegisterIssue } from '../../../src/data/errors.js';
import { progressFileSchema, type IndicatorReport, type Progress, type TaskReport } from '../../../src/data/progress.js';
import type { RegisterV2, TaskV2 } from '../../../src/data/schema-v2.js';
import { deadlineEnd, type TaskState, type TaskStatus } from '../../../src/data/status.js';
import { deepFreeze } from '../../../src/data/trusted.js';

// The report schemas, taken from the library's own file schema (so the two cannot drift apart).
const fileSchema = progressFileSchema();
const { tasks: tasksField, indicators: indicatorsField } = fileSchema.def.shape;
const TaskReportSchema = (tasksField as any).def.element;
const IndicatorReportSchema = (indicatorsField as any).def.innerType.def.element;
const ProgressSchema = z.extend(fileSchema, { tasks: z.array(z.unknown()), indicators: z.optional(z.array(z.unknown())) });

const byDate = <T extends { readonly date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function taskFinder(register: RegisterV2): (key: string) => TaskV2 | undefined | 'ambiguous' {
  const byNumber = new Map<string, TaskV2 | 'ambiguous'>();
  for (const task of register.tasks) byNumber.set(task.number, byNumber.has(task.number) ? 'ambiguous' : task);
  const byId = new Map(register.tasks.map((task) => [task.id, task]));
  return (key) => {
    const trimmed = key.trim();
    const found = byNumber.get(trimmed);
    if (found && found !== 'ambiguous') return found;
    return byId.get(trimmed) ?? found;
  };
}

export function referenceParseProgress(json: unknown, register: RegisterV2, today: Date) {
  const parsedTop = ProgressSchema.safeParse(json);
  if (!parsedTop.success) {
    const issues = parsedTop.error.issues.map((issue) =>
      registerIssue(issue.path.map(String).join('.') || '(file)', 'issueOther', issue.message),
    );
    throw new TaskRegisterError('invalid-progress', 'progressInvalid', [issues.length], { issues });
  }
  const top = parsedTop.data;
  if (top.register !== register.id) {
    throw new TaskRegisterError('invalid-progress', 'progressOtherRegister', [top.register, register.id]);
  }
  const ignored: RegisterIssue[] = [];
  const latest = today.toISOString().slice(0, 10);
  const unitIds = new Set(register.units.map((unit) => unit.id));
  const checkCommon = (path: string, report: { date: string; reportedBy?: string | undefined }): boolean => {
    if (!isCalendarDate(report.date)) ignored.push(registerIssue(`${path}.date`, 'progressBadDate', report.date));
    else if (report.date > latest) ignored.push(registerIssue(`${path}.date`, 'progressFutureDate', report.date));
    else if (report.reportedBy !== undefined && !unitIds.has(report.reportedBy)) {
      ignored.push(registerIssue(`${path}.reportedBy`, 'progressUnknownUnit', report.reportedBy));
    } else return true;
    return false;
  };
  const findTask = taskFinder(register);
  const tasks: TaskReport[] = [];
  const seenTasks = new Set<string>();
  top.tasks.forEach((raw, i) => {
    const path = `tasks[${i}]`;
    const parsed = TaskReportSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      ignored.push(registerIssue([path, ...issue.path.map(String)].join('.'), 'progressBadReport', issue.message));
      return;
    }
    const report = parsed.data;
    const task = findTask(report.task);
    if (task === 'ambiguous') return void ignored.push(registerIssue(`${path}.task`, 'progressAmbiguousTask', report.task));
    if (!task) return void ignored.push(registerIssue(`${path}.task`, 'progressUnknownTask', report.task));
    if (report.percent !== undefined && !(report.percent >= 0 && report.percent <= 100)) {
      return void ignored.push(registerIssue(`${path}.percent`, 'progressPercent', report.percent));
    }
    if (!checkCommon(path, report)) return;
    const key = `${task.id}|${report.date}`;
    if (seenTasks.has(key)) return void ignored.push(registerIssue(path, 'progressDuplicate', task.number, report.date));
    seenTasks.add(key);
    tasks.push({ ...report, task: task.id, number: task.number });
  });
  const indicatorIds = new Set(register.indicators.map((indicator) => indicator.id));
  const indicators: IndicatorReport[] = [];
  const seenIndicators = new Set<string>();
  (top.indicators ?? []).forEach((raw, i) => {
    const path = `indicators[${i}]`;
    const parsed = IndicatorReportSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      ignored.push(registerIssue([path, ...issue.path.map(String)].join('.'), 'progressBadReport', issue.message));
      return;
    }
    const report = parsed.data;
    if (!indicatorIds.has(report.indicator)) {
      return void ignored.push(registerIssue(`${path}.indicator`, 'progressUnknownIndicator', report.indicator));
    }
    if (!checkCommon(path, report)) return;
    const key = `${report.indicator}|${report.date}`;
    if (seenIndicators.has(key)) return void ignored.push(registerIssue(path, 'progressDuplicate', report.indicator, report.date));
    seenIndicators.add(key);
    indicators.push(report);
  });
  if (!tasks.length && !indicators.length && ignored.length) {
    throw new TaskRegisterError('invalid-progress', 'progressInvalid', [ignored.length], { issues: ignored });
  }
  tasks.sort(byDate);
  indicators.sort(byDate);
  return { progress: deepFreeze({ register: register.id, tasks, indicators }) as Progress, ignored };
}

/** Where a task stands, the reports filtered afresh on every call. */
export function referenceTaskStatusAt(task: TaskV2, asOf: Date, progress?: Progress): TaskStatus {
  const today = asOf.toISOString().slice(0, 10);
  const year = asOf.getUTCFullYear();
  const from = task.deadline.kind === 'annual' ? `${year}-01-01` : '';
  const history = (progress?.tasks ?? []).filter((report) => report.task === task.id && report.date <= today && report.date >= from);
  const report = history.at(-1);
  const due = deadlineEnd(task.deadline, year);
  let completedOn: string | undefined;
  if (report?.status === 'completed') {
    completedOn = report.date;
    for (let i = history.length - 2; i >= 0 && history[i]!.status === 'completed'; i--) completedOn = history[i]!.date;
  }
  const result = (state: TaskState): TaskStatus => ({ state, report, due, completedOn });
  if (report?.status === 'cancelled') return result('cancelled');
  if (report?.status === 'suspended') return result('suspended');
  if (completedOn) return result(!due ? 'completed' : completedOn <= due ? 'completedOnTime' : 'completedLate');
  if (due && due < today) return result(report ? 'overdue' : 'passedNoReport');
  if (report?.status === 'inProgress' || report?.status === 'notStarted') return result(report.status);
  if (!due) return result('noDeadline');
  return result(Number(due.slice(0, 4)) === year ? 'dueThisYear' : 'notYetDue');
}
