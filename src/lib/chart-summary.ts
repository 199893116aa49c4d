/**
 * The text under every chart, generated from the data: what it shows, n, range and extremes, r
 * and ρ for scatters, the classes for maps, and where a highlighted prefecture stands. Pure
 * functions of plain facts (src/charts/summary-facts.ts gathers them from the derived data), so
 * the sentences can be tested word for word; the words themselves live in src/i18n/.
 */
import type { Lang } from '../config.ts';
import { strings, type Strings } from '../i18n/strings.ts';
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

export function scatterSummary(lang: Lang, f: ScatterFacts): string {
  return scatterSentences(lang, f, strings(lang).chartSummary);
}

/** scatterSummary with the words given: what the browser calls, without the site's dictionaries. */
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

export function mapSummary(lang: Lang, f: MapFacts): string {
  return mapSentences(lang, f, strings(lang).chartSummary);
}

/** mapSummary with the words given: what the browser calls, without the site's dictionaries. */
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

export function bivariateSummary(lang: Lang, f: BivariateFacts): string {
  const s = strings(lang).chartSummary;
  const parts = [s.bivariateIntro(f.n, f.method), s.bivariateCorners(f.highHigh.join(s.nameGap) || s.none, f.highHigh.length, f.lowLow)];
  if (f.highlight) parts.push(s.bivariateHighlight(f.highlight.name, f.highlight.cell));
  return parts.join(s.sentenceGap);
}

/** The network guide's STEP grid: organisation types (rows) against STEP0–5, each mark in two levels. */
export interface StepMatrixFacts {
  types: number;
  steps: number;
  most: number;
  some: number;
  /** Per STEP, how many types carry a mark of either level, in STEP order. */
  byStep: { step: string; count: number }[];
  /** The types marked on the most STEPs, and on how many. */
  widest: { names: string[]; count: number };
  /** Types in the grid with no mark at all. */
  unmarked: string[];
}

export function stepMatrixSummary(lang: Lang, f: StepMatrixFacts): string {
  const s = strings(lang).networkChartSummary;
  const gap = strings(lang).chartSummary;
  const counts = f.byStep.map((b) => b.count);
  const stepsWith = (count: number) =>
    f.byStep
      .filter((b) => b.count === count)
      .map((b) => b.step)
      .join(gap.nameGap);
  const max = Math.max(...counts);
  const min = Math.min(...counts);
  const parts = [
    s.matrixIntro(f.types, f.steps),
    s.matrixLevels(f.most, f.some),
    s.matrixSteps(stepsWith(max), max, stepsWith(min), min),
    s.matrixWidest(f.widest.names.join(gap.nameGap), f.widest.count),
  ];
  if (f.unmarked.length > 0) parts.push(s.matrixUnmarked(f.unmarked.join(gap.nameGap)));
  return parts.join(gap.sentenceGap);
}

/** The pilot's networks placed by the core body's sector and the extent of the area. */
export interface PilotFacts {
  n: number;
  /** Networks per sector of the core body, in the chart's order. */
  byLead: { label: string; count: number }[];
  /** Networks per extent of the area, widest first. */
  byExtent: { label: string; count: number }[];
  /** The cells holding the most networks (more than one on a tie), with the networks' names. */
  fullest: { lead: string; extent: string; names: string[] }[];
}

export function pilotSummary(lang: Lang, f: PilotFacts): string {
  const s = strings(lang).networkChartSummary;
  const gap = strings(lang).chartSummary;
  const list = (xs: { label: string; count: number }[]) => xs.map((x) => s.pilotCount(x.label, x.count)).join(gap.listGap);
  return [
    s.pilotIntro(f.n),
    s.pilotCounts(list(f.byLead), list(f.byExtent)),
    s.pilotFullest(f.fullest.map((c) => s.pilotCell(c.lead, c.extent, c.names.length, c.names.join(gap.nameGap))).join(gap.listGap)),
  ].join(gap.sentenceGap);
}

/** The pilot's KPIs: each result as a share of its plan. */
export interface KpiFacts {
  kpis: { label: string; unit: string; plan: number; actual: number }[];
}

/** Result ÷ plan in whole per cent, as the bars' labels print it. */
const percentOf = (k: KpiFacts['kpis'][number]) => Math.round((k.actual / k.plan) * 100);

export function kpiSummary(lang: Lang, f: KpiFacts): string {
  const s = strings(lang).networkChartSummary;
  const gap = strings(lang).chartSummary;
  const figure = (v: number) => readableNumber(lang, v, Number.isInteger(v) ? 0 : 1);
  const describe = (k: KpiFacts['kpis'][number]) => s.kpiOne(k.label, percentOf(k), figure(k.plan), figure(k.actual), k.unit);
  // A stable sort: KPIs with the same share keep the table's order.
  const ordered = [...f.kpis].sort((a, b) => percentOf(b) - percentOf(a));
  const highest = ordered[0];
  const lowest = ordered.at(-1);
  const parts = [
    s.kpiIntro(f.kpis.length),
    s.kpiCounts(
      f.kpis.filter((k) => k.actual > k.plan).length,
      f.kpis.filter((k) => k.actual === k.plan).length,
      f.kpis.filter((k) => k.actual < k.plan).length,
    ),
  ];
  if (highest && lowest) parts.push(s.kpiExtremes(describe(highest), describe(lowest)));
  return parts.join(gap.sentenceGap);
}
