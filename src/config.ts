/**
 * Site-wide constants, read by astro.config.mjs, the pages and the tests alike. Settings read
 * from the environment (ATLAS_BASE, ATLAS_SITE, …) live in settings.ts, which browser code must
 * not import.
 */
export const LANGUAGES = ['ja', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Lang = 'ja';

export const BUDGETS = {
  /** JavaScript shipped by any one page, gzip bytes. */
  jsPerPageGzip: 30 * 1024,
  /** HTML + CSS + JS of any one page, gzip bytes. */
  pageWeightGzip: 150 * 1024,
} as const;
