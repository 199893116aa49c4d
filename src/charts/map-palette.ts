/**
 * Colours of the maps. Single-hue ColorBrewer ramps (safe for the common colour-vision
 * deficiencies and in greyscale) for one indicator, Joshua Stevens' 3 × 3 blue–pink–purple scheme
 * for two, and a hatch for missing data so that "no data" never looks like "low".
 */
import { schemeOranges, schemePurples } from 'd3';

import { MAP_CLASSES } from './map-colours.ts';

export { inkOn, luminance, MAP_CLASSES, MISSING_FILL, MISSING_HATCH, OUTLINE } from './map-colours.ts';

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
