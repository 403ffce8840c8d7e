/**
 * The import core's input and output. Readers (Node: `src/cli/readers.ts`; a browser could do the
 * same) turn a file into blocks: lines of text, and table rows whose cells may span rows and
 * columns. The core turns blocks into a version-2 register and a report of everything it decided
 * and of any text it could not place.
 */
import type { Problem } from '../data/errors.js';
import type { DeadlineKind, RegisterV2, RoleId } from '../data/schema-v2.js';

/** A table cell as the document has it: a merged cell is given once, with its spans. */
export interface SourceCell {
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
}

/** One line of text (1-based line number), or one row of a table (1-based row number within the file). */
export type Block =
  | { readonly kind: 'line'; readonly text: string; readonly line: number }
  | { readonly kind: 'row'; readonly cells: readonly SourceCell[]; readonly row: number; readonly table?: number };

/** Where something was read: a line of text or a row of a table, and the column word of its cell. */
export interface Place {
  readonly kind: 'line' | 'row';
  readonly n: number;
  readonly cell?: string;
}

export interface ImportOptions {
  /** The register's id (ASCII); `register` when not given. */
  readonly id?: string;
  /** The title, when the document's own cannot be found or should be replaced. */
  readonly title?: string;
  /** Used when the document states no title and `title` is not given (e.g. the file name). */
  readonly fallbackTitle?: string;
  readonly titleEn?: string;
  /** The plan's year, when the title does not state it (for deadlines such as 10月底前). */
  readonly planYear?: number;
}

/** A decision the importer made, or a problem it met, and where. */
export interface ImportNote {
  readonly at?: Place;
  readonly problem: Problem;
}

/** Text of the input that is not in the register, and why. */
export interface Unplaced {
  readonly at: Place;
  readonly text: string;
  readonly problem: Problem;
}

export interface ImportSummary {
  readonly tasks: number;
  readonly sections: number;
  readonly units: number;
  readonly unitsByRole: Readonly<Partial<Record<RoleId, number>>>;
  readonly deadlines: Readonly<Partial<Record<DeadlineKind, number>>>;
  readonly candidates: number;
}

export interface ImportReport {
  /** How the document was read: `table`, `tab-cells`, `tab-rows`, `cell-per-line` or `list`. */
  readonly layout: string;
  /** The header cells as read; in the list form, the labels met (牵头单位, 责任单位…). */
  readonly header: readonly string[];
  readonly warnings: readonly ImportNote[];
  readonly unplaced: readonly Unplaced[];
  /** Ids of the candidate indicators (`review: true`). */
  readonly candidates: readonly string[];
  readonly summary: ImportSummary;
}

export interface ImportResult {
  readonly register: RegisterV2;
  readonly report: ImportReport;
}
