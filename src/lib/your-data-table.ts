/**
 * A researcher's own table, as the "your data" page reads it: parsed with papaparse into rows that
 * know their line in the file; title lines before the header and footnotes after the table set
 * aside; numbers read as Japanese tables write them; missing-value markers kept apart from errors;
 * aggregate rows (全国, 三大都市圏 …) left out and listed; every row that cannot be used kept with its
 * line number and the reason. Pure functions, run in the page's worker and in unit tests alike.
 */
import { eachCsvRow } from './csv-rows.ts';
import { LIMITS } from './your-data-limits.ts';
import { isPrefectureColumn, matchColumn, mightBeAggregate, type PrefectureMatcher } from './your-data-prefectures.ts';

export { LIMITS };

export interface TableRow {
  /** 1-based line of the file on which the row starts. */
  line: number;
  cells: string[];
}

export interface ParsedTable {
  /** Column names as the file writes them (trimmed); see columnNames() for display. */
  header: string[];
  /** Line of the header row; 0 when no row looked like a header and columns are numbered. */
  headerLine: number;
  /** Whether the header was found by looking (true) or set by the reader (false). */
  headerGuessed: boolean;
  rows: TableRow[];
  /** Title and metadata lines before the header (e-Stat's 統計名・表題), set aside. */
  preamble: TableRow[];
  /** Notes after the table (（注）, 資料：, 出典： …), set aside. */
  footnotes: TableRow[];
  /** papaparse's complaints (e.g. an unclosed quote), by the line of the row they concern. */
  malformed: Map<number, string>;
  delimiter: ',' | '\t';
}

/** Why a whole file is refused. */
export type TableRefusal =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'empty' }
  | { kind: 'line-too-long'; line: number; length: number }
  | { kind: 'too-wide'; line: number; columns: number }
  | { kind: 'header-only' }
  | { kind: 'one-column' };

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
  | { kind: 'missing-value'; column: number; marker: string }
  | { kind: 'not-a-number'; column: number; value: string }
  | { kind: 'not-a-prefecture'; value: string }
  | { kind: 'duplicate-prefecture'; value: string; first: number };

export interface RejectedRow {
  line: number;
  problems: RowProblem[];
}

export interface UsablePoint {
  line: number;
  label: string;
  x: number;
  y: number;
  /** JIS code, when the label column names prefectures. */
  code?: string;
}

export interface UsableRows {
  points: UsablePoint[];
  /** Rows with an error (not a number, wrong field count …). */
  rejected: RejectedRow[];
  /** Rows left out only because a value is missing (empty, -, …, ***, x, 秘匿 …): not errors. */
  missing: RejectedRow[];
  /** Aggregate rows (全国, 三大都市圏 …), left out of the analysis. */
  excluded: { line: number; label: string }[];
  /** Whether the label column was recognised as prefectures. */
  prefectures: boolean;
}

export function checkSize(bytes: number): TableRefusal | null {
  return bytes > LIMITS.bytes ? { kind: 'too-large', bytes } : null;
}

/** The first line longer than the limit, found without splitting the text. */
export function checkLines(text: string): TableRefusal | null {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > LIMITS.lineLength) return { kind: 'line-too-long', line, length: end - start };
    if (newline === -1) break;
    start = newline + 1;
  }
  return null;
}

/** Tab-separated when the first lines hold tabs and no more commas than tabs (a spreadsheet paste). */
export function detectDelimiter(text: string): ',' | '\t' {
  const head = text.slice(0, 20_000).split('\n').slice(0, 20);
  let tabs = 0;
  let commas = 0;
  for (const line of head) {
    tabs += line.split('\t').length - 1;
    commas += line.split(',').length - 1;
  }
  return tabs > 0 && tabs >= commas ? '\t' : ',';
}

/** Missing-value markers of Japanese and English statistical tables (after NFKC and trimming). */
const MISSING = /^(-|‐|−|–|—|―|ー|\.{2,3}|‥|\*+|x|X|秘匿|秘|na|NA|n\/a|N\/A|#N\/A|n\.a\.)$/;

export function missingMarker(cell: string): string | null {
  const s = cell.normalize('NFKC').trim();
  if (s === '') return '';
  return MISSING.test(s) ? s : null;
}

/**
 * A number as people write them in Japanese and English tables: full-width digits and signs, a
 * true minus sign, △ or ▲ for a negative, thousands separators ("1,234.5"). Anything else
 * (e-Stat's "-", "***", "…", a unit in the cell) is not one.
 */
export function parseNumber(cell: string): number | null {
  // The common case first, without normalising: a plain ASCII decimal.
  if (PLAIN_NUMBER.test(cell)) return Number(cell);
  let s = cell
    .normalize('NFKC')
    .trim()
    .replace(/^[−–△▲]\s*/, '-');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replaceAll(',', '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

const PLAIN_NUMBER = /^-?\d{1,15}(\.\d{1,15})?$/;

/** What a footnote can start with before normalising (a cheap test run on every row). */
const FOOTNOTE_START = /^[\s（(【［[注※資出備NnSs\uFF08\uFF3B]/;
const FOOTNOTE = /^[\s（(【［[]*(注|※|資料|出典|備考|（注）|Notes?\b|Sources?\b)/i;

const filledCount = (cells: string[]) => cells.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);
function span(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== '') return i + 1;
  return 0;
}
const numericShareOf = (cells: string[]) => {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length === 0 ? 0 : filled.filter((c) => parseNumber(c) !== null).length / filled.length;
};

/** All rows of the text, before any header is chosen. */
export interface RawTable {
  rows: TableRow[];
  malformed: Map<number, string>;
  delimiter: ',' | '\t';
  /** The widest row: more columns than LIMITS.columns refuses the file. */
  widest: { line: number; columns: number };
}

/**
 * Parses CSV or TSV text (already decoded) row by row. `onProgress(fraction)` is called every
 * `progressEvery` rows so that a worker can report on large files.
 */
export function parseRows(text: string, onProgress?: (fraction: number) => void, progressEvery = 5000): RawTable {
  const rows: TableRow[] = [];
  const malformed = new Map<number, string>();
  const delimiter = detectDelimiter(text);
  const widest = { line: 0, columns: 0 };
  eachCsvRow(
    text,
    (row) => {
      if (row.error) malformed.set(row.line, row.error.message);
      if (row.fields.length > widest.columns) Object.assign(widest, { line: row.line, columns: row.fields.length });
      rows.push({ line: row.line, cells: row.fields });
      if (onProgress && rows.length % progressEvery === 0) onProgress(row.end / text.length);
    },
    delimiter,
  );
  onProgress?.(1);
  return { rows, malformed, delimiter, widest };
}

/** The header row: the first row as wide as the table's usual rows that is not itself data. */
export function findHeader(rows: readonly TableRow[]): number {
  const sample = rows.slice(0, 2000);
  const spans = new Map<number, number>();
  for (const row of sample) {
    if (filledCount(row.cells) < 2) continue;
    const s = span(row.cells);
    spans.set(s, (spans.get(s) ?? 0) + 1);
  }
  let width = 0;
  let best = 0;
  for (const [s, count] of spans) if (count > best || (count === best && s > width)) [width, best] = [s, count];
  const index = sample
    .slice(0, 100)
    .findIndex((row) => span(row.cells) >= width && filledCount(row.cells) >= 2 && numericShareOf(row.cells) < 0.5);
  return index;
}

/**
 * Chooses the header (the reader's line, or the first row that looks like one), sets title lines
 * before it and footnotes after the table aside, and keeps the rest as data rows.
 */
export function arrangeTable(raw: RawTable, headerLine?: number): ParsedTable {
  const { rows } = raw;
  const chosen = headerLine === undefined ? findHeader(rows) : rows.findIndex((r) => r.line >= headerLine);
  const index = chosen === -1 ? -1 : chosen;
  const header =
    index === -1
      ? Array.from({ length: Math.max(0, ...rows.slice(0, 100).map((r) => span(r.cells))) }, () => '')
      : rows[index]!.cells.map((name) => name.trim());
  const after = rows.slice(index + 1);
  const footnotes: TableRow[] = [];
  const data: TableRow[] = [];
  for (const row of after) {
    const first = row.cells.find((c) => c !== '') ?? '';
    if (FOOTNOTE_START.test(first) && FOOTNOTE.test(first.normalize('NFKC')) && filledCount(row.cells) <= 2) footnotes.push(row);
    else data.push(row);
  }
  // Trailing empty header cells with no data under them are not columns.
  while (header.length > 0 && header.at(-1) === '' && data.every((r) => (r.cells[header.length - 1] ?? '').trim() === '')) header.pop();
  return {
    header,
    headerLine: index === -1 ? 0 : rows[index]!.line,
    headerGuessed: headerLine === undefined,
    rows: data,
    preamble: index === -1 ? [] : rows.slice(0, index),
    footnotes,
    malformed: raw.malformed,
    delimiter: raw.delimiter,
  };
}

/** parseRows and arrangeTable in one step. */
export function parseTable(text: string, onProgress?: (fraction: number) => void, progressEvery = 5000): ParsedTable {
  return arrangeTable(parseRows(text, onProgress, progressEvery));
}

/** Why a parsed table cannot be analysed at all (checked before any column is offered). */
export function checkTable(raw: RawTable, table: ParsedTable, hasPrefectures = false): TableRefusal | null {
  if (raw.widest.columns > LIMITS.columns) return { kind: 'too-wide', line: raw.widest.line, columns: raw.widest.columns };
  if (raw.rows.length === 0) return { kind: 'empty' };
  if (table.rows.length === 0) return { kind: 'header-only' };
  // One measure is enough beside a prefecture column: it can be set against the atlas's indicators.
  if (measureColumns(table).length < (hasPrefectures ? 1 : 2)) return { kind: 'one-column' };
  return null;
}

/**
 * Column names for display: numbered when empty, numbered again when repeated (x, x (2), x (3)),
 * and cut at 80 characters so that a one-line file cannot make a 50 MB option label.
 */
export function columnNames(header: readonly string[], numbered: (i: number) => string): string[] {
  const seen = new Map<string, number>();
  return header.map((cell, i) => {
    // Control characters (an old system's export) would break the SVG the name is drawn in.
    const raw = cell.replace(/[\u0000-\u001F\u007F\uFFFE\uFFFF]/g, '');
    const name = raw === '' ? numbered(i + 1) : [...raw].length > 80 ? `${[...raw].slice(0, 79).join('')}…` : raw;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

const SAMPLE = 1000;

/**
 * Share of a column's filled cells that read as numbers (0 for an empty column). A column whose
 * every cell is a missing-value marker (-, …, ***) counts as numeric: it is a measure with no values.
 */
function numericShare(table: ParsedTable, column: number): number {
  let filled = 0;
  let numeric = 0;
  let markers = 0;
  for (const row of table.rows.slice(0, SAMPLE)) {
    const cell = (row.cells[column] ?? '').trim();
    if (cell === '') continue;
    if (missingMarker(cell) !== null) {
      markers++;
      continue;
    }
    filled++;
    if (parseNumber(cell) !== null) numeric++;
  }
  if (filled === 0) return markers > 0 ? 1 : 0;
  return numeric / filled;
}

const CODE_OR_YEAR = /コード|code|番号|^id$|^no\.?$|年度?$|^年|year|時点|^fy/i;

/**
 * Columns that can be measures: most filled cells are numbers, and the column is neither a code
 * (zero-padded, named コード or code, or JIS prefecture numbers 1–47 in order) nor a year.
 */
export function measureColumns(table: ParsedTable): number[] {
  const sample = table.rows.slice(0, SAMPLE);
  return table.header
    .map((_, i) => i)
    .filter((i) => numericShare(table, i) >= 0.8)
    .filter((i) => !CODE_OR_YEAR.test(table.header[i] ?? ''))
    .filter((i) => !sample.some((row) => /^0\d/.test((row.cells[i] ?? '').trim())))
    .filter((i) => {
      const values = sample.map((row) => parseNumber(row.cells[i] ?? '')).filter((v): v is number => v !== null);
      const years = values.length > 0 && values.every((v) => Number.isInteger(v) && v >= 1900 && v <= 2100);
      // JIS codes in order: 1–47 (or 1000–47000) down a prefecture table, not any short 1, 2, 3 … column.
      const codes = values.length >= 40 && values.length <= 47 && values.every((v, k) => v === k + 1 || v === (k + 1) * 1000);
      return !years && !codes;
    });
}

/** @deprecated name kept for callers: the measure columns. */
export const numericColumns = measureColumns;

const LABEL_NAMES = [/name/i, /名/, /都道府県|市区町村|地域/, /region|prefecture|municipality|label/i];

const CODE_NAME = /コード|code|番号|^no\.?$|^id$|pref/i;

/**
 * The column that names prefectures, or -1. A numeric column counts only as codes written as codes
 * (named コード or code, zero-padded, five-digit e-Stat area codes) or covering at least 40
 * prefectures: a measure that happens to hold small whole numbers is not a code.
 */
export function prefectureColumn(table: ParsedTable, matcher: PrefectureMatcher): number {
  const candidates = table.header.map((_, i) => i).filter((i) => isPrefectureLabel(table, matcher, i));
  // A column of names reads better than a column of codes.
  return candidates.find((i) => numericShare(table, i) < 0.8) ?? candidates[0] ?? -1;
}

/** Whether column i names prefectures (see prefectureColumn for codes). */
export function isPrefectureLabel(table: ParsedTable, matcher: PrefectureMatcher, i: number): boolean {
  const cells = table.rows.slice(0, SAMPLE).map((r) => r.cells[i] ?? '');
  const m = matchColumn(matcher, cells);
  if (!isPrefectureColumn(m)) return false;
  if (numericShare(table, i) < 0.8) return true;
  return CODE_NAME.test(table.header[i] ?? '') || cells.some((c) => /^(0\d|\d{2}000)$/.test(c.trim())) || m.prefectures >= 40;
}

/**
 * A first guess the user can change: a prefecture column if there is one, else a name-like text
 * column; and the first two measures (never a code or a year).
 */
export function guessColumns(table: ParsedTable, preferLabel: RegExp[] = LABEL_NAMES, matcher?: PrefectureMatcher): ColumnChoice {
  const measures = measureColumns(table);
  const text = table.header.map((_, i) => i).filter((i) => numericShare(table, i) < 0.8);
  const prefecture = matcher ? prefectureColumn(table, matcher) : -1;
  // The first pattern that names any text column wins, so that callers can rank their preferences.
  const named = preferLabel.map((pattern) => text.find((i) => pattern.test(table.header[i]!))).find((i) => i !== undefined);
  // The reader's preferred name column when it names prefectures (name_ja on the Japanese page).
  const label =
    named !== undefined && matcher && isPrefectureLabel(table, matcher, named)
      ? named
      : prefecture !== -1
        ? prefecture
        : (named ?? text[0] ?? 0);
  const [x = 0, y = Math.min(1, table.header.length - 1)] = measures;
  return { label, x, y };
}

/** Splits the rows into the points that can be drawn and the rows that cannot, with reasons. */
export function usableRows(table: ParsedTable, choice: ColumnChoice, matcher?: PrefectureMatcher): UsableRows {
  const points: UsablePoint[] = [];
  const rejected: RejectedRow[] = [];
  const missing: RejectedRow[] = [];
  const excluded: { line: number; label: string }[] = [];
  const width = table.header.length;
  const prefectures = matcher !== undefined && isPrefectureLabel(table, matcher, choice.label);
  const firstLine = new Map<string, number>();
  const columns = choice.x === choice.y ? [choice.x] : [choice.x, choice.y];
  for (const row of table.rows) {
    const problems: RowProblem[] = [];
    const broken = table.malformed.get(row.line);
    if (broken) problems.push({ kind: 'malformed', detail: broken });
    if (row.cells.length < width || span(row.cells) > width)
      problems.push({ kind: 'field-count', expected: width, found: row.cells.length });
    const label = (row.cells[choice.label] ?? '').trim();
    let code: string | undefined;
    if (label === '') problems.push({ kind: 'missing-label' });
    else if (matcher && (prefectures || mightBeAggregate(label))) {
      const m = matcher.match(label);
      if (m.kind === 'aggregate') {
        excluded.push({ line: row.line, label });
        continue;
      }
      if (prefectures && m.kind === 'unknown') problems.push({ kind: 'not-a-prefecture', value: label });
      if (prefectures && m.kind === 'prefecture') {
        const first = firstLine.get(m.code);
        if (first !== undefined) problems.push({ kind: 'duplicate-prefecture', value: label, first });
        else firstLine.set(m.code, row.line);
        code = m.code;
      }
    }
    let gaps = 0;
    const values = columns.map((column) => {
      const cell = (row.cells[column] ?? '').trim();
      const value = parseNumber(cell);
      if (value !== null) return value;
      const marker = missingMarker(cell);
      if (marker !== null) {
        problems.push({ kind: 'missing-value', column, marker });
        gaps++;
      } else problems.push({ kind: 'not-a-number', column, value: cell });
      return null;
    });
    if (problems.length === 0)
      points.push({ line: row.line, label, x: values[0]!, y: (values[1] ?? values[0])!, ...(code ? { code } : {}) });
    else if (problems.length === gaps) missing.push({ line: row.line, problems });
    else rejected.push({ line: row.line, problems });
  }
  return { points, rejected, missing, excluded, prefectures };
}
