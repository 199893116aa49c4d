/**
 * The sentences of the chart summaries, with the words given: the site's chartSummary section at
 * build time (src/lib/chart-summary.ts), or the same sentences filled from templates in the
 * browser (src/lib/your-data-summary.ts). No dictionary is imported here, so that an island can use
 * these functions without carrying the site's strings.
 */
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import { formatNumber, formatSigned, formatStatistic } from './format.ts';

export interface Extreme {
  name: string;
  value: number;
}

export interface AxisFacts {
  title: string;
  unit: string;
  decimals: number;
  min: Extreme;
  max: Extreme;
}

export interface ScatterFacts {
  n: number;
  x: AxisFacts;
  y: AxisFacts;
  pearson: number;
  spearman: number;
  /** The prefectures farthest above and below the fitted line. */
  above: string;
  below: string;
  highlight?: { name: string; xRank: number; yRank: number; residual: number };
  /** Drawn as a density of binned points rather than as dots (the reader's larger files). */
  density?: boolean;
}

type SummaryText = Strings['chartSummary'];
/**
 * The words a scatter summary is made of: the site's chartSummary section, or the same sentences
 * filled from the templates the "your data" page sends to the browser (src/lib/your-data-summary.ts).
 */
export type ScatterWords = Pick<SummaryText, 'sentenceGap' | 'scatterIntro' | 'axisRange' | 'scatterAxes' | 'correlation' | 'farthest'> &
  Partial<Pick<SummaryText, 'scatterHighlight'>> & { density?: (n: number) => string };
export type MapWords = Pick<
  SummaryText,
  'sentenceGap' | 'listGap' | 'nameGap' | 'mapIntro' | 'mapRange' | 'classCount' | 'mapCounts' | 'mapTop' | 'mapMissing'
> &
  Partial<Pick<SummaryText, 'mapHighlight'>>;

export interface MapFacts {
  title: string;
  unit: string;
  decimals: number;
  n: number;
  /** The classification's name (分位数 / quantiles …). */
  method: string;
  /** Low to high: each class's range in words and how many prefectures fall in it. */
  classes: { label: string; count: number }[];
  min: Extreme;
  max: Extreme;
  /** Names in the highest class. */
  top: string[];
  missing: number;
  highlight?: { name: string; value: number; rank: number; classIndex: number };
}

/**
 * A number in the form screen readers read well: Japanese groups by 万 and 億 (65億, 1.2万),
 * English by million and billion; smaller numbers keep their digits and decimals. Never a space
 * as a thousands separator (many readers hear "11 700" as two numbers).
 */
export function readableNumber(lang: Lang, value: number, decimals: number): string {
  const abs = Math.abs(value);
  // A reader's own column may hold values up to ±1e300: 1.2E200, not 193 digits before 億.
  if (abs >= 1e15 || (abs > 0 && abs < 1e-9))
    return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { notation: 'scientific', maximumSignificantDigits: 6 }).format(value);
  const scaled = (divisor: number) =>
    formatNumber(lang, Number((value / divisor).toFixed(1)), Number.isInteger(Number((value / divisor).toFixed(1))) ? 0 : 1);
  if (lang === 'ja') {
    if (abs >= 1e8) return `${scaled(1e8)}億`;
    if (abs >= 1e4) return `${scaled(1e4)}万`;
  } else {
    if (abs >= 1e9) return `${scaled(1e9)} billion`;
    if (abs >= 1e6) return `${scaled(1e6)} million`;
  }
  return formatNumber(lang, value, decimals);
}

const valueText = (lang: Lang, v: number, axis: { unit: string; decimals: number }) =>
  lang === 'ja' || axis.unit === ''
    ? `${readableNumber(lang, v, axis.decimals)}${axis.unit}`
    : `${readableNumber(lang, v, axis.decimals)} ${axis.unit}`;

/** A scatter's summary: n, each axis's range and ends, r and ρ, the rows farthest from the line. */
export function scatterSentences(lang: Lang, f: ScatterFacts, s: ScatterWords): string {
  const axis = (a: AxisFacts) =>
    s.axisRange(a.title, a.min.name, valueText(lang, a.min.value, a), a.max.name, valueText(lang, a.max.value, a));
  const parts = [
    s.scatterIntro(f.n),
    s.scatterAxes(axis(f.x), axis(f.y)),
    s.correlation(formatStatistic(lang, 'r', f.pearson), formatStatistic(lang, 'rho', f.spearman), f.pearson >= 0),
    s.farthest(f.above, f.below),
  ];
  if (f.highlight && s.scatterHighlight) {
    const h = f.highlight;
    parts.push(s.scatterHighlight(h.name, f.n, h.xRank, h.yRank, h.residual >= 0, formatSigned(lang, h.residual, 2)));
  }
  if (f.density && s.density) parts.push(s.density(f.n));
  return parts.join(s.sentenceGap);
}

/** A map's summary: its classes and their counts, the extremes, the highest class. */
export function mapSentences(lang: Lang, f: MapFacts, s: MapWords): string {
  const top = f.classes.at(-1);
  const parts = [
    s.mapIntro(f.title, f.method, f.classes.length),
    s.mapRange(f.n, f.min.name, valueText(lang, f.min.value, f), f.max.name, valueText(lang, f.max.value, f)),
    s.mapCounts(f.classes.map((c) => s.classCount(c.label, c.count)).join(s.listGap)),
    s.mapTop(top?.label ?? '', f.top.join(s.nameGap)),
  ];
  if (f.missing > 0) parts.push(s.mapMissing(f.missing));
  if (f.highlight && s.mapHighlight) {
    const h = f.highlight;
    parts.push(s.mapHighlight(h.name, valueText(lang, h.value, f), h.classIndex + 1, f.classes.length, h.rank));
  }
  return parts.join(s.sentenceGap);
}
