/**
 * The scatter as the site draws it from the derived data: points, labels and axis titles in one
 * language, and every view (scale × colouring × screen size) rendered to SVG.
 */
import type { Lang } from '../config.ts';
import { pathTo } from '../i18n/routes.ts';
import { strings } from '../i18n/strings.ts';
import { atlas, axes, nameOf, valueOf } from '../lib/atlas.ts';
import { formatNumber, formatStatistic } from '../lib/format.ts';
import { referenceFigure } from '../lib/group-figure.ts';
import { CHART_TYPE } from '../design/tokens.ts';
import { hueOf } from './indicator-colours.ts';
import { renderSvg } from './render.ts';
import { rovingTabindex } from './tab-order.ts';
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

/** One point per prefecture that has both values; a prefecture missing either is left out, not put at 0. */
export function scatterPoints(lang: Lang): ScatterPoint[] {
  const { x, y } = axes();
  const t = strings(lang);
  return atlas().prefectures.flatMap((p) => {
    const xv = valueOf(p, x);
    const yv = valueOf(p, y);
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
  return { x: t.chart.axisLabel(x.title[lang], x.unit[lang]), y: t.chart.axisLabel(y.title[lang], y.unit[lang]) };
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
        labelled: labelledCodes(options.labels ?? dims.labels),
        hues: { x: hueOf(x.id).base, y: hueOf(y.id).base },
        ...(highlight ? { highlight } : {}),
      });
      const id = `${idPrefix}-${view.xScale}-${view.colourBy}-${size}`;
      const svg = rovingTabindex(
        renderSvg(spec, { id, title: t.chart.scatterTitle, description: t.chart.scatterDescription(r, summary.n), role: 'group' }),
      );
      return { ...view, size, svg };
    }),
  );
}
