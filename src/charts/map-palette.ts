/**
 * Colours of the maps. Single-hue ColorBrewer ramps (safe for the common colour-vision
 * deficiencies and in greyscale) for one indicator, Joshua Stevens' 3 × 3 blue–pink–purple scheme
 * for two, and a hatch for missing data so that "no data" never looks like "low".
 */
import { schemeOranges, schemePurples } from 'd3';

export const MAP_CLASSES = 5;

/** Shortage in oranges, thinness of the placement market in purples: never confused on one page. */
export const SEQUENTIAL: Record<'jobOpeningRatio' | 'smesPerAgency', readonly string[]> = {
  jobOpeningRatio: schemeOranges[MAP_CLASSES],
  smesPerAgency: schemePurples[MAP_CLASSES],
};

/**
 * BIVARIATE[shortage][thinness], low → high on both: pink grows with shortage, teal with thinness,
 * and where both are high they meet in dark blue-purple (Stevens 2015, "Bivariate choropleth maps").
 */
export const BIVARIATE: readonly (readonly string[])[] = [
  ['#e8e8e8', '#ace4e4', '#5ac8c8'],
  ['#dfb0d6', '#a5add3', '#5698b9'],
  ['#be64ac', '#8c62aa', '#3b4994'],
];

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
