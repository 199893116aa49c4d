/**
 * Charts and maps by keyboard alone, in Chromium: one tab stop per chart, arrow keys walk the
 * prefectures in the stated order (x order on a scatter, reading order on a map), Home/End jump to
 * the ends, what is focused is announced in the chart's live region, Esc closes the tooltip and
 * Enter opens the profile.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();

const announced = (page: Page, figure: string) => page.locator(`#${figure} [data-announce]`).textContent();
const focusedHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.localName);

/** Tab stops inside a figure's visible view. */
const tabStops = (page: Page, figure: string) =>
  page
    .locator(`#${figure} .chart-view`)
    .evaluateAll(
      (views) =>
        views
          .filter((v) => (v as HTMLElement).offsetParent !== null)
          .flatMap((v) => [...v.querySelectorAll('a')].filter((a) => a.tabIndex >= 0)).length,
    );

describe('scatter by keyboard', () => {
  it('is one tab stop, walked in x order with what is focused announced (Japanese)', async () => {
    const page = await site.open('/scatter/');
    expect(await tabStops(page, 'explorer')).toBe(1);
    await page.locator('#explorer .chart-view:visible a[tabindex="0"]').focus();
    // The smallest x (SMEs per agency) is Tokyo's 43.9, then Osaka's 90.1.
    expect(await focusedHref(page)).toBe('/prefectures/tokyo/');
    expect(await announced(page, 'explorer')).toBe(
      '東京都、管理的職業の有効求人倍率：1.07倍（38位）、1有料職業紹介事業者あたりの中小企業数：43.9社（47位）、回帰からの残差：−0.08',
    );
    await page.keyboard.press('ArrowRight');
    expect(await focusedHref(page)).toBe('/prefectures/osaka/');
    expect(await announced(page, 'explorer')).toContain(
      '大阪府、管理的職業の有効求人倍率：1.99倍（22位）、1有料職業紹介事業者あたりの中小企業数：90.1社（46位）',
    );
    await page.keyboard.press('ArrowLeft');
    expect(await focusedHref(page)).toBe('/prefectures/tokyo/');
    await page.keyboard.press('End');
    expect(await focusedHref(page)).toBe('/prefectures/aomori/');
    expect(await announced(page, 'explorer')).toContain(
      '青森県、管理的職業の有効求人倍率：4.71倍（1位）、1有料職業紹介事業者あたりの中小企業数：437.6社（1位）',
    );
    await page.keyboard.press('ArrowLeft');
    expect(await focusedHref(page)).toBe('/prefectures/shimane/');
    // The focused point is now the chart's only tab stop: Tab leaves, Shift+Tab comes back to it.
    expect(await tabStops(page, 'explorer')).toBe(1);
    await page.keyboard.press('Home');
    expect(await focusedHref(page)).toBe('/prefectures/tokyo/');
    await page.context().close();
  });

  it('Esc closes the tooltip and Enter opens the profile (English)', async () => {
    const page = await site.open('/en/');
    await page.locator('#home-scatter .chart-view:visible a[tabindex="0"]').focus();
    const tooltip = page.locator('#home-scatter .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain('Tokyo');
    expect(await announced(page, 'home-scatter')).toBe(
      'Tokyo; Managerial job-opening ratio: 1.07 openings per applicant (rank 38); SMEs per fee-charging placement agency: 43.9 SMEs per agency (rank 47); Residual from the fit: −0.08',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await focusedHref(page)).toBe('/en/prefectures/osaka/');
    await Promise.all([page.waitForURL('**/en/prefectures/osaka/'), page.keyboard.press('Enter')]);
    await page.context().close();
  });
});

describe('maps by keyboard', () => {
  it('walks the geographic map in reading order from one tab stop', async () => {
    const page = await site.open('/map/');
    expect(await tabStops(page, 'geo-map')).toBe(1);
    await page.locator('#geo-map .chart-view:visible a[tabindex="0"]').focus();
    expect(await announced(page, 'geo-map')).toBe(
      '北海道、管理的職業の有効求人倍率：1.34倍（36位）、1有料職業紹介事業者あたりの中小企業数：194.7社（26位）、5段階中2（1.13倍以上 1.58倍未満）',
    );
    await page.keyboard.press('ArrowRight');
    expect(await announced(page, 'geo-map')).toContain('青森県、管理的職業の有効求人倍率：4.71倍（1位）');
    await page.keyboard.press('ArrowRight');
    expect(await announced(page, 'geo-map')).toContain('秋田県');
    await page.keyboard.press('End');
    expect(await announced(page, 'geo-map')).toContain('宮崎県、管理的職業の有効求人倍率：3.93倍（2位）');
    const tooltip = page.locator('#geo-map .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.context().close();
  });

  it('walks the tile grid by rows and moves up and down between rows (English)', async () => {
    const page = await site.open('/en/map/');
    expect(await tabStops(page, 'tile-map')).toBe(1);
    await page.locator('#tile-map .chart-view:visible a[tabindex="0"]').focus();
    expect(await announced(page, 'tile-map')).toContain('Hokkaido; Managerial job-opening ratio: 1.34 openings per applicant (rank 36)');
    await page.keyboard.press('ArrowDown');
    expect(await announced(page, 'tile-map')).toContain('Aomori');
    await page.keyboard.press('ArrowDown');
    // Below Aomori (column 11, row 1) is Iwate (11, 2); Akita sits to its left.
    expect(await announced(page, 'tile-map')).toContain('Iwate');
    await page.keyboard.press('ArrowLeft');
    expect(await announced(page, 'tile-map')).toContain('Akita');
    await page.keyboard.press('Home');
    expect(await announced(page, 'tile-map')).toContain('Hokkaido');
    await page.keyboard.press('End');
    expect(await announced(page, 'tile-map')).toContain('Miyazaki');
    await page.context().close();
  });

  it('gives the profile tile map and scatter one tab stop each', async () => {
    const page = await site.open('/prefectures/osaka/');
    const figures = await page.locator('figure[data-scatter], figure[data-map]').evaluateAll((els) => els.map((el) => el.id));
    expect(figures.length).toBe(2);
    for (const id of figures) expect(await tabStops(page, id), id).toBe(1);
    await page.context().close();
  });
});
