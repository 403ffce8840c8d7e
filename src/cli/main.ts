/**
 * `task-register`: import a document into a version-2 register, validate, export, migrate.
 * Exit codes: 0 ok, 1 invalid input, 2 usage. Messages in zh-CN (default) or en (`--lang en`);
 * never a stack trace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { TaskRegisterError, type RegisterIssue } from '../data/errors.js';
import { isRegisterV1, parseRegisterV2, reviewIssues, type RegisterV2 } from '../data/schema-v2.js';
import { render } from '../i18n/import-errors.js';
// Messages of loading and validation problems join the catalog.
import '../i18n/validation-errors.js';
import type { Lang } from '../i18n/lang.js';
import { exportRows, importBlocks, toCsv, toMarkdown, type ExportRows } from '../import/index.js';
import { cliMessages, type CliMessages } from './messages.js';
import { readBlocks } from './readers.js';
import { isProgressFile, runProgress, validateProgress, type ProgressContext } from './progress.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

class UsageError extends Error {}
/** Invalid input whose message is already written. */
class InputError extends Error {}

const options = {
  output: { type: 'string', short: 'o' },
  id: { type: 'string' },
  title: { type: 'string' },
  'plan-year': { type: 'string' },
  lang: { type: 'string' },
  strict: { type: 'boolean' },
  format: { type: 'string' },
  register: { type: 'string' },
  merge: { type: 'string' },
  replace: { type: 'boolean' },
  force: { type: 'boolean' },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** An ASCII id from a file name: `lishan-2023.txt` → `lishan-2023`; `register` when nothing is left. */
export function idFromFile(file: string): string {
  const slug = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'register';
}

async function readJson(file: string, m: CliMessages, io: Io): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new TaskRegisterError('import', 'importCannotRead', [file, (error as NodeJS.ErrnoException).code ?? String(error)]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    io.err(`${m.notJson(file, (error as Error).message)}\n`);
    throw new InputError();
  }
}

/** The document number of the task a JSON path is about, read from the raw input. */
function taskNumberAt(json: unknown, path: string): string | undefined {
  const data = json as { tasks?: { number?: unknown; id?: unknown }[]; indicators?: { task?: unknown }[] } | null;
  const task = /^tasks\[(\d+)\]/.exec(path);
  if (task) {
    const number = data?.tasks?.[Number(task[1])]?.number;
    return number === undefined ? undefined : String(number);
  }
  const indicator = /^indicators\[(\d+)\]/.exec(path);
  if (indicator) {
    const ref = data?.indicators?.[Number(indicator[1])]?.task;
    const found = data?.tasks?.find((t) => t.id === ref || t.number === ref || `t${String(t.number)}` === ref);
    return found?.number === undefined ? (ref === undefined ? undefined : String(ref)) : String(found.number);
  }
  return undefined;
}

function printIssues(issues: readonly RegisterIssue[], json: unknown, lang: Lang, m: CliMessages, io: Io) {
  for (const issue of issues) {
    const number = taskNumberAt(json, issue.path);
    const task = number === undefined ? '' : lang === 'en' ? ` (${m.taskOf(number)})` : `（${m.taskOf(number)}）`;
    io.err(`  ${issue.path}${task}${m.sep}${render(lang, issue.key, issue.params)}\n`);
  }
}

async function loadRegister(file: string, lang: Lang, m: CliMessages, io: Io): Promise<{ json: unknown; register: RegisterV2 }> {
  const json = await readJson(file, m, io);
  try {
    return { json, register: parseRegisterV2(json) };
  } catch (error) {
    if (error instanceof TaskRegisterError && error.code === 'invalid-register') {
      io.err(`${m.invalid(file, error.issues.length)}\n`);
      printIssues(error.issues, json, lang, m, io);
      throw new InputError();
    }
    throw error;
  }
}

async function writeOut(output: string | undefined, content: string | Uint8Array, m: CliMessages, io: Io) {
  if (output === undefined) {
    io.out(typeof content === 'string' ? content : Buffer.from(content).toString('binary'));
    return;
  }
  await writeFile(output, content);
  io.err(`${m.wrote(output)}\n`);
}

const registerJson = (register: RegisterV2) => `${JSON.stringify(register, null, 2)}\n`;

/** An xlsx workbook of the export table: the title above a header row, wrapped text, the header frozen. */
export async function toXlsx(table: ExportRows): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('分工方案');
  for (const line of table.preamble) sheet.addRow([line]).font = { bold: true };
  const header = sheet.addRow([...table.header]);
  header.font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  sheet.views = [{ state: 'frozen', ySplit: table.preamble.length + 1 }];
  table.header.forEach((word, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = word === '工作内容' ? 60 : i === 0 ? 8 : 24;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function run(argv: readonly string[], lang: Lang, m: CliMessages, io: Io, context: { file?: string }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, file, ...rest] = positionals;
  if (values.help || command === 'help' || command === undefined) {
    io.out(m.help);
    return command === undefined && !values.help ? 2 : 0;
  }
  const progress: ProgressContext = {
    lang,
    m,
    io,
    values,
    readJson: (path) => readJson(path, m, io),
    loadRegister: async (path) => (await loadRegister(path, lang, m, io)).register,
    usage: (message) => {
      throw new UsageError(message);
    },
  };
  if (command === 'progress') {
    if (rest[0] !== undefined) context.file = rest[0];
    return runProgress(file, rest, progress);
  }
  if (!['import', 'validate', 'export', 'migrate'].includes(command)) throw new UsageError(m.unknownCommand(command));
  if (file === undefined) throw new UsageError(m.missingFile);
  context.file = file;
  if (rest.length) throw new UsageError(m.badOption(rest.join(' ')));

  switch (command) {
    case 'import': {
      let planYear: number | undefined;
      if (values['plan-year'] !== undefined) {
        planYear = Number(values['plan-year']);
        if (!/^\d{4}$/.test(values['plan-year'])) throw new UsageError(m.badOption(`--plan-year ${values['plan-year']}`));
      }
      const id = values.id ?? idFromFile(file);
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new UsageError(m.badOption(`--id ${id}`));
      const blocks = await readBlocks(file);
      const { register, report } = importBlocks(blocks, {
        id,
        ...(values.title !== undefined ? { title: values.title } : {}),
        fallbackTitle: basename(file, extname(file)),
        ...(planYear !== undefined ? { planYear } : {}),
      });
      io.err(`${m.summary(file, report.layout, report.summary, register.roles)}\n`);
      if (report.warnings.length) {
        io.err(`${m.warnings(report.warnings.length)}\n`);
        for (const w of report.warnings) io.err(`  ${w.at ? `${m.place(w.at)}${m.sep}` : ''}${render(lang, w.problem.key, w.problem.params)}\n`);
      }
      if (report.unplaced.length) {
        io.err(`${m.unplaced(report.unplaced.length)}\n`);
        for (const u of report.unplaced) {
          io.err(`  ${m.place(u.at)}${m.sep}${render(lang, u.problem.key, u.problem.params)}${m.sep}${JSON.stringify(u.text)}\n`);
        }
      }
      await writeOut(values.output, registerJson(register), m, io);
      return 0;
    }
    case 'validate': {
      const json = await readJson(file, m, io);
      if (isProgressFile(json)) return validateProgress(file, json, progress);
      const { register } = await loadRegister(file, lang, m, io);
      const review = values.strict ? reviewIssues(register) : [];
      if (review.length) {
        io.err(`${m.strictCandidates(review.length)}\n`);
        printIssues(review, register, lang, m, io);
        return 1;
      }
      io.out(`${m.valid(file, register.tasks.length, register.indicators.filter((i) => i.review).length)}\n`);
      return 0;
    }
    case 'export': {
      const format = values.format ?? '';
      if (!['csv', 'xlsx', 'md'].includes(format)) throw new UsageError(m.badFormat(format));
      if (format === 'xlsx' && values.output === undefined) throw new UsageError(m.xlsxNeedsOutput);
      const { register } = await loadRegister(file, lang, m, io);
      const table = exportRows(register);
      const content = format === 'csv' ? toCsv(table) : format === 'md' ? toMarkdown(table) : await toXlsx(table);
      await writeOut(values.output, content, m, io);
      return 0;
    }
    default: {
      const json = await readJson(file, m, io);
      const wasV1 = isRegisterV1(json);
      const { register } = await loadRegister(file, lang, m, io);
      io.err(`${wasV1 ? m.migrated(register.tasks.length) : m.alreadyV2(file)}\n`);
      await writeOut(values.output, registerJson(register), m, io);
      return 0;
    }
  }
}

/** Runs the command; resolves to its exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langValue = langAt < 0 ? undefined : argv[langAt]!.includes('=') ? argv[langAt]!.split('=')[1] : argv[langAt + 1];
  const lang: Lang = langValue?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  const m = cliMessages[lang];
  const context: { file?: string } = {};
  try {
    return await run(argv, lang, m, io, context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${m.usage(error.message)}\n`);
      return 2;
    }
    if (error instanceof InputError) return 1;
    if (error instanceof TaskRegisterError) {
      const { file } = context;
      const named = file !== undefined && !['importCannotRead', 'importUnknownFormat'].includes(error.key);
      io.err(`${named ? `${file}${m.sep}` : ''}${render(lang, error.key, error.params)}\n`);
      if (error.issues.length) printIssues(error.issues, undefined, lang, m, io);
      return 1;
    }
    io.err(`${m.internal(error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}
