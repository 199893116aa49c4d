/**
 * Colours of the maps, from the design tokens: each indicator's own sequential ramp (its hue from
 * its place in data/indicators.csv), the bivariate scheme built from the two indicators' hues, and
 * a hatch for missing data so that "no data" never looks like "low".
 */
import { bivariateScheme, indicatorRamp } from '../design/tokens.ts';
import { indicatorIndex } from './indicator-colours.ts';
import { MAP_CLASSES } from './map-colours.ts';

export { inkOn, luminance, MAP_CLASSES, MISSING_FILL, MISSING_HATCH, OUTLINE } from './map-colours.ts';

/** The univariate map's classes of one indicator, light (low) to dark (high). */
export function sequentialRamp(id: string): string[] {
  return indicatorRamp(indicatorIndex(id), MAP_CLASSES);
}

/**
 * bivariateFills(a, b, k)[classOfA][classOfB], low → high on both: the first row and column are the two
 * indicators' own hues, "both high" a dark neutral (src/design/tokens.ts bivariateScheme).
 */
export function bivariateFills(a: string, b: string, k: number): string[][] {
  return bivariateScheme(indicatorIndex(a), indicatorIndex(b), k);
}
