import { csvText } from '../../src/lib/csv-writer.ts';
import type { PrefectureRecord } from '../../src/lib/derived-data.ts';
import type { Derived } from './derive.ts';
import type { DictionaryEntry } from './dictionary.ts';

/** JSON with sorted-in-place insertion order and a final newline: stable bytes for stable input. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Rows as CSV through the site's one writer (formula-like text neutralised, numbers kept numbers). */
export function toCsv(columns: string[], rows: Record<string, string | number | null>[], options: { bom?: boolean } = {}): string {
  return csvText(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
    options,
  );
}

/** Every derived file, by name, as the bytes that go into public/data/. */
export function renderOutputs(derived: Derived, dictionary: DictionaryEntry[]): Map<string, string> {
  const columns = dictionary.map((entry) => entry.column);
  const flatDictionary = dictionary.map((entry) => ({
    column: entry.column,
    type: entry.type,
    meaning_ja: entry.meaning.ja,
    meaning_en: entry.meaning.en,
    unit_ja: entry.unit?.ja ?? '',
    unit_en: entry.unit?.en ?? '',
    source_ja: entry.source.ja,
    source_en: entry.source.en,
    vintage: entry.vintage,
  }));
  const ordered = derived.prefectures.map((record) => pick(record, columns));
  return new Map([
    // Excel in Japan reads a CSV as Shift_JIS unless it starts with a BOM.
    ['prefectures.csv', toCsv(columns, ordered, { bom: true })],
    ['prefectures.json', toJson(ordered)],
    ['summary.json', toJson(derived.summary)],
    ['data-dictionary.csv', toCsv(Object.keys(flatDictionary[0]), flatDictionary, { bom: true })],
    ['data-dictionary.json', toJson(flatDictionary)],
  ]);
}

function pick(record: PrefectureRecord, columns: string[]): PrefectureRecord {
  return Object.fromEntries(columns.filter((c) => c in record).map((c) => [c, record[c]])) as PrefectureRecord;
}
