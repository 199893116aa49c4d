import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import type { METRO_GROUPS } from '../lib/regions.ts';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), always paired with a
 * distinct shape, and every mark outlined in dark ink so that light fills keep 3:1 contrast.
 */
export const INK = '#1f2328';
export const MUTED = '#59636e';

export const GROUP_COLOURS: Record<(typeof METRO_GROUPS)[number], string> = {
  metro: '#0072B2',
  regional: '#E69F00',
};
export const GROUP_SYMBOLS: Record<(typeof METRO_GROUPS)[number], SymbolType> = {
  metro: symbolSquare,
  regional: symbolCircle,
};

/** A downward triangle: the eighth shape, since d3 ships seven filled ones. */
const symbolTriangleDown: SymbolType = {
  draw(context, size) {
    const y = -Math.sqrt(size / (Math.sqrt(3) * 3));
    context.moveTo(0, y * -2);
    context.lineTo(-Math.sqrt(3) * y, y);
    context.lineTo(Math.sqrt(3) * y, y);
    context.closePath();
  },
};

export const BLOCK_COLOURS: string[] = ['#56B4E9', '#009E73', '#0072B2', '#E69F00', '#D55E00', '#CC79A7', '#F0E442', '#999999'];
export const BLOCK_SYMBOLS: SymbolType[] = [
  symbolCircle,
  symbolSquare,
  symbolDiamond,
  symbolTriangle,
  symbolStar,
  symbolCross,
  symbolWye,
  symbolTriangleDown,
];
