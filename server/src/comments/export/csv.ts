/**
 * CSV as spreadsheet programs open it in France: UTF-8 with a byte order mark (without it, Excel reads the
 * accents as Windows-1252), « ; » between cells (the French Excel's list separator, « , » being the decimal one),
 * CRLF line ends (RFC 4180).
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
const LINE_END = '\r\n';

/**
 * One cell, quoted when it holds the separator, a quote, a line break or edge spaces, quotes doubled. A cell that
 * starts like a formula (=, +, -, @, tab, CR) gets a leading apostrophe so that a spreadsheet shows it instead of
 * running it (CSV injection): « @CAF d'accord » is text, never a function call.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + LINE_END;
}
