/**
 * The derived data as the pages see it: read once from public/data/ at build time, so that every
 * page shows exactly the files a researcher downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings, type Lang } from '../config.ts';
import { z } from 'zod';
import {
  field,
  prefectureRecordSchema,
  summarySchema,
  type IndicatorSummary,
  type PrefectureRecord,
  type Summary,
} from './derived-data.ts';
import { type NetworkData, networkDataSchema } from './network-data.ts';
import { type SourceRecord, sourceRecordSchema } from './sources.ts';
import { type SuggestionsFile, suggestionsFileSchema } from './suggestions-file.ts';
import { strings } from '../i18n/strings.ts';

/** public/data/, or the folder ATLAS_DATA_DIR names. */
export const DATA_DIR = settings().dataDir ?? join(process.cwd(), 'public', 'data');

/** Where each file's schema is written, for the message when the file does not match it. */
const SCHEMA_HOME: Record<string, string> = {
  'networks.json': 'src/lib/network-data.ts',
  'suggestions.json': 'src/lib/suggestions-file.ts',
  'sources.json': 'src/lib/sources.ts',
};

/** Reads a file of public/data/ and checks it against its schema (derived-data.ts unless SCHEMA_HOME says otherwise). */
export function parseDataFile<T>(name: string, text: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(JSON.parse(text));
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(
    `public/data/${name} does not match its schema in ${SCHEMA_HOME[name] ?? 'src/lib/derived-data.ts'} (rebuild with npm run data):\n${issues.join('\n')}`,
  );
}

function readChecked<T>(name: string, schema: z.ZodType<T>): T {
  return parseDataFile(name, readFileSync(join(DATA_DIR, name), 'utf8'), schema);
}

let cache:
  | { prefectures: PrefectureRecord[]; summary: Summary; networks: NetworkData; suggestions: SuggestionsFile; sources: SourceRecord[] }
  | undefined;

export function atlas() {
  cache ??= {
    prefectures: readChecked('prefectures.json', z.array(prefectureRecordSchema)),
    summary: readChecked('summary.json', summarySchema),
    networks: readChecked('networks.json', networkDataSchema),
    suggestions: readChecked('suggestions.json', suggestionsFileSchema),
    sources: readChecked('sources.json', z.array(sourceRecordSchema)),
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
  if (typeof value !== 'number')
    throw new Error(`${record.code} ${field(ind.column, suffix)}: expected a number or null, found ${JSON.stringify(value)}`);
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

/** Every indicator of indicators.csv, in its order. */
export function indicators(): IndicatorSummary[] {
  return atlas().summary.indicators;
}

/** "(as of 2023-09)" after an indicator's name when it has more than one vintage, so a page says which it shows; else empty. */
export function latestVintageNote(lang: Lang, ind: IndicatorSummary): string {
  return ind.vintages.length > 1 ? strings(lang).indicatorsData.vintageNote(ind.vintage) : '';
}

/** A regional figure's note: empty, or "(mean of prefectures)" when it is neither a ratio of sums nor published. */
export function regionalNote(lang: Lang, ind: IndicatorSummary): string {
  return ind.regionalMethod === 'meanOfPrefectures' ? strings(lang).indicatorsData.meanOfPrefecturesNote : '';
}

/** A prefecture's value in the vintage the guidebook's figures are about (the latest when there is one vintage). */
export function guidebookValueOf(record: PrefectureRecord, ind: IndicatorSummary): number | null {
  const column = ind.vintages.find((v) => v.vintage === ind.guidebookVintage)?.column ?? ind.column;
  const value = record[column];
  return typeof value === 'number' ? value : null;
}

/** "(as of 2021-09)" after an indicator's name on the guidebook's scatter when a later vintage exists; else empty. */
export function guidebookVintageNote(lang: Lang, ind: IndicatorSummary): string {
  return ind.vintages.length > 1 ? strings(lang).indicatorsData.vintageNote(ind.guidebookVintage) : '';
}
