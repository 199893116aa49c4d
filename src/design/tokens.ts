/**
 * The design tokens: the only place a colour or a font size is written down. Chart functions
 * (src/charts/) import them; src/styles/tokens.css is generated from them (scripts/write-tokens-css.ts)
 * for site.css and the components; docs/design-system.md shows them. No d3 import, so that an
 * island can use them without shipping d3's colour schemes.
 */

export interface IndicatorHue {
  name: string;
  light: string;
  base: string;
  dark: string;
}

/** Six steps of type, in rem, for Japanese and Latin text alike. */
export const TYPE_SCALE = {
  xs: 0.75,
  sm: 0.875,
  md: 1,
  lg: 1.25,
  xl: 1.5,
  xxl: 2,
} as const;
export type TypeStep = keyof typeof TYPE_SCALE;

/** The same steps in CSS pixels, for SVG text (charts are drawn at 1 rem = 16 px). */
export const typePx = (step: TypeStep): number => TYPE_SCALE[step] * 16;

/**
 * SVG text in charts, in the chart's own units (a chart's viewBox is scaled to its column, so
 * these are not screen pixels): tile names, ticks and labels, axis titles and chart text.
 */
export const CHART_TYPE = { xs: 10, sm: 11, md: 12, lg: 13 } as const;

/** Print sizes, in points: a separate, smaller scale for A4 paper. */
export const PRINT_SCALE = {
  xs: 7.5,
  sm: 8,
  md: 9,
  lg: 11,
  xl: 14,
} as const;

/** Japanese body text: about 40 full-width characters a line (1 ic = one full-width character). */
export const MEASURE = { ja: '40ic', en: '42rem' } as const;

/** Classes of a univariate map. */
export const MAP_RAMP_CLASSES = 5;

/** Spacing steps, in rem. */
export const SPACE = { 1: 0.25, 2: 0.5, 3: 0.75, 4: 1, 5: 1.5, 6: 2, 7: 3 } as const;

/** The interface's neutral colours. Every text colour keeps ≥ 4.5:1 on paper and on tint. */
export const COLOURS = {
  ink: '#1f2328',
  muted: '#59636e',
  line: '#d0d7de',
  paper: '#ffffff',
  tint: '#f6f8fa',
  accent: '#0b5cad',
  accentHover: '#083f78',
  /** The one highlight: a chosen prefecture on every chart and the keyboard focus ring. */
  highlight: '#b3005c',
  /** A row picked in a table or a search hit. */
  mark: '#fff3c4',
  warning: '#b35900',
  warningTint: '#fff8ef',
  error: '#b3261e',
  shadow: 'rgb(0 0 0 / 0.2)',
  /** A label on a mid-tone map fill, where neither ink nor paper reaches 4.5:1 (src/charts/map-colours.ts). */
  black: '#000000',
} as const;

/** Paper is printed black on white with three greys. */
export const PRINT_COLOURS = { ink: '#000000', muted: '#333333', rule: '#666666', faint: '#999999' } as const;

/**
 * Whose statement a line is (guidebook, our computation, our reading, the reader's own): text and
 * background of the small labels, each pair ≥ 4.5:1.
 */
export const KIND_COLOURS = {
  guidebook: { ink: '#0b5394', tint: '#eef5fc' },
  computed: { ink: '#3d5a1a', tint: '#f1f7e9' },
  ours: { ink: '#7a3e00', tint: '#fff4e5' },
  own: { ink: '#1f2328', tint: '#fff8c5' },
} as const;

/**
 * Metro / 地方 (and 公 / 民 in the network guide) are categories, not amounts, so they are told
 * apart by shape first and by two neutral greys, never by an indicator's hue.
 */
export const GROUP_FILLS = { metro: '#59636e', regional: '#ffffff' } as const;
export const SECTOR_FILLS = { public: '#59636e', private: '#8c959f' } as const;

/** The reader's own indicator on the your-data page: a hue no atlas indicator wears. */
export const READER_HUE: IndicatorHue = { name: 'bluish green', light: '#edf8f3', base: '#009e73', dark: '#00573f' };

/** Eight Okabe–Ito colours for the eight regional blocks, always paired with eight shapes. */
export const BLOCK_COLOURS = ['#56B4E9', '#009E73', '#0072B2', '#E69F00', '#D55E00', '#CC79A7', '#F0E442', '#999999'] as const;

/**
 * One hue per indicator, in the order of data/indicators.csv: the first indicator gets the first
 * hue, a new indicator the next one. Each hue runs from a pale tint (`light`) through its
 * Okabe–Ito colour (`base`) to a dark shade (`dark`, used for text: ≥ 4.5:1 on paper). Orange and
 * blue, the first two, stay apart under every common colour-vision deficiency.
 */
export const INDICATOR_HUES = [
  { name: 'orange', light: '#fff5eb', base: '#e69f00', dark: '#8a4b00' },
  { name: 'blue', light: '#eff5fb', base: '#0072b2', dark: '#084a80' },
  { name: 'reddish purple', light: '#fbf0f6', base: '#cc79a7', dark: '#7a2f5a' },
  { name: 'vermillion', light: '#fdf0ea', base: '#d55e00', dark: '#8a3a00' },
  { name: 'sky blue', light: '#eef8fd', base: '#56b4e9', dark: '#1f5f85' },
] as const;

/** The hue of the indicator at this position in data/indicators.csv (wrapping after six). */
export function indicatorHue(index: number): IndicatorHue {
  if (!Number.isInteger(index) || index < 0) throw new Error(`indicatorHue: expected an index ≥ 0, found ${index}`);
  return INDICATOR_HUES[index % INDICATOR_HUES.length]!;
}

/**
 * A sequential ramp of k classes for the indicator at this index: light → base → dark, evenly
 * spaced, interpolated in sRGB. The first class is the light tint, the last the dark shade.
 */
export function indicatorRamp(index: number, k: number): string[] {
  return hueRamp(indicatorHue(index), k);
}

export function hueRamp({ light, base, dark }: IndicatorHue, k: number): string[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`hueRamp: expected k ≥ 2, found ${k}`);
  return Array.from({ length: k }, (_, i) => {
    const t = i / (k - 1);
    return t <= 0.5 ? mix(light, base, t * 2) : mix(base, dark, (t - 0.5) * 2);
  });
}

/**
 * The bivariate scheme of two indicators, k × k, [a][b] low → high on both. The first row and
 * column are the two indicators' own ramps, so the key's axes carry their hues; an inner cell
 * blends the two in proportion, turns greyer the more evenly both are high (orange and blue are
 * complementary, so "both high" reads as a dark neutral, not as a third hue) and darker with the
 * lower of the two classes.
 */
export function bivariateScheme(indexA: number, indexB: number, k: number): string[][] {
  const a = bivariateRamp(indexA, k);
  const b = bivariateRamp(indexB, k);
  return a.map((ca, s) =>
    b.map((cb, t) => {
      if (s === 0) return cb;
      if (t === 0) return ca;
      const blend = mix(ca, cb, t / (s + t));
      const even = 1 - Math.abs(s - t) / (s + t);
      const grey = rgb(blend).reduce((sum, c) => sum + c, 0) / 3;
      const neutral = mix(blend, hex([grey, grey, grey]), even * 0.8);
      return mix(neutral, '#000000', (Math.min(s, t) / (k - 1)) * 0.45);
    }),
  );
}

/** A bivariate axis: the indicator's ramp from its tint to its base hue (the dark half would swamp the blend). */
export function bivariateRamp(index: number, k: number): string[] {
  const { light, base } = indicatorHue(index);
  return Array.from({ length: k }, (_, i) => mix(light, base, i / (k - 1)));
}

function rgb(hex: string): [number, number, number] {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`expected a #rrggbb colour, found ${hex}`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}
function hex(channels: number[]): string {
  return `#${channels
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
function mix(from: string, to: string, t: number): string {
  const a = rgb(from);
  const b = rgb(to);
  return hex(a.map((c, i) => c + (b[i]! - c) * t));
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (hi! + 0.05) / (lo! + 0.05);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The tokens as CSS custom properties, the text of src/styles/tokens.css. Indicators are numbered
 * by their position in data/indicators.csv: --indicator-0, --indicator-0-dark, …
 */
export function tokensCss(): string {
  const lines = ['/* Generated from src/design/tokens.ts by scripts/write-tokens-css.ts: do not edit. */', ':root {'];
  for (const [step, rem] of Object.entries(TYPE_SCALE)) lines.push(`  --fs-${step}: ${rem}rem;`);
  for (const [step, pt] of Object.entries(PRINT_SCALE)) lines.push(`  --fs-print-${step}: ${pt}pt;`);
  for (const [step, rem] of Object.entries(SPACE)) lines.push(`  --space-${step}: ${rem}rem;`);
  lines.push(`  --measure-ja: ${MEASURE.ja};`, `  --measure-en: ${MEASURE.en};`);
  for (const [name, value] of Object.entries(COLOURS)) lines.push(`  --${kebab(name)}: ${value};`);
  lines.push(`  --focus: var(--highlight);`);
  for (const [name, value] of Object.entries(PRINT_COLOURS)) lines.push(`  --print-${name}: ${value};`);
  for (const [kind, pair] of Object.entries(KIND_COLOURS)) {
    lines.push(`  --kind-${kind}: ${pair.ink};`, `  --kind-${kind}-tint: ${pair.tint};`);
  }
  for (const [group, value] of Object.entries(GROUP_FILLS)) lines.push(`  --group-${group}: ${value};`);
  INDICATOR_HUES.forEach((hue, i) => {
    lines.push(`  --indicator-${i}: ${hue.base};`, `  --indicator-${i}-light: ${hue.light};`, `  --indicator-${i}-dark: ${hue.dark};`);
  });
  lines.push('}');
  // .indicator-N names the hue of the Nth indicator for whatever draws it (a card's rule, a key).
  INDICATOR_HUES.forEach((_, i) => {
    lines.push(`.indicator-${i} {`, `  --indicator: var(--indicator-${i});`, `  --indicator-dark: var(--indicator-${i}-dark);`, '}');
  });
  lines.push('');
  return lines.join('\n');
}
