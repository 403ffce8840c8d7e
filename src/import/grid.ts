/**
 * Tables: merged cells expanded (a cell spanning rows or columns belongs to each), the header row
 * found by its words, then each row read as a section heading, a task, or unplaced text.
 */
import { problem } from '../data/errors.js';
import { isUnitField, recognizeHeader, type Column } from './headers.js';
import type { CellField, Item, Layout } from './items.js';
import { cleanNumber, isNumberCell, numberedText, sectionHeading } from './text.js';
import type { Place, SourceCell } from './types.js';

export interface GridCell {
  readonly text: string;
  /** Covered by a cell that spans from above (or from the left). */
  readonly spanned: boolean;
}

export interface GridRow {
  readonly at: Place;
  readonly cells: readonly GridCell[];
}

/** Expands the spans of one table's rows: the cell's text is repeated in every row and column it covers. */
export function expandSpans(rows: readonly { at: Place; cells: readonly SourceCell[] }[]): GridRow[] {
  const grid: (GridCell | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r]![c]) c++;
      const rowSpan = Math.max(1, Math.min(cell.rowSpan ?? 1, rows.length - r));
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) grid[r + dr]![c + dc] = { text: cell.text, spanned: dr > 0 || dc > 0 };
      }
      c += colSpan;
    }
  });
  return rows.map((row, r) => ({ at: row.at, cells: Array.from(grid[r]!, (cell) => cell ?? { text: '', spanned: false }) }));
}

const at = (place: Place, cell?: string): Place => (cell ? { ...place, cell } : place);

/** Reads the rows of a table whose header is `columns` (rows after the header only). */
export function readRows(rows: readonly GridRow[], columns: readonly Column[]): Item[] {
  const items: Item[] = [];
  const index = (field: Column['field']) => columns.findIndex((c) => c.field === field);
  const numberAt = index('number');
  const contentAt = index('content');
  const groupAts = columns.map((c, i) => (c.field === 'group' ? i : -1)).filter((i) => i >= 0);
  const groupOpen: string[] = [];

  for (const row of rows) {
    const texts = columns.map((_, i) => (row.cells[i]?.text ?? '').trim());
    const extraCells = row.cells.slice(columns.length).map((c) => c.text.trim()).filter(Boolean);
    const filled = texts.filter(Boolean);
    if (!filled.length && !extraCells.length) continue;
    if (recognizeHeader(texts)) continue; // a header repeated on a new page
    for (const text of extraCells) items.push({ kind: 'unplaced', at: row.at, text, problem: problem('importUnplaced') });

    // A heading row: one text across the row (a merged row), or a heading in the first cells only.
    const distinct = new Set(filled);
    const onlyLeading = texts.every((t, i) => !t || i === numberAt || i === contentAt || groupAts.includes(i));
    const heading = distinct.size === 1 ? sectionHeading(filled[0]!) : null;
    if (distinct.size === 1 && (heading || (onlyLeading && !isNumberCell(filled[0]!) && !numberedText(filled[0]!)))) {
      items.push({ kind: 'section', at: row.at, heading: heading ?? { title: filled[0]!, level: 1 } });
      groupOpen.length = 0;
      continue;
    }
    if (numberAt >= 0 && onlyLeading && texts[numberAt] && sectionHeading(`${texts[numberAt]}、${texts[contentAt] ?? ''}`)) {
      const numeral = texts[numberAt]!.replace(/[、.．]$/, '');
      const h = sectionHeading(/^[（(]/.test(numeral) ? `${numeral}${texts[contentAt]}` : `${numeral}、${texts[contentAt]}`);
      if (h && !/^\d/.test(numeral)) {
        items.push({ kind: 'section', at: row.at, heading: h });
        continue;
      }
    }

    // Group columns (重点工作 / 主要任务 before 工作措施): a new cell opens a section at its depth.
    groupAts.forEach((g, depth) => {
      const text = texts[g]!;
      if (!text || groupOpen[depth] === text) return;
      groupOpen[depth] = text;
      groupOpen.length = depth + 1;
      const h = sectionHeading(text);
      items.push({ kind: 'section', at: at(row.at, columns[g]!.label), heading: { number: h?.number, title: h?.title ?? text, level: depth + 1 } });
    });

    let content = contentAt >= 0 ? texts[contentAt]! : '';
    let number = numberAt >= 0 && texts[numberAt] ? cleanNumber(texts[numberAt]!) : undefined;
    const numbered = numberedText(content);
    if (numbered && number === undefined) {
      number = numbered.number;
      content = content.slice(numbered.start).trim();
    }
    const cells: Partial<Record<CellField, string>> = {};
    const other: Record<string, string> = {};
    columns.forEach((column, i) => {
      const text = row.cells[i]?.text ?? '';
      if (!text.trim()) return;
      if (isUnitField(column.field) || column.field === 'deadline' || column.field === 'note' || column.field === 'leaders') {
        const field = column.field as CellField;
        cells[field] = cells[field] ? `${cells[field]}\n${text}` : text;
      } else if (column.field === 'other') other[column.label] = text;
    });
    if (!content) {
      const rest = texts.filter((t, i) => t && !groupAts.includes(i));
      if (rest.length) items.push({ kind: 'unplaced', at: row.at, text: rest.join(' | '), problem: problem('importNoContent') });
      continue;
    }
    items.push({ kind: 'task', at: row.at, ...(number !== undefined ? { number } : {}), content, cells, inherited: {}, other });
  }
  return items;
}

/** Finds the header among table rows and reads the rest; null when no row is a header. */
export function readTable(rows: readonly GridRow[], layout: string): Layout | null {
  const headerAt = rows.findIndex((row) => recognizeHeader(row.cells.map((c) => c.text)));
  if (headerAt < 0) return null;
  const header = rows[headerAt]!.cells.map((c) => c.text);
  const columns = recognizeHeader(header)!;
  const preamble = rows.slice(0, headerAt).flatMap((row) => {
    const text = [...new Set(row.cells.map((c) => c.text.trim()).filter(Boolean))].join(' ');
    return text ? [{ at: row.at, text }] : [];
  });
  return { layout, header: header.map((h) => h.trim()), columns, preamble, items: readRows(rows.slice(headerAt + 1), columns) };
}
