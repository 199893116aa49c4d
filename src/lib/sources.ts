/**
 * Where the atlas's figures come from, as written in public/data/sources.json (from
 * data/sources.csv), and how a source is cited in a 白書-style note: 資料：厚生労働省「職業安定業務統計」
 * （令和3年（2021年）9月）…を基に中核人材アトラス作成. Pure functions; the pages read the file.
 */
import type { Lang } from '../config.ts';
import { z } from 'zod';
import { bilingual } from './derived-data.ts';
import { parseYearMonth, warekiMonth, westernMonthEn } from './wareki.ts';

export const sourceRecordSchema = z.strictObject({
  id: z.string(),
  publisher: bilingual,
  title: bilingual,
  /** The month the figures refer to (2021-09), or null when the source states none. */
  vintage: z.string().nullable(),
  /** Why there is no date, or where the date comes from, in a few words. */
  dateNote: bilingual.nullable(),
  /** A longer note on what can and cannot be shown about the source. */
  note: bilingual.nullable(),
  url: z.string().nullable(),
  /** An SPDX id (CC-BY-4.0), 'unverified' (the source's own terms, not checked by the atlas) or null. */
  licence: z.string().nullable(),
  use: bilingual,
  /** The day the atlas's figures were last checked against this source (a data value, not the clock). */
  checked: z.string().nullable(),
});
/** One row of public/data/sources.json (from data/sources.csv). */
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

/** The latest day any source was checked: the "data last checked" date the site shows. */
export function lastChecked(sources: readonly SourceRecord[]): string {
  return (
    sources
      .map((s) => s.checked ?? '')
      .sort()
      .at(-1) ?? ''
  );
}

/** The atlas's own compilation: named in the "…作成" part of a note, never as a 資料 of its own. */
export const ATLAS_SOURCE_ID = 'atlas';

/** 令和3年（2021年）9月: the era and the Western year together, the form municipal documents use inside 資料 lines. */
export function warekiMonthInline(date: string): string {
  const { year } = parseYearMonth(date);
  return warekiMonth(date).replace(/年/, `年（${year}年）`);
}

/** One source as a 資料 / Source entry: publisher, title in 「」 (unless the title brings its own), date, pages. */
export function citeSource(lang: Lang, source: SourceRecord, pages?: string): string {
  const when = source.vintage
    ? lang === 'ja'
      ? warekiMonthInline(source.vintage)
      : westernMonthEn(source.vintage)
    : (source.dateNote?.[lang] ?? null);
  if (lang === 'ja') {
    const title = source.title.ja.includes('「') ? `、${source.title.ja}` : `「${source.title.ja}」`;
    return `${source.publisher.ja}${title}${when ? `（${when}）` : ''}${pages ? ` ${pages}` : ''}`;
  }
  return `${source.publisher.en}, ${source.title.en}${when ? ` (${when})` : ''}${pages ? `, ${pages}` : ''}`;
}

export interface NoteSource {
  id: string;
  /** Pages of the source the chart draws on, e.g. "p.9" or "pp.9–10". */
  pages?: string;
}

/** The 資料 line under a chart or table. Unknown ids are a programming error and throw. */
export function sourceLine(lang: Lang, all: readonly SourceRecord[], used: readonly NoteSource[]): string {
  const cited = used
    .filter((u) => u.id !== ATLAS_SOURCE_ID)
    .map((u) => {
      const source = all.find((s) => s.id === u.id);
      if (!source) throw new Error(`No source "${u.id}" in sources.json`);
      return citeSource(lang, source, u.pages);
    });
  if (lang === 'ja') return cited.length ? `資料：${cited.join('、')}を基に中核人材アトラス作成` : '資料：中核人材アトラス作成';
  return cited.length ? `Source: ${cited.join('; ')}; compiled by the Core-Talent Atlas` : 'Source: compiled by the Core-Talent Atlas';
}

/** The （注） block: "（注）1．… 2．…" / "Notes: 1. … 2. …"; empty when there are no notes. */
export function notesLine(lang: Lang, notes: readonly string[]): string {
  if (notes.length === 0) return '';
  if (lang === 'ja') return `（注）${notes.map((n, i) => `${i + 1}．${n}`).join(' ')}`;
  return `Notes: ${notes.map((n, i) => `${i + 1}. ${n}`).join(' ')}`;
}
