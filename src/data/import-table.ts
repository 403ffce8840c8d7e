/**
 * The importer: reads a task division table (重点任务分工方案) as published, plain text with one
 * cell per line, into a register. Pure TypeScript: no DOM, no Node APIs.
 *
 * The format: a title line (《…》), a subtitle line, a header of five tab-led cells
 * (序号 工作内容 牵头单位 参与单位 完成期限), then one record per task separated by blank lines. Each
 * cell starts with a tab; an empty cell is a lone tab; a line without a leading tab continues
 * the cell above it.
 */
import { problem, registerIssue, TaskRegisterError, type Problem } from './errors.js';
import { parseRegisterV1 as parseRegister } from './parse.js';
import type { Comparator, IndicatorInput, Measure, Register, RegisterInput, TaskInput, UnitInput, UnitKind } from './schema.js';

export const cellNames = ['序号', '工作内容', '牵头单位', '参与单位', '完成期限'] as const;
type CellIndex = 0 | 1 | 2 | 3 | 4;

/** One record as written: five cells, a continuation line joined with `\n`. */
export interface TableRecord {
  /** 1-based position of the record in the table. */
  readonly position: number;
  readonly cells: readonly [string, string, string, string, string];
}

export interface Table {
  readonly title: string;
  readonly subtitle: string;
  readonly records: readonly TableRecord[];
}

/** What the document does not say in machine-readable form: unit ids, translations, targets. */
export interface Annotations {
  readonly id: string;
  readonly titleEn?: string;
  readonly subtitleEn?: string;
  readonly units: readonly { name: string; id: string; nameEn: string; kind: UnitKind }[];
  readonly indicators: readonly AnnotatedIndicator[];
  /** Figures in task texts that are not targets (e.g. “1+X”), each as a quote of its task. */
  readonly notTargets: readonly { task: number; quote: string }[];
}

export type AnnotatedIndicator = {
  id: string;
  task: number;
  label: string;
  labelEn: string;
  measure: Measure;
  nounEn?: string;
  quote: string;
} & ({ comparator: Exclude<Comparator, 'range'>; target: number } | { comparator: 'range'; min: number; max: number });

/** Stops the import: where (record and cell, when known), the text at fault, and the problem. */
function fail(record: number | null, cell: CellIndex | null, text: string, what: Problem): never {
  const where = [record === null ? '' : `record[${record}]`, cell === null ? '' : cellNames[cell]].filter(Boolean).join('.');
  const issue = registerIssue(where || '(table)', 'importAt', record ?? 0, cell ?? -1, text, what);
  throw new TaskRegisterError('import', issue.key, issue.params, { issues: [issue] });
}

/** Splits the table text into title, subtitle and records of five cells. */
export function parseTable(source: string): Table {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const skipBlank = () => {
    while (i < lines.length && lines[i]!.trim() === '') i++;
  };
  skipBlank();
  const titleLine = lines[i++] ?? '';
  if (!titleLine.trim() || titleLine.startsWith('\t')) fail(null, null, titleLine, problem('importNoTitle'));
  const title = titleLine.trim().replace(/^《(.*)》$/, '$1');
  skipBlank();
  const subtitleLine = lines[i++] ?? '';
  if (!subtitleLine.trim() || subtitleLine.startsWith('\t')) {
    fail(null, null, subtitleLine, problem('importNoSubtitle'));
  }

  // Blocks of consecutive non-blank lines: the header, then one per record.
  const blocks: string[][] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' && line !== '\t') {
      if (blocks.length && blocks[blocks.length - 1]!.length) blocks.push([]);
      continue;
    }
    if (!blocks.length) blocks.push([]);
    blocks[blocks.length - 1]!.push(line);
  }
  if (blocks.length && !blocks[blocks.length - 1]!.length) blocks.pop();

  const toCells = (block: string[], position: number | null): string[] => {
    const cells: string[] = [];
    for (const line of block) {
      if (line.startsWith('\t')) cells.push(line.slice(1));
      else if (cells.length) cells[cells.length - 1] += `\n${line}`;
      else fail(position, null, line, problem('importNoTab'));
    }
    return cells;
  };

  const header = toCells(blocks[0] ?? [], null);
  if (header.join('|') !== cellNames.join('|')) {
    fail(null, null, header.join(' '), problem('importHeader', cellNames.join(' ')));
  }
  const records = blocks.slice(1).map((block, index): TableRecord => {
    const cells = toCells(block, index + 1);
    if (cells.length !== 5) {
      fail(index + 1, null, block.join(' / '), problem('importCellCount', cells.length));
    }
    return { position: index + 1, cells: cells as unknown as TableRecord['cells'] };
  });
  return { title, subtitle: subtitleLine.trim(), records };
}

/** Suffixes a list shares: `温州市、台州市政府` is 温州市政府 and 台州市政府. */
const sharedSuffixes = ['人民政府', '政府'];

/** The unit names in one cell: split on 、 and line breaks, shared suffix distributed. */
export function splitUnits(cell: string): string[] {
  const parts = cell
    .split(/[、\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const last = parts[parts.length - 1];
  const suffix = last && sharedSuffixes.find((s) => last.endsWith(s) && last.length > s.length);
  if (!suffix) return parts;
  // Only place names (ending 省/市/县/区) with no suffix of their own take the shared one.
  return parts.map((part) => (/[省市县区]$/.test(part) ? part + suffix : part));
}

/** `2025年` and `2025` are the year 2025; `年度常规工作` is annual recurring work; else null. */
export function parseDeadline(cell: string): TaskInput['deadline'] | null {
  const text = cell.trim();
  const year = /^(\d{4})\s*年?$/.exec(text);
  if (year) return { kind: 'year', year: Number(year[1]), text: cell };
  if (text === '年度常规工作') return { kind: 'annual', text: cell };
  return null;
}

/** The comparator a quote states: 以上/不低于 → atLeast, 左右 → about, 最高 → atMost, a–b → range. */
export function comparatorOfQuote(quote: string): Comparator {
  if (/\d\s*[%％]?\s*[-－—~～至]\s*\d/.test(quote)) return 'range';
  if (/以上|不低于|不少于/.test(quote)) return 'atLeast';
  if (/左右/.test(quote)) return 'about';
  if (/最高|不超过|以下|至多|以内/.test(quote)) return 'atMost';
  return 'exactly';
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const measurePattern: Record<Measure, string> = {
  所: '所',
  个: '个',
  家: '家',
  门: '门',
  '%': '[%％]',
  倍: '倍',
  万元: '万元',
  ratio: '[：:]\\s*1(?!\\d)',
};

/** Whether `quote` writes `value` followed by its unit of measure. */
function quoteStates(quote: string, value: number, measure: Measure): boolean {
  return new RegExp(`(?<![\\d.])${escapeRegExp(String(value))}\\s*${measurePattern[measure]}`).test(quote);
}

/** Digit runs in a text that are not years (2025年). */
function figuresOf(text: string): { index: number; figure: string }[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)]
    .filter((m) => !/^(19|20)\d\d$/.test(m[0]) || !text.startsWith('年', m.index + m[0].length))
    .map((m) => ({ index: m.index, figure: m[0] }));
}

/** Builds and validates a register from a table and its annotations. */
export function buildRegister(table: Table, annotations: Annotations): Register {
  const unitByName = new Map(annotations.units.map((u) => [u.name, u]));
  const units: UnitInput[] = [];
  const unitIdOf = (record: number, cell: CellIndex, name: string): string => {
    const known = unitByName.get(name);
    if (!known) {
      fail(record, cell, name, problem('importUnitNotAnnotated'));
    }
    if (!units.some((u) => u.id === known.id)) units.push({ id: known.id, name: known.name, nameEn: known.nameEn, kind: known.kind });
    return known.id;
  };

  const tasks: TaskInput[] = table.records.map((record) => {
    const [numberCell, content, leadCell, participantCell, deadlineCell] = record.cells;
    const at = record.position;
    if (!/^\d+$/.test(numberCell.trim())) fail(at, 0, numberCell, problem('importNumberNotInteger'));
    const number = Number(numberCell.trim());
    if (number !== at) fail(at, 0, numberCell, problem('importNumberExpected', at));
    if (!content.trim()) fail(at, 1, content, problem('importContentEmpty'));
    const leadNames = splitUnits(leadCell);
    if (!leadNames.length) fail(at, 2, leadCell, problem('importNoLead'));
    const leadUnitIds = leadNames.map((name) => unitIdOf(at, 2, name));
    const participantUnitIds = splitUnits(participantCell).map((name) => unitIdOf(at, 3, name));
    const both = participantUnitIds.find((id) => leadUnitIds.includes(id));
    if (both) fail(at, 3, participantCell, problem('importLeadAndParticipant'));
    const deadline = parseDeadline(deadlineCell);
    if (!deadline) {
      fail(at, 4, deadlineCell, problem('importDeadline'));
    }
    const written = {
      ...(leadCell === leadNames.join('、') ? {} : { lead: leadCell }),
      ...(participantCell === splitUnits(participantCell).join('、') ? {} : { participants: participantCell }),
    };
    return {
      number,
      content,
      leadUnitIds,
      participantUnitIds,
      deadline,
      indicatorIds: [],
      ...(Object.keys(written).length ? { written } : {}),
    };
  });

  const indicators: IndicatorInput[] = annotations.indicators.map((a) => {
    const task = tasks[a.task - 1];
    if (!task) fail(a.task, null, a.quote, problem('importIndicatorNoTask', a.id));
    const quoteAt = task.content.indexOf(a.quote);
    if (quoteAt < 0) fail(a.task, 1, a.quote, problem('importQuoteNotInTask', a.id));
    const stated = comparatorOfQuote(a.quote);
    if (stated !== a.comparator) {
      fail(a.task, 1, a.quote, problem('importComparator', a.id, stated, a.comparator));
    }
    const numbersOk =
      a.comparator === 'range'
        ? quoteStates(a.quote, a.max, a.measure) && new RegExp(`(?<![\\d.])${escapeRegExp(String(a.min))}(?![\\d.])`).test(a.quote)
        : quoteStates(a.quote, a.target, a.measure);
    if (!numbersOk) {
      fail(a.task, 1, a.quote, problem('importValueDiffers', a.id));
    }
    const byYear = [...task.content.slice(0, quoteAt).matchAll(/到(\d{4})年/g)].pop();
    const dueYear = byYear ? Number(byYear[1]) : task.deadline.kind === 'year' ? task.deadline.year : null;
    if (dueYear === null) fail(a.task, 4, task.deadline.text, problem('importNoDueYear', a.id));
    task.indicatorIds.push(a.id);
    const common = { id: a.id, task: a.task, label: a.label, labelEn: a.labelEn, measure: a.measure, dueYear, quote: a.quote };
    const withNoun = a.nounEn ? { ...common, nounEn: a.nounEn } : common;
    return a.comparator === 'range'
      ? { ...withNoun, comparator: 'range', min: a.min, max: a.max }
      : { ...withNoun, comparator: a.comparator, target: a.target };
  });

  // Every figure in every task text is either part of a target's quote or declared not a target.
  for (const task of tasks) {
    const covered = [...annotations.indicators, ...annotations.notTargets]
      .filter((a) => a.task === task.number)
      .map((a) => {
        const start = task.content.indexOf(a.quote);
        return [start, start + a.quote.length] as const;
      });
    for (const { index, figure } of figuresOf(task.content)) {
      if (!covered.some(([start, end]) => index >= start && index < end)) {
        fail(task.number, 1, figure, problem('importStrayFigure'));
      }
    }
  }

  const register: RegisterInput = {
    id: annotations.id,
    title: table.title,
    ...(annotations.titleEn ? { titleEn: annotations.titleEn } : {}),
    subtitle: table.subtitle,
    ...(annotations.subtitleEn ? { subtitleEn: annotations.subtitleEn } : {}),
    units,
    tasks,
    indicators,
  };
  return parseRegister(register);
}

/** Imports table text with its annotations: `parseTable` then `buildRegister`. */
export function importTable(source: string, annotations: Annotations): Register {
  return buildRegister(parseTable(source), annotations);
}

/**
 * Writes a register back in the table format. Cells keep the text as written where the register
 * has it (`written`), so an imported table exports to the same text.
 */
export function exportTable(register: Register): string {
  const nameOf = new Map(register.units.map((u) => [u.id, u.name]));
  const cell = (text: string) => `\t${text}`;
  const out = [`《${register.title}》`, '', register.subtitle, ...cellNames.map(cell)];
  for (const task of register.tasks) {
    const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join('、');
    out.push(
      '',
      cell(String(task.number)),
      cell(task.content),
      cell(task.written?.lead ?? names(task.leadUnitIds)),
      cell(task.written?.participants ?? names(task.participantUnitIds)),
      cell(task.deadline.text),
    );
  }
  return `${out.join('\n')}\n`;
}
