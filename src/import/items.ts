/** What a layout reads a document into, before the register is built: sections, task rows, unplaced text. */
import type { Problem } from '../data/errors.js';
import type { RoleId } from '../data/schema-v2.js';
import type { Column } from './headers.js';
import type { SectionHeading } from './text.js';
import type { Place } from './types.js';

export type CellField = RoleId | 'deadline' | 'note' | 'leaders';

export interface TaskItem {
  readonly kind: 'task';
  readonly at: Place;
  /** The 序号 as written, without trailing punctuation; absent when the row has none. */
  readonly number?: string;
  readonly content: string;
  readonly cells: Partial<Record<CellField, string>>;
  /** Cells taken from a merged cell above (inferred in a cell-per-line copy), by field: the column word. */
  readonly inherited: Partial<Record<CellField, string>>;
  /** Cells of columns the importer does not know, by column word: kept in the task's `extra`. */
  readonly other: Record<string, string>;
}

export type Item =
  | { readonly kind: 'section'; readonly at: Place; readonly heading: SectionHeading | { number?: undefined; title: string; level: number } }
  | TaskItem
  | { readonly kind: 'unplaced'; readonly at: Place; readonly text: string; readonly problem: Problem }
  | { readonly kind: 'warning'; readonly at: Place; readonly problem: Problem };

export interface Layout {
  readonly layout: string;
  readonly header: readonly string[];
  /** The columns (or, in the list form, the labels met), in the document's order. */
  readonly columns: readonly Column[];
  /** Lines before the table: the title, the subtitle, an introduction. */
  readonly preamble: readonly { at: Place; text: string }[];
  readonly items: readonly Item[];
}
