/**
 * `task-register progress template|import` and `task-register validate` of a progress file: the
 * fill-in workflow of the progress contract (src/data/progress.ts). Exit codes as the rest of the
 * command: 0 ok, 1 invalid input (a row refused, a file for another register…), 2 usage.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { TaskRegisterError, type RegisterIssue } from '../data/errors.js';
import { parseProgress, reportStatuses, type ReportStatus } from '../data/progress.js';
import type { RegisterV2, TaskV2 } from '../data/schema-v2.js';
import { render } from '../i18n/import-errors.js';
import type { Lang } from '../i18n/lang.js';
import type { CliMessages } from './messages.js';
import { importForm, readForm, type ImportedIndicator, type ImportedTask, type Place, type RefusedRow } from './progress-import.js';
import { progressMessages } from './progress-messages.js';
import { progressTemplate } from './progress-template.js';

/** What `main` lends the progress commands: its options, output, readers and ways to stop. */
export interface ProgressContext {
  readonly lang: Lang;
  readonly m: CliMessages;
  readonly io: { readonly out: (text: string) => void; readonly err: (text: string) => void };
  readonly values: {
    readonly output?: string | undefined;
    readonly register?: string | undefined;
    readonly merge?: string | undefined;
    readonly replace?: boolean | undefined;
    readonly force?: boolean | undefined;
    readonly 'as-of'?: string | undefined;
  };
  readonly readJson: (file: string) => Promise<unknown>;
  readonly loadRegister: (file: string) => Promise<RegisterV2>;
  /** Throws the usage error (exit 2). */
  readonly usage: (message: string) => never;
}

/** Whether JSON is a progress file rather than a register: `schemaVersion: 1`, a `register` and `tasks`. */
export function isProgressFile(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const data = json as { schemaVersion?: unknown; register?: unknown; tasks?: unknown };
  return data.schemaVersion === 1 && typeof data.register === 'string' && Array.isArray(data.tasks);
}

/** The day reports are checked against: `--as-of`, else today (UTC). */
function asOfOf(ctx: ProgressContext): { date: Date; iso: string } {
  const given = ctx.values['as-of'];
  if (given === undefined) {
    const iso = new Date().toISOString().slice(0, 10);
    return { date: new Date(`${iso}T00:00:00Z`), iso };
  }
  const date = new Date(`${given}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== given) {
    ctx.usage(progressMessages[ctx.lang].badAsOf(given));
  }
  return { date, iso: given };
}

async function registerOf(ctx: ProgressContext): Promise<RegisterV2> {
  if (ctx.values.register === undefined) ctx.usage(progressMessages[ctx.lang].needsRegister);
  return ctx.loadRegister(ctx.values.register);
}

/** `progress template` and `progress import`. */
export async function runProgress(sub: string | undefined, args: readonly string[], ctx: ProgressContext): Promise<number> {
  const p = progressMessages[ctx.lang];
  if (sub !== 'template' && sub !== 'import') ctx.usage(sub === undefined ? ctx.m.missingFile : p.unknownSubcommand(sub));
  const [file, ...rest] = args;
  if (file === undefined) ctx.usage(ctx.m.missingFile);
  if (rest.length) ctx.usage(ctx.m.badOption(rest.join(' ')));
  return sub === 'template' ? template(file, ctx) : importProgress(file, ctx);
}

async function template(file: string, ctx: ProgressContext): Promise<number> {
  const p = progressMessages[ctx.lang];
  const register = await ctx.loadRegister(file);
  const output = ctx.values.output ?? (ctx.lang === 'en' ? 'progress-form.xlsx' : '填报表.xlsx');
  if (ctx.values.output === undefined && existsSync(output)) {
    ctx.io.err(`${p.templateExists(output)}\n`);
    return 1;
  }
  await writeFile(output, await progressTemplate(register, ctx.lang));
  ctx.io.err(`${p.templateWrote(output, register.tasks.length, register.indicators.length)}\n`);
  return 0;
}

/** The task a report in a progress file names: its number as written when unique, else its id. */
function taskResolver(register: RegisterV2): (ref: unknown) => TaskV2 | undefined {
  const byNumber = new Map<string, TaskV2[]>();
  for (const task of register.tasks) byNumber.set(task.number, [...(byNumber.get(task.number) ?? []), task]);
  const byId = new Map(register.tasks.map((task) => [task.id, task]));
  return (ref) => {
    if (typeof ref !== 'string') return undefined;
    const found = byNumber.get(ref.trim());
    return found?.length === 1 ? found[0] : byId.get(ref.trim());
  };
}

/** A report's content, the same however its fields are ordered or its task is named. */
function canonical(report: Record<string, unknown>, subject: string): string {
  const { task: _task, indicator: _indicator, ...rest } = report;
  return JSON.stringify([subject, ...Object.keys(rest).sort().map((key) => [key, rest[key]])]);
}

interface Entry {
  report: Record<string, unknown>;
  readonly key: string | undefined;
}

/**
 * Earlier reports kept, new ones added: the same subject and date with the same content is kept
 * once; with different content the new one is refused (naming the earlier one's path) unless
 * `replace`, when it takes the earlier one's place.
 */
function mergeInto(
  earlier: readonly unknown[],
  incoming: readonly { report: Record<string, unknown>; subject: string; at: Place }[],
  subjectOf: (report: Record<string, unknown>) => string | undefined,
  path: string,
  file: string,
  replace: boolean,
  counts: { added: number; same: number; replaced: number },
  refused: RefusedRow[],
): Record<string, unknown>[] {
  const entries: Entry[] = earlier.map((raw) => {
    const report = (raw ?? {}) as Record<string, unknown>;
    const subject = typeof report === 'object' ? subjectOf(report) : undefined;
    return { report, key: subject && typeof report.date === 'string' ? `${subject}|${report.date}` : undefined };
  });
  const byKey = new Map<string, number>();
  entries.forEach((entry, i) => entry.key && !byKey.has(entry.key) && byKey.set(entry.key, i));
  for (const { report, subject, at } of incoming) {
    const key = `${subject}|${String(report.date)}`;
    const i = byKey.get(key);
    if (i === undefined) {
      counts.added++;
      byKey.set(key, entries.push({ report, key }) - 1);
      continue;
    }
    const before = entries[i]!.report;
    if (canonical(before, subjectOf(before) ?? '') === canonical(report, subject)) counts.same++;
    else if (replace) {
      counts.replaced++;
      entries[i]!.report = report;
    } else {
      refused.push({
        table: at.table,
        kind: at.kind,
        row: at.row,
        column: '',
        columnKey: 'date',
        text: String(report.date),
        why: { key: 'conflictExisting', path: `${path}[${i}]`, file },
      });
    }
  }
  const dateOf = (report: Record<string, unknown>) => (typeof report.date === 'string' ? report.date : '');
  return entries.map((entry) => entry.report).sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
}

async function importProgress(file: string, ctx: ProgressContext): Promise<number> {
  const { lang, io, values } = ctx;
  const p = progressMessages[lang];
  const asOf = asOfOf(ctx);
  const register = await registerOf(ctx);
  const form = await readForm(file);
  if (form.registerId !== undefined && form.registerId !== register.id) {
    io.err(`${p.otherRegister(file, form.registerId, register.id)}\n`);
    return 1;
  }
  const imported = importForm(form, register, { today: asOf.iso });
  if (imported.unread.length) io.err(`${p.unread(imported.unread)}\n`);
  if (!imported.read) {
    io.err(`${p.noTable(file)}\n`);
    return 1;
  }
  const refused = [...imported.refused];
  const order = new Map(register.tasks.map((task, i) => [task.id, i]));
  const indicatorOrder = new Map(register.indicators.map((indicator, i) => [indicator.id, i]));
  const byDateThen = <T extends { report: { date: string } }>(rank: (item: T) => number) => (a: T, b: T) =>
    a.report.date < b.report.date ? -1 : a.report.date > b.report.date ? 1 : rank(a) - rank(b);
  const newTasks = [...imported.tasks].sort(byDateThen<ImportedTask>((item) => order.get(item.taskId) ?? 0));
  const newIndicators = [...imported.indicators].sort(byDateThen<ImportedIndicator>((item) => indicatorOrder.get(item.report.indicator) ?? 0));

  let tasks: unknown[] = newTasks.map((item) => item.report);
  let indicators: unknown[] = newIndicators.map((item) => item.report);
  let extra: Record<string, unknown> | undefined;
  let mergeLine: string | undefined;
  if (values.merge !== undefined) {
    const mergeFile = values.merge;
    const json = await ctx.readJson(mergeFile);
    let ignored: readonly RegisterIssue[] = [];
    try {
      ignored = parseProgress(json, register, asOf.date).ignored;
    } catch (error) {
      if (!(error instanceof TaskRegisterError) || error.code !== 'invalid-progress') throw error;
      // A file whose every report is unusable is still kept, report by report; any other fault stops here.
      if (!(error.key === 'progressInvalid' && isProgressFile(json))) {
        io.err(`${mergeFile}${ctx.m.sep}${render(lang, error.key, error.params)}\n`);
        printProgressIssues(error.issues, json, ctx);
        return 1;
      }
      ignored = error.issues;
    }
    const data = json as { tasks: unknown[]; indicators?: unknown[]; extra?: Record<string, unknown> };
    extra = data.extra;
    if (ignored.length) io.err(`${p.earlierIgnored(mergeFile, ignored.length)}\n`);
    const findTask = taskResolver(register);
    const counts = { added: 0, same: 0, replaced: 0 };
    const name = basename(mergeFile);
    tasks = mergeInto(
      data.tasks,
      newTasks.map((item) => ({ report: { ...item.report }, subject: item.taskId, at: item.at })),
      (report) => findTask(report.task)?.id,
      'tasks',
      name,
      values.replace === true,
      counts,
      refused,
    );
    const indicatorIds = new Set(register.indicators.map((indicator) => indicator.id));
    indicators = mergeInto(
      data.indicators ?? [],
      newIndicators.map((item) => ({ report: { ...item.report }, subject: item.report.indicator, at: item.at })),
      (report) => (typeof report.indicator === 'string' && indicatorIds.has(report.indicator) ? report.indicator : undefined),
      'indicators',
      name,
      values.replace === true,
      counts,
      refused,
    );
    mergeLine = p.merged(mergeFile, { earlier: data.tasks.length + (data.indicators?.length ?? 0) - counts.replaced, ...counts });
  }

  const byStatus = Object.fromEntries(reportStatuses.map((s) => [s, 0])) as Record<ReportStatus, number>;
  for (const item of imported.tasks) byStatus[item.report.status]++;
  io.err(`${p.counts(file, { byStatus, indicators: imported.indicators.length, unfilled: imported.unfilled, repeated: imported.repeated })}\n`);
  if (mergeLine) io.err(`${mergeLine}\n`);
  if (refused.length) {
    io.err(`${p.refusedRows(file, refused.length)}\n`);
    for (const row of refused) io.err(`  ${p.refusal(row)}\n`);
    if (!values.force) {
      io.err(`${p.notWritten}\n`);
      return 1;
    }
  }
  const progress = { schemaVersion: 1, register: register.id, tasks, indicators, ...(extra ? { extra } : {}) };
  const text = `${JSON.stringify(progress, null, 2)}\n`;
  if (values.output === undefined) io.out(text);
  else {
    await writeFile(values.output, text);
    io.err(`${ctx.m.wrote(values.output)}\n`);
  }
  if (refused.length) {
    io.err(`${p.forced}\n`);
    return 1;
  }
  return 0;
}

/** Each issue with its path and the task (or indicator) it is about, as the raw file names it. */
function printProgressIssues(issues: readonly RegisterIssue[], json: unknown, ctx: ProgressContext) {
  const data = json as { tasks?: { task?: unknown }[]; indicators?: { indicator?: unknown }[] } | null;
  for (const issue of issues) {
    const task = /^tasks\[(\d+)\]/.exec(issue.path);
    const indicator = /^indicators\[(\d+)\]/.exec(issue.path);
    const ref = task ? data?.tasks?.[Number(task[1])]?.task : indicator ? data?.indicators?.[Number(indicator[1])]?.indicator : undefined;
    const about = typeof ref === 'string' ? (task ? ctx.m.taskOf(ref) : ref) : '';
    const aside = about ? (ctx.lang === 'en' ? ` (${about})` : `（${about}）`) : '';
    ctx.io.err(`  ${issue.path}${aside}${ctx.m.sep}${render(ctx.lang, issue.key, issue.params)}\n`);
  }
}

/** `validate` of a progress file: every ignored report with its path and why; exit 1 if any. */
export async function validateProgress(file: string, json: unknown, ctx: ProgressContext): Promise<number> {
  const p = progressMessages[ctx.lang];
  const asOf = asOfOf(ctx);
  const register = await registerOf(ctx);
  let parsed;
  try {
    parsed = parseProgress(json, register, asOf.date);
  } catch (error) {
    if (!(error instanceof TaskRegisterError) || error.code !== 'invalid-progress') throw error;
    ctx.io.err(`${file}${ctx.m.sep}${render(ctx.lang, error.key, error.params)}\n`);
    printProgressIssues(error.issues, json, ctx);
    return 1;
  }
  if (parsed.ignored.length) {
    ctx.io.err(`${p.progressIgnored(file, parsed.ignored.length)}\n`);
    printProgressIssues(parsed.ignored, json, ctx);
    return 1;
  }
  ctx.io.out(`${p.progressValid(file, parsed.progress.tasks.length, parsed.progress.indicators.length, asOf.iso)}\n`);
  return 0;
}
