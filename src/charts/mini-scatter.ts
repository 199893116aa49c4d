/**
 * A small scatter drawn as an SVG string, for the "your data" page, which cannot ship Observable
 * Plot (about 80 KB gzip) within the 30 KB page budget. A pure function of points and options,
 * like the site's Plot charts; d3-scale only supplies the linear scales and their ticks.
 * Every user-supplied text is escaped. Above `MAX_DOTS` points no dot is drawn: the plot is cut
 * into small squares shaded by how many points fall in each (a binned density, a handful of paths
 * whatever the number of rows), which the browser draws at once even for 500,000 rows and which
 * shows where points crowd, which 500,000 overlapping dots do not.
 */
import { CHART_TYPE, COLOURS, GROUP_FILLS, READER_HUE } from '../design/tokens.ts';
import { scaleLinear } from 'd3-scale';
import { MAX_DOTS } from '../lib/your-data-limits.ts';
import { escapeXml } from '../lib/xml-text.ts';

// The design tokens' ink and muted grey, from src/design/tokens.ts (no d3 import), not from
// src/charts/palette.ts, which imports d3's symbols that must not reach this page's small bundle.
const { ink: INK, muted: MUTED } = COLOURS;
/** The reader's own data wears the reader's hue, never an atlas indicator's. */
const DOT = READER_HUE.base;

export { MAX_DOTS };

/** Side of a density square, in pixels. */
const CELL = 4;
/** Shades of the density squares, from the fewest points to the most. */
const DENSITY_OPACITY = [0.2, 0.36, 0.52, 0.7, 0.9];

/** Points as objects, or (for large files) their x and y as two columns. */
export type ScatterPoints = readonly { label: string; x: number; y: number }[] | { xs: ArrayLike<number>; ys: ArrayLike<number> };

export interface MiniScatterOptions {
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  title: string;
  description: string;
  /** Accessible name of each dot, when dots are drawn one by one. */
  pointLabel: (point: { label: string; x: number; y: number }) => string;
  band: { x: number; y: number; low: number; high: number }[];
  fontSize?: number;
  /** Metro / 地方 group of a point, for prefecture data; drawn with the site's colours and shapes. */
  group?: (point: { label: string; x: number; y: number }) => PointGroup | undefined;
  /** Legend text of the two groups, shown when `group` is given. */
  groupNames?: Record<PointGroup, string>;
  /** Legend words of the density squares (above MAX_DOTS points): fewest and most points per square. */
  densityNames?: { few: string; many: string };
}

/** The site's metro / 地方 colours and shapes (src/charts/palette.ts GROUP_COLOURS, GROUP_SYMBOLS). */
export const GROUP_STYLE = {
  metro: { fill: GROUP_FILLS.metro, shape: 'square' },
  regional: { fill: GROUP_FILLS.regional, shape: 'circle' },
} as const;
export type PointGroup = keyof typeof GROUP_STYLE;

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Tick labels as short as the axis needs: plain up to a million (and down to 0.0001), beyond that
 * with an exponent (2.5e7, -4e200), never the 201 digits of a value near the limits of a double.
 */
export function tickText(v: number): string {
  const plain = String(Number(v.toPrecision(12)));
  if (v === 0 || (Math.abs(v) < 1e6 && Math.abs(v) >= 1e-4)) return plain;
  const [mantissa, exponent] = Number(v.toPrecision(3)).toExponential().split('e');
  return `${mantissa}e${Number(exponent)}`;
}

/** Text width in pixels, roughly (the SVG has no text metrics before it is drawn). */
const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.62;

function extent(values: ArrayLike<number>, more: readonly number[] = []): [number, number] {
  let [lo, hi] = [Infinity, -Infinity];
  for (let i = 0; i < values.length; i++) [lo, hi] = [Math.min(lo, values[i]!), Math.max(hi, values[i]!)];
  for (const v of more) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

export function miniScatterSvg(input: ScatterPoints, options: MiniScatterOptions): string {
  const { width, height } = options;
  const fontSize = options.fontSize ?? CHART_TYPE.md;
  const points =
    Array.isArray(input) && input.length <= MAX_DOTS ? (input as readonly { label: string; x: number; y: number }[]) : undefined;
  const columns =
    'xs' in input
      ? input
      : {
          xs: Float64Array.from(input as readonly { x: number }[], (p) => p.x),
          ys: Float64Array.from(input as readonly { y: number }[], (p) => p.y),
        };
  const [y0, y1] = extent(
    columns.ys,
    options.band.flatMap((b) => [b.low, b.high]),
  );
  const y = scaleLinear().domain([y0, y1]).nice();
  const yTicks = y.ticks(5);
  // The left margin holds the longest y tick label.
  const left = Math.max(fontSize * 4.2, Math.max(0, ...yTicks.map((t) => textWidth(tickText(t), fontSize))) + 10);
  const margin = { top: fontSize * 2, right: fontSize * 1.5, bottom: fontSize * 3.4, left };
  y.range([height - margin.bottom, margin.top]);
  const [x0, x1] = extent(columns.xs);
  const x = scaleLinear()
    .domain([x0, x1])
    .nice()
    .range([margin.left, width - margin.right]);
  const xTicks = x.ticks(Math.max(3, Math.round(width / 110)));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="your-data-svg-title" aria-describedby="your-data-svg-desc" style="font-size:${fontSize}px;color:${INK};font-family:system-ui,sans-serif">`,
    `<title id="your-data-svg-title">${escapeXml(options.title)}</title><desc id="your-data-svg-desc">${escapeXml(options.description)}</desc>`,
  );
  // Grid and axes.
  parts.push(`<g aria-hidden="true" stroke="currentColor" stroke-opacity="0.1">`);
  for (const t of xTicks) parts.push(`<line x1="${round(x(t))}" x2="${round(x(t))}" y1="${margin.top}" y2="${height - margin.bottom}"/>`);
  for (const t of yTicks) parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${round(y(t))}" y2="${round(y(t))}"/>`);
  parts.push(`</g><g aria-hidden="true" fill="currentColor">`);
  for (const t of xTicks)
    parts.push(`<text x="${round(x(t))}" y="${height - margin.bottom + fontSize * 1.3}" text-anchor="middle">${tickText(t)}</text>`);
  for (const t of yTicks) parts.push(`<text x="${margin.left - 6}" y="${round(y(t))}" dy="0.32em" text-anchor="end">${tickText(t)}</text>`);
  parts.push(
    `<text x="${(margin.left + width - margin.right) / 2}" y="${height - fontSize * 0.6}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`,
    `<text x="${margin.left - fontSize * 3.6}" y="${fontSize * 1.1}">${escapeXml(options.yLabel)}</text>`,
    `</g>`,
  );
  // Fit band and line, clipped to the plot area by construction (they span the x extent).
  if (options.band.length > 1) {
    const upper = options.band.map((b) => `${round(x(b.x))},${round(y(b.high))}`);
    const lower = options.band.map((b) => `${round(x(b.x))},${round(y(b.low))}`).reverse();
    parts.push(
      `<path aria-hidden="true" d="M${[...upper, ...lower].join('L')}Z" fill="${MUTED}" fill-opacity="0.14"/>`,
      `<path aria-hidden="true" d="M${options.band.map((b) => `${round(x(b.x))},${round(y(b.y))}`).join('L')}" fill="none" stroke="${MUTED}" stroke-width="2"/>`,
    );
  }
  const r = fontSize * 0.4;
  if (points) {
    parts.push(`<g fill="${DOT}" fill-opacity="0.75" stroke="${INK}" stroke-width="0.8">`);
    for (const p of points) {
      const group = options.group?.(p);
      const title = `<title>${escapeXml(options.pointLabel(p))}</title>`;
      const [cx, cy] = [round(x(p.x)), round(y(p.y))];
      if (group === 'metro') {
        const side = round(r * 1.8);
        parts.push(
          `<rect class="dot" data-group="metro" x="${round(cx - side / 2)}" y="${round(cy - side / 2)}" width="${side}" height="${side}" fill="${GROUP_STYLE.metro.fill}">${title}</rect>`,
        );
      } else {
        const fill = group === 'regional' ? ` data-group="regional" fill="${GROUP_STYLE.regional.fill}"` : '';
        parts.push(`<circle class="dot"${fill} cx="${cx}" cy="${cy}" r="${r}">${title}</circle>`);
      }
    }
    parts.push(`</g>`);
    if (options.group && options.groupNames) {
      // A legend in the top-left corner of the plot area.
      const lx = margin.left + 8;
      const ly = margin.top + fontSize;
      const side = round(r * 1.8);
      const second =
        lx +
        fontSize * 0.9 +
        fontSize * 0.62 * Math.max(6, [...options.groupNames.metro].length * (/[^\x00-\x7f]/.test(options.groupNames.metro) ? 1.7 : 1)) +
        fontSize;
      parts.push(
        `<g aria-hidden="true" fill="currentColor" stroke="${INK}" stroke-width="0.8">`,
        `<rect x="${round(lx - side / 2)}" y="${round(ly - side / 2)}" width="${side}" height="${side}" fill="${GROUP_STYLE.metro.fill}"/>`,
        `<text x="${round(lx + fontSize * 0.8)}" y="${ly}" dy="0.32em" stroke="none">${escapeXml(options.groupNames.metro)}</text>`,
        `<circle cx="${round(second)}" cy="${ly}" r="${r}" fill="${GROUP_STYLE.regional.fill}"/>`,
        `<text x="${round(second + fontSize * 0.8)}" y="${ly}" dy="0.32em" stroke="none">${escapeXml(options.groupNames.regional)}</text>`,
        `</g>`,
      );
    }
  } else {
    parts.push(densitySvg(columns, x, y, margin, { width, height, fontSize }, options.densityNames));
  }
  parts.push(`</svg>`);
  return parts.join('');
}

/**
 * The binned density: the plot cut into CELL-pixel squares, each shaded by how many points fall in
 * it, on a log scale (a square with 1,000 points is darker than one with 10, not a hundred times
 * darker); one path per shade, and a legend from the fewest points to the most.
 */
function densitySvg(
  columns: { xs: ArrayLike<number>; ys: ArrayLike<number> },
  x: (v: number) => number,
  y: (v: number) => number,
  margin: { top: number; right: number; bottom: number; left: number },
  size: { width: number; height: number; fontSize: number },
  names?: { few: string; many: string },
): string {
  const cols = Math.ceil((size.width - margin.right - margin.left) / CELL);
  const rows = Math.ceil((size.height - margin.bottom - margin.top) / CELL);
  const counts = new Uint32Array(cols * rows);
  const cell = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v / CELL)));
  for (let i = 0; i < columns.xs.length; i++) {
    counts[cell(y(columns.ys[i]!) - margin.top, rows) * cols + cell(x(columns.xs[i]!) - margin.left, cols)]!++;
  }
  let most = 0;
  for (const c of counts) most = Math.max(most, c);
  const levels = DENSITY_OPACITY.length;
  const paths: string[][] = DENSITY_OPACITY.map(() => []);
  for (let k = 0; k < counts.length; k++) {
    const c = counts[k]!;
    if (c === 0) continue;
    const level = most === 1 ? levels - 1 : Math.min(levels - 1, Math.floor((levels * Math.log(c)) / Math.log(most + 1)));
    paths[level]!.push(
      `M${round(margin.left + (k % cols) * CELL)} ${round(margin.top + Math.floor(k / cols) * CELL)}h${CELL}v${CELL}h-${CELL}z`,
    );
  }
  const parts = [`<g aria-hidden="true" fill="${DOT}">`];
  paths.forEach((d, level) => {
    if (d.length > 0) parts.push(`<path class="density" d="${d.join('')}" fill-opacity="${DENSITY_OPACITY[level]}"/>`);
  });
  parts.push('</g>');
  if (names) {
    // A legend in the top-left corner of the plot area: the shades from the fewest points to the most.
    const lx = margin.left + 8;
    const ly = margin.top + size.fontSize * 0.5;
    const side = size.fontSize * 0.8;
    const few = textWidth(names.few, size.fontSize * (/[^\x00-\x7f]/.test(names.few) ? 1.6 : 1));
    parts.push(
      '<g aria-hidden="true" fill="currentColor">',
      `<text x="${round(lx)}" y="${round(ly + side / 2)}" dy="0.32em">${escapeXml(names.few)}</text>`,
      ...DENSITY_OPACITY.map(
        (opacity, i) =>
          `<rect x="${round(lx + few + 6 + i * side)}" y="${round(ly)}" width="${round(side)}" height="${round(side)}" fill="${DOT}" fill-opacity="${opacity}"/>`,
      ),
      `<text x="${round(lx + few + 12 + levels * side)}" y="${round(ly + side / 2)}" dy="0.32em">${escapeXml(names.many)}</text>`,
      '</g>',
    );
  }
  return parts.join('');
}
