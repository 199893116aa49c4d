import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, formatDataError } from '../../../scripts/lib/data-error.ts';
import { checkHeader, parseCsv, readCsv } from '../../../scripts/lib/read-csv.ts';
import { FIXTURES } from '../../support/data-pipeline.ts';

const fixture = (name: string) => join(FIXTURES, 'encoding', name);

/** The error a function throws, as the CLI would print it. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return formatDataError(error);
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('readCsv() across encodings and line endings', () => {
  const utf8 = readCsv(fixture('job_opening_ratio.utf8.csv'));
  const withoutFile = (csv: ReturnType<typeof readCsv>) => ({ ...csv, file: '' });

  it('reads the UTF-8 table: header, 47 rows with lines and columns', () => {
    expect(utf8.header).toEqual({ line: 1, fields: ['code', 'name_ja', 'value'], columns: [1, 6, 14] });
    expect(utf8.rows).toHaveLength(47);
    expect(utf8.rows[0]).toEqual({ line: 2, fields: ['01', '北海道', '1.34'], columns: [1, 4, 8] });
    expect(utf8.rows[13]).toEqual({ line: 15, fields: ['14', '神奈川県', '0.37'], columns: [1, 4, 9] });
    expect(utf8.endLine).toBe(49);
  });

  it('parses the Shift_JIS (CP932) twin to the same records, lines and columns', () => {
    expect(withoutFile(readCsv(fixture('job_opening_ratio.sjis.csv')))).toEqual(withoutFile(utf8));
  });

  it('parses the UTF-8 + BOM + CRLF twin to the same records, lines and columns', () => {
    expect(withoutFile(readCsv(fixture('job_opening_ratio.utf8-bom-crlf.csv')))).toEqual(withoutFile(utf8));
  });
});

describe('parseCsv() positions', () => {
  it('counts lines across blank lines and quoted line breaks, and columns in characters', () => {
    const csv = parseCsv('t.csv', 'a,b,c\n1,"x,y",3\n\n4,"p\nq",東京都\n5,6,7');
    expect(csv.rows).toEqual([
      { line: 2, fields: ['1', 'x,y', '3'], columns: [1, 3, 9] },
      { line: 4, fields: ['4', 'p\nq', '東京都'], columns: [1, 3, 9] },
      { line: 6, fields: ['5', '6', '7'], columns: [1, 3, 5] },
    ]);
    expect(csv.endLine).toBe(7);
  });

  it('keeps lines right after lines of only spaces or commas (skipped as empty rows)', () => {
    // Regression: these lines used to be counted into the next row, which was then reported one line early.
    const csv = parseCsv('t.csv', 'a,b\n1,2\n   \n,,\n\u3000\n3,4\n');
    expect(csv.rows.map((r) => [r.line, r.columns])).toEqual([
      [2, [1, 3]],
      [6, [1, 3]],
    ]);
    const crlf = parseCsv('t.csv', ' \r\na,b\r\n\t\r\n3,4\r\n');
    expect(crlf.header.line).toBe(2);
    expect(crlf.rows.map((r) => [r.line, r.columns])).toEqual([[4, [1, 3]]]);
  });

  it('gives the same positions for LF, CRLF and a leading BOM', () => {
    const lf = parseCsv('t.csv', 'a,b\n1,2\n\n3,4\n');
    const crlf = parseCsv('t.csv', 'a,b\r\n1,2\r\n\r\n3,4\r\n');
    expect(crlf).toEqual(lf);
    expect(lf.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('rejects an empty or blank file', () => {
    expect(errorOf(() => parseCsv('t.csv', ''))).toBe('t.csv:1:1: expected a header row and data rows, found an empty file');
    expect(errorOf(() => parseCsv('t.csv', '\r\n  \r\n'))).toBe('t.csv:1:1: expected a header row and data rows, found an empty file');
  });

  it('reads a one-column file (the delimiter is fixed, never guessed)', () => {
    // Regression: Papa's delimiter guessing failed on files without commas ("UndetectableDelimiter").
    expect(parseCsv('t.csv', 'code\n01\n').rows).toEqual([{ line: 2, fields: ['01'], columns: [1] }]);
  });

  it('rejects malformed quoting at the row where it starts', () => {
    expect(errorOf(() => parseCsv('t.csv', 'a,b\n1,2\n"3,4\n'))).toBe(
      't.csv:3:1: expected well-formed CSV, found MissingQuotes (Quoted field unterminated)',
    );
  });

  it('accepts a header with no data rows, placing the missing rows on line 2', () => {
    const csv = parseCsv('t.csv', 'a,b\n');
    expect(csv.rows).toEqual([]);
    expect(csv.endLine).toBe(2);
  });
});

describe('checkHeader()', () => {
  const csv = (text: string) => parseCsv('t.csv', text);

  it('accepts the required and optional columns in any order', () => {
    expect(() => checkHeader(csv('value,code,extra\n1,2,3\n'), ['code', 'value'], ['extra'])).not.toThrow();
    expect(() => checkHeader(csv('value,code\n1,2\n'), ['code', 'value'], ['extra'])).not.toThrow();
  });

  it('names an extra, a repeated and a missing column at its place', () => {
    expect(errorOf(() => checkHeader(csv('code,value,note\n1,2,3\n'), ['code', 'value']))).toBe(
      't.csv:1:12: expected one of the columns code, value, found an extra column "note"',
    );
    expect(errorOf(() => checkHeader(csv('code,value,code\n1,2,3\n'), ['code', 'value']))).toBe(
      't.csv:1:12: expected column "code" once, found it again',
    );
    expect(errorOf(() => checkHeader(csv('code\r\n1\r\n'), ['code', 'value']))).toBe(
      't.csv:1:5: expected a column "value", found only code',
    );
  });

  it('names a row with too many or too few fields', () => {
    expect(errorOf(() => checkHeader(csv('a,b\n1,2\n1,2,3\n'), ['a', 'b']))).toBe('t.csv:3:5: expected 2 fields, found 3');
    expect(errorOf(() => checkHeader(csv('a,b,c\n1,2,3\n\n東京都,2\n'), ['a', 'b', 'c']))).toBe('t.csv:4:5: expected 3 fields, found 2');
  });
});

describe('bad cells keep their place in every encoding', () => {
  it.each(['bad-value.utf8.csv', 'bad-value.sjis.csv', 'bad-value.utf8-bom-crlf.csv'])(
    '%s: line 14, column 8 (characters, not bytes)',
    (name) => {
      const csv = readCsv(fixture(name));
      const row = csv.rows.find((r) => r.fields[0] === '13')!;
      expect(row).toEqual({ line: 14, fields: ['13', '東京都', '１．０７'], columns: [1, 4, 8] });
      expect(readFileSync(fixture(name)).length).toBeGreaterThan(0);
    },
  );
});

describe('parseCsv() line endings and readCsv() on a missing file', () => {
  it('accepts one ending throughout, and any line break inside a quoted cell', () => {
    expect(parseCsv('t.csv', 'a,b\r\n1,"x\ny"\r\n2,3\r\n').rows.map((r) => r.fields)).toEqual([
      ['1', 'x\ny'],
      ['2', '3'],
    ]);
    expect(parseCsv('t.csv', 'a,b\n1,"x\r\ny"\n2,3').rows.map((r) => r.fields)).toEqual([
      ['1', 'x\r\ny'],
      ['2', '3'],
    ]);
  });

  it.each([
    ['a,b\r\n1,2\n3,4\n', 't.csv:2:4: expected every line to end as line 1 does (CRLF), found a line ending in LF'],
    ['a,b\n1,2\r\n3,4\n', 't.csv:2:4: expected every line to end as line 1 does (LF), found a line ending in CRLF'],
    ['a,b\n1,2\n3,4\r5,6\n', 't.csv:3:4: expected every line to end as line 1 does (LF), found a line ending in CR'],
    ['a,b\n1,"x\r\ny"\n3,4\r\n', 't.csv:4:4: expected every line to end as line 1 does (LF), found a line ending in CRLF'],
  ])('%j → %s', (text, message) => {
    expect(errorOf(() => parseCsv('t.csv', text))).toBe(message);
  });

  it('reports a missing file and a folder in the one located format', () => {
    expect(errorOf(() => readCsv(fixture('no-such-file.csv')))).toBe(
      `${fixture('no-such-file.csv')}:1:1: expected a CSV file, found no file at this path`,
    );
    expect(errorOf(() => readCsv(join(FIXTURES, 'encoding')))).toBe(
      `${join(FIXTURES, 'encoding')}:1:1: expected a CSV file, found a folder`,
    );
  });
});
