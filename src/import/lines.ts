/**
 * Text copied from a web page or Word, in the forms real documents take:
 * - tab-led cells (each cell a line starting with a tab, records separated by blank lines);
 * - tab-separated rows (a table pasted from a spreadsheet);
 * - one cell per line (a table copied as paragraphs): the header gives the columns, the number
 *   pattern finds where each row starts;
 * - a list: "N.任务" followed by 牵头单位：/责任单位： lines, or with the units in brackets at its end.
 */
import { problem } from '../data/errors.js';
import { looksLikeDeadline } from './deadline.js';
import { readTable, type GridRow } from './grid.js';
import { headerField, isUnitField, labelField, recognizeHeader, type Column, type Field } from './headers.js';
import type { CellField, Item, Layout, TaskItem } from './items.js';
import { fold, hasCjk, isNumberCell, numberedText, sectionHeading, squash } from './text.js';
import type { Place } from './types.js';
import { looksLikeUnits } from './units.js';

export interface Line {
  readonly text: string;
  readonly line: number;
}

const place = (line: number, cell?: string): Place => (cell ? { kind: 'line', n: line, cell } : { kind: 'line', n: line });
const blank = (l: Line) => l.text.trim() === '';

/** Tab-led cells: the header block's cells each start with a tab (the bundled Zhejiang table). */
function tabLed(lines: readonly Line[]): Layout | null {
  const first = lines.findIndex((l) => l.text.startsWith('\t'));
  if (first < 0) return null;
  const rows: GridRow[] = [];
  const preamble = lines.slice(0, first).filter((l) => !blank(l));
  let cells: { text: string; spanned: boolean }[] = [];
  let startLine = lines[first]!.line;
  const flush = () => {
    if (cells.length) rows.push({ at: place(startLine), cells });
    cells = [];
  };
  for (const l of lines.slice(first)) {
    if (l.text.trim() === '' && l.text !== '\t') {
      flush();
      continue;
    }
    if (!cells.length) startLine = l.line;
    if (l.text.startsWith('\t')) cells.push({ text: l.text.slice(1), spanned: false });
    else if (cells.length) cells[cells.length - 1] = { text: `${cells[cells.length - 1]!.text}\n${l.text}`, spanned: false };
    else cells.push({ text: l.text, spanned: false });
  }
  flush();
  const layout = readTable(rows, 'tab-cells');
  if (!layout) return null;
  return { ...layout, preamble: [...preamble.map((l) => ({ at: place(l.line), text: l.text.trim() })), ...layout.preamble] };
}

/** Tab-separated rows: a line holds a whole row. */
function tabRows(lines: readonly Line[]): Layout | null {
  const rows: GridRow[] = lines
    .filter((l) => !blank(l))
    .map((l) => ({ at: place(l.line), cells: l.text.split('\t').map((text) => ({ text: text.trim(), spanned: false })) }));
  if (!rows.some((r) => r.cells.length > 1 && recognizeHeader(r.cells.map((c) => c.text)))) return null;
  return readTable(rows, 'tab-rows');
}

/** The header of a cell-per-line copy: consecutive lines each a column word (a word may be broken over two lines). */
function findLineHeader(lines: readonly Line[]): { start: number; end: number; words: string[] } | null {
  const text = lines.map((l) => l.text.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!text[i] || !headerField(text[i]!)) continue;
    const words: string[] = [];
    let j = i;
    while (j < lines.length) {
      if (!text[j]) {
        j++;
        continue;
      }
      if (headerField(text[j]!)) {
        words.push(text[j]!);
        j++;
        continue;
      }
      // 主要 / 任务: a word broken over two lines.
      let k = j + 1;
      while (k < lines.length && !text[k]) k++;
      if (k < lines.length && text[j]!.length <= 4 && headerField(text[j]! + text[k]!)) {
        words.push(text[j]! + text[k]!);
        j = k + 1;
        continue;
      }
      break;
    }
    if (words.length >= 2 && recognizeHeader(words)) return { start: i, end: j, words };
  }
  return null;
}

/** One cell per line: the header gives the columns, the number pattern the row starts. */
function cellPerLine(lines: readonly Line[]): Layout | null {
  const found = findLineHeader(lines);
  if (!found) return null;
  const columns = recognizeHeader(found.words)!;
  const fields = columns.map((c) => c.field);
  const numberAt = fields.indexOf('number');
  const contentAt = fields.indexOf('content');
  const hasGroups = fields.includes('group');
  const firstUnitAt = fields.findIndex((f) => isUnitField(f));
  const timeAts = fields.map((f, i) => (f === 'deadline' || f === 'note' ? i : -1)).filter((i) => i >= 0);
  const items: Item[] = [];

  interface Row {
    at: Place;
    orphan: boolean;
    cells: Map<number, string>;
    next: number;
  }
  let cur: Row | null = null;
  let previous: TaskItem | null = null;
  const inheritable: Field[] = ['deadline', 'note', 'leaders'];

  const close = () => {
    if (!cur) return;
    const row = cur;
    cur = null;
    const cells: Partial<Record<CellField, string>> = {};
    const inherited: Partial<Record<CellField, string>> = {};
    const other: Record<string, string> = {};
    let number: string | undefined;
    let content = '';
    let last = -1;
    for (const [i, text] of row.cells) {
      last = Math.max(last, i);
      const field = fields[i]!;
      if (field === 'number') number = text.trim().replace(/[.、．]$/, '');
      else if (field === 'content') content = text;
      else if (field === 'other' || field === 'group') other[columns[i]!.label] = text;
      else cells[field] = text;
    }
    const numbered = numberedText(content);
    if (numbered && number === undefined) {
      number = numbered.number;
      content = content.slice(numbered.start).trim();
    }
    // A cell missing at the end of a row, in a column a merged cell spans (备注, 完成时限, 分管领导), comes from the row above.
    fields.forEach((field, i) => {
      if (i <= last || !inheritable.includes(field) || !previous) return;
      const above = previous.cells[field as CellField];
      if (above === undefined) return;
      cells[field as CellField] = above;
      inherited[field as CellField] = columns[i]!.label;
    });
    if (!content) {
      const texts = [...row.cells.values()];
      items.push({ kind: 'unplaced', at: row.at, text: texts.join(' | '), problem: problem('importNoContent') });
      previous = { kind: 'task', at: row.at, content: '', cells, inherited, other };
      return;
    }
    const task: TaskItem = { kind: 'task', at: row.at, ...(number !== undefined ? { number } : {}), content, cells, inherited, other };
    items.push(task);
    previous = task;
  };

  for (const l of lines.slice(found.end)) {
    const text = l.text.trim();
    if (!text) continue;
    const heading = sectionHeading(text);
    const startsRow = numberAt >= 0 ? isNumberCell(text) : numberedText(text) !== null;
    if (heading && !startsRow) {
      close();
      items.push({ kind: 'section', at: place(l.line), heading });
      // A heading across the table ends any merged cell; a grouping column's cell does not.
      if (!hasGroups) previous = null;
      continue;
    }
    if (startsRow) {
      close();
      const start = numberAt >= 0 ? numberAt : contentAt;
      cur = { at: place(l.line), orphan: false, cells: new Map([[start, text]]), next: start + 1 };
      continue;
    }
    if (!cur) cur = { at: place(l.line), orphan: true, cells: new Map(), next: contentAt };
    const row: Row = cur;
    let target = row.next;
    while (fields[target] === 'group' || fields[target] === 'number') target++;
    const timeAt = timeAts.find((i) => i >= target);
    if (timeAt !== undefined && looksLikeDeadline(text)) target = timeAt;
    else if (target === contentAt && row.orphan && !row.cells.has(contentAt) && firstUnitAt > contentAt && looksLikeUnits(text)) target = firstUnitAt;
    else if (target > contentAt && isUnitField(fields[target] ?? 'other') && row.cells.has(contentAt) && !looksLikeUnits(text) && text.length > 40) {
      // A second paragraph of the task text.
      row.cells.set(contentAt, `${row.cells.get(contentAt)}\n${text}`);
      items.push({ kind: 'warning', at: place(l.line), problem: problem('importContinued', row.cells.get(numberAt) ?? '') });
      continue;
    }
    if (/^\[[^\]]*\]$/.test(text) || (isUnitField(fields[target] ?? 'other') && !hasCjk(text))) {
      // An editor's note ([this copy ends here]) or a line no unit cell would hold.
      items.push({ kind: 'unplaced', at: place(l.line), text, problem: problem('importUnplaced') });
      continue;
    }
    if (target >= fields.length) {
      items.push({ kind: 'unplaced', at: place(l.line), text, problem: problem('importUnplaced') });
      continue;
    }
    row.cells.set(target, text);
    row.next = target + 1;
  }
  close();
  const preamble = lines.slice(0, found.start).filter((l) => !blank(l)).map((l) => ({ at: place(l.line), text: l.text.trim() }));
  return { layout: 'cell-per-line', header: found.words, columns, preamble, items };
}

/** A `label：value` line of the list form (牵头单位：区发改局), or null. */
function labelled(text: string): { field: Field; label: string; value: string } | null {
  const m = /^\s*([^:\s]{2,8})\s*:\s*([\s\S]*)$/.exec(fold(text));
  if (!m) return null;
  const field = labelField(m[1]!);
  if (!field || field === 'other') return null;
  return { field, label: text.trim().slice(0, m[1]!.length), value: text.trim().slice(text.trim().length - m[2]!.length).trim() };
}

/** The brackets at the end of a task holding its units: （牵头单位：…；责任单位：…）. */
function inlineUnits(text: string): { content: string; parts: { field: Field; label: string; value: string }[] } | null {
  const f = fold(text).trimEnd();
  if (!f.endsWith(')')) return null;
  let depth = 0;
  let openAt = -1;
  for (let i = f.length - 1; i >= 0; i--) {
    if (f[i] === ')') depth++;
    else if (f[i] === '(' && --depth === 0) {
      openAt = i;
      break;
    }
  }
  if (openAt < 0) return null;
  const inner = text.slice(openAt + 1, f.length - 1);
  const pieces: string[] = [];
  let level = 0;
  let start = 0;
  const fi = fold(inner);
  for (let i = 0; i <= fi.length; i++) {
    const c = fi[i];
    if (c === '(') level++;
    else if (c === ')') level--;
    else if (c === undefined || (level === 0 && c === ';')) {
      pieces.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  const parts = pieces.map((p) => labelled(p));
  if (!parts.length || parts.some((p) => p === null)) return null;
  return { content: text.slice(0, openAt).trimEnd(), parts: parts as { field: Field; label: string; value: string }[] };
}

/** The list form: numbered tasks with 牵头单位：/责任单位： lines or brackets. */
function list(lines: readonly Line[]): Layout | null {
  const items: Item[] = [];
  const preamble: { at: Place; text: string }[] = [];
  const columns: Column[] = [];
  const useLabel = (field: Field, label: string) => {
    if (!columns.some((c) => c.field === field)) columns.push({ field, label: squash(label) });
  };
  let task: { at: Place; number: string; content: string; cells: Partial<Record<CellField, string>>; labelled: boolean } | null = null;
  let seenTask = false;
  let tasksWithUnits = 0;
  const close = () => {
    if (!task) return;
    const t = task;
    task = null;
    if (Object.keys(t.cells).some((k) => isUnitField(k as Field))) tasksWithUnits++;
    items.push({ kind: 'task', at: t.at, number: t.number, content: t.content, cells: t.cells, inherited: {}, other: {} });
  };
  const setCell = (field: Field, label: string, value: string, at: Place) => {
    if (!task || field === 'number' || field === 'content' || field === 'group' || field === 'other') return false;
    useLabel(field, label);
    const f = field as CellField;
    if (task.cells[f] !== undefined) items.push({ kind: 'unplaced', at, text: value, problem: problem('importUnplaced') });
    else task.cells[f] = value;
    task.labelled = true;
    return true;
  };

  for (const l of lines) {
    const text = l.text.trim();
    if (!text) continue;
    const at = place(l.line);
    if (/^\[[^\]]*\]$/.test(text)) {
      // An editor's note ([this copy of the page ends here]).
      items.push({ kind: 'unplaced', at, text, problem: problem('importUnplaced') });
      continue;
    }
    const label = labelled(text);
    if (label && task) {
      setCell(label.field, label.label, label.value, place(l.line, squash(label.label)));
      continue;
    }
    const numbered = numberedText(text);
    if (numbered) {
      close();
      seenTask = true;
      let content = text.slice(numbered.start).trim();
      const inline = inlineUnits(content);
      task = { at, number: numbered.number, content, cells: {}, labelled: false };
      if (inline) {
        content = inline.content;
        task.content = content;
        for (const part of inline.parts) setCell(part.field, part.label, part.value, at);
      }
      continue;
    }
    const heading = sectionHeading(text);
    if (heading) {
      close();
      items.push({ kind: 'section', at, heading });
      continue;
    }
    if (task && !task.labelled) {
      task.content = `${task.content}\n${text}`;
      items.push({ kind: 'warning', at, problem: problem('importContinued', task.number) });
    } else if (!seenTask) preamble.push({ at, text });
    else items.push({ kind: 'unplaced', at, text, problem: problem('importUnplaced') });
  }
  close();
  if (!tasksWithUnits) return null;
  // The labels met (牵头单位, 完成时限…) stand for the header.
  return { layout: 'list', header: columns.map((c) => c.label), columns, preamble, items };
}

/** Reads lines of text in whichever form they take; null when none fits. */
export function readLines(lines: readonly Line[]): Layout | null {
  return tabLed(lines) ?? tabRows(lines) ?? cellPerLine(lines) ?? list(lines);
}
