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

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `YYYY-MM-DD` (already matching the pattern) names a day of the proleptic Gregorian calendar. */
export function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : monthDays[month - 1]!);
}

/** Reports in date order, oldest first, keeping the file's order within a date (what a stable sort by date gives). */
function sortByDate<T extends { readonly date: string }>(reports: T[]): T[] {
  let sorted = true;
  for (let i = 1; i < reports.length && sorted; i++) sorted = reports[i - 1]!.date <= reports[i]!.date;
  if (sorted) return reports;
  const byDay = new Map<string, T[]>();
  for (const report of reports) {
    const same = byDay.get(report.date);
    if (same) same.push(report);
    else byDay.set(report.date, [report]);
  }
  const out: T[] = [];
  for (const day of [...byDay.keys()].sort()) for (const report of byDay.get(day)!) out.push(report);
  return out;
}

const statusSet: ReadonlySet<unknown> = new Set(reportStatuses);
const text = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const taskReportKeys: ReadonlySet<string> = new Set(['task', 'date', 'status', 'percent', 'note', 'source', 'reportedBy']);
const indicatorReportKeys: ReadonlySet<string> = new Set(['indicator', 'date', 'value', 'note', 'source', 'reportedBy']);

/**
 * A plain object whose every enumerable key (inherited ones too, as the schema sees them) is one of
 * `keys` with a value that is not `undefined`: the common shape of a report, checked by hand.
 */
function plainWithKeys(raw: unknown, keys: ReadonlySet<string>): raw is Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const proto: unknown = Object.getPrototypeOf(raw);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in raw) if (!keys.has(key) || (raw as Record<string, unknown>)[key] === undefined) return false;
  return true;
}

/**
 * The common case of a task report, without the schema: a plain object with only the fields of
 * `TaskReportSchema` (no `extra`), each well-formed. Returns what the schema would return (the
 * same fields in the schema's order), or undefined for anything else, which then goes through the
 * schema for its result and its message. `tests/node/progress-fast-path.test.mjs` holds the two equal.
 */
export function quickTaskReport(raw: unknown): TaskReportInput | undefined {
  if (!plainWithKeys(raw, taskReportKeys)) return undefined;
  const { task, date, status, percent, note, source, reportedBy } = raw;
  if (!text(task) || typeof date !== 'string' || !isoDatePattern.test(date) || !statusSet.has(status)) return undefined;
  if (percent !== undefined && !(typeof percent === 'number' && Number.isFinite(percent))) return undefined;
  if ((note !== undefined && !text(note)) || (source !== undefined && !text(source)) || (reportedBy !== undefined && !text(reportedBy))) return undefined;
  const out: TaskReportInput = { task, date, status: status as ReportStatus };
  if (percent !== undefined) out.percent = percent;
  if (note !== undefined) out.note = note;
  if (source !== undefined) out.source = source;
  if (reportedBy !== undefined) out.reportedBy = reportedBy;
  return out;
}

/** The common case of an indicator report, as `quickTaskReport`. */
export function quickIndicatorReport(raw: unknown): IndicatorReportInput | undefined {
  if (!plainWithKeys(raw, indicatorReportKeys)) return undefined;
  const { indicator, date, value, note, source, reportedBy } = raw;
  if (!text(indicator) || typeof date !== 'string' || !isoDatePattern.test(date) || typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if ((note !== undefined && !text(note)) || (source !== undefined && !text(source)) || (reportedBy !== undefined && !text(reportedBy))) return undefined;
  const out: IndicatorReportInput = { indicator, date, value };
  if (note !== undefined) out.note = note;
  if (source !== undefined) out.source = source;
  if (reportedBy !== undefined) out.reportedBy = reportedBy;
  return out;
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
 *
 * One pass over the reports: the file's frame goes through the schema, each report through
 * `quickTaskReport` / `quickIndicatorReport` and, when they decline it, the schema; the task,
 * unit, date and duplicate checks are map look-ups.
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
  /** Calendar checks by date text: a file has far fewer dates than reports. */
  const calendar = new Map<string, boolean>();
  const checkCommon = (path: string, report: { date: string; reportedBy?: string | undefined }): boolean => {
    let real = calendar.get(report.date);
    if (real === undefined) calendar.set(report.date, (real = isCalendarDate(report.date)));
    if (!real) ignored.push(registerIssue(`${path}.date`, 'progressBadDate', report.date));
    else if (report.date > latest) ignored.push(registerIssue(`${path}.date`, 'progressFutureDate', report.date));
    else if (report.reportedBy !== undefined && !unitIds.has(report.reportedBy)) {
      ignored.push(registerIssue(`${path}.reportedBy`, 'progressUnknownUnit', report.reportedBy));
    } else return true;
    return false;
  };

  const findTask = taskFinder(register);
  const tasks: TaskReport[] = [];
  /** Dates already reported, by task id. */
  const seenTasks = new Map<string, Set<string>>();
  const taskSchema = built().TaskReportSchema;
  const rawTasks = top.data.tasks;
  for (let i = 0; i < rawTasks.length; i++) {
    const raw = rawTasks[i];
    let report = quickTaskReport(raw);
    /** A report the schema returned may hold objects (`extra`): those are frozen too. */
    let nested = false;
    if (!report) {
      const parsed = taskSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        ignored.push(registerIssue([`tasks[${i}]`, ...issue.path.map(String)].join('.'), 'progressBadReport', issue.message));
        continue;
      }
      report = parsed.data;
      nested = true;
    }
    const path = `tasks[${i}]`;
    const task = findTask(report.task);
    if (task === 'ambiguous') {
      ignored.push(registerIssue(`${path}.task`, 'progressAmbiguousTask', report.task));
      continue;
    }
    if (!task) {
      ignored.push(registerIssue(`${path}.task`, 'progressUnknownTask', report.task));
      continue;
    }
    if (report.percent !== undefined && !(report.percent >= 0 && report.percent <= 100)) {
      ignored.push(registerIssue(`${path}.percent`, 'progressPercent', report.percent));
      continue;
    }
    if (!checkCommon(path, report)) continue;
    let dates = seenTasks.get(task.id);
    if (!dates) seenTasks.set(task.id, (dates = new Set()));
    if (dates.has(report.date)) {
      ignored.push(registerIssue(path, 'progressDuplicate', task.number, report.date));
      continue;
    }
    dates.add(report.date);
    // The report's own fields in their order, the task's id in place of the name, then its number.
    report.task = task.id;
    const kept = Object.assign(report, { number: task.number }) as TaskReport;
    tasks.push(nested ? deepFreeze(kept) : Object.freeze(kept));
  }

  const indicatorIds = new Set(register.indicators.map((indicator) => indicator.id));
  const indicators: IndicatorReport[] = [];
  const seenIndicators = new Map<string, Set<string>>();
  const indicatorSchema = built().IndicatorReportSchema;
  const rawIndicators = top.data.indicators ?? [];
  for (let i = 0; i < rawIndicators.length; i++) {
    const raw = rawIndicators[i];
    let report = quickIndicatorReport(raw);
    let nested = false;
    if (!report) {
      const parsed = indicatorSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        ignored.push(registerIssue([`indicators[${i}]`, ...issue.path.map(String)].join('.'), 'progressBadReport', issue.message));
        continue;
      }
      report = parsed.data;
      nested = true;
    }
    const path = `indicators[${i}]`;
    if (!indicatorIds.has(report.indicator)) {
      ignored.push(registerIssue(`${path}.indicator`, 'progressUnknownIndicator', report.indicator));
      continue;
    }
    if (!checkCommon(path, report)) continue;
    let dates = seenIndicators.get(report.indicator);
    if (!dates) seenIndicators.set(report.indicator, (dates = new Set()));
    if (dates.has(report.date)) {
      ignored.push(registerIssue(path, 'progressDuplicate', report.indicator, report.date));
      continue;
    }
    dates.add(report.date);
    indicators.push(nested ? deepFreeze(report) : Object.freeze(report));
  }

  if (!tasks.length && !indicators.length && ignored.length) {
    throw new TaskRegisterError('invalid-progress', 'progressInvalid', [ignored.length], { issues: ignored });
  }
  // Every report is frozen already (deeply: `extra` too), so freezing the lists is all that is left.
  const progress: Progress = Object.freeze({
    register: register.id,
    tasks: Object.freeze(sortByDate(tasks)),
    indicators: Object.freeze(sortByDate(indicators)),
  });
  return { progress, ignored };
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
