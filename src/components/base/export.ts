/**
 * The export files every widget offers: a CSV table, and the download. Loaded with `import()` the
 * first time a reader opens the export menu or a script calls an export method, so a widget's
 * first load does not carry it. Pictures of a chart are in `export-image.ts`, loaded by the
 * widgets that draw one.
 */

// A figure as a spreadsheet reads it: -10, +3.5, 1,234, 12%.
const numberLike = /^[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?$/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A text a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe, so it shows as written; a number, a negative one too, stays a number.
 */
export function csvField(value: string): string {
  const safe = value.length > 1 && /^[=+\-@\t\r]/.test(value) && !numberLike.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file in UTF-8 with a byte-order mark (Excel then reads Chinese correctly), lines ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): Blob {
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n');
  return new Blob(['\uFEFF', text, '\r\n'], { type: 'text/csv;charset=utf-8' });
}

/** Hands a file to the browser's download (a link with `download`; no script, no navigation). */
export function save(blob: Blob, filename: string): void {
  const link = document.createElement('a');
  const url = URL.createObjectURL(blob);
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // Released once the browser has taken the file (it starts reading at the click).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
