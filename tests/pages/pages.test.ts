/** The built site, page by page: languages, titles, navigation, the language switch and charts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Lang } from '../../src/config.ts';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { NAV, PAGES } from '../../src/i18n/routes.ts';
import { DIST } from '../support/paths.ts';

const SLUGS = JSON.parse(readFileSync(join(DIST, 'data', 'prefectures.json'), 'utf8')).map((p: { slug: string }) => p.slug) as string[];
const STRINGS = { ja, en };
const root = (lang: Lang) => (lang === 'ja' ? '/' : '/en/');
const other = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

/** Every page path below a language root that the site must build. */
const PAGE_PATHS = [...NAV.map((page) => PAGES[page]), ...SLUGS.map((slug) => `prefectures/${slug}/`)];

function load(path: string) {
  const file = join(DIST, path, 'index.html');
  expect(existsSync(file), `${path} is built`).toBe(true);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

describe('dist/ pages in both languages', () => {
  it('builds 47 prefecture slugs from hokkaido to okinawa', () => {
    expect(SLUGS).toHaveLength(47);
    expect([SLUGS[0], SLUGS[12], SLUGS[46]]).toEqual(['hokkaido', 'tokyo', 'okinawa']);
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      it(`has all ${PAGE_PATHS.length} pages, each with lang="${lang}", its own title, full navigation and a working language switch`, () => {
        const titles = new Set<string>();
        for (const path of PAGE_PATHS) {
          const doc = load(`${root(lang).slice(1)}${path}`);
          expect(doc.documentElement.getAttribute('lang'), path).toBe(lang);
          const title = doc.querySelector('title')?.textContent ?? '';
          expect(title, path).toContain(STRINGS[lang].siteName);
          titles.add(title);

          const nav = [...doc.querySelectorAll('nav .site-nav a')].map((a) => a.getAttribute('href'));
          expect(nav, path).toEqual(NAV.map((page) => `${root(lang)}${PAGES[page]}`));

          const switchLink = doc.querySelector('a.language-switch');
          expect(switchLink?.getAttribute('hreflang'), path).toBe(other(lang));
          expect(switchLink?.getAttribute('href'), path).toBe(`${root(other(lang))}${path}`);
          expect(switchLink?.textContent?.trim(), path).toBe(STRINGS[lang].languageSwitch);
        }
        expect(titles.size, 'every page has a title of its own').toBe(PAGE_PATHS.length);
      });

      it('marks the current page in the navigation', () => {
        const doc = load(`${root(lang).slice(1)}rankings/`);
        expect(doc.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe(`${root(lang)}rankings/`);
      });

      it('carries its scatters as inline SVG with a title: home 2, scatter 2 (the default view) and 6 views as files, a profile 2', () => {
        const charts = (path: string) => [
          ...load(`${root(lang).slice(1)}${path}`).querySelectorAll('figure[data-scatter] svg[aria-labelledby]'),
        ];
        expect(charts('')).toHaveLength(2);
        expect(charts('scatter/')).toHaveLength(2);
        const later = [...load(`${root(lang).slice(1)}scatter/`).querySelectorAll('figure[data-scatter] .chart-view[data-src]')].map((v) =>
          v.getAttribute('data-src'),
        );
        expect(later).toHaveLength(6);
        expect(later).toContain(`${root(lang)}scatter/views/log-block-narrow.svg`);
        const profile = charts('prefectures/aomori/');
        expect(profile).toHaveLength(2);
        for (const svg of profile) expect(svg.querySelector('title')?.textContent).toBe(STRINGS[lang].chart.scatterTitle);
      });

      it('puts the 47 prefectures in a real table on the rankings page, highest job-opening ratio first', () => {
        const doc = load(`${root(lang).slice(1)}rankings/`);
        const rows = [...doc.querySelectorAll('#rankings-table tbody tr')];
        expect(rows).toHaveLength(47);
        expect(rows[0].getAttribute('data-slug')).toBe('aomori');
        expect(rows[46].getAttribute('data-slug')).toBe('kanagawa');
        expect(doc.querySelector('#rankings-table thead th[aria-sort="descending"]')).not.toBeNull();
      });
    });
  }
});
