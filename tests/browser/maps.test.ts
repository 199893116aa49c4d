/**
 * The map page in Chromium: tooltips, links, the indicator switch in the URL, the views fetched on
 * demand, and JavaScript off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();
const open = site.open;

const region = (figure: string, code: string) => `#${figure} .map-view:visible a[data-code="${code}"]`;
/**
 * A page point that hits the region itself, found by asking the browser what lies under a grid of
 * points in its box (the middle of Aomori's box is Mutsu Bay, its bottom corners are Akita and
 * Iwate). Playwright's own hover never finds a region drawn with <use> "stable", so the tests move
 * the real mouse there instead, as a reader would.
 */
async function onLand(page: Page, selector: string) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const point = await page.locator(selector).evaluate((a) => {
    const box = a.getBoundingClientRect();
    for (let fy = 0.5; fy < 1; fy += 0.05) {
      for (let fx = 0.3; fx < 0.9; fx += 0.05) {
        const x = box.left + box.width * fx;
        const y = box.top + box.height * fy;
        if (document.elementFromPoint(x, y)?.closest('a') === a) return { x, y };
      }
    }
    return null;
  });
  expect(point, `a point on ${selector}`).not.toBeNull();
  return point!;
}

describe('map tooltips', () => {
  it('shows 青森県 with both values and its class on hover over the geographic map', async () => {
    const page = await open('/map/');
    const point = await onLand(page, region('geo-map', '02'));
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('#geo-map .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.innerText();
    expect(text).toContain('青森県');
    expect(text).toContain('4.71倍（1位）');
    expect(text).toContain('437.6社（1位）');
    expect(text).toContain('5段階中5（3.14倍以上 4.71倍以下）');
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.context().close();
  });

  it('shows Tokyo on keyboard focus of its tile, in English', async () => {
    const page = await open('/en/map/');
    await page.focus(region('tile-map', '13'));
    const tooltip = page.locator('#tile-map .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.innerText();
    expect(text).toContain('Tokyo');
    expect(text).toContain('1.07 openings per applicant (rank 38)');
    expect(text).toContain('43.9 SMEs per agency (rank 47)');
    expect(text).toContain('class 1 of 5 (0.37 to under 1.13)');
    await page.context().close();
  });

  it('reaches the map with one Tab from the controls, and leaves it with the next', async () => {
    const page = await open('/map/');
    await page.focus('input[name=classes][value=equal]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg')?.classList.contains('map-svg'))).toBe(true);
    expect(await page.locator('#geo-map .tooltip').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg'))).toBe(null);
    await page.context().close();
  });
});

describe('map views fetched on demand', () => {
  it('carries only the default view, and fetches every other one once, with its tooltips, keys, legend and summary', async () => {
    const page = await open('/map/');
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/map/views/')) fetched.push(path.slice('/map/views/'.length));
    });
    // In the page: the default view of each figure (the tile map's in two sizes); the other views are empty.
    expect(await page.locator('[data-map] .map-view:has(svg)').count()).toBe(3);
    expect(await page.locator('[data-map] .map-view[data-src]:empty').count()).toBe(15);
    const indicators = await page
      .locator('input[name=indicator]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(indicators).toEqual(['jobOpeningRatio', 'smesPerAgency', 'bivariate']);
    const expected: string[] = [];
    for (const indicator of indicators) {
      for (const classes of ['quantile', 'equal']) {
        await page.check(`input[name=indicator][value=${indicator}]`);
        await page.check(`input[name=classes][value=${classes}]`);
        const key = `${indicator}-${classes}`;
        if (key !== 'jobOpeningRatio-quantile')
          expected.push(`geo-map-${key}.svg`, `tile-map-${key}-narrow.svg`, `tile-map-${key}-wide.svg`);
        for (const figure of ['geo-map', 'tile-map']) {
          const view = page.locator(`#${figure} .map-view:visible`);
          await view.locator('svg').waitFor();
          expect(await view.count(), `${figure} ${key}`).toBe(1);
          expect(`${await view.getAttribute('data-indicator')}-${await view.getAttribute('data-classes')}`).toBe(key);
          expect(await view.locator('a[data-code]').count()).toBe(47);
          expect(await view.locator('svg > title').textContent()).toBeTruthy();
          for (const part of ['[data-map-legend]', '[data-map-summary]']) {
            const shown = page.locator(`#${figure} ${part}:visible`);
            expect(await shown.count(), `${figure} ${key} ${part}`).toBe(1);
            expect(`${await shown.getAttribute('data-indicator')}-${await shown.getAttribute('data-classes')}`).toBe(key);
          }
          // The fetched view is walked by the keys and announced with its own class.
          await view.locator('a[tabindex="0"]').focus();
          await page.keyboard.press('ArrowRight');
          const aomori = view.locator('a[data-code="02"]');
          expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('02');
          const tooltip = page.locator(`#${figure} .tooltip`);
          await expect.poll(() => tooltip.isVisible()).toBe(true);
          expect(await tooltip.locator('strong').textContent()).toBe('青森県');
          // The class the tooltip names is this view's: the one the region's own label gives.
          const classText = (await tooltip.locator('span').last().textContent())!;
          expect(classText.length).toBeGreaterThan(3);
          expect(await aomori.getAttribute('aria-label'), `${figure} ${key}`).toContain(classText);
          expect(await page.locator(`#${figure} [data-announce]`).textContent()).toContain(classText);
          await page.keyboard.press('Escape');
        }
      }
    }
    expect([...fetched].sort()).toEqual([...expected].sort());
    await page.context().close();
  });
});

describe('map links', () => {
  it('opens 青森県 when its region is clicked, from the geographic map and from the tile map', async () => {
    for (const figure of ['geo-map', 'tile-map']) {
      const page = await open('/map/');
      const point = await onLand(page, region(figure, '02'));
      await Promise.all([page.waitForURL('**/prefectures/aomori/'), page.mouse.click(point.x, point.y)]);
      expect(new URL(page.url()).pathname).toBe('/prefectures/aomori/');
      expect(await page.locator('h1').innerText()).toBe('青森県');
      await page.context().close();
    }
  });
});

describe('map view state in the URL', () => {
  it('switches indicator and classes, writes them to the URL and keeps them over a reload', async () => {
    const page = await open('/map/');
    const visible = (figure: string) => page.locator(`#${figure} .map-view:visible`);
    expect(await visible('geo-map').getAttribute('data-indicator')).toBe('jobOpeningRatio');

    await page.check('input[name=indicator][value=bivariate]');
    expect(new URL(page.url()).search).toBe('?indicator=bivariate');
    expect(await visible('geo-map').getAttribute('data-indicator')).toBe('bivariate');
    expect(await visible('tile-map').getAttribute('data-indicator')).toBe('bivariate');
    expect(await page.locator('#geo-map .map-view:visible a[data-code="02"]').getAttribute('data-class')).toBe('2-2');
    expect(await page.locator('#geo-map .map-legend--bivariate:visible').count()).toBe(1);
    expect(await page.locator('#geo-map .map-legend--bivariate:visible').isVisible()).toBe(true);

    await page.check('input[name=indicator][value=smesPerAgency]');
    await page.check('input[name=classes][value=equal]');
    expect(new URL(page.url()).search).toBe('?indicator=smesPerAgency&classes=equal');
    await page.reload();
    expect(await page.locator('input[name=indicator][value=smesPerAgency]').isChecked()).toBe(true);
    expect(await page.locator('input[name=classes][value=equal]').isChecked()).toBe(true);
    expect(await visible('geo-map').getAttribute('data-indicator')).toBe('smesPerAgency');
    expect(await visible('geo-map').getAttribute('data-classes')).toBe('equal');
    expect(await page.locator('#geo-map [data-map-legend]:visible').getAttribute('data-indicator')).toBe('smesPerAgency');

    await page.check('input[name=indicator][value=jobOpeningRatio]');
    await page.check('input[name=classes][value=quantile]');
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('ignores unknown values in the URL', async () => {
    const page = await open('/map/?indicator=rainfall&classes=jenks');
    expect(await page.locator('input[name=indicator][value=jobOpeningRatio]').isChecked()).toBe(true);
    expect(await page.locator('input[name=classes][value=quantile]').isChecked()).toBe(true);
    await page.context().close();
  });
});

describe('maps with JavaScript off', () => {
  for (const [path, width] of [
    ['/map/', 1280],
    ['/en/map/', 390],
  ] as const) {
    it(`${path} at ${width} px draws both maps, their legends and the table`, async () => {
      const page = await open(path, { width, javaScriptEnabled: false });
      for (const selector of ['#geo-map svg.map-svg', '#tile-map svg.tile-svg']) {
        const svg = page.locator(`${selector}:visible`);
        expect(await svg.count(), selector).toBe(1);
        expect((await svg.boundingBox())!.width).toBeGreaterThan(300);
        expect(await svg.locator('a[data-code]').count()).toBe(47);
      }
      // The geographic regions draw through <use>: the shared outlines must render without script.
      const aomori = await page.locator('#geo-map .map-view:visible a[data-code="02"]').boundingBox();
      expect(aomori!.width).toBeGreaterThan(10);
      expect(await page.locator('#geo-map [data-map-legend]:visible').count()).toBe(1);
      expect(await page.locator('#map-table tbody tr:visible').count()).toBe(47);
      expect(await page.locator('form[data-map-controls] [data-js-gate][inert]').count()).toBe(1);
      await page.context().close();
    });
  }
});
