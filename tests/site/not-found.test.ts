/**
 * The 404 pages on the built site: dist/404.html (Japanese, served by every static host) and
 * dist/en/404.html (English, for hosts that serve the nearest 404.html under /en/). Each offers
 * the home page and the 47 prefecture profiles as plain links, grouped by the eight blocks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

const BLOCK_SIZES = [1, 6, 7, 9, 7, 5, 4, 8];

for (const [file, lang, root, h1, blocks] of [
  ['404.html', 'ja', '/', 'ページが見つかりません', ['北海道', '東北', '関東', '中部', '近畿', '中国', '四国', '九州・沖縄']],
  [
    'en/404.html',
    'en',
    '/en/',
    'Page not found',
    ['Hokkaido', 'Tohoku', 'Kanto', 'Chubu', 'Kinki', 'Chugoku', 'Shikoku', 'Kyushu & Okinawa'],
  ],
] as const) {
  describe(`dist/${file}`, () => {
    const { document } = parseHTML(readFileSync(join(DIST, file), 'utf8'));
    const main = document.querySelector('main')!;

    it('is a page in its language that is not indexed and names no canonical address', () => {
      expect(document.documentElement.getAttribute('lang')).toBe(lang);
      expect(main.querySelector('h1')!.textContent).toBe(h1);
      expect(document.querySelector('meta[name=robots]')!.getAttribute('content')).toBe('noindex');
      expect(document.querySelector('link[rel=canonical], link[rel=alternate]')).toBeNull();
      expect(document.querySelector('[aria-current]')).toBeNull();
    });

    it('links the home page of both languages', () => {
      const hrefs = [...main.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(root);
      expect(hrefs).toContain(root === '/' ? '/en/' : '/');
      expect(document.querySelector('a.language-switch')!.getAttribute('href')).toBe(root === '/' ? '/en/' : '/');
    });

    it('lists the 47 profiles as links, grouped by the eight blocks, each to a built page', () => {
      const sections = [...main.querySelectorAll('section')];
      expect(sections.map((s) => s.querySelector('h3')!.textContent)).toEqual([...blocks]);
      expect(sections.map((s) => s.querySelectorAll('li a').length)).toEqual(BLOCK_SIZES);
      const links = sections.flatMap((s) => [...s.querySelectorAll('li a')]);
      expect(new Set(links.map((a) => a.getAttribute('href'))).size).toBe(47);
      for (const a of links) {
        const href = a.getAttribute('href')!;
        expect(href).toMatch(new RegExp(`^${root}prefectures/[a-z]+/$`));
        expect(existsSync(join(DIST, href, 'index.html')), href).toBe(true);
      }
      expect(links[12]!.textContent).toBe(lang === 'ja' ? '東京都' : 'Tokyo');
    });
  });
}

it('no stray en/404/ directory is left in dist', () => {
  expect(existsSync(join(DIST, 'en', '404'))).toBe(false);
});
