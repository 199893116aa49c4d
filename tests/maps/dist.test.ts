/**
 * The built map page in both languages: every map SVG holds each of the 47 JIS codes exactly once,
 * and each region's fill is the legend colour of the class its value falls in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

const CODES = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));
const seed = JSON.parse(readFileSync(join(DIST, 'data', 'prefectures.json'), 'utf8')) as Record<string, number | string>[];
const valueOf = (code: string, column: string) => seed.find((p) => p.code === code)![column] as number;

// The design tokens' ramps (src/design/tokens.ts), written out: the first indicator's orange, the
// second's blue, and the bivariate scheme whose first row and column are those two hues.
const ORANGES = ['#fff5eb', '#f3ca76', '#e69f00', '#b87500', '#8a4b00'];
const BLUES = ['#eff5fb', '#78b4d7', '#0072b2', '#045e99', '#084a80'];
const BIVARIATE = [
  ['#eff5fb', '#78b4d7', '#0072b2'],
  ['#f3ca76', '#8c8d89', '#52686d'],
  ['#e69f00', '#817755', '#3f413c'],
];
/** Breaks the legend prints for the seed (tests/maps/classify.test.ts derives them). */
const BREAKS: Record<string, number[]> = {
  'job_opening_ratio-quantile-5': [1.13, 1.58, 2.27, 3.14],
  'job_opening_ratio-equal-5': [1.24, 2.11, 2.98, 3.85],
  'smes_per_agency-quantile-5': [155, 185.9, 244.3, 294.9],
  'smes_per_agency-equal-5': [122.7, 201.4, 280.2, 358.9],
  'job_opening_ratio-quantile-3': [1.44, 2.53],
  'job_opening_ratio-equal-3': [1.82, 3.27],
  'smes_per_agency-quantile-3': [181.1, 268.2],
  'smes_per_agency-equal-3': [175.2, 306.4],
};
const classOf = (v: number, breaks: number[]) => breaks.filter((b) => v >= b).length;
const COLUMNS = { jobOpeningRatio: 'job_opening_ratio', smesPerAgency: 'smes_per_agency' } as const;

function expectedFill(indicator: string, classes: string, code: string): string {
  if (indicator === 'bivariate') {
    const s = classOf(valueOf(code, 'job_opening_ratio'), BREAKS[`job_opening_ratio-${classes}-3`]);
    const t = classOf(valueOf(code, 'smes_per_agency'), BREAKS[`smes_per_agency-${classes}-3`]);
    return BIVARIATE[s][t];
  }
  const column = COLUMNS[indicator as keyof typeof COLUMNS];
  const palette = indicator === 'jobOpeningRatio' ? ORANGES : BLUES;
  return palette[classOf(valueOf(code, column), BREAKS[`${column}-${classes}-5`])];
}

for (const [lang, path] of [
  ['ja', 'map/index.html'],
  ['en', 'en/map/index.html'],
] as const) {
  describe(`dist/${path}`, () => {
    const file = join(DIST, path);
    const doc = parseHTML(existsSync(file) ? readFileSync(file, 'utf8') : '<html></html>').document;
    const views = [...doc.querySelectorAll('.map-view')];

    it('is built, with 6 geographic views and 12 tile views (6 × wide and narrow)', () => {
      expect(existsSync(file)).toBe(true);
      expect(doc.querySelectorAll('#geo-map .map-view svg.map-svg')).toHaveLength(6);
      expect(doc.querySelectorAll('#tile-map .map-view svg.tile-svg')).toHaveLength(12);
    });

    it('has each of the 47 JIS codes exactly once in every map SVG, as a link to its profile', () => {
      expect(views).toHaveLength(18);
      for (const view of views) {
        const svg = view.querySelector('svg')!;
        const links = [...svg.querySelectorAll('a[data-code]')];
        expect(links.map((a) => a.getAttribute('data-code')).sort(), svg.id).toEqual(CODES);
        const aomori = svg.querySelector('a[data-code="02"]')!;
        expect(aomori.getAttribute('href')).toBe(lang === 'ja' ? '/prefectures/aomori/' : '/en/prefectures/aomori/');
        expect(aomori.getAttribute('aria-label')).toContain(lang === 'ja' ? '青森県' : 'Aomori');
        expect(svg.querySelector('title')?.textContent?.length).toBeGreaterThan(5);
        expect(svg.querySelector('desc')?.textContent?.length).toBeGreaterThan(5);
      }
    });

    it('fills every region with the colour of its class, and the legend shows those colours', () => {
      for (const view of views) {
        const { indicator, classes } = (view as HTMLElement).dataset as { indicator: string; classes: string };
        for (const a of view.querySelectorAll('a[data-code]')) {
          const code = a.getAttribute('data-code')!;
          const shape = a.querySelector('use, rect')!;
          expect(shape.getAttribute('fill'), `${indicator}-${classes} ${code}`).toBe(expectedFill(indicator, classes, code));
        }
        const legend = doc.querySelector(
          `#${view.closest('figure')!.id} [data-map-legend][data-indicator="${indicator}"][data-classes="${classes}"]`,
        )!;
        const swatches = [...legend.querySelectorAll('.map-swatch:not(.map-swatch--missing), .bivariate-key__grid span')].map((s) =>
          s.getAttribute('style')!.replace('background:', ''),
        );
        const palette = indicator === 'bivariate' ? [...BIVARIATE].reverse().flat() : indicator === 'jobOpeningRatio' ? ORANGES : BLUES;
        expect(swatches).toEqual(palette);
      }
    });

    it('puts 青森県 in the highest and 神奈川県 in the lowest job-opening-ratio class under quantiles', () => {
      const view = doc.querySelector('#geo-map .map-view[data-indicator="jobOpeningRatio"][data-classes="quantile"]')!;
      expect(view.querySelector('a[data-code="02"]')!.getAttribute('data-class')).toBe('4');
      expect(view.querySelector('a[data-code="02"] use')!.getAttribute('fill')).toBe('#8a4b00');
      expect(view.querySelector('a[data-code="14"]')!.getAttribute('data-class')).toBe('0');
      expect(view.querySelector('a[data-code="14"] use')!.getAttribute('fill')).toBe('#fff5eb');
      const bivariate = doc.querySelector('#geo-map .map-view[data-indicator="bivariate"][data-classes="quantile"]')!;
      expect(bivariate.querySelector('a[data-code="02"]')!.getAttribute('data-class')).toBe('2-2');
      expect(bivariate.querySelector('a[data-code="13"]')!.getAttribute('data-class')).toBe('0-0');
    });

    it('prints the class breaks with units, and marks the national figure', () => {
      const legend = doc.querySelector('#geo-map [data-map-legend][data-indicator="jobOpeningRatio"][data-classes="quantile"]')!;
      const items = [...legend.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      if (lang === 'ja') {
        expect(legend.querySelector('.map-legend__title')!.textContent).toBe('管理的職業の有効求人倍率（倍）');
        expect(items[0]).toBe('0.37倍以上 1.13倍未満 （10都道府県）');
        expect(items[1]).toBe('1.13倍以上 1.58倍未満 （9都道府県）◆ 全国 1.43倍');
        expect(items[4]).toBe('3.14倍以上 4.71倍以下 （10都道府県）');
      } else {
        expect(legend.querySelector('.map-legend__title')!.textContent).toBe('Managerial job-opening ratio (openings per applicant)');
        expect(items[1]).toBe('1.13 to under 1.58 (9 prefectures)◆ national 1.43 openings per applicant');
      }
      expect(items[5]).toContain(lang === 'ja' ? 'データなし' : 'No data');
      const smes = doc.querySelector('#geo-map [data-map-legend][data-indicator="smesPerAgency"][data-classes="equal"]')!;
      // 123.4 falls in the second equal interval (122.7–201.4).
      expect(smes.querySelectorAll('li')[1].querySelector('.map-legend__national')).not.toBeNull();
    });

    it('shows only the default view without JavaScript, credits the geometry and carries the table', () => {
      const shown = views.filter((v) => !v.hasAttribute('hidden'));
      expect(shown.map((v) => `${(v as HTMLElement).dataset.indicator}-${(v as HTMLElement).dataset.classes}`)).toEqual([
        'jobOpeningRatio-quantile',
        'jobOpeningRatio-quantile',
        'jobOpeningRatio-quantile',
      ]);
      expect(doc.querySelector('.map-credit')!.textContent).toContain('@svg-maps/japan');
      expect(doc.querySelector('.map-credit')!.textContent).toContain('CC BY 4.0');
      expect(doc.querySelectorAll('#map-table tbody tr')).toHaveLength(47);
      expect(doc.querySelectorAll('script:not([src]):not([type="application/json"])')).toHaveLength(0);
    });
  });
}
