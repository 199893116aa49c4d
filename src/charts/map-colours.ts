/**
 * The maps' plain colours and the ink rule, with no d3 import, so that a page can draw a map
 * (src/charts/map-svg.ts) without shipping d3's colour schemes. map-palette.ts re-exports them.
 * Every value comes from the design tokens (src/design/tokens.ts).
 */
import { COLOURS, luminance, MAP_RAMP_CLASSES } from '../design/tokens.ts';

export { luminance };
export const MAP_CLASSES = MAP_RAMP_CLASSES;

export const OUTLINE = COLOURS.ink;
export const MISSING_FILL = COLOURS.paper;
export const MISSING_HATCH = COLOURS.muted;

/** Ink for a label drawn on a fill: whichever of near-black and white has the higher contrast. */
export function inkOn(fill: string): string {
  const l = luminance(fill);
  const contrastDark = (l + 0.05) / (luminance(OUTLINE) + 0.05);
  const contrastLight = 1.05 / (l + 0.05);
  return contrastDark >= contrastLight ? OUTLINE : COLOURS.paper;
}
