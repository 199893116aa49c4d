/**
 * One printing rule for statistics (src/lib/format.ts, STATISTIC_DECIMALS): on every built page in
 * both languages, Pearson's r for the seed reads 0.4740 (four decimals), never 0.47, 0.474 or
 * 0.47398; the guidebook's own r is quoted as printed, 0.4731076 (p.11).
 */
import { describe, expect, it } from 'vitest';
import { STATISTIC_DECIMALS, formatStatistic } from '../../src/lib/format.ts';
import { distPages, loadDist } from '../support/dist.ts';

const tree = loadDist();
const pages = distPages();
const text = (file: string) => Buffer.from(tree.get(file)!).toString('utf8');

describe('statistics on the built pages', () => {
  it('formats r, ρ, CI, R² and p with the decimals stated once', () => {
    expect(STATISTIC_DECIMALS).toEqual({ r: 4, rho: 4, ci: 4, rSquared: 4, p: 3, intercept: 4, slope: 5 });
    expect(formatStatistic('ja', 'r', 0.47397993)).toBe('0.4740');
    expect(formatStatistic('en', 'r', 0.47397993)).toBe('0.4740');
    expect(formatStatistic('en', 'p', 0.00076)).toBe('< 0.001');
    expect(formatStatistic('en', 'slope', 0.002871234)).toBe('0.00287');
  });

  it('prints r for the 47 prefectures only as 0.4740, or as the guidebook printed it', () => {
    const seen = new Map<string, Set<string>>();
    for (const page of pages) {
      // The methods page's rounding paragraph states the range of r that rounding can produce:
      // other values by design, so it is left out of this scan.
      const html = text(page.file).replace(/<p data-rounding>[\s\S]*?<\/p>/g, '');
      for (const match of html.matchAll(/(?<![\d.+\u2212-])0\.47\d*/g)) {
        if (!seen.has(match[0])) seen.set(match[0], new Set());
        seen.get(match[0])!.add(page.path);
      }
    }
    expect([...seen.keys()].sort()).toEqual(['0.4731076', '0.4740']);
    // The home page's headline and the scatter page's statistics, in both languages.
    for (const path of ['/', '/en/', '/scatter/', '/en/scatter/']) {
      expect([...seen.get('0.4740')!]).toContain(path);
    }
  });

  it('the methods page sets the recomputed r, 0.4740, beside the published 0.4731076 in its rounding paragraph', () => {
    for (const path of ['/methods/', '/en/methods/']) {
      const page = pages.find((p) => p.path === path)!;
      const rounding = text(page.file).match(/<p data-rounding>([\s\S]*?)<\/p>/)![1];
      expect(rounding, path).toContain('0.4731076');
      expect(rounding, path).toContain('0.4740');
    }
  });

  it('every statistic in the scatter page’s list has four decimals (p three, the slope five)', () => {
    for (const page of pages.filter((p) => /\/scatter\/$/.test(p.path))) {
      const html = text(page.file);
      const stats = html.match(/<dl class="stats"[^>]*>([\s\S]*?)<\/dl>/)![1];
      const dds = [...stats.matchAll(/<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replaceAll('&lt;', '<'));
      expect(dds[0], page.path).toBe('0.4740');
      expect(dds[1], page.path).toMatch(/^0\.\d{4} – 0\.\d{4}$/);
      expect(dds[2], page.path).toMatch(/^(< 0\.001|0\.\d{3}) \(n = 47\)$/);
      expect(dds[3], page.path).toMatch(/^0\.\d{4}$/);
      expect(dds[5], page.path).toMatch(/^0\.\d{4}$/);
    }
  });
});
