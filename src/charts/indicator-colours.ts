/**
 * Which hue an indicator wears: its position in data/indicators.csv (as summary.json lists them)
 * picks the hue, so a new indicator gets the next one with no change here. Build time only.
 */
import { indicatorHue, type IndicatorHue } from '../design/tokens.ts';
import { atlas } from '../lib/atlas.ts';

export function indicatorIndex(id: string): number {
  const index = atlas().summary.indicators.findIndex((i) => i.id === id);
  if (index < 0) throw new Error(`No indicator ${id} in summary.json`);
  return index;
}

export function hueOf(id: string): IndicatorHue {
  return indicatorHue(indicatorIndex(id));
}
