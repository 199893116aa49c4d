import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { xmlSafe } from '../lib/xml-text.ts';

/**
 * Renders a Plot spec to an SVG string in the build, with a <title> and <desc> that name the
 * chart for assistive technology. `id` must be unique on the page.
 */
export function renderSvg(
  spec: Plot.PlotOptions,
  a11y: { id: string; title: string; description: string; role?: 'img' | 'group' },
): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...spec, document } as Plot.PlotOptions) as unknown as SVGSVGElement;
  const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', `${a11y.id}-title`);
  title.textContent = a11y.title;
  const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', `${a11y.id}-desc`);
  desc.textContent = a11y.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  svg.setAttribute('id', a11y.id);
  // A chart whose marks are links is a group (its links stay reachable); any other is one image.
  svg.setAttribute('role', a11y.role ?? 'img');
  svg.setAttribute('aria-labelledby', `${a11y.id}-title`);
  svg.setAttribute('aria-describedby', `${a11y.id}-desc`);
  svg.removeAttribute('aria-label');
  // Inside an image, Plot's per-mark labels are ignored and flagged by checkers: the title, the
  // description and the data table beside the chart carry its content instead.
  if ((a11y.role ?? 'img') === 'img') for (const el of svg.querySelectorAll('[aria-label]')) el.removeAttribute('aria-label');
  // The serializer escapes markup but writes a character XML forbids as it is; the data build
  // refuses such characters, and this keeps any that slip into a title from breaking the SVG.
  return roundCoordinates(xmlSafe(svg.outerHTML));
}

/**
 * Plot writes coordinates to 17 digits (44.199999999999996); two decimals of a pixel are more
 * than a screen can show, and the rounding shrinks a page's SVG by about a third. Only numbers
 * with three or more decimals are touched, so labels such as 4.71 or 437.6 stay as they are, and
 * only inside tags: text (a title, a description saying r = 0.4740) keeps the decimals
 * src/lib/format.ts gave it.
 */
export function roundCoordinates(svg: string): string {
  return svg.replace(/<[^>]*>/g, (tag) => tag.replace(/-?\d+\.\d{3,}/g, (n) => String(Number(Number(n).toFixed(2)))));
}
