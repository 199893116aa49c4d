/**
 * The scatter as the site draws it from the derived data: points, labels and axis titles in one
 * language, and every view (scale × colouring × screen size) rendered to SVG.
 */
import type { Lang } from '../config.ts';
import { pathTo } from '../i18n/routes.ts';
import { strings } from '../i18n/strings.ts';
import { atlas, axes, guidebookValueOf, guidebookVintageNote, indicator, nameOf, valueOf } from '../lib/atlas.ts';
import type { IndicatorSummary, Summary } from '../lib/derived-data.ts';
import { associate, residuals, sampleConfidenceBand } from '../lib/statistics.ts';
import { formatNumber, formatStatistic } from '../lib/format.ts';
import { referenceFigure } from '../lib/group-figure.ts';
import { CHART_TYPE } from '../design/tokens.ts';
import { hueOf } from './indicator-colours.ts';
import { renderSvg } from './render.ts';
import { rovingTabindex } from './tab-order.ts';
import { addHitAreas } from './hit-area.ts';
import { nationalLineLabel } from './takeaway.ts';
import { largestResiduals, scatterSpec, type ColourBy, type ScatterPoint, type XScale } from './scatter.ts';

export const SIZES = {
  wide: { width: 760, height: 480, fontSize: CHART_TYPE.lg, labels: 6 },
  // On the narrow chart placeLabels (scatter.ts) drops whichever of the six would collide.
  narrow: { width: 360, height: 380, fontSize: CHART_TYPE.sm, labels: 6 },
} as const;
export type ChartSize = keyof typeof SIZES;

/** The explorer's views; the first is in the page, the rest are SVG files fetched on demand. */
export const EXPLORER_VIEWS = [
  { xScale: 'linear', colourBy: 'group' },
  { xScale: 'log', colourBy: 'group' },
  { xScale: 'linear', colourBy: 'block' },
  { xScale: 'log', colourBy: 'block' },
] as const;

export interface ScatterView {
  xScale: XScale;
  colourBy: ColourBy;
  size: ChartSize;
  svg: string;
}

/**
 * One point per prefecture that has both values; a prefecture missing either is left out, not put
 * at 0. The headline pair (no pair given) is drawn in the guidebook's vintage, the one its fitted
 * line and published r are about; any other pair in the latest vintages.
 */
export function scatterPoints(lang: Lang, pair?: { x: IndicatorSummary; y: IndicatorSummary }): ScatterPoint[] {
  const { x, y } = pair ?? axes();
  const read = pair ? valueOf : guidebookValueOf;
  const t = strings(lang);
  return atlas().prefectures.flatMap((p) => {
    const xv = read(p, x);
    const yv = read(p, y);
    if (xv === null || yv === null) return [];
    return {
      code: p.code,
      name: nameOf(p, lang),
      href: pathTo(lang, { page: 'prefectures', slug: p.slug }),
      x: xv,
      y: yv,
      group: p.metro_group,
      block: p.regional_block,
      label: t.chart.pointLabel(nameOf(p, lang), formatNumber(lang, xv, x.decimals), formatNumber(lang, yv, y.decimals)),
    };
  });
}

export function axisLabels(lang: Lang) {
  const { x, y } = axes();
  const t = strings(lang);
  return {
    x: t.chart.axisLabel(`${x.title[lang]}${guidebookVintageNote(lang, x)}`, x.unit[lang]),
    y: t.chart.axisLabel(`${y.title[lang]}${guidebookVintageNote(lang, y)}`, y.unit[lang]),
  };
}

export function labelledCodes(k: number): string[] {
  return largestResiduals(
    atlas().prefectures.map((p) => ({ code: p.code, residual: p.residual as number })),
    k,
  );
}

export function renderScatterViews(
  lang: Lang,
  idPrefix: string,
  views: { xScale: XScale; colourBy: ColourBy }[],
  highlight?: string,
  options: { sizes?: ChartSize[]; labels?: number } = {},
): ScatterView[] {
  const { summary } = atlas();
  const { x, y } = axes();
  const t = strings(lang);
  // Points in x order (left to right): the order the keys walk them (roving-focus.ts).
  const points = scatterPoints(lang).sort((a, b) => a.x - b.x || a.code.localeCompare(b.code));
  const labels = axisLabels(lang);
  const r = formatStatistic(lang, 'r', summary.association.pearson);
  return views.flatMap((view) =>
    (options.sizes ?? (Object.keys(SIZES) as ChartSize[])).map((size) => {
      const dims = SIZES[size];
      const spec = scatterSpec(points, {
        ...view,
        width: dims.width,
        height: dims.height,
        fontSize: dims.fontSize,
        xLabel: labels.x,
        yLabel: labels.y,
        fitBand: summary.fitBand,
        national: { x: referenceFigure(x.national), y: referenceFigure(y.national) },
        nationalLabels: { x: nationalLineLabel(lang, x), y: nationalLineLabel(lang, y) },
        labelled: labelledCodes(options.labels ?? dims.labels),
        hues: { x: hueOf(x.id).base, y: hueOf(y.id).base },
        ...(highlight ? { highlight } : {}),
      });
      const id = `${idPrefix}-${view.xScale}-${view.colourBy}-${size}`;
      const svg = addHitAreas(
        rovingTabindex(
          renderSvg(spec, { id, title: t.chart.scatterTitle, description: t.chart.scatterDescription(r, summary.n), role: 'group' }),
        ),
      );
      return { ...view, size, svg };
    }),
  );
}

/** One ordered pair of indicators, with r, ρ and the least-squares line computed in the data build. */
export type IndicatorPair = Summary['pairs'][number];

/**
 * The pairs the scatter offers beside the headline one: every two indicators of indicators.csv
 * once, the later one on x (so a guidebook indicator stays on y, as in the guidebook's scatter),
 * but the headline pair itself; none while indicators.csv holds only the guidebook's two.
 */
export function otherPairs(): IndicatorPair[] {
  const { x, y } = axes();
  const order = atlas().summary.indicators.map((i) => i.id);
  const headline = (pair: IndicatorPair) => [x.id, y.id].includes(pair.x) && [x.id, y.id].includes(pair.y);
  return atlas().summary.pairs.filter((pair) => order.indexOf(pair.x) > order.indexOf(pair.y) && !headline(pair));
}

/** The path segment of a pair's page: x-y (ids are camelCase, so the hyphen is unambiguous). */
export const pairSlug = (pair: { x: string; y: string }) => `${pair.x}-${pair.y}`;

/** A scatter of any two indicators (latest vintages), with its own fitted line and 95 % band, in one size. */
export function renderPairView(lang: Lang, pair: IndicatorPair, idPrefix: string, size: ChartSize = 'wide'): string {
  const t = strings(lang);
  const x = indicator(pair.x);
  const y = indicator(pair.y);
  const points = scatterPoints(lang, { x, y }).sort((a, b) => a.x - b.x || a.code.localeCompare(b.code));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const fit = associate(xs, ys);
  const fitResiduals = residuals(xs, ys, fit);
  const dims = SIZES[size];
  const spec = scatterSpec(points, {
    xScale: 'linear',
    colourBy: 'group',
    width: dims.width,
    height: dims.height,
    fontSize: dims.fontSize,
    xLabel: t.chart.axisLabel(x.title[lang], x.unit[lang]),
    yLabel: t.chart.axisLabel(y.title[lang], y.unit[lang]),
    fitBand: sampleConfidenceBand(xs, fit, 60),
    national: { x: referenceFigure(x.national), y: referenceFigure(y.national) },
    labelled: largestResiduals(
      points.map((p, i) => ({ code: p.code, residual: fitResiduals[i] })),
      dims.labels,
    ),
  });
  const r = formatStatistic(lang, 'r', pair.pearson);
  const title = t.indicatorsData.pairHeading(x.title[lang], y.title[lang]);
  return rovingTabindex(
    renderSvg(spec, {
      id: `${idPrefix}-${pairSlug(pair)}-${size}`,
      title,
      description: t.chart.scatterDescription(r, pair.n),
      role: 'group',
    }),
  );
}
