import { readFileSync } from 'node:fs';
import { eachCsvRow } from '../../src/lib/csv-rows.ts';
import { decodeText } from '../../src/lib/decode-text.ts';
import { DataError, quoted } from './data-error.ts';

/** One data row, with where each of its fields starts in the file. */
export interface CsvRow {
  line: number;
  fields: string[];
  /** 1-based character column at which each field starts. */
  columns: number[];
}

export interface CsvFile {
  file: string;
  header: CsvRow;
  rows: CsvRow[];
  /** The line just past the last row, where a missing row would have gone. */
  endLine: number;
}

/** Character offsets at which each field of one raw CSV row starts, honouring quotes. */
function fieldStarts(rowText: string): number[] {
  const starts = [0];
  let inQuotes = false;
  for (let i = 0; i < rowText.length; i++) {
    const ch = rowText[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === ',' && !inQuotes) starts.push(i + 1);
  }
  return starts;
}

type LineEnding = 'CRLF' | 'LF' | 'CR';

/**
 * Stops at the first line that ends differently from line 1 (outside quoted fields, where a cell
 * may hold its own line breaks). papaparse takes the line ending of the first line for the whole
 * file, so a CRLF header over LF rows would otherwise be read as one long row and reported as
 * "expected 3 fields, found 95", which does not say what is wrong.
 */
function checkLineEndings(file: string, text: string): void {
  let first: LineEnding | undefined;
  let inQuotes = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    if (ch !== '\n' && ch !== '\r') continue;
    const ending: LineEnding = ch === '\n' ? 'LF' : text[i + 1] === '\n' ? 'CRLF' : 'CR';
    if (!inQuotes) {
      first ??= ending;
      if (ending !== first) {
        throw new DataError(
          { file, line, column: i - lineStart + 1 },
          `every line to end as line 1 does (${first})`,
          `a line ending in ${ending}`,
        );
      }
    }
    if (ending === 'CRLF') i++;
    line++;
    lineStart = i + 1;
  }
}

/** Parses CSV text (any encoding already decoded) into rows that know their line and columns. */
export function parseCsv(file: string, text: string): CsvFile {
  checkLineEndings(file, text);
  const rows: CsvRow[] = [];
  eachCsvRow(text, (row) => {
    if (row.error) throw new DataError({ file, line: row.line, column: 1 }, 'well-formed CSV', `${row.error.code} (${row.error.message})`);
    const columns = fieldStarts(text.slice(row.start, row.end)).map((offset) => row.start + offset - row.lineStart + 1);
    rows.push({ line: row.line, fields: row.fields, columns });
  });

  if (rows.length === 0) {
    throw new DataError({ file, line: 1, column: 1 }, 'a header row and data rows', 'an empty file');
  }
  const [header, ...data] = rows;
  const last = data.at(-1) ?? header;
  return { file, header, rows: data, endLine: last.line + 1 };
}

export function readCsv(file: string): CsvFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    // A missing or unreadable file is an input problem like any other: one located line, no stack.
    const code = (error as NodeJS.ErrnoException).code;
    const found =
      code === 'ENOENT' ? 'no file at this path' : code === 'EISDIR' ? 'a folder' : `a file that cannot be read (${code ?? String(error)})`;
    throw new DataError({ file, line: 1, column: 1 }, 'a CSV file', found);
  }
  return parseCsv(file, decodeText(bytes));
}

/** Checks the header against the columns a table requires and allows, in any order. */
export function checkHeader(csv: CsvFile, required: readonly string[], optional: readonly string[] = []): void {
  const { header, file } = csv;
  const allowed = new Set([...required, ...optional]);
  const seen = new Set<string>();
  header.fields.forEach((name, i) => {
    const place = { file, line: header.line, column: header.columns[i] };
    if (!allowed.has(name)) {
      throw new DataError(place, `one of the columns ${[...allowed].join(', ')}`, `an extra column ${quoted(name)}`);
    }
    if (seen.has(name)) throw new DataError(place, `column ${quoted(name)} once`, 'it again');
    seen.add(name);
  });
  const missing = required.find((name) => !seen.has(name));
  if (missing !== undefined) {
    const column = (header.columns.at(-1) ?? 1) + (header.fields.at(-1)?.length ?? 0);
    throw new DataError({ file, line: header.line, column }, `a column ${quoted(missing)}`, `only ${header.fields.join(', ')}`);
  }
  for (const row of csv.rows) {
    if (row.fields.length !== header.fields.length) {
      const column = row.fields.length > header.fields.length ? row.columns[header.fields.length] : (row.columns.at(-1) ?? 1);
      throw new DataError({ file, line: row.line, column }, `${header.fields.length} fields`, `${row.fields.length}`);
    }
  }
}
