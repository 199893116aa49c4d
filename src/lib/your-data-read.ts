/**
 * The whole path of the "your data" page from bytes (or pasted text) to the analysis, as pure
 * functions: the worker runs exactly these, and the unit tests run them on the fixtures.
 */
import { sniffText, type TextEncoding } from './decode-text.ts';
import { fitPoints, rankedPoints, type Analysis, type AnalysisFailure, type Fit } from './your-data-analysis.ts';
import { joinPoints, type AtlasForReader, type JoinChoice } from './your-data-join.ts';
import type { PrefectureMatcher } from './your-data-prefectures.ts';
import type { Refusal } from './your-data-refusal.ts';
import {
  arrangeTable,
  checkLines,
  checkSize,
  checkTable,
  columnNames,
  guessColumns,
  measureColumns,
  parseRows,
  prefectureColumn,
  usableRows,
  type ColumnChoice,
  type ParsedTable,
  type RawTable,
  type TableRow,
  type UsablePoint,
  type UsableRows,
} from './your-data-table.ts';

export type SourceEncoding = TextEncoding | 'pasted';

export type ReadResult =
  | { ok: false; refusal: Refusal }
  | { ok: true; raw: RawTable; table: ParsedTable; encoding: SourceEncoding; replaced: number };

/** Bytes of a file, or pasted text: checked, decoded, parsed, header found. */
export function readInput(
  input: { bytes: Uint8Array } | { text: string },
  encoding: TextEncoding | 'auto' = 'auto',
  onProgress?: (fraction: number) => void,
): ReadResult {
  let text: string;
  let source: { encoding: SourceEncoding; replaced: number };
  if ('bytes' in input) {
    const tooLarge = checkSize(input.bytes.length);
    if (tooLarge) return { ok: false, refusal: tooLarge };
    const sniffed = sniffText(input.bytes, encoding);
    if (!sniffed.ok) return { ok: false, refusal: sniffed };
    text = sniffed.text;
    source = { encoding: sniffed.encoding, replaced: sniffed.replaced };
  } else {
    text = input.text;
    source = { encoding: 'pasted', replaced: 0 };
  }
  if (text.trim() === '') return { ok: false, refusal: { kind: 'empty' } };
  const longLine = checkLines(text);
  if (longLine) return { ok: false, refusal: longLine };
  const raw = parseRows(text, onProgress);
  return { ok: true, raw, table: arrangeTable(raw), ...source };
}

/** A line set aside (title before the header, note after the table), as text. */
export interface SetAside {
  line: number;
  text: string;
}

export interface TableSummary {
  header: string[];
  rows: number;
  delimiter: ',' | '\t';
  headerLine: number;
  headerGuessed: boolean;
  preamble: SetAside[];
  footnotes: SetAside[];
  guess: ColumnChoice;
  measures: number[];
  /** The column recognised as prefectures, or -1. */
  prefectureColumn: number;
}

const asText = (row: TableRow) =>
  row.cells
    .filter((c) => c.trim() !== '')
    .join(' ')
    .slice(0, 300);

/** What the page shows once a table is read, or why it cannot be analysed at all. */
export function describeTable(
  raw: RawTable,
  table: ParsedTable,
  matcher: PrefectureMatcher,
  prefer?: RegExp[],
): { ok: false; refusal: Refusal } | ({ ok: true } & TableSummary) {
  const prefectures = prefectureColumn(table, matcher);
  const refusal = checkTable(raw, table, prefectures !== -1);
  if (refusal) return { ok: false, refusal };
  return {
    ok: true,
    header: columnNames(table.header, (i) => `#${i}`),
    rows: table.rows.length,
    delimiter: table.delimiter,
    headerLine: table.headerLine,
    headerGuessed: table.headerGuessed,
    preamble: table.preamble.slice(0, 20).map((r) => ({ line: r.line, text: asText(r) })),
    footnotes: table.footnotes.slice(0, 50).map((r) => ({ line: r.line, text: asText(r) })),
    guess: guessColumns(table, prefer, matcher),
    measures: measureColumns(table),
    prefectureColumn: prefectures,
  };
}

export interface TableAnalysis extends Omit<UsableRows, 'points'> {
  /** Prefecture rows with no atlas value to join (none for the 47 prefectures). */
  unmatched: number;
  outcome: Analysis | AnalysisFailure;
}

/** The chosen columns read, joined when asked, and fitted, before any point object is ranked. */
export interface FittedTable {
  analysis: Omit<TableAnalysis, 'outcome'>;
  points: UsablePoint[];
  fit: Fit | AnalysisFailure;
}

/**
 * The analysis of the chosen columns; joined, the reader's column (the one the atlas's indicator
 * does not replace) is read once and set against the atlas's figure for each prefecture.
 */
export function fitTable(
  table: ParsedTable,
  choice: ColumnChoice,
  matcher: PrefectureMatcher,
  atlas?: AtlasForReader,
  join?: JoinChoice,
): FittedTable {
  const mine = join ? (join.axis === 'x' ? choice.y : choice.x) : undefined;
  const { points, ...rest } = usableRows(table, mine === undefined ? choice : { ...choice, x: mine, y: mine }, matcher);
  const joined = join && atlas ? joinPoints(points, atlas, join) : { points, unmatched: [] };
  return { analysis: { ...rest, unmatched: joined.unmatched.length }, points: joined.points, fit: fitPoints(joined.points) };
}

/** fitTable with every point ranked: the whole analysis, as the unit tests read it. */
export function analyseTable(
  table: ParsedTable,
  choice: ColumnChoice,
  matcher: PrefectureMatcher,
  atlas?: AtlasForReader,
  join?: JoinChoice,
): TableAnalysis {
  const { analysis, points, fit } = fitTable(table, choice, matcher, atlas, join);
  const outcome = 'kind' in fit ? fit : { association: fit.association, band: fit.band, ranked: rankedPoints(points, fit) };
  return { ...analysis, outcome };
}
