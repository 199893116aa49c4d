/** Site-wide settings, read by astro.config.mjs, the pages and the tests alike. */
export const LANGUAGES = ['ja', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Lang = 'ja';

/**
 * Base path for static hosts that serve the site under a sub-path (e.g. /atlas/).
 * Set ATLAS_BASE at build time; it must start and end with a slash.
 */
export const BASE_PATH = process.env.ATLAS_BASE ?? '/';

/**
 * The site's public origin (e.g. https://atlas.example.jp), from ATLAS_SITE at build time. Only
 * with it can pages name their other-language twin by absolute URL (hreflang); without it they
 * leave the hint out rather than give a relative one, which search engines reject.
 */
export const SITE_ORIGIN = process.env.ATLAS_SITE || undefined;

export const BUDGETS = {
  /** JavaScript shipped by any one page, gzip bytes. */
  jsPerPageGzip: 30 * 1024,
  /** HTML + CSS + JS of any one page, gzip bytes. */
  pageWeightGzip: 150 * 1024,
} as const;
