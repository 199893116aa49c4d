import { writeFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/config.ts';
import { BASE_PATH, SITE_ORIGIN } from './src/settings.ts';
import { headersFile } from './src/lib/security.ts';

/** Writes dist/_headers, the same policy as every page's meta tag, for hosts that read one. */
const securityHeaders = {
  name: 'security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
  },
};

export default defineConfig({
  site: SITE_ORIGIN,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    defaultLocale: DEFAULT_LANGUAGE,
    locales: [...LANGUAGES],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [securityHeaders],
  // Never inline scripts: the Content-Security-Policy allows scripts from the site's own files only.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
