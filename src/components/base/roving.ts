/**
 * Roving focus: where an arrow, Home/End or Page key moves the one focusable item of a widget,
 * in a list (the timeline's marks in date order) or in a grid (the matrix's cells). Pure; the
 * widget moves its focus element to the result.
 */

/** A cell of the whole grid, headers included, 0-based. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export type GridMove = 'left' | 'right' | 'up' | 'down' | 'rowStart' | 'rowEnd' | 'first' | 'last' | 'pageUp' | 'pageDown';

/** Maps a key (with Ctrl or ⌘) to a move, or null for keys the grid leaves alone. */
export function moveForKey(key: string, control: boolean): GridMove | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'Home':
      return control ? 'first' : 'rowStart';
    case 'End':
      return control ? 'last' : 'rowEnd';
    case 'PageUp':
      return 'pageUp';
    case 'PageDown':
      return 'pageDown';
    default:
      return null;
  }
}

/** Where a move lands in a grid of `rows` × `columns`; `page` rows per PageUp/PageDown. Never leaves the grid. */
export function moveInGrid(from: GridPosition, move: GridMove, rows: number, columns: number, page: number): GridPosition {
  const clampRow = (row: number) => Math.min(Math.max(0, row), Math.max(0, rows - 1));
  const clampColumn = (column: number) => Math.min(Math.max(0, column), Math.max(0, columns - 1));
  const { row, column } = from;
  switch (move) {
    case 'left':
      return { row, column: clampColumn(column - 1) };
    case 'right':
      return { row, column: clampColumn(column + 1) };
    case 'up':
      return { row: clampRow(row - 1), column };
    case 'down':
      return { row: clampRow(row + 1), column };
    case 'rowStart':
      return { row, column: 0 };
    case 'rowEnd':
      return { row, column: clampColumn(columns - 1) };
    case 'first':
      return { row: 0, column: 0 };
    case 'last':
      return { row: clampRow(rows - 1), column: clampColumn(columns - 1) };
    case 'pageUp':
      return { row: clampRow(row - Math.max(1, page)), column };
    case 'pageDown':
      return { row: clampRow(row + Math.max(1, page)), column };
  }
}

/**
 * Where a key moves the focus in a list of `count` items: →/↓ next, ←/↑ previous, Home/End the
 * first/last, Page Up/Down `page` items. Null for keys the list leaves alone (and for an empty
 * list). Never leaves the list.
 */
export function moveInList(index: number, count: number, key: string, page: number): number | null {
  const step = Math.max(1, page);
  // Home and End step a whole list, so the clamp lands on the first or last item.
  const by: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: step, PageUp: -step, Home: -count, End: count };
  const move = by[key];
  return count > 0 && typeof move === 'number' ? Math.min(Math.max(0, index + move), count - 1) : null;
}
