/**
 * Indicators as data: the README's "Adding an indicator or a vintage", step by step, on a copy of
 * data/ with the made-up values of tests/fixtures/indicators/ (a third indicator, a second vintage
 * of the job-opening ratio). The site is built once from the copy into temporary folders
 * (ATLAS_DATA_DIR for the derived data, --outDir for the pages), and the built HTML is read in
 * both languages: every page that lists indicators lists the third one, and says which vintage it
 * shows. The default build (dist/, made by `npm run build` before the tests) keeps the guidebook's
 * two indicators and one vintage.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type Doc } from '../support/html.ts';
import { CLI, DATA, dataDir, FIXTURES, NODE, removeTempDirs, ROOT, tempDir } from '../support/data-pipeline.ts';
import { DIST } from '../support/paths.ts';

afterAll(removeTempDirs);

const FIXTURE = join(FIXTURES, 'indicators');
const site = { dist: '', data: '' };

/** The README's procedure, in its order, on a copy of data/; returns the copy. */
function followTheReadme(): string {
  const data = dataDir({}, DATA);
  // 1. A new source gets its row in data/sources.csv.
  appendFileSync(join(data, 'sources.csv'), readFileSync(join(FIXTURE, 'sources-row.csv'), 'utf8'));
  // 2. The values go in data/raw/, one row per prefecture: code, name_ja, value.
  cpSync(join(FIXTURE, 'raw', 'test_indicator.csv'), join(data, 'raw', 'test_indicator.csv'));
  // 3. One row in data/indicators.csv describes them.
  appendFileSync(join(data, 'indicators.csv'), readFileSync(join(FIXTURE, 'indicators-row.csv'), 'utf8'));
  // 4. A newer vintage: a vintage column in the indicator's file, the new rows beside the old.
  cpSync(join(FIXTURE, 'raw', 'job_opening_ratio.csv'), join(data, 'raw', 'job_opening_ratio.csv'));
  return data;
}

function build(env: Record<string, string>, args: string[], command = NODE): void {
  const clean = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'SITE']) delete clean[name];
  execFileSync(command, args, { cwd: ROOT, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
}

beforeAll(() => {
  const data = followTheReadme();
  const root = tempDir('atlas-indicators-');
  site.data = join(root, 'public', 'data');
  site.dist = join(root, 'dist');
  // 5. npm run data, then npm run build: here into temporary folders, never public/data or dist/.
  build({ ATLAS_DATA_DIR: site.data }, [CLI, '--data', data]);
  build({ ATLAS_DATA_DIR: site.data }, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', site.dist]);
}, 600_000);

const page = (dir: string, path: string): Doc => parse(readFileSync(join(dir, path, 'index.html'), 'utf8'));
const text = (doc: Doc, selector: string) => [...doc.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim());
const LANGS = [
  { prefix: '', title: 'テスト用指標（架空の値）', short: 'テスト指標', vintage: '（2023-09時点）' },
  { prefix: 'en/', title: 'Test indicator (made-up values)', short: 'Test indicator', vintage: ' (as of 2023-09)' },
] as const;

describe('the site built from the fixture', () => {
  it('writes the third indicator and both vintages to the derived data', () => {
    const summary = JSON.parse(readFileSync(join(site.data, 'summary.json'), 'utf8'));
    expect(summary.indicators.map((i: { id: string }) => i.id)).toEqual(['jobOpeningRatio', 'smesPerAgency', 'testIndicator']);
    const jobs = summary.indicators[0];
    expect(jobs.vintage).toBe('2023-09');
    expect(jobs.guidebookVintage).toBe('2021-09');
    expect(jobs.vintages).toEqual([
      { vintage: '2021-09', column: 'job_opening_ratio_2021_09' },
      { vintage: '2023-09', column: 'job_opening_ratio' },
    ]);
    // The published aggregates are about 2021-09, so the 2023-09 regional figures are means of prefectures.
    expect(jobs.regionalMethod).toBe('meanOfPrefectures');
    expect(summary.indicators[2].regionalMethod).toBe('meanOfPrefectures');
    expect(summary.indicators[2].page).toBeNull();
    // The published-r comparison stays about the guidebook's vintage: the same r as the default build.
    expect(summary.association.pearson).toBe(0.47397993);
    expect(summary.pairs).toHaveLength(6);
    const prefectures = JSON.parse(readFileSync(join(site.data, 'prefectures.json'), 'utf8'));
    // Hokkaido: 1.34 in 2021-09 (the guidebook's), 1.34 × 1.15 = 1.54 in the made-up 2023-09, 72.9 for the test indicator.
    expect(prefectures[0]).toMatchObject({ job_opening_ratio_2021_09: 1.34, job_opening_ratio: 1.54, test_indicator: 72.9 });
  });

  it('describes them in the data package and the dictionary', () => {
    const pkg = JSON.parse(readFileSync(join(site.dist, 'data', 'datapackage.json'), 'utf8'));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toContain('raw/test_indicator.csv');
    const dictionary = JSON.parse(readFileSync(join(site.dist, 'data', 'data-dictionary.json'), 'utf8'));
    const columns = dictionary.map((row: { column: string }) => row.column);
    expect(columns).toEqual(expect.arrayContaining(['test_indicator', 'test_indicator_rank', 'job_opening_ratio_2021_09']));
  });

  for (const lang of LANGS) {
    it(`${lang.prefix || 'ja/'}: the map offers the third indicator and says which vintage it shows`, () => {
      const map = page(site.dist, `${lang.prefix}map`);
      const choices = [...map.querySelectorAll('input[name="indicator"]')].map((input) => input.getAttribute('value'));
      expect(choices).toEqual(['jobOpeningRatio', 'smesPerAgency', 'testIndicator', 'bivariate']);
      expect(text(map, '.map-controls label')[0]).toContain(lang.vintage);
      expect(text(map, '.map-controls label')[2]).toBe(lang.title);
      expect(map.querySelectorAll('[data-map] .map-view[data-indicator="testIndicator"]').length).toBeGreaterThan(0);
      // Its views are fetched on demand: a geographic file and two tile files per classification, all built.
      const files = [...map.querySelectorAll('[data-map] .map-view[data-indicator="testIndicator"][data-src]')].map((v) =>
        v.getAttribute('data-src')!.slice(`/${lang.prefix}map/views/`.length),
      );
      expect(files.sort()).toEqual([
        'geo-map-testIndicator-equal.svg',
        'geo-map-testIndicator-quantile.svg',
        'tile-map-testIndicator-equal-narrow.svg',
        'tile-map-testIndicator-equal-wide.svg',
        'tile-map-testIndicator-quantile-narrow.svg',
        'tile-map-testIndicator-quantile-wide.svg',
      ]);
      for (const file of files)
        expect(readFileSync(join(site.dist, lang.prefix, 'map', 'views', file), 'utf8')).toContain('data-code="47"');
      expect(text(map, '#map-table thead th').join(' ')).toContain(lang.short);
      // The 2023-09 ratio has no published national figure: the ◆ marks the mean of prefectures, and says so.
      expect(text(map, '[data-map-legend][data-indicator="jobOpeningRatio"] [data-legend-note]')[0]).toBe(
        lang.prefix
          ? '◆ marks the class holding the national figure (mean of prefectures).'
          : '◆は全国値（都道府県の単純平均）が入る階級です。',
      );
    });

    it(`${lang.prefix || 'ja/'}: the rankings have a column per indicator, the third after the headline pair`, () => {
      const rankings = page(site.dist, `${lang.prefix}rankings`);
      const keys = [...rankings.querySelectorAll('#rankings-table thead th')].map((th) => th.getAttribute('data-key'));
      expect(keys.slice(1, 10)).toEqual([
        'jobOpeningRatio',
        'jobOpeningRatio-rank',
        'jobOpeningRatio-vs-national',
        'smesPerAgency',
        'smesPerAgency-rank',
        'smesPerAgency-vs-national',
        'testIndicator',
        'testIndicator-rank',
        'testIndicator-vs-national',
      ]);
      expect(text(rankings, '#rankings-table thead th[data-key="jobOpeningRatio"]')[0]).toContain(lang.vintage.trim());
      // Hokkaido's row: the made-up 2023-09 ratio and the test indicator.
      const hokkaido = rankings.querySelector('#rankings-table tr[data-slug="hokkaido"]');
      expect(hokkaido?.querySelector('td:nth-of-type(1)')?.textContent).toBe('1.54');
      expect(hokkaido?.querySelector('td:nth-of-type(7)')?.textContent).toBe('72.9');
    });

    it(`${lang.prefix || 'ja/'}: a profile has a card per indicator and the change between vintages`, () => {
      const profile = page(site.dist, `${lang.prefix}prefectures/hokkaido`);
      expect(text(profile, '.contrast-title')).toEqual(expect.arrayContaining([lang.title]));
      expect(text(profile, '.contrast-title')[0]).toContain(lang.vintage);
      const rows = text(profile, 'table[data-vintages="jobOpeningRatio"] tbody tr');
      expect(rows).toHaveLength(2);
      // 2021-09 is the guidebook's 1.34; the made-up 2023-09 is 1.54, 0.20 more.
      expect(rows[0]).toContain('2021-09');
      expect(rows[1]).toContain('2023-09');
      expect(rows[1]).toContain('1.54');
      expect(rows[1]).toContain('+0.20');
    });

    it(`${lang.prefix || 'ja/'}: the compare cards show the third indicator`, () => {
      const compare = page(site.dist, `${lang.prefix}compare`);
      const hokkaido = compare.querySelector('template[data-card="hokkaido"]');
      expect(hokkaido?.innerHTML).toContain(lang.short);
      // Each difference names its national figure: the 2023-09 ratio's and the test indicator's are means of prefectures.
      expect([...(hokkaido?.innerHTML ?? '').matchAll(/#aggregates">([^<]+)<\/a>/g)].map((m) => m[1])).toEqual(
        lang.prefix
          ? ['vs national (mean of prefectures)', 'vs national (as published)', 'vs national (mean of prefectures)']
          : ['全国との差（都道府県の単純平均）', '全国との差（公表値）', '全国との差（都道府県の単純平均）'],
      );
    });

    it(`${lang.prefix || 'ja/'}: the scatter offers any two indicators, each pair on its own page`, () => {
      const scatter = page(site.dist, `${lang.prefix}scatter`);
      const options = [...scatter.querySelectorAll('[data-pair-chooser] select[name="x"] option')].map((o) => o.getAttribute('value'));
      expect(options).toEqual(['jobOpeningRatio', 'smesPerAgency', 'testIndicator']);
      expect([...scatter.querySelectorAll('[data-pair-chooser] a[data-pair]')].map((a) => a.getAttribute('data-pair'))).toEqual([
        'testIndicator-jobOpeningRatio',
        'testIndicator-smesPerAgency',
      ]);
      const pair = page(site.dist, `${lang.prefix}scatter/pairs/testIndicator-jobOpeningRatio`);
      expect(pair.querySelector('h1')?.textContent).toContain(lang.title);
      const summary = JSON.parse(readFileSync(join(site.data, 'summary.json'), 'utf8'));
      const stats = summary.pairs.find((p: { x: string; y: string }) => p.x === 'testIndicator' && p.y === 'jobOpeningRatio');
      expect(text(pair, '[data-pair-stats]')[0]).toContain(Math.abs(stats.pearson).toFixed(4));
    });

    it(`${lang.prefix || 'ja/'}: the data page lists the third indicator's columns and the earlier vintage`, () => {
      const data = page(site.dist, `${lang.prefix}data`);
      const columns = text(data, '#dictionary-table tbody tr > :first-child');
      expect(columns).toEqual(expect.arrayContaining(['test_indicator', 'job_opening_ratio_2021_09']));
      expect(text(data, `[data-file="raw/test_indicator.csv"]`)).toHaveLength(1);
    });
  }
});

describe('the default build', () => {
  it('keeps the guidebook’s two indicators and one vintage', () => {
    if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
    for (const prefix of ['', 'en/']) {
      const map = page(DIST, `${prefix}map`);
      const choices = [...map.querySelectorAll('input[name="indicator"]')].map((input) => input.getAttribute('value'));
      expect(choices).toEqual(['jobOpeningRatio', 'smesPerAgency', 'bivariate']);
      expect(readFileSync(join(DIST, prefix, 'map', 'index.html'), 'utf8')).not.toMatch(/2023-09|testIndicator/);
      // No x/y chooser and no pair pages while indicators.csv holds only the guidebook's two.
      expect(page(DIST, `${prefix}scatter`).querySelector('[data-pair-chooser]')).toBeNull();
      expect(existsSync(join(DIST, prefix, 'scatter', 'pairs'))).toBe(false);
      const keys = [...page(DIST, `${prefix}rankings`).querySelectorAll('#rankings-table thead th')].map((th) =>
        th.getAttribute('data-key'),
      );
      expect(keys).toHaveLength(9);
    }
  });
});
