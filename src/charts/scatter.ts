import * as Plot from '@observablehq/plot';
import { CHART_TYPE } from '../design/tokens.ts';
import { INK, MUTED, BLOCK_COLOURS, BLOCK_SYMBOLS, GROUP_COLOURS, GROUP_SYMBOLS, HIGHLIGHT, PAPER } from './palette.ts';
import { METRO_GROUPS, REGIONAL_BLOCKS } from '../lib/regions.ts';
import { estimateTextWidth } from './text-width.ts';

/** One prefecture on the scatter, already reduced to what the chart draws. */
export interface ScatterPoint {
  code: string;
  name: string;
  href: string;
  x: number;
  y: number;
  group: (typeof METRO_GROUPS)[number];
  block: string;
  /** Accessible name of the point: the prefecture and both values in words. */
  label: string;
}

export type ColourBy = 'group' | 'block';
export type XScale = 'linear' | 'log';

export interface ScatterOptions {
  width: number;
  height: number;
  xScale: XScale;
  colourBy: ColourBy;
  xLabel: string;
  yLabel: string;
  /** Fitted line and 95 % band, sampled along x. */
  fitBand: { x: number; y: number; low: number; high: number }[];
  national: { x: number; y: number };
  /** Labels written at the ends of the dashed national lines (「全国 1.23倍」); none when absent. */
  nationalLabels?: { x: string; y: string };
  /** Codes whose names are printed beside their points. */
  labelled: string[];
  /** A code drawn larger and named, for profiles and the highlight picker. */
  highlight?: string;
  fontSize?: number;
  /** Each axis's indicator hue (src/charts/indicator-colours.ts), drawn as a bar along the axis. */
  hues?: { x: string; y: string };
}

/**
 * The scatterplot as a Plot spec: a pure function of data and options, rendered to SVG at build
 * time (src/charts/render.ts) for every view the explorer offers.
 */
export function scatterSpec(points: ScatterPoint[], options: ScatterOptions): Plot.PlotOptions {
  const { colourBy, highlight } = options;
  const fontSize = options.fontSize ?? CHART_TYPE.lg;
  const byBlock = colourBy === 'block';
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const xDomain: [number, number] = [Math.min(...xs) * 0.9, Math.max(...xs) * 1.05];
  const yDomain: [number, number] = [0, Math.ceil(Math.max(...ys) * 1.1)];
  const margin = { left: fontSize * 3.4, right: fontSize * 1.5, top: fontSize * 2, bottom: fontSize * 3.2 };
  // The horizontal line's label ends at the right edge, above the line; the vertical line's starts
  // beside it at the top of the plot. Points' names are then placed around both.
  const nationalMarks: ReservedText[] = options.nationalLabels
    ? [
        { x: xDomain[1], y: options.national.y, text: options.nationalLabels.y, anchor: 'end', dx: -2, dy: -fontSize * 0.45 },
        { x: options.national.x, y: yDomain[1], text: options.nationalLabels.x, anchor: 'start', dx: 4, dy: fontSize * 0.9 },
      ]
    : [];
  const named = placeLabels(points, highlight ? [highlight, ...options.labelled] : options.labelled, {
    ...options,
    fontSize,
    xDomain,
    yDomain,
    margin,
    reserved: nationalMarks,
  });
  const labelStyle = {
    x: 'x',
    y: 'y',
    text: 'name',
    dy: -fontSize * 0.95,
    fill: INK,
    stroke: PAPER,
    strokeWidth: 3,
    paintOrder: 'stroke',
    ariaHidden: 'true',
  } as const;
  const band = options.fitBand.filter((d) => d.x >= xDomain[0] && d.x <= xDomain[1]);

  return {
    width: options.width,
    height: options.height,
    marginLeft: margin.left,
    marginBottom: margin.bottom,
    marginTop: margin.top,
    marginRight: margin.right,
    style: { fontSize: `${fontSize}px`, color: INK, background: 'transparent', overflow: 'visible' },
    x: {
      type: options.xScale,
      domain: xDomain,
      label: options.xLabel,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: fontSize * 2.8,
      grid: true,
      ticks: options.xScale === 'log' ? [50, 100, 200, 400] : Math.max(3, Math.round(options.width / 110)),
      tickFormat: (d: number) => String(d),
    },
    y: { domain: yDomain, label: options.yLabel, labelAnchor: 'top', labelArrow: 'none', grid: true, ticks: 5 },
    color: byBlock
      ? { type: 'ordinal', domain: [...REGIONAL_BLOCKS], range: BLOCK_COLOURS }
      : { type: 'ordinal', domain: [...METRO_GROUPS], range: METRO_GROUPS.map((g) => GROUP_COLOURS[g]) },
    symbol: byBlock
      ? { domain: [...REGIONAL_BLOCKS], range: BLOCK_SYMBOLS }
      : { domain: [...METRO_GROUPS], range: METRO_GROUPS.map((g) => GROUP_SYMBOLS[g]) },
    marks: [
      Plot.areaY(band, { x: 'x', y1: 'low', y2: 'high', fill: MUTED, fillOpacity: 0.14, ariaHidden: 'true' }),
      Plot.line(band, { x: 'x', y: 'y', stroke: MUTED, strokeWidth: 2, ariaHidden: 'true' }),
      Plot.ruleX([options.national.x], { stroke: MUTED, strokeDasharray: '4,3', ariaHidden: 'true' }),
      Plot.ruleY([options.national.y], { stroke: MUTED, strokeDasharray: '4,3', ariaHidden: 'true' }),
      ...(options.hues
        ? [
            Plot.ruleY([yDomain[0]], { stroke: options.hues.x, strokeWidth: 4, className: 'indicator-accent-x', ariaHidden: 'true' }),
            Plot.ruleX([xDomain[0]], { stroke: options.hues.y, strokeWidth: 4, className: 'indicator-accent-y', ariaHidden: 'true' }),
          ]
        : []),
      ...nationalMarks.map((m) =>
        Plot.text([m], {
          x: 'x',
          y: 'y',
          text: 'text',
          textAnchor: m.anchor,
          dx: m.dx,
          dy: m.dy,
          fill: MUTED,
          stroke: PAPER,
          strokeWidth: 3,
          paintOrder: 'stroke',
          className: 'national-label',
          ariaHidden: 'true',
        }),
      ),
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        fill: byBlock ? 'block' : 'group',
        symbol: byBlock ? 'block' : 'group',
        r: (p: ScatterPoint) => (p.code === highlight ? fontSize * 0.75 : fontSize * 0.45),
        stroke: INK,
        strokeWidth: (p: ScatterPoint) => (p.code === highlight ? 2.5 : 1),
        href: 'href',
        ariaLabel: 'label',
      }),
      // The one highlight colour (src/design/tokens.ts), as a ring around the chosen prefecture.
      Plot.dot(
        points.filter((p) => p.code === highlight),
        { x: 'x', y: 'y', r: fontSize * 0.75 + 3, stroke: HIGHLIGHT, strokeWidth: 3, fill: 'none', ariaHidden: 'true' },
      ),
      ...(['middle', 'end', 'start'] as const).flatMap((anchor) => {
        const here = named.filter((p) => p.anchor === anchor);
        if (here.length === 0) return [];
        return [
          Plot.text(here, { ...labelStyle, textAnchor: anchor, fontWeight: 'normal', filter: (p: ScatterPoint) => p.code !== highlight }),
          Plot.text(here, {
            ...labelStyle,
            fill: HIGHLIGHT,
            textAnchor: anchor,
            fontWeight: 'bold',
            filter: (p: ScatterPoint) => p.code === highlight,
          }),
        ];
      }),
    ],
  };
}

/** A text already on the chart (a national line's label) that points' names must not cover. */
export interface ReservedText {
  x: number;
  y: number;
  text: string;
  anchor: LabelAnchor;
  dx: number;
  dy: number;
}

interface LabelFrame {
  width: number;
  height: number;
  fontSize: number;
  xScale: XScale;
  xDomain: [number, number];
  yDomain: [number, number];
  margin: { left: number; right: number; top: number; bottom: number };
  reserved?: ReservedText[];
}

/**
 * Which of the wanted labels fit: each label sits centred above its point, and is dropped when its
 * box (width estimated from its characters, src/charts/text-width.ts) would overlap a label placed
 * before it or run off the chart. `wanted` is in priority order (the highlight first), so on a
 * phone-sized chart the most telling names survive and none collide.
 */
export type LabelAnchor = 'middle' | 'end' | 'start';

export function placeLabels(points: ScatterPoint[], wanted: string[], frame: LabelFrame): (ScatterPoint & { anchor: LabelAnchor })[] {
  const { margin, fontSize } = frame;
  const [x0, x1] = frame.xScale === 'log' ? frame.xDomain.map(Math.log) : frame.xDomain;
  const px = (v: number) =>
    margin.left + (((frame.xScale === 'log' ? Math.log(v) : v) - x0!) / (x1! - x0!)) * (frame.width - margin.left - margin.right);
  const py = (v: number) =>
    frame.height -
    margin.bottom -
    ((v - frame.yDomain[0]) / (frame.yDomain[1] - frame.yDomain[0])) * (frame.height - margin.top - margin.bottom);
  const boxes: { left: number; right: number; top: number; bottom: number }[] = (frame.reserved ?? []).map((r) => {
    const w = estimateTextWidth(r.text, fontSize);
    const at = px(r.x) + r.dx;
    const left = r.anchor === 'middle' ? at - w / 2 : r.anchor === 'end' ? at - w : at;
    const middle = py(r.y) + r.dy;
    return { left: left - 2, right: left + w + 2, top: middle - fontSize * 0.6, bottom: middle + fontSize * 0.6 };
  });
  const kept: (ScatterPoint & { anchor: LabelAnchor })[] = [];
  for (const code of new Set(wanted)) {
    const p = points.find((q) => q.code === code);
    if (!p) continue;
    const w = estimateTextWidth(p.name, fontSize);
    const cx = px(p.x);
    const baseline = py(p.y) - fontSize * 0.95;
    const boxAt = (anchor: LabelAnchor) => {
      const left = anchor === 'middle' ? cx - w / 2 : anchor === 'end' ? cx - w : cx;
      return { anchor, left: left - 2, right: left + w + 2, top: baseline - fontSize * 0.7, bottom: baseline + fontSize * 0.45 };
    };
    // Centred above the point; near an edge, ending or starting at it instead.
    const fits = (box: ReturnType<typeof boxAt>) =>
      box.left >= 0 &&
      box.right <= frame.width &&
      box.top >= 0 &&
      boxes.every((b) => box.right <= b.left || box.left >= b.right || box.bottom <= b.top || box.top >= b.bottom);
    const candidates = (['middle', 'end', 'start'] as const).map(boxAt);
    const box = candidates.find(fits) ?? (code === wanted[0] ? candidates[0] : undefined);
    if (!box) continue;
    boxes.push(box);
    kept.push({ ...p, anchor: box.anchor });
  }
  return kept;
}

/** The k prefectures farthest from the fitted line, largest residual first. */
export function largestResiduals(rows: { code: string; residual: number }[], k: number): string[] {
  return [...rows]
    .sort((a, b) => Math.abs(b.residual) - Math.abs(a.residual) || a.code.localeCompare(b.code))
    .slice(0, k)
    .map((r) => r.code);
}
