/**
 * Every colour and font size in the site's styles, components, pages, layouts, charts and islands
 * is a design token (src/design/tokens.ts): a literal anywhere else fails here, named by file:line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { scanText } from '../support/token-scan.ts';

const DIRS = ['src/styles', 'src/components', 'src/pages', 'src/layouts', 'src/charts', 'src/islands'];
/** The generated token sheet is where the values live. */
const EXEMPT = new Set(['src/styles/tokens.css']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const files = DIRS.flatMap((d) => filesUnder(join(ROOT, d)))
  .map((f) => relative(ROOT, f))
  .filter((f) => /\.(css|astro|ts|tsx|js|mjs)$/.test(f) && !EXEMPT.has(f));

describe('design tokens in the sources', () => {
  it('finds the files it is meant to read', () => {
    expect(files).toContain('src/styles/site.css');
    expect(files).toContain('src/charts/scatter.ts');
    expect(files).toContain('src/components/ScatterLegend.astro');
    expect(files.filter((f) => f.startsWith('src/islands/')).length).toBeGreaterThan(5);
  });

  it('no colour or font size is written outside the tokens', () => {
    const problems = files.flatMap((f) =>
      scanText(readFileSync(join(ROOT, f), 'utf8'), f.endsWith('.css') ? 'css' : 'code').map(
        (v) => `${f}:${v.line}: ${v.kind} not from the design tokens: ${v.text}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('the scanner fails on what it should', () => {
  it.each([
    ['css', 'a {\n  color: #083f78;\n}', 2, 'colour'],
    ['css', '.x { border: 1px solid rgb(31 35 40 / 0.35); }', 1, 'colour'],
    ['css', '.x {\n\n  background: white;\n}', 3, 'colour'],
    ['css', '.x { font-size: 0.92rem; }', 1, 'font-size'],
    ['css', '@media print {\n  p {\n    font-size: 9pt;\n  }\n}', 3, 'font-size'],
    ['code', "Plot.dot(d, { fill: '#E69F00' })", 1, 'colour'],
    ['code', "const x = 1;\nPlot.text(d, { stroke: 'white' })", 2, 'colour'],
    ['code', '<rect fill="black" />', 1, 'colour'],
    ['code', "style: { fontSize: '12px' }", 1, 'font-size'],
    ['code', 'const dims = { fontSize: 11 };', 1, 'font-size'],
    ['code', '`<text font-size="11">`', 1, 'font-size'],
    ['code', "add('text', { 'font-size': 16 })", 1, 'font-size'],
  ] as const)('%s: %j is caught on line %i as %s', (kind, text, line, what) => {
    expect(scanText(text, kind).map((v) => [v.line, v.kind])).toContainEqual([line, what]);
  });

  it.each([
    ['css', '.x { color: var(--ink); font-size: var(--fs-sm); border: 1px solid transparent; }'],
    ['css', 'a { fill: currentColor; white-space: nowrap; }'],
    ['code', 'Plot.dot(d, { fill: COLOURS.ink, fontSize: CHART_TYPE.md })'],
    ['code', '<a href="#fade-in">x</a> <a href="#data">y</a>'],
    ['code', "const r = fontSize * 0.75; // fill: '#ffffff' in a comment"],
  ] as const)('%s: %j passes', (kind, text) => {
    expect(scanText(text, kind)).toEqual([]);
  });
});
