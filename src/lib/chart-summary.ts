/**
 * The text under every chart, generated from the data: what it shows, n, range and extremes, r
 * and ρ for scatters, the classes for maps, and where a highlighted prefecture stands. Pure
 * functions of plain facts (src/charts/summary-facts.ts gathers them from the derived data), so
 * the sentences can be tested word for word; the words themselves live in src/i18n/.
 */
import type { Lang } from '../config.ts';
import { strings } from '../i18n/strings.ts';
import { mapSentences, readableNumber, scatterSentences, type MapFacts, type ScatterFacts } from './summary-sentences.ts';

export {
  mapSentences,
  readableNumber,
  scatterSentences,
  type AxisFacts,
  type Extreme,
  type MapFacts,
  type MapWords,
  type ScatterFacts,
  type ScatterWords,
} from './summary-sentences.ts';

export interface BivariateFacts {
  n: number;
  method: string;
  /** Names high on both indicators, and how many are low on both. */
  highHigh: string[];
  lowLow: number;
  highlight?: { name: string; cell: string };
}

export function scatterSummary(lang: Lang, f: ScatterFacts): string {
  return scatterSentences(lang, f, strings(lang).chartSummary);
}

export function mapSummary(lang: Lang, f: MapFacts): string {
  return mapSentences(lang, f, strings(lang).chartSummary);
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
