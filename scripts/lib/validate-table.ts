import type { z } from 'zod';
import { DataError, quoted } from './data-error.ts';
import { checkHeader, type CsvFile, type CsvRow } from './read-csv.ts';

export interface Located<T> {
  line: number;
  value: T;
}

type Shape = Record<string, z.ZodType>;
type Parsed<S extends Shape> = { [K in keyof S]: z.output<S[K]> };

/**
 * Validates every row of a CSV against one zod type per column; the first bad cell stops the
 * build with its place, what was expected and what was found.
 */
export function validateTable<S extends Shape>(
  csv: CsvFile,
  required: S,
  optional: Shape = {},
): Located<Parsed<S> & Record<string, unknown>>[] {
  checkHeader(csv, Object.keys(required), Object.keys(optional));
  const columns: Shape = { ...required, ...optional };
  return csv.rows.map((row) => ({ line: row.line, value: parseRow(csv, row, columns) as Parsed<S> }));
}

function parseRow(csv: CsvFile, row: CsvRow, columns: Shape): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  csv.header.fields.forEach((name, i) => {
    const result = columns[name].safeParse(row.fields[i]);
    if (!result.success) {
      const place = { file: csv.file, line: row.line, column: row.columns[i] };
      throw new DataError(place, `${name}: ${result.error.issues[0].message}`, quoted(row.fields[i]));
    }
    record[name] = result.data;
  });
  return record;
}

/** Place of one cell, for checks that span rows (duplicates, cross-table references). */
export function cellPlace(csv: CsvFile, line: number, columnName: string) {
  const row = csv.rows.find((r) => r.line === line);
  const index = csv.header.fields.indexOf(columnName);
  return { file: csv.file, line, column: row?.columns[index] ?? 1 };
}
