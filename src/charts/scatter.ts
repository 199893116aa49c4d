import * as Plot from '@observablehq/plot';
import { INK, MUTED, BLOCK_COLOURS, BLOCK_SYMBOLS, GROUP_COLOURS, GROUP_SYMBOLS } from './palette.ts';
import { METRO_GROUPS, REGIONAL_BLOCKS } from '../lib/regions.ts';

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
  /** Codes whose names are printed beside their points. */
  labelled: string[];
  /** A code drawn larger and named, for profiles and the highlight picker. */
  highlight?: string;
  fontSize?: number;
}

/**
 * The scatterplot as a Plot spec: a pure function of data and options, rendered to SVG at build
 * time (src/charts/render.ts) for every view the explorer offers.
 */
export function scatterSpec(points: ScatterPoint[], options: ScatterOptions): Plot.PlotOptions {
  const { colourBy, highlight } = options;
  const fontSize = options.fontSize ?? 13;
  const byBlock = colourBy === 'block';
  const labelled = new Set(options.labelled);
  if (highlight) labelled.add(highlight);
  const named = points.filter((p) => labelled.has(p.code));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const xDomain: [number, number] = [Math.min(...xs) * 0.9, Math.max(...xs) * 1.05];
  const yDomain: [number, number] = [0, Math.ceil(Math.max(...ys) * 1.1)];
  const labelStyle = {
    x: 'x',
    y: 'y',
    text: 'name',
    dy: -fontSize * 0.95,
    fill: INK,
    stroke: 'white',
    strokeWidth: 3,
    paintOrder: 'stroke',
    ariaHidden: 'true',
  } as const;
  const band = options.fitBand.filter((d) => d.x >= xDomain[0] && d.x <= xDomain[1]);

  return {
    width: options.width,
    height: options.height,
    marginLeft: fontSize * 3.4,
    marginBottom: fontSize * 3.2,
    marginTop: fontSize * 2,
    marginRight: fontSize * 1.5,
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
      Plot.text(named, { ...labelStyle, fontWeight: 'normal', filter: (p: ScatterPoint) => p.code !== highlight }),
      Plot.text(named, { ...labelStyle, fontWeight: 'bold', filter: (p: ScatterPoint) => p.code === highlight }),
    ],
  };
}

/** The k prefectures farthest from the fitted line, largest residual first. */
export function largestResiduals(rows: { code: string; residual: number }[], k: number): string[] {
  return [...rows]
    .sort((a, b) => Math.abs(b.residual) - Math.abs(a.residual) || a.code.localeCompare(b.code))
    .slice(0, k)
    .map((r) => r.code);
}
