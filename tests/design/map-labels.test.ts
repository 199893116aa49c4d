/**
 * Prefecture names on the tile maps and marks on the network charts are text on a coloured fill:
 * each must stand 4.5:1 against it (WCAG 1.4.3), on every class of every ramp the site can draw.
 */
import { describe, expect, it } from 'vitest';
import { inkOn } from '../../src/charts/map-colours.ts';
import { bivariateScheme, COLOURS, contrast, hueRamp, INDICATOR_HUES, indicatorRamp, READER_HUE } from '../../src/design/tokens.ts';

const CLASS_COUNTS = [2, 3, 4, 5, 6, 7];

function weakest(fills: readonly string[]): { fill: string; ratio: number } {
  return fills.map((fill) => ({ fill, ratio: contrast(inkOn(fill), fill) })).reduce((a, b) => (b.ratio < a.ratio ? b : a));
}

describe('labels on map fills', () => {
  it('every class of every indicator ramp and of the reader’s ramp stands 4.5:1', () => {
    const fills = [
      ...INDICATOR_HUES.flatMap((_, i) => CLASS_COUNTS.flatMap((k) => indicatorRamp(i, k))),
      ...CLASS_COUNTS.flatMap((k) => hueRamp(READER_HUE, k)),
    ];
    expect(weakest(fills).ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('every cell of every bivariate scheme stands 4.5:1', () => {
    const fills = INDICATOR_HUES.flatMap((_, a) =>
      INDICATOR_HUES.flatMap((__, b) => (a === b ? [] : [2, 3, 4].flatMap((k) => bivariateScheme(a, b, k).flat()))),
    );
    expect(weakest(fills).ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the site’s near-black and white, and turns to black only on the mid-tones', () => {
    expect(inkOn(COLOURS.paper)).toBe(COLOURS.ink);
    expect(inkOn('#084a80')).toBe(COLOURS.paper);
    // The first indicator's fourth class of five: near-black gives 4.20:1 there, black 5.58:1.
    expect(indicatorRamp(0, 5)[3]).toBe('#b87500');
    expect(contrast(COLOURS.ink, '#b87500').toFixed(2)).toBe('4.20');
    expect(inkOn('#b87500')).toBe(COLOURS.black);
    expect(contrast(COLOURS.black, '#b87500').toFixed(2)).toBe('5.58');
  });
});
