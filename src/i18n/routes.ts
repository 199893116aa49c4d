import { DEFAULT_LANGUAGE, LANGUAGES, type Lang } from '../config.ts';

/** Every page of the site, by key, with its path below the language root. */
export const PAGES = {
  home: '',
  scatter: 'scatter/',
  map: 'map/',
  rankings: 'rankings/',
  prefectures: 'prefectures/',
  compare: 'compare/',
  networks: 'networks/',
  planner: 'planner/',
  playbook: 'playbook/',
  yourData: 'your-data/',
  data: 'data/',
  methods: 'methods/',
} as const;
export type PageKey = keyof typeof PAGES;

/**
 * The pages in the header navigation, in order. A page joins once it is built; the tests check
 * that every page listed here exists in both languages.
 */
export const NAV: PageKey[] = [
  'home',
  'scatter',
  'map',
  'rankings',
  'prefectures',
  'compare',
  'networks',
  'playbook',
  'planner',
  'data',
  'yourData',
  'methods',
];

/** A page and, for per-prefecture pages, which one. */
export interface Route {
  page: PageKey;
  slug?: string;
}

function languageRoot(lang: Lang): string {
  return lang === DEFAULT_LANGUAGE ? '' : `${lang}/`;
}

/** The configured base path (ATLAS_BASE), always ending in a slash. */
function base(): string {
  const url = import.meta.env.BASE_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

/** The site-absolute path of a page in one language, honouring the configured base path. */
export function pathTo(lang: Lang, route: Route | PageKey): string {
  const { page, slug } = typeof route === 'string' ? { page: route, slug: undefined } : route;
  return `${base()}${languageRoot(lang)}${PAGES[page]}${slug ? `${slug}/` : ''}`;
}

/** Path to a file under public/ (e.g. data downloads), honouring the base path. */
export function assetPath(file: string): string {
  return `${base()}${file}`;
}

export function otherLanguage(lang: Lang): Lang {
  return LANGUAGES.find((other) => other !== lang) as Lang;
}

/** getStaticPaths entries for a page that exists once per language: `/x/` and `/en/x/`. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({
    params: { lang: lang === DEFAULT_LANGUAGE ? undefined : lang },
    props: { lang },
  }));
}
