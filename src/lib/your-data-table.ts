/**
 * A researcher's own CSV, as the "your data" page reads it: parsed with papaparse into rows that
 * know their line in the file, columns guessed, and every row that cannot be used kept with its
 * line number and the reason. Pure functions, run in the page's worker and in unit tests alike.
 */
import { eachCsvRow } from './csv-rows.ts';

export interface TableRow {
  /** 1-based line of the file on which the row starts. */
  line: number;
  cells: string[];
}

export interface ParsedTable {
  header: string[];
  /** Line of the header row. */
  headerLine: number;
  rows: TableRow[];
  /** papaparse's complaints (e.g. an unclosed quote), by the line of the row they concern. */
  malformed: Map<number, string>;
}

export interface ColumnChoice {
  label: number;
  x: number;
  y: number;
}

/** Why a row was left out. `column` is an index into the header. */
export type RowProblem =
  | { kind: 'field-count'; expected: number; found: number }
  | { kind: 'malformed'; detail: string }
  | { kind: 'missing-label' }
  | { kind: 'missing-value'; column: number }
  | { kind: 'not-a-number'; column: number; value: string };

export interface RejectedRow {
  line: number;
  problems: RowProblem[];
}

export interface UsablePoint {
  line: number;
  label: string;
  x: number;
  y: number;
}

/**
 * Parses CSV text (already decoded) row by row. `onProgress(fraction)` is called every
 * `progressEvery` rows so that a worker can report on large files.
 */
export function parseTable(text: string, onProgress?: (fraction: number) => void, progressEvery = 5000): ParsedTable {
  const rows: TableRow[] = [];
  const malformed = new Map<number, string>();
  let header: string[] | undefined;
  let headerLine = 1;
  eachCsvRow(text, (row) => {
    if (header === undefined) {
      header = row.fields.map((name) => name.trim());
      headerLine = row.line;
      return;
    }
    if (row.error) malformed.set(row.line, row.error.message);
    rows.push({ line: row.line, cells: row.fields });
    if (onProgress && rows.length % progressEvery === 0) onProgress(row.end / text.length);
  });
  onProgress?.(1);
  return { header: header ?? [], headerLine, rows, malformed };
}

/**
 * A number as people write them in Japanese and English spreadsheets: full-width digits, a true
 * minus sign, thousands separators ("1,234.5"). Anything else (e-Stat's "-", "***", "…") is not one.
 */
export function parseNumber(cell: string): number | null {
  let s = cell.normalize('NFKC').trim().replace(/^[−–]/, '-');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replaceAll(',', '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** Share of a column's filled cells that read as numbers (0 for an empty column). */
function numericShare(table: ParsedTable, column: number): number {
  let filled = 0;
  let numeric = 0;
  for (const row of table.rows.slice(0, 1000)) {
    const cell = (row.cells[column] ?? '').trim();
    if (cell === '') continue;
    filled++;
    if (parseNumber(cell) !== null) numeric++;
  }
  return filled === 0 ? 0 : numeric / filled;
}

/** Columns that look numeric: most filled cells are numbers, and they are not zero-padded codes. */
export function numericColumns(table: ParsedTable): number[] {
  return table.header
    .map((_, i) => i)
    .filter((i) => numericShare(table, i) >= 0.8)
    .filter((i) => !table.rows.slice(0, 1000).some((row) => /^0\d/.test((row.cells[i] ?? '').trim())));
}

const LABEL_NAMES = [/name/i, /名/, /都道府県|市区町村|地域/, /region|prefecture|municipality|label/i];

/** A first guess the user can change: a name-like text column, and the first two numeric columns. */
export function guessColumns(table: ParsedTable, preferLabel: RegExp[] = LABEL_NAMES): ColumnChoice {
  const numeric = numericColumns(table);
  const text = table.header.map((_, i) => i).filter((i) => numericShare(table, i) < 0.8);
  // The first pattern that names any text column wins, so that callers can rank their preferences.
  const named = preferLabel.map((pattern) => text.find((i) => pattern.test(table.header[i]))).find((i) => i !== undefined);
  const label = named ?? text[0] ?? 0;
  const [x = 0, y = Math.min(1, table.header.length - 1)] = numeric;
  return { label, x, y };
}

/** Splits the rows into the points that can be drawn and the rows that cannot, with reasons. */
export function usableRows(table: ParsedTable, choice: ColumnChoice): { points: UsablePoint[]; rejected: RejectedRow[] } {
  const points: UsablePoint[] = [];
  const rejected: RejectedRow[] = [];
  const width = table.header.length;
  for (const row of table.rows) {
    const problems: RowProblem[] = [];
    const broken = table.malformed.get(row.line);
    if (broken) problems.push({ kind: 'malformed', detail: broken });
    if (row.cells.length !== width) problems.push({ kind: 'field-count', expected: width, found: row.cells.length });
    const label = (row.cells[choice.label] ?? '').trim();
    if (label === '') problems.push({ kind: 'missing-label' });
    const values = [choice.x, choice.y].map((column) => {
      const cell = (row.cells[column] ?? '').trim();
      if (cell === '') {
        problems.push({ kind: 'missing-value', column });
        return null;
      }
      const value = parseNumber(cell);
      if (value === null) problems.push({ kind: 'not-a-number', column, value: cell });
      return value;
    });
    if (problems.length > 0) rejected.push({ line: row.line, problems });
    else points.push({ line: row.line, label, x: values[0]!, y: values[1]! });
  }
  return { points, rejected };
}
