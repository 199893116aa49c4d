/**
 * The one CSV writer for every file the site writes (the derived data in the build, the residuals
 * saved from /your-data/). papaparse's `unparse` does the quoting; its `escapeFormulae` option
 * applies OWASP's CSV-injection rule: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading apostrophe and is quoted, so that Excel, LibreOffice and Google
 * Sheets show it as text instead of running it as a formula (`=HYPERLINK(…)`, DDE).
 *
 * Text is written exactly as given: nothing is trimmed, so a label's own leading space or tab stays
 * (a tab still gets the apostrophe). Numbers are written as numbers: a cell given as the number
 * −1.5 is written `-1.5` and stays a number in a spreadsheet, while the *text* "-1.5" is written
 * `"'-1.5"`, because a text cell is written as text whatever it looks like. So columns of values
 * must be passed as numbers, never as strings of digits. A number that is not finite has no CSV
 * form a reader can trust and is refused.
 */
import Papa from 'papaparse';

export type CsvValue = string | number | null | undefined;

/** OWASP's list of first characters that make a spreadsheet read a cell as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A whole CSV file: the header, then the rows, each line ending CRLF (as RFC 4180 and Excel
 * expect), and a UTF-8 BOM first when `bom` is set (Excel in Japan reads a CSV without one as
 * Shift_JIS). Empty cells are `null` or `undefined`.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: { bom?: boolean } = {}): string {
  for (const [r, row] of rows.entries()) {
    row.forEach((cell, c) => {
      if (typeof cell === 'number' && !Number.isFinite(cell)) {
        throw new RangeError(`row ${r + 1}, column ${c + 1}: expected a finite number, found ${cell}`);
      }
    });
  }
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  // With no rows papaparse already ends the header with a newline; every file ends with exactly one.
  return `${options.bom ? '\uFEFF' : ''}${rows.length === 0 ? body.replace(/\r\n$/, '') : body}\r\n`;
}
