/** Compare and the links between pages in Chromium (the planner has its own file). */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

const visibleCards = (page: Page) =>
  page.$$eval('.compare-card:not([hidden]) .compare-card__name a', (links) => links.map((a) => a.getAttribute('href')));

describe('compare', () => {
  it('shows 青森, 東京 and 大阪 for ?p=aomori,tokyo,osaka, each marked on its own small scatter', async () => {
    const page = await open('/compare/?p=aomori,tokyo,osaka');
    expect(await visibleCards(page)).toEqual(['/prefectures/aomori/', '/prefectures/tokyo/', '/prefectures/osaka/']);
    const marked = await page.$$eval('.compare-card:not([hidden])', (cards) => cards.map((c) => c.querySelector('svg a.is-highlighted')?.getAttribute('href')));
    expect(marked).toEqual(['/prefectures/aomori/', '/prefectures/tokyo/', '/prefectures/osaka/']);
    expect(await page.locator('.compare-card:not([hidden])').nth(0).innerText()).toContain('4.71');
    await page.context().close();
  });

  it('updates the URL from the pickers and restores it on reload', async () => {
    const page = await open('/en/compare/');
    expect(await visibleCards(page)).toEqual(['/en/prefectures/aomori/', '/en/prefectures/tokyo/']);
    await page.selectOption('select[name=p3]', 'okinawa');
    await page.selectOption('select[name=p1]', 'hokkaido');
    expect(new URL(page.url()).search).toBe('?p=hokkaido,tokyo,okinawa');
    await page.reload();
    expect(await visibleCards(page)).toEqual(['/en/prefectures/hokkaido/', '/en/prefectures/tokyo/', '/en/prefectures/okinawa/']);
    expect(await page.locator('select[name=p3]').inputValue()).toBe('okinawa');
    await page.context().close();
  });

  it('shows the default pair with JavaScript off', async () => {
    const page = await open('/compare/?p=kyoto,nara', false);
    expect(await visibleCards(page)).toEqual(['/prefectures/aomori/', '/prefectures/tokyo/']);
    expect(await page.locator('.compare-card:not([hidden]) svg').count()).toBe(2);
    await page.context().close();
  });
});

describe('profile links land on the right profile', () => {
  it('from the scatter, the rankings and the compare page', async () => {
    const page = await open('/en/scatter/');
    await Promise.all([page.waitForURL('**/en/prefectures/miyazaki/'), page.click('.chart-view:visible svg a[href="/en/prefectures/miyazaki/"]')]);
    expect(await page.locator('h1').innerText()).toBe('Miyazaki');
    await page.goto(site.server.urlOf('/rankings/'));
    await Promise.all([page.waitForURL('**/prefectures/shimane/'), page.click('#rankings-table a[href="/prefectures/shimane/"]')]);
    expect(await page.locator('h1').innerText()).toBe('島根県');
    await Promise.all([page.waitForURL('**/compare/**'), page.click('a[data-compare-link]')]);
    expect(await visibleCards(page)).toEqual(['/prefectures/shimane/', '/prefectures/tottori/', '/prefectures/hiroshima/', '/prefectures/yamaguchi/']);
    await page.context().close();
  });
});
