/**
 * The one-sentence summary under a prefecture's name: for every indicator, its value, its rank
 * with the direction ranks run, and its difference from the national figure with the unit. It
 * is our computation from the derived data (the ranks and differences of prefectures.csv), so the
 * page labels it as such; it adds a reading of what a high value means only where the indicator's
 * own definition in data/indicators.csv says it, and nowhere else.
 *
 * Written over the list of indicators, not over two named ones, so that a third indicator in
 * data/indicators.csv gets its clause without a change here.
 */
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import { field, type Bilingual, type IndicatorSummary, type PrefectureRecord } from './derived-data.ts';
import { formatNumber, formatSigned } from './format.ts';

/** What the summary needs of one indicator for one prefecture. */
export interface IndicatorFigure {
  id: string;
  title: Bilingual;
  unit: Bilingual;
  decimals: number;
  /** null where the data has no value for this prefecture. */
  value: number | null;
  /** 1 = the highest value (prefectures.csv ranks largest first); null without a value. */
  rank: number | null;
  /** How many prefectures have a rank for this indicator. */
  ranked: number;
  /** The prefecture's value minus the national figure, in the indicator's unit. */
  vsNational: number | null;
}

/**
 * What a high value means, for the indicators whose definition says so: the words are the
 * definition's own (data/indicators.csv, definition_ja and definition_en; a test keeps them in
 * step), and they are printed only for a value on the side the definition speaks of: above 1 for
 * a ratio of openings to applicants, above the national figure for a "the more, the thinner"
 * indicator. An indicator not listed here gets its figures and no judgement.
 */
export const HIGH_READINGS: Readonly<Record<string, { above: number | 'national'; text: Bilingual }>> = {
  jobOpeningRatio: { above: 1, text: { ja: '1を超えるほど人材が不足している', en: 'above 1 means more openings than applicants' } },
  smesPerAgency: { above: 'national', text: { ja: '多いほど民間の人材紹介が手薄', en: 'higher means a thinner private placement market' } },
};

/** The reading of a high value that applies to this figure, or null. */
export function highReading(figure: IndicatorFigure, lang: Lang): string | null {
  const reading = HIGH_READINGS[figure.id];
  if (!reading || figure.value === null) return null;
  const applies = reading.above === 'national' ? figure.vsNational !== null && figure.vsNational > 0 : figure.value > reading.above;
  return applies ? reading.text[lang] : null;
}

/** Each indicator's figures for one prefecture, in the order of `indicators`. */
export function indicatorFigures(
  record: PrefectureRecord,
  indicators: readonly IndicatorSummary[],
  prefectures: readonly PrefectureRecord[],
): IndicatorFigure[] {
  const numberAt = (r: PrefectureRecord, key: string): number | null => {
    const value = r[key];
    return typeof value === 'number' ? value : null;
  };
  return indicators.map((ind) => ({
    id: ind.id,
    title: ind.title,
    unit: ind.unit,
    decimals: ind.decimals,
    value: numberAt(record, field(ind.column, '')),
    rank: numberAt(record, field(ind.column, '_rank')),
    ranked: prefectures.filter((p) => numberAt(p, field(ind.column, '_rank')) !== null).length,
    vsNational: numberAt(record, field(ind.column, '_vs_national')),
  }));
}

/** "9th" for 9: English ordinals for ranks. */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/** A rank with its direction: 「47都道府県中9位（高い順）」 / "9th of 47 (highest first)". */
export function rankText(lang: Lang, t: Strings, rank: number, ranked: number): string {
  return t.prefectures.rankOf(lang === 'en' ? ordinal(rank) : formatNumber(lang, rank, 0), ranked);
}

/** A difference from the national figure with its unit: 「+1.74倍」 / "1.74 openings per applicant above the national figure". */
export function differenceText(lang: Lang, t: Strings, figure: IndicatorFigure): string {
  if (figure.vsNational === null) return t.profileSummary.noDifference;
  const unit = figure.unit[lang];
  const signed = formatSigned(lang, figure.vsNational, figure.decimals);
  const magnitude = formatNumber(lang, Math.abs(figure.vsNational), figure.decimals);
  const direction = signed.startsWith('+') ? 'above' : signed.startsWith('−') ? 'below' : 'same';
  return t.profileSummary.difference(direction, signed, magnitude, unit);
}

/** The sentence: one clause per indicator, in the order given. */
export function profileSummary(lang: Lang, t: Strings, name: string, figures: readonly IndicatorFigure[]): string {
  const words = t.profileSummary;
  const clauses = figures.map((figure, i) => {
    const last = i === figures.length - 1;
    const title = figure.title[lang];
    if (figure.value === null) return words.missingClause(title, last);
    const value = formatNumber(lang, figure.value, figure.decimals);
    const rank = figure.rank === null ? null : rankText(lang, t, figure.rank, figure.ranked);
    return words.clause({
      title,
      value,
      unit: figure.unit[lang],
      reading: highReading(figure, lang),
      rank,
      difference: differenceText(lang, t, figure),
      last,
    });
  });
  return words.sentence(name, clauses);
}

/** A signed difference with its unit, for the value cards: 「+1.74倍」 / "+1.74 openings per applicant"; a dash alone when missing. */
export function signedWithUnit(lang: Lang, value: number | null, decimals: number, unit: Bilingual): string {
  const signed = formatSigned(lang, value, decimals);
  if (value === null) return signed;
  return lang === 'ja' ? `${signed}${unit.ja}` : `${signed} ${unit.en}`;
}
