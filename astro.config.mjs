import { defineConfig } from 'astro/config';
import { BASE_PATH, DEFAULT_LANGUAGE, LANGUAGES } from './src/config.ts';

export default defineConfig({
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    defaultLocale: DEFAULT_LANGUAGE,
    locales: [...LANGUAGES],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
});
