/**
 * data/sources.csv: one row per source, and the check that every `source` cell of a raw table
 * (and every `sources` cell of indicators.csv) names rows that exist. A table states its source in
 * the data, beside the figures, so that notes, the footer, the data package and CITATION.cff can
 * all be generated from one list.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Bilingual } from '../../src/lib/derived-data.ts';
import type { SourceRecord } from '../../src/lib/sources.ts';
import { optionalText, text } from './columns.ts';
import { DataError, quoted } from './data-error.ts';
import { readCsv } from './read-csv.ts';
import { cellPlace, validateTable } from './validate-table.ts';

/** A `source` cell: one or more ids from data/sources.csv, separated by semicolons. */
export const sourceRef = text
  .regex(/^[a-z_]+(;[a-z_]+)*$/, 'source ids from data/sources.csv, separated by ";"')
  .describe('Ids of the sources in data/sources.csv (published as sources.json), separated by ";"');

const vintage = z
  .string()
  .trim()
  .regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/, 'an empty cell or a month like 2021-09');
const licence = z
  .string()
  .trim()
  .regex(/^(|unverified|[A-Za-z0-9.-]+)$/, 'an empty cell, "unverified" or an SPDX licence id');
const url = z
  .string()
  .trim()
  .regex(/^(|https:\/\/\S+)$/, 'an empty cell or an https:// address');

const optionalBilingual = (ja: string, en: string): Bilingual | null => (ja || en ? { ja, en } : null);

export function readSources(file: string): SourceRecord[] {
  const csv = readCsv(file);
  const rows = validateTable(csv, {
    id: text.regex(/^[a-z_]+$/, 'a snake_case id'),
    publisher_ja: text,
    publisher_en: text,
    title_ja: text,
    title_en: text,
    vintage,
    date_note_ja: optionalText,
    date_note_en: optionalText,
    note_ja: optionalText,
    note_en: optionalText,
    url,
    licence,
    use_ja: text,
    use_en: text,
    checked: z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'an empty cell or a day like 2026-11-29'),
  });
  const seen = new Map<string, number>();
  for (const { line, value } of rows) {
    const first = seen.get(value.id);
    if (first !== undefined)
      throw new DataError(cellPlace(csv, line, 'id'), 'each id once', `${quoted(value.id)} again (first on line ${first})`);
    seen.set(value.id, line);
    // A source without a month must say why, so that no citation is left silently undated.
    if (value.vintage === '' && value.date_note_ja === '' && value.id !== 'atlas' && value.url === '') {
      throw new DataError(cellPlace(csv, line, 'date_note_ja'), 'a note on the date when the vintage is empty', 'an empty cell');
    }
  }
  return rows.map(({ value: v }) => ({
    id: v.id,
    publisher: { ja: v.publisher_ja, en: v.publisher_en },
    title: { ja: v.title_ja, en: v.title_en },
    vintage: v.vintage || null,
    dateNote: optionalBilingual(v.date_note_ja, v.date_note_en),
    note: optionalBilingual(v.note_ja, v.note_en),
    url: v.url || null,
    licence: v.licence || null,
    use: { ja: v.use_ja, en: v.use_en },
    checked: v.checked || null,
  }));
}

/**
 * Which sources each table under data/ names, after checking that every id exists. Every raw table
 * must name its sources in a `source` column, except the indicator tables, whose sources are the
 * `sources` cell of their row in indicators.csv.
 */
export function sourceReferences(dataDir: string, sources: readonly SourceRecord[]): Map<string, string[]> {
  const known = new Set(sources.map((s) => s.id));
  const used = new Map<string, string[]>();
  const collect = (file: string, column: string, optional: boolean) => {
    const csv = readCsv(file);
    const index = csv.header.fields.indexOf(column);
    if (index === -1) {
      if (optional) {
        used.set(file, []);
        return csv;
      }
      const end = (csv.header.columns.at(-1) ?? 1) + (csv.header.fields.at(-1)?.length ?? 0);
      throw new DataError(
        { file, line: csv.header.line, column: end },
        `a column ${quoted(column)} naming the table's sources`,
        `only ${csv.header.fields.join(', ')}`,
      );
    }
    const ids = new Set<string>();
    for (const row of csv.rows) {
      // A row of the wrong width is the table's own validator's to report, with its own message.
      if (row.fields.length !== csv.header.fields.length) continue;
      for (const id of (row.fields[index] ?? '').split(';').map((s) => s.trim())) {
        if (!known.has(id)) {
          throw new DataError(
            { file, line: row.line, column: row.columns[index] },
            `a source id from data/sources.csv (${[...known].join(', ')})`,
            quoted(id),
          );
        }
        ids.add(id);
      }
    }
    used.set(file, [...ids]);
    return csv;
  };
  const indicators = collect(join(dataDir, 'indicators.csv'), 'sources', false);
  const fileIndex = indicators.header.fields.indexOf('file');
  const indicatorFiles = new Set(indicators.rows.map((row) => join(dataDir, row.fields[fileIndex])));
  const rawDir = join(dataDir, 'raw');
  for (const name of readdirSync(rawDir)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    const file = join(rawDir, name);
    collect(file, 'source', indicatorFiles.has(file));
  }
  return used;
}
