/**
 * The derived data as the pages see it: read once from public/data/ at build time, so that every
 * page shows exactly the files a researcher downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../config.ts';
import { field, type IndicatorSummary, type PrefectureRecord, type Summary } from './derived-data.ts';
import type { NetworkData } from './network-data.ts';
import type { SuggestionsFile } from './suggestions-file.ts';

const DATA_DIR = join(process.cwd(), 'public', 'data');

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as T;
}

let cache: { prefectures: PrefectureRecord[]; summary: Summary; networks: NetworkData; suggestions: SuggestionsFile } | undefined;

export function atlas() {
  cache ??= {
    prefectures: readJson('prefectures.json'),
    summary: readJson('summary.json'),
    networks: readJson('networks.json'),
    suggestions: readJson('suggestions.json'),
  };
  return cache;
}

export function suggestionFor(code: string) {
  const found = atlas().suggestions.prefectures.find((s) => s.code === code);
  if (!found) throw new Error(`No suggestion for ${code}`);
  return found;
}

export function prefectureByCode(code: string): PrefectureRecord {
  const found = atlas().prefectures.find((p) => p.code === code);
  if (!found) throw new Error(`No prefecture with code ${code}`);
  return found;
}

export function indicator(id: string): IndicatorSummary {
  const found = atlas().summary.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`No indicator ${id} in summary.json`);
  return found;
}

/** The scatter's two indicators, as summary.json names them. */
export function axes() {
  const { summary } = atlas();
  return { x: indicator(summary.x), y: indicator(summary.y) };
}

/** One indicator column of a prefecture; null where the data has no value (shown as "–", never as 0). */
export function valueOf(record: PrefectureRecord, ind: IndicatorSummary, suffix: Parameters<typeof field>[1] = ''): number | null {
  const value = record[field(ind.column, suffix)];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') throw new Error(`${record.code} ${field(ind.column, suffix)}: expected a number or null, found ${JSON.stringify(value)}`);
  return value;
}

export function nameOf(record: PrefectureRecord, lang: Lang): string {
  return lang === 'ja' ? record.name_ja : record.name_en;
}

export function prefectureBySlug(slug: string): PrefectureRecord {
  const found = atlas().prefectures.find((p) => p.slug === slug);
  if (!found) throw new Error(`No prefecture with slug ${slug}`);
  return found;
}
