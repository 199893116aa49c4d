import Papa from 'papaparse';
import type { PrefectureRecord } from '../../src/lib/derived-data.ts';
import type { Derived } from './derive.ts';
import type { DictionaryEntry } from './dictionary.ts';

const BOM = '\uFEFF';

/** JSON with sorted-in-place insertion order and a final newline: stable bytes for stable input. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const data = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return `${Papa.unparse({ fields: columns, data }, { newline: '\r\n' })}\r\n`;
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
    ['prefectures.csv', BOM + toCsv(columns, ordered)],
    ['prefectures.json', toJson(ordered)],
    ['summary.json', toJson(derived.summary)],
    ['data-dictionary.csv', BOM + toCsv(Object.keys(flatDictionary[0]), flatDictionary)],
    ['data-dictionary.json', toJson(flatDictionary)],
  ]);
}

function pick(record: PrefectureRecord, columns: string[]): PrefectureRecord {
  return Object.fromEntries(columns.filter((c) => c in record).map((c) => [c, record[c]])) as PrefectureRecord;
}
