/**
 * The text under every chart, generated from the data: what it shows, n, range and extremes, r
 * and ρ for scatters, the classes for maps, and where a highlighted prefecture stands. Pure
 * functions of plain facts (src/charts/summary-facts.ts gathers them from the derived data), so
 * the sentences can be tested word for word; the words themselves live in src/i18n/.
 */
import type { Lang } from '../config.ts';
import { strings } from '../i18n/strings.ts';
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
}

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

export interface BivariateFacts {
  n: number;
  method: string;
  /** Names high on both indicators, and how many are low on both. */
  highHigh: string[];
  lowLow: number;
  highlight?: { name: string; cell: string };
}

/**
 * A number in the form screen readers read well: Japanese groups by 万 and 億 (65億, 1.2万),
 * English by million and billion; smaller numbers keep their digits and decimals. Never a space
 * as a thousands separator (many readers hear "11 700" as two numbers).
 */
export function readableNumber(lang: Lang, value: number, decimals: number): string {
  const abs = Math.abs(value);
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
  lang === 'ja' ? `${readableNumber(lang, v, axis.decimals)}${axis.unit}` : `${readableNumber(lang, v, axis.decimals)} ${axis.unit}`;

export function scatterSummary(lang: Lang, f: ScatterFacts): string {
  const s = strings(lang).chartSummary;
  const axis = (a: AxisFacts) =>
    s.axisRange(a.title, a.min.name, valueText(lang, a.min.value, a), a.max.name, valueText(lang, a.max.value, a));
  const parts = [
    s.scatterIntro(f.n),
    s.scatterAxes(axis(f.x), axis(f.y)),
    s.correlation(formatStatistic(lang, 'r', f.pearson), formatStatistic(lang, 'rho', f.spearman), f.pearson >= 0),
    s.farthest(f.above, f.below),
  ];
  if (f.highlight) {
    const h = f.highlight;
    parts.push(s.scatterHighlight(h.name, f.n, h.xRank, h.yRank, h.residual >= 0, formatSigned(lang, h.residual, 2)));
  }
  return parts.join(s.sentenceGap);
}

export function mapSummary(lang: Lang, f: MapFacts): string {
  const s = strings(lang).chartSummary;
  const top = f.classes.at(-1);
  const parts = [
    s.mapIntro(f.title, f.method, f.classes.length),
    s.mapRange(f.n, f.min.name, valueText(lang, f.min.value, f), f.max.name, valueText(lang, f.max.value, f)),
    s.mapCounts(f.classes.map((c) => s.classCount(c.label, c.count)).join(s.listGap)),
    s.mapTop(top?.label ?? '', f.top.join(s.nameGap)),
  ];
  if (f.missing > 0) parts.push(s.mapMissing(f.missing));
  if (f.highlight) {
    const h = f.highlight;
    parts.push(s.mapHighlight(h.name, valueText(lang, h.value, f), h.classIndex + 1, f.classes.length, h.rank));
  }
  return parts.join(s.sentenceGap);
}

export function bivariateSummary(lang: Lang, f: BivariateFacts): string {
  const s = strings(lang).chartSummary;
  const parts = [s.bivariateIntro(f.n, f.method), s.bivariateCorners(f.highHigh.join(s.nameGap) || s.none, f.highHigh.length, f.lowLow)];
  if (f.highlight) parts.push(s.bivariateHighlight(f.highlight.name, f.highlight.cell));
  return parts.join(s.sentenceGap);
}
