/**
 * The progress contract: what has been done, reported over time, in a file apart from the register.
 * `parseProgress` keeps every report it can use and lists every one it cannot, with why, so a
 * widget shows all it can and says what it ignored; only a file that is not a progress file at all
 * (or has no usable report) is an error.
 */
import { z } from 'zod/mini';
import { registerIssue, TaskRegisterError, type RegisterIssue } from './errors.js';
import type { RegisterV2 } from './schema-v2.js';
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

/** The number of the ASCII digit at `at` in `text` (0–9 for a digit). */
const digit = (text: string, at: number) => text.charCodeAt(at) - 48;

/** Whether `YYYY-MM-DD` (already matching the pattern) names a day of the proleptic Gregorian calendar. */
export function isCalendarDate(text: string): boolean {
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
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
const frameKeys: ReadonlySet<string> = new Set(['schemaVersion', 'register', 'tasks', 'indicators']);

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

/** A task report in its common shape: what `isQuickTaskReport` lets through. */
interface QuickTaskReport {
  readonly task: string;
  readonly date: string;
  readonly status: ReportStatus;
  readonly percent?: number;
  readonly note?: string;
  readonly source?: string;
  readonly reportedBy?: string;
}

/**
 * The common case of a task report, without the schema: a plain object with only the fields of
 * `TaskReportSchema` (no `extra`), each well-formed. Anything else goes through the schema for its
 * result and its message.
 */
function isQuickTaskReport(raw: unknown): raw is QuickTaskReport {
  if (!plainWithKeys(raw, taskReportKeys)) return false;
  const { task, date, status, percent, note, source, reportedBy } = raw;
  if (!text(task) || typeof date !== 'string' || !isoDatePattern.test(date) || !statusSet.has(status)) return false;
  if (percent !== undefined && !(typeof percent === 'number' && Number.isFinite(percent))) return false;
  return (note === undefined || text(note)) && (source === undefined || text(source)) && (reportedBy === undefined || text(reportedBy));
}

/**
 * What the schema returns for a report `isQuickTaskReport` accepts (the same fields in the schema's
 * order), or undefined for any other value. `tests/node/progress-fast-path.test.mjs` holds the two equal.
 */
export function quickTaskReport(raw: unknown): TaskReportInput | undefined {
  if (!isQuickTaskReport(raw)) return undefined;
  const out: TaskReportInput = { task: raw.task, date: raw.date, status: raw.status };
  if (raw.percent !== undefined) out.percent = raw.percent;
  if (raw.note !== undefined) out.note = raw.note;
  if (raw.source !== undefined) out.source = raw.source;
  if (raw.reportedBy !== undefined) out.reportedBy = raw.reportedBy;
  return out;
}

/** A kept report made from one in its common shape: its fields in the schema's order, the task's id and number; frozen. */
function keptQuickReport(raw: QuickTaskReport, id: string, number: string): TaskReport {
  const out: { -readonly [K in keyof TaskReport]: TaskReport[K] } = { task: id, date: raw.date, status: raw.status } as TaskReport;
  if (raw.percent !== undefined) out.percent = raw.percent;
  if (raw.note !== undefined) out.note = raw.note;
  if (raw.source !== undefined) out.source = raw.source;
  if (raw.reportedBy !== undefined) out.reportedBy = raw.reportedBy;
  out.number = number;
  return Object.freeze(out);
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

/** The frame of a file in its common shape (no `extra`), checked by hand as the reports are; undefined for anything else. */
function quickFrame(json: unknown): { register: string; tasks: readonly unknown[]; indicators?: readonly unknown[] } | undefined {
  if (!plainWithKeys(json, frameKeys)) return undefined;
  const { schemaVersion, register, tasks, indicators } = json;
  if (schemaVersion !== 1 || !text(register) || !Array.isArray(tasks) || (indicators !== undefined && !Array.isArray(indicators))) return undefined;
  return { register, tasks, indicators: indicators as unknown[] | undefined };
}

/** What `taskFinder` returns for a name that is a number several tasks share, and for one no task has. */
const ambiguous = -2;
const unknownTask = -1;

/** The task a report names, as its index: by document number as written, else by id. Ambiguous numbers resolve by id only. */
function taskFinder(register: RegisterV2): (key: string) => number {
  const byNumber = new Map<string, number>();
  register.tasks.forEach((task, i) => byNumber.set(task.number, byNumber.has(task.number) ? ambiguous : i));
  const byId = new Map(register.tasks.map((task, i) => [task.id, i]));
  return (key) => {
    const trimmed = key.trim();
    const found = byNumber.get(trimmed);
    if (found !== undefined && found !== ambiguous) return found;
    return byId.get(trimmed) ?? found ?? unknownTask;
  };
}

/**
 * Checks a progress file against a register. `today` bounds the dates: a report dated after it is
 * ignored (a report cannot come from the future). Throws `TaskRegisterError` (`invalid-progress`)
 * when the file is not a progress file, is for another register, or has no usable report.
 *
 * One pass over the reports: the file's frame and each report are checked by hand in their common
 * shape and go through the schema otherwise (for its result and its message); the task, unit and
 * date checks are look-ups and arithmetic, and a task's reports in date order need no look-up to
 * rule out a duplicate date.
 */
export function parseProgress(json: unknown, register: RegisterV2, today: Date): ParsedProgress {
  let top = quickFrame(json);
  if (!top) {
    const parsed = built().ProgressSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) =>
        registerIssue(issue.path.map(String).join('.') || '(file)', 'issueOther', issue.message),
      );
      throw new TaskRegisterError('invalid-progress', 'progressInvalid', [issues.length], { issues });
    }
    top = parsed.data;
  }
  if (top.register !== register.id) {
    throw new TaskRegisterError('invalid-progress', 'progressOtherRegister', [top.register, register.id]);
  }
  const ignored: RegisterIssue[] = [];
  const latest = today.toISOString().slice(0, 10);
  const unitIds = new Set(register.units.map((unit) => unit.id));
  /** Whether a report's date and unit can be kept; if not, says why in `ignored`. */
  const checkCommon = (list: string, i: number, date: string, reportedBy: string | undefined): boolean => {
    if (!isCalendarDate(date)) ignored.push(registerIssue(`${list}[${i}].date`, 'progressBadDate', date));
    else if (date > latest) ignored.push(registerIssue(`${list}[${i}].date`, 'progressFutureDate', date));
    else if (reportedBy !== undefined && !unitIds.has(reportedBy)) {
      ignored.push(registerIssue(`${list}[${i}].reportedBy`, 'progressUnknownUnit', reportedBy));
    } else return true;
    return false;
  };

  const registerTasks = register.tasks;
  const findTask = taskFinder(register);
  /** Each task's place for the duplicate check: the index of the last task with its id (ids are unique in a checked register). */
  const slotOfId = new Map(registerTasks.map((task, i) => [task.id, i]));
  /** By slot: the latest date kept, the reports kept (file order) and, once a report came out of date order, the dates kept. */
  const latestKept: (string | undefined)[] = new Array(registerTasks.length);
  const keptOf: TaskReport[][] = [];
  const datesOf: (Set<string> | undefined)[] = [];
  const tasks: TaskReport[] = [];
  const taskSchema = built().TaskReportSchema;
  const rawTasks = top.tasks;
  for (let i = 0; i < rawTasks.length; i++) {
    const raw = rawTasks[i];
    const quick = isQuickTaskReport(raw) ? raw : undefined;
    let report: TaskReportInput | QuickTaskReport | undefined = quick;
    if (!report) {
      const parsed = taskSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        ignored.push(registerIssue([`tasks[${i}]`, ...issue.path.map(String)].join('.'), 'progressBadReport', issue.message));
        continue;
      }
      report = parsed.data;
    }
    const at = findTask(report.task);
    if (at < 0) {
      ignored.push(registerIssue(`tasks[${i}].task`, at === ambiguous ? 'progressAmbiguousTask' : 'progressUnknownTask', report.task));
      continue;
    }
    const task = registerTasks[at]!;
    const { date, percent } = report;
    if (percent !== undefined && !(percent >= 0 && percent <= 100)) {
      ignored.push(registerIssue(`tasks[${i}].percent`, 'progressPercent', percent));
      continue;
    }
    if (!checkCommon('tasks', i, date, report.reportedBy)) continue;
    // A date later than every date kept for the task cannot repeat one; any other is looked up.
    const slot = slotOfId.get(task.id)!;
    const last = latestKept[slot];
    if (last === undefined || date > last) latestKept[slot] = date;
    else {
      let dates = datesOf[slot];
      if (!dates) datesOf[slot] = dates = new Set(keptOf[slot]!.map((kept) => kept.date));
      if (dates.has(date)) {
        ignored.push(registerIssue(`tasks[${i}]`, 'progressDuplicate', task.number, date));
        continue;
      }
    }
    datesOf[slot]?.add(date);
    // The report's own fields in their order, the task's id in place of the name, then its number.
    let kept: TaskReport;
    if (quick) kept = keptQuickReport(quick, task.id, task.number);
    else {
      const parsed = report as TaskReportInput;
      parsed.task = task.id;
      // A report the schema returned may hold objects (`extra`): those are frozen too.
      kept = deepFreeze(Object.assign(parsed, { number: task.number }) as TaskReport);
    }
    const list = keptOf[slot];
    if (list) list.push(kept);
    else keptOf[slot] = [kept];
    tasks.push(kept);
  }

  const indicatorIds = new Set(register.indicators.map((indicator) => indicator.id));
  const indicators: IndicatorReport[] = [];
  const seenIndicators = new Map<string, Set<string>>();
  const indicatorSchema = built().IndicatorReportSchema;
  const rawIndicators = top.indicators ?? [];
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
    if (!indicatorIds.has(report.indicator)) {
      ignored.push(registerIssue(`indicators[${i}].indicator`, 'progressUnknownIndicator', report.indicator));
      continue;
    }
    if (!checkCommon('indicators', i, report.date, report.reportedBy)) continue;
    let dates = seenIndicators.get(report.indicator);
    if (!dates) seenIndicators.set(report.indicator, (dates = new Set()));
    if (dates.has(report.date)) {
      ignored.push(registerIssue(`indicators[${i}]`, 'progressDuplicate', report.indicator, report.date));
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
