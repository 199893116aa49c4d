/**
 * Finds colours and font sizes written into the site's sources instead of taken from the design
 * tokens (src/design/tokens.ts, emitted as src/styles/tokens.css). Used by
 * tests/design/token-usage.test.ts on the real tree and on small strings that must fail.
 */

/** The CSS named colours a stylesheet or chart is likely to reach for. */
const NAMED = [
  'white',
  'black',
  'red',
  'green',
  'blue',
  'yellow',
  'orange',
  'purple',
  'pink',
  'brown',
  'gray',
  'grey',
  'silver',
  'navy',
  'teal',
  'maroon',
  'olive',
  'lime',
  'aqua',
  'cyan',
  'magenta',
  'fuchsia',
  'gold',
  'crimson',
  'darkgray',
  'darkgrey',
  'lightgray',
  'lightgrey',
  'dimgray',
  'dimgrey',
  'whitesmoke',
  'gainsboro',
  'steelblue',
  'tomato',
  'coral',
  'salmon',
];
const NAMED_ALT = NAMED.join('|');

export interface Violation {
  line: number;
  kind: 'colour' | 'font-size';
  text: string;
}

/** A hex colour: 3, 4, 6 or 8 hex digits after a quote, a colon, a space, a comma or a bracket. */
const HEX = /(?<=["'`:\s,(=])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})(?![0-9a-zA-Z_-])/g;
const FUNCTIONAL = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/g;
/** A named colour as the value of a colour property, in CSS (`color: white`) or in code (`fill: 'white'`, fill="white"). */
const CSS_NAMED = new RegExp(
  `(?:^|[;{\\s])(?:color|background(?:-color)?|border(?:-[a-z]+)*|outline(?:-color)?|fill|stroke|accent-color|caret-color|text-decoration-color|box-shadow)\\s*:[^;{}]*\\b(?:${NAMED_ALT})\\b`,
  'i',
);
const CODE_NAMED = new RegExp(
  `\\b(?:fill|stroke|color|background|stopColor|stop-color)['"]?\\s*[:=]\\s*\\{?\\s*['"\`](?:${NAMED_ALT})['"\`]`,
  'i',
);
/** CSS font-size must be a scale token. */
const CSS_FONT_SIZE = /font-size\s*:\s*([^;}"]+)/g;
const TOKEN_SIZE = /^var\(--fs-[a-z-]+\)$|^inherit$|^1em$|^100%$/;
/** Font sizes written as numbers in code: fontSize: 12, fontSize: '12px', font-size="12", 'font-size': 12, font-size:12px. */
const CODE_FONT_SIZE = [
  /\bfontSize\s*:\s*['"`]?\d/,
  /font-size=["']?\d/,
  /['"]font-size['"]\s*:\s*['"]?\d/,
  /font-size\s*:\s*\d/,
  /font:\s*['"]?\d/,
];

function stripCssComments(text: string): string {
  // Keep line numbers: replace comment characters with spaces, newlines kept.
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
}

function stripCodeComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (_, before: string) => before)
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
}

/** Every untokened colour and font size in one file's text; `kind` says how to read it. */
export function scanText(text: string, kind: 'css' | 'code'): Violation[] {
  const clean = kind === 'css' ? stripCssComments(text) : stripCodeComments(text);
  const found: Violation[] = [];
  clean.split('\n').forEach((line, i) => {
    const at = (k: Violation['kind'], t: string) => found.push({ line: i + 1, kind: k, text: t.trim() });
    for (const m of line.matchAll(HEX)) at('colour', m[0]);
    for (const m of line.matchAll(FUNCTIONAL)) at('colour', line.slice(m.index, m.index + 24));
    if ((kind === 'css' ? CSS_NAMED : CODE_NAMED).test(line)) at('colour', line);
    if (kind === 'css') {
      for (const m of line.matchAll(CSS_FONT_SIZE)) if (!TOKEN_SIZE.test(m[1]!.trim())) at('font-size', m[0]);
    } else {
      // Astro and TS files also carry CSS in <style> blocks and style strings.
      for (const m of line.matchAll(CSS_FONT_SIZE)) if (/^\d/.test(m[1]!.trim())) at('font-size', m[0]);
      for (const pattern of CODE_FONT_SIZE)
        if (pattern.test(line) && !found.some((f) => f.line === i + 1 && f.kind === 'font-size')) at('font-size', line);
    }
  });
  return found;
}
