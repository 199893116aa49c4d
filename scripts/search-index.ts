/**
 * Builds the site's full-text search index into dist/pagefind/ after `astro build` (run from
 * astro.config.mjs). Pagefind's extended build (the binary ships inside the npm package
 * @pagefind/linux-x64; nothing is downloaded) splits Japanese into words, and it indexes each
 * `<html lang>` separately, so a Japanese page searches the Japanese pages only. Only `<main>`
 * (data-pagefind-body) is indexed, without chart SVGs, tooltips' data and card templates.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

export async function writeSearchIndex(dist: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await createIndex({ excludeSelectors: ['svg', 'script', 'template', '.tooltip', '[data-announce]'] });
    if (!index || errors.length) throw new Error(`search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
    // Pagefind also writes its ready-made interfaces; the site has its own box, so drop them.
    for (const file of readdirSync(join(dist, 'pagefind'))) {
      if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(dist, 'pagefind', file));
    }
    return { pages: added.page_count };
  } finally {
    await close();
  }
}
