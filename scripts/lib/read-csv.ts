import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
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

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Parses CSV text (any encoding already decoded) into rows that know their line and columns. */
export function parseCsv(file: string, text: string): CsvFile {
  const lines = lineStarts(text);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const rows: CsvRow[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',', // never guessed: a one-column file would fail as UndetectableDelimiter
    skipEmptyLines: 'greedy',
    step: (result) => {
      const end = result.meta.cursor;
      // Step over line breaks and the blank lines (only spaces or commas) that 'greedy' skipped.
      let start = cursor;
      while (start < end) {
        const newline = text.indexOf('\n', start);
        const lineEnd = newline === -1 ? text.length : newline;
        if (!/^[\s,]*$/.test(text.slice(start, lineEnd))) break;
        start = lineEnd + 1;
      }
      cursor = end;
      if (result.errors.length > 0) {
        const error = result.errors[0];
        const line = lineAt(start);
        throw new DataError({ file, line, column: 1 }, 'well-formed CSV', `${error.code} (${error.message})`);
      }
      const line = lineAt(start);
      const columns = fieldStarts(text.slice(start, end)).map((offset) => start + offset - lines[line - 1] + 1);
      rows.push({ line, fields: result.data, columns });
    },
  });

  if (rows.length === 0) {
    throw new DataError({ file, line: 1, column: 1 }, 'a header row and data rows', 'an empty file');
  }
  const [header, ...data] = rows;
  const last = data.at(-1) ?? header;
  return { file, header, rows: data, endLine: last.line + 1 };
}

export function readCsv(file: string): CsvFile {
  const bytes = readFileSync(file);
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
