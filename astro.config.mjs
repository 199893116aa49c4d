import { renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { DEFAULT_LANGUAGE, LANGUAGES, settings } from './src/config.ts';
import { headersFile } from './src/lib/security.ts';
import { writeSearchIndex } from './scripts/search-index.ts';

/** Writes dist/_headers, the same policy as every page's meta tag, for hosts that read one. */
const securityHeaders = {
  name: 'security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
  },
};

/**
 * Astro writes src/pages/en/404.astro as en/404/index.html (directory format); hosts that serve
 * the nearest 404.html for a missing /en/… address look for en/404.html, so it is moved there.
 * The root 404.html is Astro's own output of src/pages/404.astro.
 */
const englishNotFound = {
  name: 'english-not-found',
  hooks: {
    'astro:build:done': ({ dir }) => {
      renameSync(new URL('en/404/index.html', dir), new URL('en/404.html', dir));
      rmdirSync(new URL('en/404/', dir));
    },
  },
};

// Reading the settings here stops a build with a bad ATLAS_* value before any page renders.
const { base, site, dataDir } = settings();

/** Writes dist/pagefind/, the full-text search index of every page, in each language. */
const searchIndex = {
  name: 'search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const { pages } = await writeSearchIndex(fileURLToPath(dir));
      logger.info(`search index: ${pages} pages`);
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // ATLAS_DATA_DIR names a data/ folder elsewhere: its parent is then the folder published as is.
  ...(dataDir ? { publicDir: dirname(dataDir) } : {}),
  // Each page's own CSS goes inline: first paint then waits for one file, not two, on a slow
  // connection (the CSP allows inline styles; scripts stay in files, below).
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    defaultLocale: DEFAULT_LANGUAGE,
    locales: [...LANGUAGES],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [securityHeaders, englishNotFound, searchIndex],
  // Never inline scripts: the Content-Security-Policy allows scripts from the site's own files only.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
