import { symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import { BLOCK_COLOURS as BLOCKS, COLOURS, GROUP_FILLS } from '../design/tokens.ts';
import type { METRO_GROUPS } from '../lib/regions.ts';

/**
 * The charts' marks, from the design tokens (src/design/tokens.ts). Every mark is outlined in dark
 * ink so that light fills keep 3:1 contrast. Metro / 地方 is a category, not an amount: a filled
 * grey square against a white circle, so no indicator's hue is borrowed for it.
 */
export const INK = COLOURS.ink;
export const MUTED = COLOURS.muted;
export const HIGHLIGHT = COLOURS.highlight;
export const PAPER = COLOURS.paper;

export const GROUP_COLOURS: Record<(typeof METRO_GROUPS)[number], string> = GROUP_FILLS;
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

/** Okabe–Ito colours for the eight regional blocks, each with its own shape. */
export const BLOCK_COLOURS: string[] = [...BLOCKS];
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
