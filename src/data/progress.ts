/**
 * The progress contract: what has been done, reported over time, in a file apart from the register.
 * `parseProgress` keeps every report it can use and lists every one it cannot, with why, so a
 * widget shows all it can and says what it ignored; only a file that is not a progress file at all
 * (or has no usable report) is an error.
 */
import { z } from 'zod/mini';
import { registerIssue, TaskRegisterError, type RegisterIssue } from './errors.js';
import type { RegisterV2, TaskV2 } from './schema-v2.js';
import { deepFreeze } from './trusted.js';

export const reportStatuses = ['notStarted', 'inProgress', 'completed', 'suspended', 'cancelled'] as const;

function buildSchemas() {
  const text = z.string().check(z.minLength(1));
  const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const extra = z.optional(z.record(z.string(), z.unknown()));
  const TaskReportSchema = z.strictObject({
    /** The task's document number as written (its id is accepted too). */
    task: text,
    date: isoDate,
    status: z.enum(reportStatuses),
    percent: z.optional(z.number()),
    note: z.optional(text),
    source: z.optional(text),
    /** The id of the unit that reported. */
    reportedBy: z.optional(text),
    extra,
  });
  const IndicatorReportSchema = z.strictObject({
    indicator: text,
    date: isoDate,
    value: z.number(),
    note: z.optional(text),
    source: z.optional(text),
    reportedBy: z.optional(text),
    extra,
  });
  const ProgressSchema = z.strictObject({
    schemaVersion: z.literal(1),
    /** The id of the register the reports are about. */
    register: text,
    tasks: z.array(z.unknown()),
    indicators: z.optional(z.array(z.unknown())),
    extra,
  });
  return { TaskReportSchema, IndicatorReportSchema, ProgressSchema };
}

type Schemas = ReturnType<typeof buildSchemas>;
let schemas: Schemas | undefined;
const built = (): Schemas => (schemas ??= buildSchemas());

/** The whole file's shape with its reports, for the JSON Schema portal teams validate against. */
export function progressFileSchema() {
  const { TaskReportSchema, IndicatorReportSchema, ProgressSchema } = built();
  return z.extend(ProgressSchema, { tasks: z.array(TaskReportSchema), indicators: z.optional(z.array(IndicatorReportSchema)) });
}

export type TaskReportInput = z.infer<Schemas['TaskReportSchema']>;
export type IndicatorReportInput = z.infer<Schemas['IndicatorReportSchema']>;
export type ReportStatus = TaskReportInput['status'];

/** A task report checked against the register: `task` is the task's id, `number` its document number. */
export interface TaskReport extends Omit<TaskReportInput, 'task'> {
  readonly task: string;
  readonly number: string;
}
export type IndicatorReport = Readonly<IndicatorReportInput>;

/** Reports checked against a register, each list in date order (oldest first). */
export interface Progress {
  readonly register: string;
  readonly tasks: readonly TaskReport[];
  readonly indicators: readonly IndicatorReport[];
}

export interface ParsedProgress {
  readonly progress: Progress;
  /** Reports left out, each with its JSON path and why. */
  readonly ignored: readonly RegisterIssue[];
}

const byDate = <T extends { readonly date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The task a report names: by document number as written, else by id. Ambiguous numbers resolve by id only. */
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

/**
 * Checks a progress file against a register. `today` bounds the dates: a report dated after it is
 * ignored (a report cannot come from the future). Throws `TaskRegisterError` (`invalid-progress`)
 * when the file is not a progress file, is for another register, or has no usable report.
 */
export function parseProgress(json: unknown, register: RegisterV2, today: Date): ParsedProgress {
  const top = built().ProgressSchema.safeParse(json);
  if (!top.success) {
    const issues = top.error.issues.map((issue) =>
      registerIssue(issue.path.map(String).join('.') || '(file)', 'issueOther', issue.message),
    );
    throw new TaskRegisterError('invalid-progress', 'progressInvalid', [issues.length], { issues });
  }
  if (top.data.register !== register.id) {
    throw new TaskRegisterError('invalid-progress', 'progressOtherRegister', [top.data.register, register.id]);
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
  top.data.tasks.forEach((raw, i) => {
    const path = `tasks[${i}]`;
    const parsed = built().TaskReportSchema.safeParse(raw);
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
  (top.data.indicators ?? []).forEach((raw, i) => {
    const path = `indicators[${i}]`;
    const parsed = built().IndicatorReportSchema.safeParse(raw);
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
  return { progress: deepFreeze({ register: register.id, tasks, indicators }), ignored };
}

/**
 * Merges reports into an existing progress file without losing any: a report for the same task
 * (or indicator) on the same date replaces the older one only when `replace` is set; otherwise the
 * existing one stays and the new one is returned as a conflict.
 */
export function mergeReports<T extends { readonly date: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  keyOf: (report: T) => string,
  replace = false,
): { merged: T[]; conflicts: T[] } {
  const merged = new Map(existing.map((report) => [`${keyOf(report)}|${report.date}`, report]));
  const conflicts: T[] = [];
  for (const report of incoming) {
    const key = `${keyOf(report)}|${report.date}`;
    const old = merged.get(key);
    if (old && JSON.stringify(old) !== JSON.stringify(report) && !replace) conflicts.push(report);
    else merged.set(key, report);
  }
  return { merged: [...merged.values()].sort(byDate), conflicts };
}
