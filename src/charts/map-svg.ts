/**
 * A geographic choropleth as SVG markup: a pure function from prefecture outlines, fills and
 * links to a string, rendered in the build. Plot's geo mark wants GeoJSON, while the outlines come
 * already projected as SVG paths, so this draws them directly. The outlines are defined once per
 * page (mapGeometryDefs) and every view reuses them with <use>, so six colourings cost one copy.
 */
import { escapeXml } from '../lib/xml-text.ts';
import { CHART_TYPE } from '../design/tokens.ts';
import { MISSING_FILL, MISSING_HATCH, OUTLINE } from './map-colours.ts';

/** One prefecture as a map draws it. */
export interface MapRegion {
  code: string;
  href: string;
  /** Accessible name: prefecture, value and class in words. */
  label: string;
  /** A fill colour, or null for missing data (drawn hatched). */
  fill: string | null;
  /** Class key written on the link (e.g. "4" or "2-2"), or "none" for missing data. */
  classKey: string;
}

export interface A11y {
  id: string;
  title: string;
  description: string;
}

/** A hatch pattern for missing data; `id` must be unique on the page. */
export function missingPattern(id: string): string {
  return (
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${MISSING_FILL}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${MISSING_HATCH}" stroke-width="2"/></pattern>`
  );
}

/** The outlines, once per page, in a zero-size SVG that the views point into. */
export function mapGeometryDefs(idPrefix: string, shapes: { code: string; d: string }[]): string {
  const paths = shapes.map((s) => `<path id="${idPrefix}-${s.code}" d="${s.d}"/>`).join('');
  return `<svg class="map-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${paths}</defs></svg>`;
}

function openSvg(a11y: A11y, viewBox: readonly number[], className: string): string {
  return (
    // role=group, not img: the regions inside are links that must stay reachable.
    `<svg xmlns="http://www.w3.org/2000/svg" id="${a11y.id}" class="${className}" role="group" viewBox="${viewBox.join(' ')}" ` +
    `aria-labelledby="${a11y.id}-title" aria-describedby="${a11y.id}-desc">` +
    `<title id="${a11y.id}-title">${escapeXml(a11y.title)}</title><desc id="${a11y.id}-desc">${escapeXml(a11y.description)}</desc>`
  );
}

export interface ChoroplethOptions {
  a11y: A11y;
  viewBox: readonly [number, number, number, number];
  /** The id prefix of the shared outlines (see mapGeometryDefs). */
  geometryId: string;
  /** A frame drawn around an inset (Okinawa), with a short label. */
  inset?: { x: number; y: number; width: number; height: number; label: string };
}

export function choroplethSvg(regions: MapRegion[], options: ChoroplethOptions): string {
  const { a11y, geometryId, inset } = options;
  const missingId = `${a11y.id}-missing`;
  const links = regions
    .map((r) => {
      const fill = r.fill ?? `url(#${missingId})`;
      return (
        `<a href="${escapeXml(r.href)}" aria-label="${escapeXml(r.label)}" data-code="${r.code}" data-class="${r.classKey}">` +
        `<use href="#${geometryId}-${r.code}" fill="${fill}"/></a>`
      );
    })
    .join('');
  const frame = inset
    ? `<g class="map-inset" aria-hidden="true"><rect x="${inset.x}" y="${inset.y}" width="${inset.width}" height="${inset.height}" fill="none" stroke="${OUTLINE}" stroke-width="0.8" stroke-dasharray="3 2"/>` +
      `<text x="${inset.x + inset.width - 5}" y="${inset.y + inset.height - 6}" text-anchor="end" font-size="${CHART_TYPE.sm}" fill="${OUTLINE}">${escapeXml(inset.label)}</text></g>`
    : '';
  return (
    openSvg(a11y, options.viewBox, 'map-svg') +
    `<defs>${missingPattern(missingId)}</defs>` +
    `<g class="map-regions" stroke="${OUTLINE}" stroke-width="0.5" stroke-linejoin="round">${links}</g>` +
    frame +
    '</svg>'
  );
}

/** One tile of the tile-grid map. */
export interface Tile extends MapRegion {
  col: number;
  row: number;
  /** Label printed on the tile, and an optional second line (the value). */
  text: string;
  subtext?: string;
  ink: string;
  highlighted?: boolean;
}

export interface TileOptions {
  a11y: A11y;
  size: number;
  gap: number;
  columns: number;
  rows: number;
  fontSize: number;
}

export function tileMapSvg(tiles: Tile[], options: TileOptions): string {
  const { a11y, size, gap, fontSize } = options;
  const missingId = `${a11y.id}-missing`;
  const step = size + gap;
  const width = options.columns * step - gap + 4;
  const height = options.rows * step - gap + 4;
  const body = tiles
    .map((t) => {
      const x = 2 + t.col * step;
      const y = 2 + t.row * step;
      const fill = t.fill ?? `url(#${missingId})`;
      const cx = x + size / 2;
      const lines = t.subtext
        ? `<text x="${cx}" y="${y + size / 2 - fontSize * 0.15}" font-size="${fontSize}">${escapeXml(t.text)}</text>` +
          `<text x="${cx}" y="${y + size / 2 + fontSize * 1.05}" font-size="${fontSize * 0.92}">${escapeXml(t.subtext)}</text>`
        : `<text x="${cx}" y="${y + size / 2 + fontSize * 0.36}" font-size="${[...t.text].length > 2 && /\P{ASCII}/u.test(t.text) ? fontSize * 0.8 : fontSize}">${escapeXml(t.text)}</text>`;
      return (
        `<a href="${escapeXml(t.href)}" aria-label="${escapeXml(t.label)}" data-code="${t.code}" data-class="${t.classKey}"${t.highlighted ? ' class="is-highlighted"' : ''}>` +
        `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="2" fill="${fill}"/>` +
        `<g fill="${t.ink}" stroke="none" text-anchor="middle" aria-hidden="true">${lines}</g></a>`
      );
    })
    .join('');
  return (
    openSvg(a11y, [0, 0, width, height], 'tile-svg') +
    `<defs>${missingPattern(missingId)}</defs>` +
    `<g class="map-regions" stroke="${OUTLINE}" stroke-width="1" font-family="inherit">${body}</g>` +
    '</svg>'
  );
}
