/**
 * Pages that leave views out of their HTML (the map page, the scatter explorer) point to them with
 * data-src; a test that checks every view puts each file into its place, as the island does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from './html.ts';

/**
 * Fills every empty view that has a data-src from the built file, and puts the map legends kept in
 * templates into the page; returns how many views it filled.
 */
export function inlineLazyViews(doc: Doc, dist: string): number {
  for (const later of doc.querySelectorAll('template[data-map-later]'))
    later.replaceWith((later as unknown as HTMLTemplateElement).content);
  let filled = 0;
  for (const view of doc.querySelectorAll('.chart-view[data-src]')) {
    if (view.firstElementChild) continue;
    const file = join(dist, view.getAttribute('data-src')!.replace(/^\//, ''));
    if (!existsSync(file)) throw new Error(`${view.getAttribute('data-src')}: not built (${file})`);
    view.innerHTML = readFileSync(file, 'utf8');
    filled += 1;
  }
  return filled;
}
