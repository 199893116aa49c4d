/**
 * Charts that explain themselves, in Chromium: the downloaded SVG and PNG of the scatter and the
 * map carry the title, the legend shown with the chart, the 資料 line with each source's own date
 * and the page's address (checked on the files); on a touch screen a tap on a dot or a prefecture
 * opens its tooltip with a link onward and does not leave the page; every mark is a target of at
 * least 24 × 24 css px.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { useSite } from '../support/site-session.ts';

const site = useSite();

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page: Page, figure: string, format: 'svg' | 'png'): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`${figure} .chart-download button[data-format="${format}"]`),
  ]);
  return readFileSync((await file.path())!);
}

interface ExportedSvg {
  error: string | null;
  width: number;
  height: number;
  title: string[];
  legend: string[];
  legendSwatches: string[];
  source: string[];
  date: string[];
  url: string[];
  marks: number;
  /** <use href="#…"> that point at nothing inside the file. */
  dangling: string[];
  /** The lowest and highest y of the legend and footer lines, in the file's px. */
  band: [number, number];
}

/** The downloaded SVG as the page's own XML parser reads it, part by part. */
function readExport(page: Page, svg: string): Promise<ExportedSvg> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const lines = (part: string) => [...doc.querySelectorAll(`[data-part="${part}"] text`)].map((t) => t.textContent ?? '');
    const ys = [...doc.querySelectorAll('[data-part="legend"] text, [data-part="footer"] text')].map((t) => Number(t.getAttribute('y')));
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: lines('title'),
      legend: lines('legend'),
      legendSwatches: [...doc.querySelectorAll('[data-part="legend"] > rect')].map((r) => r.getAttribute('fill') ?? ''),
      source: lines('source'),
      date: lines('date'),
      url: lines('url'),
      marks: doc.querySelectorAll('svg svg a[href]').length,
      dangling: [...doc.querySelectorAll('use')]
        .map((u) => u.getAttribute('href') ?? '')
        .filter((href) => !doc.querySelector(`[id="${href.slice(1)}"]`)),
      band: [Math.min(...ys), Math.max(...ys)] as [number, number],
    };
  }, svg);
}

/**
 * The PNG decoded by the page itself: its size, how many pixels of the legend and footer band are
 * not white, and how many pixels differ from the page's own rasterisation of the SVG.
 */
function readPng(page: Page, png: Buffer, svg: string, band: [number, number]) {
  return page.evaluate(
    async ({ pngBase64, svgText, band }) => {
      const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
      const load = async (blob: Blob) => {
        const url = URL.createObjectURL(blob);
        const image = new Image();
        image.src = url;
        await image.decode();
        return image;
      };
      const image = await load(new Blob([bytes], { type: 'image/png' }));
      const { naturalWidth: width, naturalHeight: height } = image;
      const pixels = (draw: (c: CanvasRenderingContext2D) => void) => {
        const canvas = Object.assign(document.createElement('canvas'), { width, height });
        const context = canvas.getContext('2d')!;
        draw(context);
        return context.getImageData(0, 0, width, height).data;
      };
      const fromPng = pixels((c) => c.drawImage(image, 0, 0));
      const svgImage = await load(new Blob([svgText], { type: 'image/svg+xml' }));
      const fromSvg = pixels((c) => c.drawImage(svgImage, 0, 0, width, height));
      let inkInBand = 0;
      let differing = 0;
      for (let i = 0; i < fromPng.length; i += 4) {
        const y = Math.floor(i / 4 / width) / 2;
        const ink = fromPng[i]! < 200 || fromPng[i + 1]! < 200 || fromPng[i + 2]! < 200;
        if (ink && y >= band[0] - 14 && y <= band[1] + 4) inkInBand++;
        if (
          Math.abs(fromPng[i]! - fromSvg[i]!) + Math.abs(fromPng[i + 1]! - fromSvg[i + 1]!) + Math.abs(fromPng[i + 2]! - fromSvg[i + 2]!) >
          60
        )
          differing++;
      }
      return { width, height, inkInBand, differingShare: differing / (width * height) };
    },
    { pngBase64: png.toString('base64'), svgText: svg, band },
  );
}

/** Text without any white space: a line wrapped in the file reads the same as the page's line. */
const squeeze = (lines: string[] | string) => (Array.isArray(lines) ? lines.join('') : lines).replace(/\s+/g, '');

describe('downloaded charts carry their title, legend, 資料 line and address', () => {
  const scatterCases = [
    {
      lang: 'ja',
      path: '/scatter/',
      title: '求人倍率が高い都道府県ほど、紹介事業者1社あたり中小企業数も多い傾向（r = 0.4740、ガイドブックp.11の区分で「正の相関」）',
      subtitle: ja.chart.scatterTitle,
      legend: [ja.groups.metro, ja.groups.regional, ja.scatter.fitLegend, ja.scatter.nationalLegend],
      dates: [
        '厚生労働省「職業安定業務統計」（令和3年（2021年）9月）',
        '中小企業庁「中小企業・小規模事業者の数」（平成28年（2016年）6月）',
        '厚生労働省職業安定局「人材サービス総合サイト」（令和4年（2022年）3月）',
      ],
    },
    {
      lang: 'en',
      path: '/en/scatter/',
      title:
        'The higher a prefecture’s job-opening ratio, the higher its SMEs per agency tends to be (r = 0.4740; “positive correlation” in the guidebook’s bands, p.11)',
      subtitle: en.chart.scatterTitle,
      legend: [en.groups.metro, en.groups.regional, en.scatter.fitLegend, en.scatter.nationalLegend],
      dates: [
        'Ministry of Health, Labour and Welfare (MHLW), Employment Security Statistics (September 2021)',
        'SME Agency, Number of SMEs and small businesses (June 2016)',
        'MHLW Employment Security Bureau, Human Resources Services website (March 2022)',
      ],
    },
  ] as const;

  for (const c of scatterCases) {
    it(`${c.path}: the scatter's SVG and PNG`, async () => {
      const page = await site.open(c.path, { acceptDownloads: true });
      const svg = (await download(page, '#explorer', 'svg')).toString('utf8');
      const file = await readExport(page, svg);
      expect(file.error).toBeNull();
      expect(squeeze(file.title)).toBe(squeeze(c.title + c.subtitle));
      expect(file.marks).toBe(47);
      expect(file.legend).toEqual([...c.legend]);
      for (const dated of c.dates) expect(squeeze(file.source)).toContain(squeeze(dated));
      // No one merged "data date": each source's own is in the 資料 line.
      expect(file.date).toEqual([]);
      expect(svg).not.toContain(c.lang === 'ja' ? 'データ時点' : 'Data as of');
      expect(file.url).toEqual([`${c.path}#explorer`]);

      const png = await download(page, '#explorer', 'png');
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      const image = await readPng(page, png, svg, file.band);
      expect(image.width).toBe(file.width * 2);
      expect(image.height).toBe(file.height * 2);
      expect(image.inkInBand).toBeGreaterThan(2000);
      expect(image.differingShare).toBeLessThan(0.01);
      await page.context().close();
    });
  }

  const mapCases = [
    { path: '/map/', sources: ['厚生労働省「職業安定業務統計」（令和3年（2021年）9月）', 'Victor Cazanave'], missing: ja.map.missing },
    { path: '/en/map/', sources: ['Employment Security Statistics (September 2021)', 'Victor Cazanave'], missing: en.map.missing },
  ] as const;

  for (const c of mapCases) {
    it(`${c.path}: the geographic map's SVG and PNG, for the view that is shown`, async () => {
      const page = await site.open(`${c.path}?indicator=smesPerAgency`, { acceptDownloads: true });
      const shown = await page.evaluate(() => {
        const view = [...document.querySelectorAll<HTMLElement>('#geo-map .map-view')].find((v) => !v.hidden)!;
        const legend = [...document.querySelectorAll<HTMLElement>('#geo-map [data-map-legend]')].find((l) => !l.hidden)!;
        return {
          title: view.querySelector('svg > title')?.textContent ?? '',
          legendTitle: legend.querySelector('[data-legend-title]')?.textContent ?? '',
          entries: [...legend.querySelectorAll<HTMLElement>('[data-legend-entry]')].map((li) =>
            li.textContent!.replace(/\s+/g, ' ').trim(),
          ),
          swatches: [...legend.querySelectorAll<HTMLElement>('[data-legend-entry]')].map((li) => li.dataset.swatch ?? ''),
        };
      });
      expect(shown.entries).toHaveLength(6);
      const svg = (await download(page, '#geo-map', 'svg')).toString('utf8');
      const file = await readExport(page, svg);
      expect(file.error).toBeNull();
      expect(squeeze(file.title)).toBe(squeeze(shown.title));
      expect(file.marks).toBe(47);
      expect(file.dangling).toEqual([]);
      expect(squeeze(file.legend)).toContain(squeeze(shown.legendTitle));
      for (const entry of shown.entries) expect(squeeze(file.legend)).toContain(squeeze(entry));
      expect(squeeze(file.legend)).toContain(squeeze(c.missing));
      expect(file.legendSwatches).toEqual(shown.swatches.map((s) => (s === 'missing' ? '#ffffff' : s)));
      for (const source of c.sources) expect(squeeze(file.source)).toContain(squeeze(source));
      expect(file.url).toEqual([`${c.path}?indicator=smesPerAgency#geo-map`]);

      const png = await download(page, '#geo-map', 'png');
      const image = await readPng(page, png, svg, file.band);
      expect(image.width).toBe(file.width * 2);
      expect(image.height).toBe(file.height * 2);
      expect(image.inkInBand).toBeGreaterThan(2000);
      expect(image.differingShare).toBeLessThan(0.01);
      await page.context().close();
    });
  }
});

const PHONE = { width: 390, hasTouch: true, isMobile: true } as const;

/** The centre of the visible mark linking to `href` inside `figure`, in page coordinates. */
async function markCentre(page: Page, figure: string, href: string) {
  const mark = page.locator(`${figure} .chart-view:visible a[href="${href}"]`);
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('a tap on a phone opens the tooltip and does not navigate', () => {
  it('/scatter/ at 390 px: a tap on 秋田県 shows its values and a link; the link navigates', async () => {
    const page = await site.open('/scatter/', PHONE);
    const at = await markCentre(page, '#explorer', '/prefectures/akita/');
    await page.touchscreen.tap(at.x, at.y);
    const tooltip = page.locator('#explorer .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.innerText();
    expect(text).toContain('秋田県');
    expect(text).toContain('3.17倍');
    expect(text).toContain('429.8社');
    expect(new URL(page.url()).pathname).toBe('/scatter/');
    const link = tooltip.locator('a.tooltip__link');
    expect(await link.textContent()).toBe('秋田県のプロフィールを開く →');
    expect(await link.getAttribute('href')).toBe('/prefectures/akita/');
    const linkBox = (await link.boundingBox())!;
    expect(linkBox.height).toBeGreaterThanOrEqual(24);
    await page.touchscreen.tap(linkBox.x + linkBox.width / 2, linkBox.y + linkBox.height / 2);
    await page.waitForURL('**/prefectures/akita/');
    await page.context().close();
  });

  it('/en/scatter/ at 390 px: Esc closes the tapped tooltip, and so does a tap elsewhere', async () => {
    const page = await site.open('/en/scatter/', PHONE);
    const tooltip = page.locator('#explorer .tooltip');
    const at = await markCentre(page, '#explorer', '/en/prefectures/aomori/');
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.locator('a.tooltip__link').textContent()).toBe('Open Aomori’s profile →');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const heading = (await page.locator('h1').boundingBox())!;
    await page.touchscreen.tap(heading.x + 10, heading.y + heading.height / 2);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/en/scatter/');
    await page.context().close();
  });

  it('/map/ at 390 px: a tap on a tile and on a prefecture of the geographic map shows the tooltip and stays', async () => {
    const page = await site.open('/map/', PHONE);
    const tile = page.locator('#tile-map .map-view:visible a[data-code="05"]');
    await tile.scrollIntoViewIfNeeded();
    const box = (await tile.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('#tile-map .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain('秋田県');
    expect(await tooltip.locator('a.tooltip__link').getAttribute('href')).toBe('/prefectures/akita/');
    expect(new URL(page.url()).pathname).toBe('/map/');

    const region = page.locator('#geo-map .map-view:visible a[data-code="02"]');
    await region.scrollIntoViewIfNeeded();
    const point = await region.evaluate((a) => {
      const r = a.getBoundingClientRect();
      for (let fy = 0.5; fy < 1; fy += 0.05)
        for (let fx = 0.3; fx < 0.9; fx += 0.05) {
          const x = r.left + r.width * fx;
          const y = r.top + r.height * fy;
          if (document.elementFromPoint(x, y)?.closest('a') === a) return { x, y };
        }
      return null;
    });
    await page.touchscreen.tap(point!.x, point!.y);
    const geoTip = page.locator('#geo-map .tooltip');
    await expect.poll(() => geoTip.isVisible()).toBe(true);
    expect(await geoTip.innerText()).toContain('青森県');
    expect(new URL(page.url()).pathname).toBe('/map/');
    await page.context().close();
  });

  it('at 1280 px a mouse click on a dot still opens the profile', async () => {
    const page = await site.open('/scatter/');
    const at = await markCentre(page, '#explorer', '/prefectures/akita/');
    await page.mouse.click(at.x, at.y);
    await page.waitForURL('**/prefectures/akita/');
    await page.context().close();
  });
});

describe('every scatter dot and tile is a target of at least 24 × 24 css px', () => {
  for (const [path, width, figure] of [
    ['/scatter/', 390, '#explorer'],
    ['/en/scatter/', 1280, '#explorer'],
    ['/', 390, '#home-scatter'],
    ['/prefectures/akita/', 390, '#profile-akita'],
    ['/map/', 390, '#tile-map'],
    ['/en/map/', 1280, '#tile-map'],
  ] as const) {
    it(`${path} at ${width} px: ${figure}`, async () => {
      const page = await site.open(path, { width });
      const sizes = await page.evaluate((selector) => {
        const view = [...document.querySelectorAll<HTMLElement>(`${selector} .chart-view`)].find(
          (v) => !v.hidden && v.offsetParent !== null,
        )!;
        return [...view.querySelectorAll('svg a')].map((a) => {
          const r = a.getBoundingClientRect();
          return Math.min(r.width, r.height);
        });
      }, figure);
      expect(sizes).toHaveLength(47);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
      await page.context().close();
    });
  }
});
