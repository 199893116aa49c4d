/**
 * A table that is wider than a phone scrolls sideways inside its `.table-wrap`; a keyboard user
 * can only scroll it if the wrapper takes focus, and a screen reader needs to know what the region
 * is (axe `scrollable-region-focusable`). This makes every wrapper a labelled <section> (a region)
 * with tabindex="0": named by the table's <caption>, else the nearest heading before it. Applied to each built
 * page (src/middleware.ts), so no page has to repeat the attributes.
 */
// The wrapper, one table (no nested </table>) and the wrapper's own end tag, nothing else.
const WRAP = /<div class="table-wrap">(\s*<table(?:(?!<\/table>)[\s\S])*<\/table>\s*)<\/div>/g;
const CAPTION = /<caption[^>]*>([\s\S]*?)<\/caption>/;
const HEADING = /<h[2-4][^>]*>([\s\S]*?)<\/h[2-4]>/g;

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const attr = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Decodes the few entities Astro writes into text, so the label is not escaped twice. */
const decode = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/**
 * `name` turns the caption or heading into the region's label ("表：…"), so that it differs from a
 * section or figure named by the same heading; `fallback` names a table with neither.
 */
export function labelScrollRegions(html: string, fallback: string, name: (label: string) => string = (l) => l): string {
  return html.replace(WRAP, (_match, table: string, offset: number) => {
    const caption = table.match(CAPTION)?.[1];
    let heading: string | undefined;
    for (const h of html.slice(0, offset).matchAll(HEADING)) heading = h[1];
    const found = textOf(caption ?? heading ?? '');
    const label = found ? name(decode(found)) : fallback;
    return `<section class="table-wrap" tabindex="0" aria-label="${attr(label)}">${table}</section>`;
  });
}
