/**
 * data/published_files.csv: what each file of public/data/ is, in both languages, for
 * datapackage.json. A derived file has a title and a description; a raw transcription has a title
 * (its description is written from its pages). Columns are described by the dictionary and by the
 * raw tables' readers, not here.
 */
import type { Bilingual } from '../../src/lib/derived-data.ts';
import { optionalText, text } from './columns.ts';
import { DataError, quoted } from './data-error.ts';
import { readCsv } from './read-csv.ts';
import { cellPlace, validateTable } from './validate-table.ts';

export interface PublishedFiles {
  /** The derived files in the order the package lists them, each with its title and description. */
  derived: { path: string; title: Bilingual; description: Bilingual }[];
  /** The titles of the raw transcriptions, by file name under raw/. */
  rawTitles: Map<string, Bilingual>;
}

export function readPublishedFiles(file: string): PublishedFiles {
  const csv = readCsv(file);
  const rows = validateTable(csv, {
    path: text.regex(/^(raw\/)?[a-z0-9_.-]+\.(csv|json)$/, 'a file name, or raw/ and a file name'),
    title_ja: text,
    title_en: text,
    description_ja: optionalText,
    description_en: optionalText,
  });
  const published: PublishedFiles = { derived: [], rawTitles: new Map() };
  const seen = new Set<string>();
  for (const { line, value: v } of rows) {
    if (seen.has(v.path)) throw new DataError(cellPlace(csv, line, 'path'), 'each file once', quoted(v.path));
    seen.add(v.path);
    const title = { ja: v.title_ja, en: v.title_en };
    if (v.path.startsWith('raw/')) {
      published.rawTitles.set(v.path.slice('raw/'.length), title);
      continue;
    }
    // Every derived file says what it holds in both languages.
    for (const column of ['description_ja', 'description_en'] as const) {
      if (v[column] === '') throw new DataError(cellPlace(csv, line, column), `a description of ${v.path}`, 'an empty cell');
    }
    published.derived.push({ path: v.path, title, description: { ja: v.description_ja, en: v.description_en } });
  }
  return published;
}
