/**
 * The design tokens themselves: the generated stylesheet and swatches are fresh, every text colour
 * keeps 4.5:1, and indicators take their hues in the order of data/indicators.csv.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { swatchFiles } from '../../src/design/swatches.ts';
import {
  bivariateScheme,
  COLOURS,
  contrast,
  GROUP_FILLS,
  INDICATOR_HUES,
  indicatorHue,
  indicatorRamp,
  KIND_COLOURS,
  READER_HUE,
  SECTOR_FILLS,
  TYPE_SCALE,
  tokensCss,
} from '../../src/design/tokens.ts';
import { ROOT } from '../support/paths.ts';

describe('generated files', () => {
  it('src/styles/tokens.css is what src/design/tokens.ts emits (run `npm run tokens` after a change)', () => {
    expect(readFileSync(join(ROOT, 'src', 'styles', 'tokens.css'), 'utf8')).toBe(tokensCss());
  });
  it('the swatches of docs/design-system.md are current', () => {
    for (const [name, svg] of Object.entries(swatchFiles())) {
      expect(readFileSync(join(ROOT, 'docs', 'design-system', name), 'utf8'), name).toBe(svg);
    }
  });
  it('the stylesheet loads the tokens before site.css', () => {
    const base = readFileSync(join(ROOT, 'src', 'layouts', 'Base.astro'), 'utf8');
    expect(base.indexOf("import '../styles/tokens.css';")).toBeGreaterThan(-1);
    expect(base.indexOf("import '../styles/tokens.css';")).toBeLessThan(base.indexOf("import '../styles/site.css';"));
  });
  it('emits the six type steps and a hue per indicator as custom properties', () => {
    const css = tokensCss();
    expect(Object.keys(TYPE_SCALE)).toHaveLength(6);
    expect(css).toContain('--fs-sm: 0.875rem;');
    expect(css).toContain('--fs-xxl: 2rem;');
    expect(css).toContain('--indicator-0: #e69f00;');
    expect(css).toContain('--indicator-1: #0072b2;');
    expect(css).toContain('--measure-ja: 40ic;');
  });
});

describe('docs/design-system.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'design-system.md'), 'utf8');
  it('shows every swatch sheet', () => {
    for (const name of Object.keys(swatchFiles())) expect(doc).toContain(`](design-system/${name})`);
  });
  it('prints the contrast ratios the tokens give', () => {
    const pairs: [string, string][] = [
      [COLOURS.ink, COLOURS.paper],
      [COLOURS.ink, COLOURS.tint],
      [COLOURS.muted, COLOURS.paper],
      [COLOURS.muted, COLOURS.tint],
      [COLOURS.accent, COLOURS.paper],
      [COLOURS.accentHover, COLOURS.paper],
      [COLOURS.highlight, COLOURS.paper],
      [COLOURS.error, COLOURS.paper],
      [COLOURS.warning, COLOURS.warningTint],
      ...Object.values(KIND_COLOURS).map((k) => [k.ink, k.tint] as [string, string]),
      ...INDICATOR_HUES.map((h) => [h.dark, COLOURS.paper] as [string, string]),
    ];
    for (const [fg, bg] of pairs) expect(doc, `${fg} on ${bg}`).toContain(`${contrast(fg, bg).toFixed(2)}:1`);
    for (const h of INDICATOR_HUES) for (const c of [h.light, h.base, h.dark]) expect(doc).toContain(`\`${c}\``);
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // WebAIM's checker gives 4.54:1 for #767676 on white.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  const text: [string, string, string][] = [
    ['ink on paper', COLOURS.ink, COLOURS.paper],
    ['ink on tint', COLOURS.ink, COLOURS.tint],
    ['ink on mark', COLOURS.ink, COLOURS.mark],
    ['muted on paper', COLOURS.muted, COLOURS.paper],
    ['muted on tint', COLOURS.muted, COLOURS.tint],
    ['accent on paper', COLOURS.accent, COLOURS.paper],
    ['accent on tint', COLOURS.accent, COLOURS.tint],
    ['accent hover on paper', COLOURS.accentHover, COLOURS.paper],
    ['highlight on paper', COLOURS.highlight, COLOURS.paper],
    ['warning on its tint', COLOURS.warning, COLOURS.warningTint],
    ['error on paper', COLOURS.error, COLOURS.paper],
    ...Object.entries(KIND_COLOURS).map(([k, v]) => [`kind ${k}`, v.ink, v.tint] as [string, string, string]),
    ...INDICATOR_HUES.flatMap((h) => [
      [`${h.name} dark on paper`, h.dark, COLOURS.paper] as [string, string, string],
      [`${h.name} dark on its tint`, h.dark, h.light] as [string, string, string],
    ]),
  ];
  it.each(text)('%s is at least 4.5:1', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('the ratios of the main pairs, to two decimals', () => {
    expect(contrast(COLOURS.ink, COLOURS.paper).toFixed(2)).toBe('15.80');
    expect(contrast(COLOURS.muted, COLOURS.paper).toFixed(2)).toBe('6.11');
    expect(contrast(COLOURS.accent, COLOURS.paper).toFixed(2)).toBe('6.67');
    expect(contrast(COLOURS.highlight, COLOURS.paper).toFixed(2)).toBe('6.84');
  });
  it('公 and 民 greys each stand 3:1 against paper, so an outlined cell is seen', () => {
    for (const fill of Object.values(SECTOR_FILLS)) expect(contrast(fill, COLOURS.paper), fill).toBeGreaterThanOrEqual(3);
  });
  it('every mark is outlined in ink, which stands 3:1 against every fill it outlines', () => {
    for (const fill of [...Object.values(GROUP_FILLS), ...INDICATOR_HUES.flatMap((h) => indicatorRamp(INDICATOR_HUES.indexOf(h), 5))]) {
      expect(Math.max(contrast(COLOURS.ink, fill), contrast(COLOURS.paper, fill)), fill).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('one hue per indicator', () => {
  const csv = Papa.parse<{ id: string }>(readFileSync(join(ROOT, 'data', 'indicators.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const ids = csv.data.map((r) => r.id);
  const summary = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'summary.json'), 'utf8')) as { indicators: { id: string }[] };

  it('summary.json lists the indicators in the order of data/indicators.csv, which picks their hues', () => {
    expect(summary.indicators.map((i) => i.id)).toEqual(ids);
  });
  it('the first indicator is orange, the second blue, a third would be reddish purple', () => {
    expect(indicatorHue(0).base).toBe('#e69f00');
    expect(indicatorHue(1).base).toBe('#0072b2');
    expect(indicatorHue(2).name).toBe('reddish purple');
  });
  it('hues are all different, and none is the reader’s, a group fill or the highlight', () => {
    const bases = INDICATOR_HUES.map((h) => h.base);
    expect(new Set(bases).size).toBe(bases.length);
    for (const other of [READER_HUE.base, ...Object.values(GROUP_FILLS), COLOURS.highlight, COLOURS.accent])
      expect(bases).not.toContain(other);
  });
  it('a ramp runs light → base → dark, getting darker at every step', () => {
    const ramp = indicatorRamp(0, 5);
    expect(ramp).toEqual(['#fff5eb', '#f3ca76', '#e69f00', '#b87500', '#8a4b00']);
    const l = ramp.map((c) => contrast(c, '#ffffff'));
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeGreaterThan(l[i - 1]!);
  });
  it('the bivariate scheme keeps each indicator’s own hues on its axis and nine distinct cells', () => {
    const scheme = bivariateScheme(0, 1, 3);
    expect(scheme.map((row) => row[0])).toEqual(['#eff5fb', '#f3ca76', '#e69f00']);
    expect(scheme[0]).toEqual(['#eff5fb', '#78b4d7', '#0072b2']);
    expect(new Set(scheme.flat()).size).toBe(9);
  });
  it('rejects what is not an index', () => {
    expect(() => indicatorHue(-1)).toThrow('indicatorHue: expected an index ≥ 0, found -1');
    expect(() => indicatorRamp(0, 1)).toThrow('hueRamp: expected k ≥ 2, found 1');
  });
});
