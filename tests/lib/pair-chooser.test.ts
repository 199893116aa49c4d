/** The scatter's x/y choice: which page an ?x=…&y=… address or a choice of the two selects opens. */
import { describe, expect, it } from 'vitest';
import { pairPath } from '../../src/islands/pair-chooser.ts';

const offered = ['testIndicator-jobOpeningRatio', 'testIndicator-smesPerAgency'];
const open = (x: string | null, y: string | null) => pairPath('/scatter/', 'smesPerAgency-jobOpeningRatio', offered, x, y);

describe('pairPath', () => {
  it('opens the headline pair on the scatter page itself, in either order', () => {
    expect(open('smesPerAgency', 'jobOpeningRatio')).toBe('/scatter/');
    expect(open('jobOpeningRatio', 'smesPerAgency')).toBe('/scatter/');
  });
  it('opens a pair’s page, whichever indicator was put on x', () => {
    expect(open('testIndicator', 'jobOpeningRatio')).toBe('/scatter/pairs/testIndicator-jobOpeningRatio/');
    expect(open('smesPerAgency', 'testIndicator')).toBe('/scatter/pairs/testIndicator-smesPerAgency/');
  });
  it('ignores a missing, repeated or unknown indicator', () => {
    expect(open(null, 'jobOpeningRatio')).toBeNull();
    expect(open('testIndicator', 'testIndicator')).toBeNull();
    expect(open('<script>', 'jobOpeningRatio')).toBeNull();
  });
});
