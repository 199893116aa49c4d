/**
 * A small scatter drawn as an SVG string, for the "your data" page, which cannot ship Observable
 * Plot (about 80 KB gzip) within the 30 KB page budget. A pure function of points and options,
 * like the site's Plot charts; d3-scale only supplies the linear scales and their ticks.
 * Every user-supplied text is escaped. Above `MAX_DOTS` points the dots become one path, which
 * the browser draws quickly even for 50,000 rows.
 */
import { CHART_TYPE, COLOURS, GROUP_FILLS, READER_HUE } from '../design/tokens.ts';
import { scaleLinear } from 'd3-scale';
import { escapeXml } from '../lib/xml-text.ts';

// The palette's ink and muted grey (src/charts/palette.ts), repeated here because palette.ts
// imports d3's symbols, which must not reach this page's small bundle.
const { ink: INK, muted: MUTED } = COLOURS;
/** The reader's own data wears the reader's hue, never an atlas indicator's. */
const DOT = READER_HUE.base;

export const MAX_DOTS = 2000;

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
}

/** The site's metro / 地方 colours and shapes (src/charts/palette.ts GROUP_COLOURS, GROUP_SYMBOLS). */
export const GROUP_STYLE = {
  metro: { fill: GROUP_FILLS.metro, shape: 'square' },
  regional: { fill: GROUP_FILLS.regional, shape: 'circle' },
} as const;
export type PointGroup = keyof typeof GROUP_STYLE;

const round = (v: number) => Math.round(v * 10) / 10;
const tickText = (v: number) => String(Number(v.toPrecision(12)));

function extent(values: Iterable<number>): [number, number] {
  let [lo, hi] = [Infinity, -Infinity];
  for (const v of values) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

export function miniScatterSvg(points: readonly { label: string; x: number; y: number }[], options: MiniScatterOptions): string {
  const { width, height } = options;
  const fontSize = options.fontSize ?? CHART_TYPE.md;
  const margin = { top: fontSize * 2, right: fontSize * 1.5, bottom: fontSize * 3.4, left: fontSize * 4.2 };
  const [x0, x1] = extent(points.map((p) => p.x));
  const [y0, y1] = extent([...points.map((p) => p.y), ...options.band.flatMap((b) => [b.low, b.high])]);
  const x = scaleLinear()
    .domain([x0, x1])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = scaleLinear()
    .domain([y0, y1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const xTicks = x.ticks(Math.max(3, Math.round(width / 110)));
  const yTicks = y.ticks(5);
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
  if (points.length <= MAX_DOTS) {
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
    // One path of zero-length round-capped segments: one element instead of tens of thousands.
    const d = points.map((p) => `M${round(x(p.x))} ${round(y(p.y))}h0`).join('');
    parts.push(
      `<path aria-hidden="true" d="${d}" stroke="${DOT}" stroke-opacity="0.45" stroke-width="${r * 1.6}" stroke-linecap="round" fill="none"/>`,
    );
  }
  parts.push(`</svg>`);
  return parts.join('');
}
