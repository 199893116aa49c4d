/**
 * The reader's prefecture indicator set against one of the atlas's: points joined by JIS code, and
 * the joined table they can download (their column as they named it, ours with its unit, the fit
 * and residual, and the sources of both). Pure functions; the atlas's figures come from the page,
 * which embeds them at build time from public/data.
 */
import type { CsvValue } from './csv-writer.ts';
import type { RankedPoint } from './your-data-analysis.ts';
import type { UsablePoint } from './your-data-table.ts';

export interface AtlasIndicator {
  id: string;
  title: string;
  unit: string;
  decimals: number;
  source: string;
}

export interface AtlasPrefecture {
  code: string;
  name_ja: string;
  name_en: string;
  group: 'metro' | 'regional';
  href: string;
  values: Record<string, number | null>;
}

/** What the page embeds for the reader's data: the 47 prefectures and the atlas's indicators. */
export interface AtlasForReader {
  indicators: AtlasIndicator[];
  prefectures: AtlasPrefecture[];
}

/** The atlas's indicator on one axis; the reader's column on the other. */
export interface JoinChoice {
  indicator: string;
  axis: 'x' | 'y';
}

/**
 * Joins points whose x holds the reader's value (label column recognised as prefectures) with the
 * atlas's indicator by code. Points without a code or whose atlas value is missing are returned apart.
 */
export function joinPoints(
  points: readonly UsablePoint[],
  atlas: AtlasForReader,
  join: JoinChoice,
): { points: UsablePoint[]; unmatched: UsablePoint[] } {
  const byCode = new Map(atlas.prefectures.map((p) => [p.code, p]));
  const joined: UsablePoint[] = [];
  const unmatched: UsablePoint[] = [];
  for (const p of points) {
    const ours = p.code === undefined ? undefined : byCode.get(p.code)?.values[join.indicator];
    if (ours === undefined || ours === null) {
      unmatched.push(p);
      continue;
    }
    joined.push(join.axis === 'x' ? { ...p, y: p.x, x: ours } : { ...p, y: ours });
  }
  return { points: joined, unmatched };
}

/** Decimal places the reader's values are written with (at most 4), for class breaks and legends. */
export function decimalsOf(values: readonly number[]): number {
  let decimals = 0;
  for (const v of values.slice(0, 2000)) {
    const s = String(v);
    if (s.includes('e')) return 4;
    const dot = s.indexOf('.');
    if (dot !== -1) decimals = Math.max(decimals, s.length - dot - 1);
  }
  return Math.min(decimals, 4);
}

export interface JoinedTableText {
  code: string;
  nameJa: string;
  nameEn: string;
  group: string;
  fitted: string;
  residual: string;
  /** Source lines: "出典（あなたのデータ）" and "出典（本サイト）", or their English. */
  theirSource: string;
  ourSource: string;
  groupNames: Record<'metro' | 'regional', string>;
  /** The atlas's indicator as a source line: title, unit and source. */
  describe: (indicator: AtlasIndicator) => string;
}

/**
 * The joined table as rows of cells (the header first; values as numbers, for the CSV writer), one
 * per prefecture in JIS order, then an empty row and the source lines: the reader's file as they
 * named it, the atlas's indicator with its source.
 */
export function joinedTable(
  ranked: readonly RankedPoint[],
  atlas: AtlasForReader,
  join: JoinChoice | undefined,
  columns: { label: string; x: string; y: string },
  file: string,
  text: JoinedTableText,
): CsvValue[][] {
  const byCode = new Map(atlas.prefectures.map((p) => [p.code, p]));
  const indicator = join && atlas.indicators.find((i) => i.id === join.indicator);
  const header = [text.code, text.nameJa, text.nameEn, columns.label, columns.x, columns.y, text.group, text.fitted, text.residual];
  const rows = [...ranked]
    .filter((p) => p.code !== undefined)
    .sort((a, b) => a.code!.localeCompare(b.code!))
    .map((p) => {
      const pref = byCode.get(p.code!);
      return [
        p.code!,
        pref?.name_ja ?? '',
        pref?.name_en ?? '',
        p.label,
        p.x,
        p.y,
        pref ? text.groupNames[pref.group] : '',
        p.fitted,
        p.residual,
      ];
    });
  const sources: CsvValue[][] = [[text.theirSource, file]];
  if (indicator) sources.push([text.ourSource, text.describe(indicator)]);
  return [header, ...rows, [], ...sources];
}
