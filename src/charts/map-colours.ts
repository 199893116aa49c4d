/**
 * The maps' plain colours and the ink rule, with no d3 import, so that a page can draw a map
 * (src/charts/map-svg.ts) without shipping d3's colour schemes. map-palette.ts re-exports them.
 */
export const MAP_CLASSES = 5;

export const OUTLINE = '#1f2328';
export const MISSING_FILL = '#ffffff';
export const MISSING_HATCH = '#59636e';

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Ink for a label drawn on a fill: whichever of near-black and white has the higher contrast. */
export function inkOn(fill: string): string {
  const l = luminance(fill);
  const contrastDark = (l + 0.05) / (luminance(OUTLINE) + 0.05);
  const contrastLight = 1.05 / (l + 0.05);
  return contrastDark >= contrastLight ? OUTLINE : '#ffffff';
}
