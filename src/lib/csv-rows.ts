/**
 * CSV rows with their place in the text, shared by the data build and the "your data" page so
 * that both report the same line numbers for the same file.
 */
import Papa from 'papaparse';

export interface LocatedRow {
  /** 1-based line on which the row starts. */
  line: number;
  /** Offset of that line's first character, for column numbers. */
  lineStart: number;
  /** Offsets of the row's first character and just past its last. */
  start: number;
  end: number;
  fields: string[];
  error: { code: string; message: string } | undefined;
}

/** Lines holding only spaces or commas: papaparse's 'greedy' mode skips them as empty. */
const BLANK = /^[\s,]*$/;

export function eachCsvRow(text: string, onRow: (row: LocatedRow) => void, delimiter: ',' | '\t' = ','): void {
  let cursor = 0;
  // Line counting only walks forward, so the whole text is scanned once.
  let scanned = 0;
  let line = 1;
  let lineStart = 0;
  Papa.parse<string[]>(text, {
    delimiter, // never guessed: a one-column file would fail as UndetectableDelimiter
    skipEmptyLines: 'greedy',
    step: (result) => {
      const end = result.meta.cursor;
      let start = cursor;
      while (start < end) {
        // Most rows start with a character that cannot be on a blank line: no need to look further.
        const first = text.charCodeAt(start);
        if (first > 32 && first < 128 && first !== 44) break;
        const newline = text.indexOf('\n', start);
        const lineEnd = newline === -1 ? text.length : newline;
        if (!BLANK.test(text.slice(start, lineEnd))) break;
        start = lineEnd + 1;
      }
      cursor = end;
      for (; scanned < start; scanned++) {
        if (text.charCodeAt(scanned) === 10) {
          line++;
          lineStart = scanned + 1;
        }
      }
      const [error] = result.errors;
      onRow({ line, lineStart, start, end, fields: result.data, error: error && { code: error.code, message: error.message } });
    },
  });
}
