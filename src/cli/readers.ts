/**
 * File readers (Node only): a file in, the import core's blocks out. `.txt` (UTF-8, or GB18030 as
 * Chinese Windows saves it), `.csv`/`.tsv`, `.xlsx` (merged cells kept as spans), `.docx` (through
 * its HTML), `.html` (tables with rowspan/colspan, paragraphs as lines).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { parse as parseHtml, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { TaskRegisterError } from '../data/errors.js';
import { textBlocks, type Block, type SourceCell } from '../import/index.js';

export const formats = ['.txt', '.text', '.csv', '.tsv', '.xlsx', '.docx', '.html', '.htm'] as const;

/** UTF-8 when it is valid UTF-8, else GB18030 (GBK), the other encoding Chinese documents come in. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function csvBlocks(text: string, delimiter: ',' | '\t'): Block[] {
  const records = parseCsv(text.replace(/^\uFEFF/, ''), {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return records.map((record, i) => ({ kind: 'row', row: i + 1, cells: record.map((text) => ({ text })) }));
}

/** A cell's text: line breaks for <br> and paragraph ends, entities decoded, each line trimmed. */
function cellText(cell: HTMLElement): string {
  const html = cell.innerHTML.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h[1-6])>/gi, '\n');
  return parseHtml(html)
    .textContent.replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote', 'caption', 'dt', 'dd', 'title']);
const skipTags = new Set(['script', 'style', 'noscript', 'template', 'head']);

/** Tables as rows (spans kept), everything else as lines, in document order. */
export function htmlBlocks(html: string): Block[] {
  const root = parseHtml(html, { blockTextElements: { script: false, style: false, pre: true } });
  const lineOf = (offset: number) => html.slice(0, offset).split('\n').length;
  const blocks: Block[] = [];
  let row = 0;
  let table = 0;
  const line = (text: string, offset: number) => {
    for (const part of text.split('\n')) if (part.trim()) blocks.push({ kind: 'line', text: part.trim(), line: lineOf(offset) });
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (/^\s*<!/.test(node.rawText)) return; // <!DOCTYPE html>
      line(node.textContent.replace(/\u00a0/g, ' '), node.range[0]);
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (skipTags.has(tag)) return;
    if (tag === 'table') {
      table++;
      const rows = element.querySelectorAll('tr').filter((tr) => tr.closest('table') === element);
      for (const tr of rows) {
        row++;
        const cells: SourceCell[] = tr.childNodes
          .filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE && /^(td|th)$/i.test((c as HTMLElement).rawTagName))
          .map((c) => ({
            text: cellText(c),
            rowSpan: Number(c.getAttribute('rowspan') ?? 1) || 1,
            colSpan: Number(c.getAttribute('colspan') ?? 1) || 1,
          }));
        blocks.push({ kind: 'row', row, table, cells });
      }
      return;
    }
    if (blockTags.has(tag)) {
      line(cellText(element), element.range[0]);
      return;
    }
    for (const child of element.childNodes) walk(child);
  };
  walk(root);
  return blocks;
}

/** The first worksheet that has content; a merged cell given once with its spans. */
export async function xlsxBlocks(bytes: Uint8Array): Promise<Block[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  const merges = (sheet.model as unknown as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const [from, to] = range.split(':') as [string, string];
    const a = sheet.getCell(from);
    const b = sheet.getCell(to);
    const [r1, c1, r2, c2] = [Number(a.row), Number(a.col), Number(b.row), Number(b.col)];
    spans.set(`${r1}:${c1}`, { rowSpan: r2 - r1 + 1, colSpan: c2 - c1 + 1 });
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${r}:${c}`);
  }
  const blocks: Block[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: SourceCell[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const text = (sheet.getCell(r, c).text ?? '').replace(/\r\n?/g, '\n');
      cells.push({ text, ...spans.get(`${r}:${c}`) });
    }
    blocks.push({ kind: 'row', row: r, cells });
  }
  return blocks;
}

/** Reads a file into blocks. Throws `TaskRegisterError` naming the file when it cannot. */
export async function readBlocks(file: string): Promise<Block[]> {
  const ext = extname(file).toLowerCase();
  if (!(formats as readonly string[]).includes(ext)) throw new TaskRegisterError('import', 'importUnknownFormat', [file]);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new TaskRegisterError('import', 'importCannotRead', [file, code || String(error)]);
  }
  try {
    switch (ext) {
      case '.csv':
        return csvBlocks(decodeText(bytes), ',');
      case '.tsv':
        return csvBlocks(decodeText(bytes), '\t');
      case '.xlsx':
        return await xlsxBlocks(bytes);
      case '.docx': {
        const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
        return htmlBlocks(value);
      }
      case '.html':
      case '.htm':
        return htmlBlocks(decodeText(bytes));
      default:
        return textBlocks(decodeText(bytes));
    }
  } catch (error) {
    if (error instanceof TaskRegisterError) throw error;
    throw new TaskRegisterError('import', 'importCannotRead', [file, error instanceof Error ? error.message : String(error)]);
  }
}
