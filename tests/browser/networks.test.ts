/** Compare, planner and network guide in Chromium. */
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

describe('planner', () => {
  it('shows the worked example without JavaScript', async () => {
    const page = await open('/en/planner/', false);
    expect(await page.locator('#results-heading').innerText()).toBe('Worked example');
    expect(await page.locator('[data-output="organisations"]').innerText()).toBe('24–30 organisations');
    expect(await page.locator('[data-output="share"]').innerText()).toBe('0.20%');
    expect(await page.locator('form[data-planner] [data-js-gate]').getAttribute('inert')).toBe('');
    await page.context().close();
  });

  it('recomputes on input, writes every input to the URL and restores it on reload', async () => {
    const page = await open('/planner/');
    await page.fill('input[name=target]', '49');
    await page.fill('input[name=smes]', '');
    for (const [name, value] of [
      ['step34PerMatched.low', '1.8571'],
      ['organisationsPerMatched.high', '2.9592'],
    ]) await page.fill(`input[name="${name}"]`, value);
    expect(await page.locator('[data-output="step34Firms"]').innerText()).toBe('91〜98 社');
    expect(await page.locator('[data-output="organisations"]').innerText()).toBe('117〜145 機関');
    expect(await page.locator('[data-output="share"]').innerText()).toBe('—');
    const search = new URL(page.url()).searchParams;
    expect(search.get('target')).toBe('49');
    expect(search.get('smes')).toBe('');
    await page.selectOption('select[name=pref]', 'tokyo');
    await page.reload();
    expect(await page.locator('input[name=target]').inputValue()).toBe('49');
    expect(await page.locator('select[name=pref]').inputValue()).toBe('tokyo');
    expect(await page.locator('[data-suggestion-type]').innerText()).toBe('④「民」×「民」型（民主導、市町村単位）');
    expect(await page.locator('[data-reasons]').innerText()).toContain('プロフェッショナル人材戦略拠点がありません');
    await page.context().close();
  });

  it('explains nonsense input and prints no numbers', async () => {
    const page = await open('/en/planner/');
    await page.fill('input[name=target]', 'ten');
    expect(await page.locator('[data-problem-list]').innerText()).toContain('Firms to carry through to STEP4/5 (target): Enter a number.');
    expect(await page.locator('[data-output-table]').isVisible()).toBe(false);
    await page.fill('input[name=target]', '6000');
    expect(await page.locator('[data-problem-list]').innerText()).toContain('The target is larger than the area’s number of SMEs.');
    await page.fill('input[name=target]', '-3');
    expect(await page.locator('[data-problem-list]').innerText()).toContain('Enter a number above 0.');
    expect(await page.locator('input[name=target]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('body').innerText()).not.toContain('NaN');
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await open('/en/planner/');
    await page.focus('select[name=pref]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('target');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20');
    expect(await page.locator('[data-output="organisations"]').innerText()).toBe('48–59 organisations');
    await page.context().close();
  });
});
