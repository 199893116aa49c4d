/**
 * "Your data" and chart downloads in Chromium: the site's own prefectures.csv (UTF-8 with BOM, and
 * a Shift_JIS copy) reproduces the site's r and fit; bad rows are listed by line; nothing is
 * requested while analysing; 50,000 rows stay responsive; charts save as SVG and PNG.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ja } from '../../src/i18n/ja.ts';
import { associate } from '../../src/lib/statistics.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { useSite } from '../support/site-session.ts';

const site = useSite();
const summary = JSON.parse(readFileSync(join(DIST, 'data', 'summary.json'), 'utf8'));
const prefectures = JSON.parse(readFileSync(join(DIST, 'data', 'prefectures.json'), 'utf8')) as Record<string, string | number>[];
const csvBytes = readFileSync(join(DIST, 'data', 'prefectures.csv'));
const csvText = new TextDecoder('utf-8').decode(csvBytes); // BOM stripped

/** Opens a page and records every request it makes, failing any that leaves 127.0.0.1. */
async function open(path: string, width = 1280): Promise<{ page: Page; requests: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return new URL(url).hostname === '127.0.0.1' || url.startsWith('blob:') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  await page.goto(site.server.urlOf(path));
  return { page, requests };
}

async function upload(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('#your-data-file', { name, mimeType: 'text/csv', buffer });
  await page.locator('fieldset[data-columns]').waitFor({ state: 'visible', timeout: 60_000 });
}

async function chooseColumns(page: Page, label: string, x: string, y: string): Promise<void> {
  await page.selectOption('#your-data-label', { label });
  await page.selectOption('#your-data-x', { label: x });
  await page.selectOption('#your-data-y', { label: y });
}

const stat = (page: Page, key: string) => page.locator(`dd[data-stat="${key}"]`);
const rawStat = async (page: Page, key: string) => (await stat(page, key).getAttribute('data-value'))!.split(' ').map(Number);

async function expectSiteAnalysis(page: Page): Promise<void> {
  await expect.poll(() => stat(page, 'pearson').textContent(), { timeout: 30_000 }).toBe('0.4740');
  // The build rounds summary.json to 8 decimals; the page must match the unrounded library result.
  const a = associate(
    prefectures.map((p) => p.smes_per_agency as number),
    prefectures.map((p) => p.job_opening_ratio as number),
  );
  expect(a.pearson).toBeCloseTo(summary.association.pearson, 8);
  expect(await stat(page, 'n').textContent()).toBe('47');
  expect((await rawStat(page, 'pearson'))[0]).toBeCloseTo(a.pearson, 12);
  expect((await rawStat(page, 'spearman'))[0]).toBeCloseTo(a.spearman, 12);
  expect((await rawStat(page, 'p'))[0]).toBeCloseTo(a.pValue, 12);
  const ci = await rawStat(page, 'ci');
  expect(ci[0]).toBeCloseTo(a.pearsonCi[0], 12);
  expect(ci[1]).toBeCloseTo(a.pearsonCi[1], 12);
  const [intercept, slope] = await rawStat(page, 'fit');
  expect(intercept).toBeCloseTo(a.intercept, 12);
  expect(slope).toBeCloseTo(a.slope, 12);
  // Ranked residuals: the same order as the build's residual column, largest first.
  const expected = [...prefectures].sort((p, q) => (q.residual as number) - (p.residual as number)).map((p) => p.name_ja);
  const shown = await page.locator('[data-ranked] tbody th').allTextContents();
  expect(shown).toEqual(expected);
  expect(await page.locator('[data-rejected] li').count()).toBe(0);
  // Prefectures are drawn with the site's metro / 地方 shapes: one mark per prefecture.
  expect(await page.locator('[data-chart] svg .dot').count()).toBe(47);
  expect(await page.locator('[data-chart] svg rect.dot[data-group="metro"]').count()).toBe(12);
}

describe('your data: the site’s own prefectures.csv', () => {
  it('reproduces r = 0.4740, ρ, p, CI, the fit and the residual ranking, with no request during the analysis', async () => {
    const { page, requests } = await open('/your-data/');
    await page.waitForLoadState('networkidle');
    const before = requests.length;
    await upload(page, 'prefectures.csv', csvBytes);
    await chooseColumns(page, 'name_ja', 'smes_per_agency', 'job_opening_ratio');
    await expectSiteAnalysis(page);
    const during = requests.slice(before);
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_astro\/your-data\.worker-[\w-]+\.js$/);
    expect(requests.every((url) => new URL(url).hostname === '127.0.0.1')).toBe(true);
    expect(await page.locator('[data-file-info]').textContent()).toBe('prefectures.csv: 47 行、UTF-8');
    await page.context().close();
  });

  it('gives the same from a Shift_JIS copy (detected, and when chosen by hand)', async () => {
    const sjis = iconv.encode(csvText, 'Shift_JIS');
    expect(sjis.includes(Buffer.from('東京都', 'utf8'))).toBe(false); // really not UTF-8
    const { page } = await open('/en/your-data/');
    await upload(page, 'prefectures-sjis.csv', sjis);
    expect(await page.locator('[data-file-info]').textContent()).toBe('prefectures-sjis.csv: 47 rows, Shift_JIS');
    await chooseColumns(page, 'name_ja', 'smes_per_agency', 'job_opening_ratio');
    await expectSiteAnalysis(page);
    // Mark the file line stale first: choosing the encoding re-reads the file, and a fast re-read
    // can hide and show the results before a test could see them hidden.
    await page.locator('[data-file-info]').evaluate((el) => {
      el.textContent = 'stale';
    });
    await page.selectOption('#your-data-encoding', 'shift_jis');
    await expect.poll(() => page.locator('[data-file-info]').textContent()).toBe('prefectures-sjis.csv: 47 rows, Shift_JIS');
    await chooseColumns(page, 'name_ja', 'smes_per_agency', 'job_opening_ratio');
    await expectSiteAnalysis(page);
    await page.context().close();
  });

  it('lists exactly the three bad rows with their line numbers and reasons', async () => {
    const lines = csvText.split('\r\n');
    const header = lines[0].split(',');
    const [xi, yi, li] = ['smes_per_agency', 'job_opening_ratio', 'name_en'].map((c) => header.indexOf(c));
    const edit = (line: number, column: number, value: string) => {
      const cells = lines[line - 1].split(',');
      cells[column] = value;
      lines[line - 1] = cells.join(',');
    };
    edit(5, xi, 'abc'); // 宮城県: x is not a number
    edit(14, yi, ''); // 東京都: y missing (listed apart: not an error)
    edit(30, li, ''); // 奈良県 (line 30 = code 29): label missing
    const { page } = await open('/en/your-data/');
    await upload(page, 'three-bad-rows.csv', Buffer.from(lines.join('\r\n'), 'utf8'));
    await chooseColumns(page, 'name_en', 'smes_per_agency', 'job_opening_ratio');
    await expect.poll(() => stat(page, 'n').textContent(), { timeout: 30_000 }).toBe('44');
    const items = page.locator('[data-rejected] li');
    expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-line')))).toEqual(['5', '30']);
    expect(await items.allTextContents()).toEqual(['Line 5: “smes_per_agency” is not a number: “abc”', 'Line 30: the label is empty']);
    expect(await page.locator('[data-missing] li').allTextContents()).toEqual(['Line 14: “job_opening_ratio” is empty']);
    await page.context().close();
  });
});

// It times the page's frames, so it runs alone.
describe.sequential('your data: 50,000 rows', () => {
  it('is analysed without freezing the page, with progress shown', async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const rows = ['region,x,y'];
    for (let i = 1; i <= 50_000; i++) {
      const x = random() * 100;
      rows.push(`r${i},${x.toFixed(3)},${(2 + 0.5 * x + random() * 20).toFixed(3)}`);
    }
    const { page } = await open('/en/your-data/');
    // Record status messages and the longest gap between animation frames while the file is processed.
    await page.evaluate(() => {
      const w = window as unknown as { statuses: string[]; maxGap: number };
      w.statuses = [];
      w.maxGap = 0;
      const status = document.querySelector('[data-status]')!;
      new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      let last = performance.now();
      const tick = (now: number) => {
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await page.setInputFiles('#your-data-file', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await expect.poll(() => stat(page, 'n').textContent(), { timeout: 90_000, interval: 200 }).toBe('50,000');
    const elapsed = Date.now() - started;
    const { statuses, maxGap } = await page.evaluate(() => {
      const w = window as unknown as { statuses: string[]; maxGap: number };
      return { statuses: w.statuses, maxGap: w.maxGap };
    });
    expect(statuses.some((s) => /Parsing… \d+%/.test(s))).toBe(true);
    expect(maxGap).toBeLessThan(2000);
    expect(elapsed).toBeLessThan(60_000);
    expect(await page.locator('[data-ranked] tbody tr').count()).toBe(100);
    expect(await page.locator('[data-rejected] li').count()).toBe(0);
    expect((await rawStat(page, 'pearson'))[0]).toBeGreaterThan(0.5);
    await page.context().close();
  });
});

describe('chart downloads', () => {
  async function download(page: Page, figure: string, format: 'svg' | 'png'): Promise<Buffer> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`${figure} .chart-download button[data-format="${format}"]`),
    ]);
    const path = await file.path();
    return readFileSync(path!);
  }

  it('saves the scatter as SVG with its title, source and date, and as PNG', async () => {
    const { page } = await open('/scatter/');
    const figure = 'figure.chart#explorer';
    const svg = (await download(page, figure, 'svg')).toString('utf8');
    expect(svg).toContain('<svg');
    expect(await page.locator(figure).getAttribute('data-subtitle')).toBe(ja.chart.scatterTitle);
    expect(svg).toContain(`>${ja.chart.scatterTitle}</text>`);
    expect(svg).toContain('厚生労働省「職業安定業務統計」（令和3年（2021年）9月）');
    expect(svg).not.toContain('データ時点');
    expect(svg.match(/<circle|<path/g)!.length).toBeGreaterThan(47);
    const png = await download(page, figure, 'png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);
    await page.context().close();
  });

  it('saves the your-data scatter as SVG and PNG', async () => {
    const { page } = await open('/en/your-data/');
    await upload(page, 'prefectures.csv', csvBytes);
    await chooseColumns(page, 'name_en', 'smes_per_agency', 'job_opening_ratio');
    await expect.poll(() => stat(page, 'pearson').textContent(), { timeout: 30_000 }).toBe('0.4740');
    const svg = (await download(page, '#your-data-chart', 'svg')).toString('utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('job_opening_ratio against smes_per_agency');
    expect(svg).toContain('Source: prefectures.csv');
    expect(svg.match(/class="dot"/g)).toHaveLength(47);
    const png = await download(page, '#your-data-chart', 'png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.context().close();
  });
});

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'your-data', name));

/** Chooses a file and waits until the page has either analysed it or refused it. */
async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('#your-data-file', { name, mimeType: 'text/csv', buffer });
  await settle(page);
}
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('form[data-your-data]')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('[data-status]')?.textContent !== '',
    undefined,
    { timeout: 60_000 },
  );
}

describe('your data: the files researchers bring', () => {
  it('e-Stat (Shift_JIS, title lines, 全国, 01000 codes, notes) and Excel (BOM, short names, full-width digits, 全国, （注）) both give n = 47, r = 0.4740', async () => {
    const { page, requests } = await open('/your-data/');
    await page.waitForLoadState('networkidle');
    const before = requests.length;
    await choose(page, 'estat-sjis.csv', fixture('estat-sjis.csv'));
    await expect.poll(() => stat(page, 'pearson').textContent()).toBe('0.4740');
    expect(await stat(page, 'n').textContent()).toBe('47');
    expect(await page.locator('[data-header-info]').textContent()).toBe('4行目を見出しとして読みました。');
    expect(await page.locator('[data-prefectures-found]').textContent()).toBe(
      '「地域」の列を都道府県として認識しました。本サイトの指標と並べられます。',
    );
    expect(await page.locator('[data-excluded] li').allTextContents()).toEqual(['5行目：全国']);
    expect(await page.locator('[data-set-aside-note]').textContent()).toBe(
      '見出しより前の2行（表題など）を読み飛ばしました。 表の後の注記2行を読み飛ばしました。',
    );
    expect(await page.locator('[data-file-info]').textContent()).toBe('estat-sjis.csv: 48 行、Shift_JIS');
    expect(await page.locator('[data-chart] svg .dot').count()).toBe(47);
    await choose(page, 'excel-utf8-bom.csv', fixture('excel-utf8-bom.csv'));
    await expect.poll(() => page.locator('[data-file-info]').textContent()).toBe('excel-utf8-bom.csv: 48 行、UTF-8');
    await expect.poll(() => stat(page, 'pearson').textContent()).toBe('0.4740');
    expect(await stat(page, 'n').textContent()).toBe('47');
    expect(await page.locator('[data-excluded] li').allTextContents()).toEqual(['49行目：全国']);
    expect(await page.locator('[data-ranked] tbody th').first().textContent()).toBe('鳥取'); // the file's own short name
    // Nothing but the worker script was requested.
    expect(requests.slice(before).every((url) => /\/_astro\/your-data\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    await page.context().close();
  });

  it('romaji names and bare codes are recognised; one indicator is set against the atlas’s, with the maps', async () => {
    const { page } = await open('/en/your-data/');
    await choose(page, 'romaji.csv', fixture('romaji.csv'));
    await expect.poll(() => stat(page, 'pearson').textContent()).toBe('0.4740');
    expect(await stat(page, 'n').textContent()).toBe('47');
    expect(await page.locator('[data-excluded] li').allTextContents()).toEqual(['Line 2: Japan']);
    await choose(page, 'codes-only.csv', fixture('codes-only.csv'));
    await expect.poll(() => stat(page, 'n').textContent()).toBe('47');
    expect(await stat(page, 'pearson').textContent()).toBe('0.4740');
    expect(await page.locator('#your-data-atlas').inputValue()).toBe('jobOpeningRatio');
    expect(await page.locator('[data-y-head]').textContent()).toBe('Managerial job-opening ratio (openings per applicant)');
    expect(await page.locator('[data-maps]').isVisible()).toBe(true);
    expect(await page.locator('[data-tiles-wide] svg a').count()).toBe(47);
    expect(await page.locator('[data-geo] svg a use').count()).toBe(47);
    // The outlines come from the page itself, and every region found its shape.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('[data-geo] use')].every(
          (u) => document.getElementById(u.getAttribute('href')!.slice(1)) instanceof SVGPathElement,
        ),
      ),
    ).toBe(true);
    expect(await page.locator('[data-map-legend] li').allTextContents()).toEqual([
      '43.9 to under 155.0 (10)',
      '155.0 to under 185.9 (9)',
      '185.9 to under 244.3 (9)',
      '244.3 to under 294.9 (9)',
      '294.9 to 437.6 (10)',
    ]);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-download-joined]')]);
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'code,name_ja,name_en,pref_code,smes_per_agency,Managerial job-opening ratio (openings per applicant),group,Fitted,Residual',
    );
    expect(lines).toHaveLength(52);
    expect(lines.slice(48)).toEqual([
      '',
      'Source (your data),codes-only.csv,,,,,,,',
      'Source (Core-Talent Atlas),"Managerial job-opening ratio (openings per applicant): Ministry of Health, Labour and Welfare (MHLW), Employment Security Statistics (September 2021); SME Agency, guidebook of the FY2021 Project to Improve Capacity for Securing Core Talent (中核人材確保支援能力向上事業) (date not stated)",,,,,,,',
      '',
    ]);
    await page.context().close();
  });

  it('a paste from a spreadsheet goes through the same path', async () => {
    const { page } = await open('/your-data/');
    const rows = prefectures.map((p) => `${p.name_ja}\t${p.smes_per_agency}\t${p.job_opening_ratio}`);
    await page.click('.your-data__paste summary');
    await page.fill('#your-data-paste', ['都道府県\t中小企業数\t求人倍率', '全国\t123.4\t1.43', ...rows].join('\n'));
    await page.click('[data-paste]');
    await expect.poll(() => stat(page, 'pearson').textContent(), { timeout: 30_000 }).toBe('0.4740');
    expect(await stat(page, 'n').textContent()).toBe('47');
    expect(await page.locator('[data-file-info]').textContent()).toBe('貼り付けたデータ: 48 行、貼り付け、タブ区切り');
    await page.context().close();
  });

  it('control characters in labels and header: every point drawn, the SVG parses', async () => {
    const { page } = await open('/en/your-data/');
    const labels = ['bell\u0007label', 'vt\u000Blabel', 'esc\u001Blabel', 'nonchar\uFFFElabel', 'a', 'b', 'c'];
    await choose(page, 'control.csv', Buffer.from(`name,x\u0001axis,y\n${labels.map((l, i) => `${l},${i},${(i * 7) % 5}`).join('\n')}\n`));
    await expect.poll(() => stat(page, 'n').textContent()).toBe('7');
    expect(await page.locator('[data-chart] svg .dot').count()).toBe(7);
    expect(await page.locator('parsererror').count()).toBe(0);
    await page.context().close();
  });
});

describe('your data: bad input gets one message and nothing half-drawn', () => {
  const bigPath = join(tmpdir(), `your-data-100mb-${process.pid}.csv`);
  const cases: [string, string, () => Buffer | string, string][] = [
    ['a PDF renamed', 'report.csv', () => fixture('pdf-renamed.csv'), 'This is a PDF file. Choose a CSV file.'],
    [
      'an .xlsx renamed',
      'book.csv',
      () => fixture('xlsx-renamed.csv'),
      'This is a ZIP file, such as an Excel workbook (.xlsx). Save it from Excel as “CSV UTF-8 (comma delimited)” and choose that.',
    ],
    ['an empty file', 'empty.csv', () => fixture('empty.csv'), 'The file is empty.'],
    ['a header only', 'header-only.csv', () => fixture('header-only.csv'), 'The file has a header line and no data rows.'],
    [
      'one numeric column',
      'one.csv',
      () => fixture('one-numeric-column.csv'),
      'Two numeric columns are needed; at most one column of this file reads as numbers.',
    ],
    ['EUC-JP', 'eucjp.csv', () => fixture('eucjp.csv'), 'The file seems to be in EUC-JP. Save it again as UTF-8 or Shift_JIS.'],
    [
      '1 MB on one line',
      'line.csv',
      () => Buffer.from('1,'.repeat(512 * 1024)),
      'Line 1 is 1,048,576 characters long; at most 100,000 characters per line can be read.',
    ],
    [
      '100 MB',
      'big.csv',
      () => {
        // A sparse file: 100 MB on disk in an instant, never held in memory by the test.
        const fd = openSync(bigPath, 'w');
        writeSync(fd, 'x', 100 * 1024 * 1024 - 1);
        closeSync(fd);
        return bigPath;
      },
      'The file is too large (100.0 MB); at most 50.0 MB can be read.',
    ],
  ];
  it.each(cases)('%s', async (_, name, make, message) => {
    const { page } = await open('/en/your-data/');
    // A good file first, so that a refusal must also take away what was drawn.
    await choose(page, 'romaji.csv', fixture('romaji.csv'));
    await expect.poll(() => stat(page, 'n').textContent()).toBe('47');
    const input = make();
    if (typeof input === 'string') await page.setInputFiles('#your-data-file', input);
    else await page.setInputFiles('#your-data-file', { name, mimeType: 'text/csv', buffer: input });
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 60_000 }).toBe(message);
    expect(await page.locator('[data-results]').isHidden()).toBe(true);
    expect(await page.locator('fieldset[data-columns]').isHidden()).toBe(true);
    expect(await page.locator('form[data-your-data]').getAttribute('aria-busy')).toBe('false');
    if (typeof input === 'string') rmSync(input);
    await page.context().close();
  });

  it('every value missing: n = 0, each row listed as missing', async () => {
    const { page } = await open('/your-data/');
    await choose(page, 'all-missing.csv', fixture('all-missing.csv'));
    await expect
      .poll(() => page.locator('[data-status]').textContent())
      .toBe('使える行が0行しかありません（欠測で除いた行：4行）。4行以上必要です。');
    expect(await page.locator('[data-missing] li').evaluateAll((els) => els.map((el) => el.getAttribute('data-line')))).toEqual([
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(await page.locator('[data-rejected] li').count()).toBe(0);
    expect(await page.locator('[data-chart] svg').count()).toBe(0);
    await page.context().close();
  });
});
