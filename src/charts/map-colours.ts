/**
 * The maps' plain colours and the ink rule, with no d3 import, so that a page can draw a map
 * (src/charts/map-svg.ts) without shipping d3's colour schemes. map-palette.ts re-exports them.
 * Every value comes from the design tokens (src/design/tokens.ts).
 */
import { COLOURS, contrast, luminance, MAP_RAMP_CLASSES } from '../design/tokens.ts';

export { luminance };
export const MAP_CLASSES = MAP_RAMP_CLASSES;

export const OUTLINE = COLOURS.ink;
export const MISSING_FILL = COLOURS.paper;
export const MISSING_HATCH = COLOURS.muted;

/**
 * Ink for a label drawn on a fill: near-black or white, whichever stands higher against it. On the
 * mid-tones (relative luminance about 0.18–0.25) neither reaches the 4.5:1 of WCAG 1.4.3, and pure
 * black does: it clears 4.5:1 on any fill of luminance ≥ 0.175, and white clears it below 0.183.
 */
export function inkOn(fill: string): string {
  const dark = contrast(OUTLINE, fill);
  const light = contrast(COLOURS.paper, fill);
  if (Math.max(dark, light) >= 4.5) return dark >= light ? OUTLINE : COLOURS.paper;
  return COLOURS.black;
}
