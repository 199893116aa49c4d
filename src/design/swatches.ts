/** The colour tokens as small SVG swatch sheets for docs/design-system.md (written by scripts/write-tokens-css.ts). */
import {
  bivariateScheme,
  COLOURS,
  contrast,
  GROUP_FILLS,
  INDICATOR_HUES,
  indicatorRamp,
  KIND_COLOURS,
  MAP_RAMP_CLASSES,
  typePx,
} from './tokens.ts';

const FONT = `font-family="system-ui, sans-serif" font-size="${typePx('xs')}" fill="${COLOURS.ink}"`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function sheet(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.paper}"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** One row per named colour: swatch, name, value, contrast on paper. */
function namedRows(entries: [string, string][]): string {
  const rowHeight = 28;
  const body = entries.map(([name, value], i) => {
    const y = 6 + i * rowHeight;
    const ratio = value.startsWith('#') ? `${contrast(value, COLOURS.paper).toFixed(2)}:1 on paper` : '';
    return [
      `<rect x="6" y="${y}" width="40" height="20" fill="${value}" stroke="${COLOURS.ink}" stroke-width="0.5"/>`,
      `<text x="56" y="${y + 14}" ${FONT}>${esc(name)}  ${esc(value)}  ${ratio}</text>`,
    ].join('');
  });
  return sheet(380, 12 + entries.length * rowHeight, body);
}

export function swatchFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  files['neutrals.svg'] = namedRows(Object.entries(COLOURS).filter(([, v]) => v.startsWith('#')));
  files['groups.svg'] = namedRows(Object.entries(GROUP_FILLS).map(([k, v]) => [`group ${k}`, v]));
  files['kinds.svg'] = namedRows(
    Object.entries(KIND_COLOURS).flatMap(([k, v]) => [
      [`kind ${k} text`, v.ink],
      [`kind ${k} background`, v.tint],
    ]),
  );
  const cell = 36;
  files['indicators.svg'] = sheet(
    100 + MAP_RAMP_CLASSES * cell + 8,
    8 + INDICATOR_HUES.length * (cell + 8),
    INDICATOR_HUES.map((hue, i) => {
      const y = 8 + i * (cell + 8);
      const ramp = indicatorRamp(i, MAP_RAMP_CLASSES)
        .map((c, j) => `<rect x="${100 + j * cell}" y="${y}" width="${cell}" height="${cell}" fill="${c}"/>`)
        .join('');
      return `<text x="6" y="${y + cell / 2 + 4}" ${FONT}>${i}: ${esc(hue.name)}</text>${ramp}`;
    }),
  );
  const scheme = bivariateScheme(0, 1, 3);
  files['bivariate.svg'] = sheet(
    3 * cell + 16,
    3 * cell + 16,
    scheme.flatMap((row, s) =>
      row.map((c, t) => `<rect x="${8 + t * cell}" y="${8 + (2 - s) * cell}" width="${cell}" height="${cell}" fill="${c}"/>`),
    ),
  );
  return files;
}
