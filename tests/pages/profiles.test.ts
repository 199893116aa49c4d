/** The 94 prefecture profiles in dist/: each its own values, a highlighted scatter and a suggestion. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

const prefectures = JSON.parse(readFileSync(join(DIST, 'data', 'prefectures.json'), 'utf8')) as Record<string, string | number>[];
const pages = (['', 'en/'] as const).flatMap((root) =>
  prefectures.map((p) => ({ root, p, html: readFileSync(join(DIST, root, 'prefectures', String(p.slug), 'index.html'), 'utf8') })),
);

describe('prefecture profiles', () => {
  it('builds 94 profiles (47 × 2 languages), no two alike', () => {
    expect(pages).toHaveLength(94);
    const hashes = new Set(pages.map(({ html }) => createHash('sha256').update(html).digest('hex')));
    expect(hashes.size).toBe(94);
  });

  it('prints each prefecture’s own values, highlights it on the scatter and names a suggestion', () => {
    for (const { root, p, html } of pages) {
      const doc = parseHTML(html).document;
      const where = `${root}${p.slug}`;
      expect(doc.querySelector('h1')?.textContent, where).toBe(root === '' ? p.name_ja : p.name_en);
      const numbers = [...doc.querySelectorAll('.big-number')].map((el) => el.firstChild?.textContent);
      expect(numbers, where).toEqual([Number(p.job_opening_ratio).toFixed(2), Number(p.smes_per_agency).toFixed(1)]);
      const svgs = [...doc.querySelectorAll('figure[data-scatter] svg[aria-labelledby]')];
      expect(svgs.length, where).toBe(2);
      // The highlighted point is drawn larger (r = 0.75 em) and its name is printed in bold.
      for (const svg of svgs) {
        const bold = svg.querySelector('g[font-weight="bold"] text');
        expect(bold?.textContent, where).toBe(root === '' ? p.name_ja : p.name_en);
      }
      // Its place on the tile map: one outlined tile per size, and only its own.
      const tiles = [...doc.querySelectorAll('.tile-figure a.is-highlighted')].map((a) => a.getAttribute('data-code'));
      expect(tiles, where).toEqual([p.code, p.code]);
      expect(doc.querySelector('.suggestion__type')?.textContent, where).toMatch(root === '' ? /^[①②③④]「[公民]」×「[公民]」型（[公民]主導、/ : /^[①②③④] (public|private) × (public|private) \((public|private)-led, /);
      expect(doc.querySelectorAll('.reasons li').length, where).toBeGreaterThanOrEqual(3);
    }
  });

  it('shows 青森県 as public-led ② and 東京都 as private-led ④ without a プロ人材拠点', () => {
    const page = (root: string, slug: string) => parseHTML(pages.find((x) => x.root === root && x.p.slug === slug)!.html).document;
    expect(page('', 'aomori').querySelector('.suggestion__type')?.textContent).toBe('②「公」×「民」型（公主導、都道府県全域）');
    const tokyo = page('en/', 'tokyo');
    expect(tokyo.querySelector('.suggestion__type')?.textContent).toBe('④ private × private (private-led, municipal)');
    expect(tokyo.querySelector('[data-reason="noProJinzaiKyoten"]')?.textContent).toContain('no Professional Talent Strategy Hub');
  });
});
