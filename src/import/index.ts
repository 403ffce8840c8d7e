/**
 * The import core: a document's lines and table rows in, a version-2 register and a report out.
 * Pure: no DOM, no Node APIs; the `task-register` command and a browser page can both use it.
 */
import { problem, TaskRegisterError } from '../data/errors.js';
import { buildRegister } from './build.js';
import { expandSpans, readRows, type GridRow } from './grid.js';
import { recognizeHeader } from './headers.js';
import type { Item, Layout } from './items.js';
import { readLines } from './lines.js';
import { sectionHeading } from './text.js';
import type { Block, ImportOptions, ImportResult, Place, SourceCell } from './types.js';

export type * from './types.js';
export { exportRows, toCsv, toMarkdown, type ExportRows } from './export.js';
export { parseDeadline } from './deadline.js';
export { splitUnits, UnitSplitError } from './units.js';
export { candidatesOf } from './candidates.js';

/** Splits text into numbered lines (a BOM and CR line ends removed). */
export function textBlocks(text: string): Block[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => ({ kind: 'line' as const, text: line, line: i + 1 }));
}

/** Tables first: each table's spans expanded, its header found; lines between tables may be headings. */
function readBlocks(blocks: readonly Block[]): Layout | null {
  const tables = new Map<number, { at: Place; cells: readonly SourceCell[] }[]>();
  for (const block of blocks) {
    if (block.kind !== 'row') continue;
    const key = block.table ?? 0;
    if (!tables.has(key)) tables.set(key, []);
    tables.get(key)!.push({ at: { kind: 'row', n: block.row }, cells: block.cells });
  }
  const grids = new Map([...tables].map(([key, rows]) => [key, expandSpans(rows)]));
  const headerOf = (rows: GridRow[]) => rows.findIndex((r) => recognizeHeader(r.cells.map((c) => c.text)));
  const firstWithHeader = [...grids.entries()].find(([, rows]) => headerOf(rows) >= 0);
  if (!firstWithHeader) return null;

  const header = firstWithHeader[1][headerOf(firstWithHeader[1])]!.cells.map((c) => c.text.trim());
  const columns = recognizeHeader(header)!;
  const preamble: Layout['preamble'][number][] = [];
  const items: Item[] = [];
  let started = false;
  const seen = new Set<number>();
  for (const block of blocks) {
    if (block.kind === 'line') {
      const text = block.text.trim();
      if (!text) continue;
      const at: Place = { kind: 'line', n: block.line };
      const heading = sectionHeading(text);
      if (!started) preamble.push({ at, text });
      else if (heading) items.push({ kind: 'section', at, heading });
      else items.push({ kind: 'unplaced', at, text, problem: problem('importUnplaced') });
      continue;
    }
    const key = block.table ?? 0;
    if (seen.has(key)) continue;
    seen.add(key);
    const rows = grids.get(key)!;
    const at = headerOf(rows);
    if (!started && at < 0) {
      // A table before the task table (a cover or a summary): its text is preamble.
      for (const row of rows) {
        const text = [...new Set(row.cells.map((c) => c.text.trim()).filter(Boolean))].join(' ');
        if (text) preamble.push({ at: row.at, text });
      }
      continue;
    }
    for (const row of rows.slice(0, Math.max(at, 0))) {
      const text = [...new Set(row.cells.map((c) => c.text.trim()).filter(Boolean))].join(' ');
      if (!text) continue;
      if (!started) preamble.push({ at: row.at, text });
      else items.push({ kind: 'unplaced', at: row.at, text, problem: problem('importUnplaced') });
    }
    started = true;
    // A table that continues the first one (a page break in Word) is read with the first one's columns.
    items.push(...readRows(at >= 0 ? rows.slice(at + 1) : rows, at >= 0 ? recognizeHeader(rows[at]!.cells.map((c) => c.text))! : columns));
  }
  return { layout: 'table', header, columns, preamble, items };
}

/** Imports a document given as blocks (lines and table rows). Throws `TaskRegisterError` (`import`). */
export function importBlocks(blocks: readonly Block[], options: ImportOptions = {}): ImportResult {
  const layout =
    readBlocks(blocks) ??
    readLines(
      blocks.flatMap((b) =>
        b.kind === 'line' ? [{ text: b.text, line: b.line }] : b.cells.map((c) => ({ text: c.text, line: b.row })),
      ),
    );
  if (!layout) throw new TaskRegisterError('import', 'importNoTaskColumn', []);
  return buildRegister(layout, options);
}

/** Imports text (a copy of a web page or of Word, a tab-separated table). */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  return importBlocks(textBlocks(text), options);
}
