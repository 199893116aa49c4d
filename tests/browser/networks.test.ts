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
    const marked = await page.$$eval('.compare-card:not([hidden])', (cards) =>
      cards.map((c) => c.querySelector('svg a.is-highlighted')?.getAttribute('href')),
    );
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
    await Promise.all([
      page.waitForURL('**/en/prefectures/miyazaki/'),
      page.click('.chart-view:visible svg a[href="/en/prefectures/miyazaki/"]'),
    ]);
    expect(await page.locator('h1').innerText()).toBe('Miyazaki');
    await page.goto(site.server.urlOf('/rankings/'));
    await Promise.all([page.waitForURL('**/prefectures/shimane/'), page.click('#rankings-table a[href="/prefectures/shimane/"]')]);
    expect(await page.locator('h1').innerText()).toBe('島根県');
    await Promise.all([page.waitForURL('**/compare/**'), page.click('a[data-compare-link]')]);
    expect(await visibleCards(page)).toEqual([
      '/prefectures/shimane/',
      '/prefectures/tottori/',
      '/prefectures/hiroshima/',
      '/prefectures/yamaguchi/',
    ]);
    await page.context().close();
  });
});

describe('network guide', () => {
  it('shows the p.19 matrix at two levels, with its eight rows first and every cell’s pages', async () => {
    const page = await open('/networks/', false);
    const rows = await page.$$eval('[data-step-matrix] tbody tr', (trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-type'),
        ...[...tr.querySelectorAll('td[data-step]')].map((td) => td.getAttribute('data-level')),
      ]),
    );
    expect(rows).toEqual([
      ['pro_jinzai_kyoten', '', 'some', 'most', 'most', 'most', 'some'],
      ['shokokai_shokokaigisho', 'most', 'most', '', '', '', 'most'],
      ['gaikaku_dantai', '', '', 'some', 'some', 'some', ''],
      ['yorozu_shien_kyoten', 'some', 'most', 'most', '', '', 'some'],
      ['tax_accountant_sme_consultant', '', '', '', '', '', ''],
      ['npo', '', '', '', '', '', ''],
      ['regional_financial_institution', 'most', 'some', 'some', 'some', 'some', 'most'],
      ['recruitment_agency', '', '', '', '', 'most', ''],
      ['nintei_shien_kikan', 'some', 'some', 'some', '', '', 'some'],
      ['machizukuri_company', 'some', 'some', 'some', 'some', 'some', 'some'],
    ]);
    expect(await page.locator('[data-step-matrix] tr[data-type="pro_jinzai_kyoten"] td[data-step="3"]').innerText()).toBe(
      '● p.32・p.43・p.44・p.46・p.47・p.54',
    );
    expect(await page.locator('[data-no-step="npo"]').innerText()).toBe(
      'NPO法人：ガイドブックの文字情報にこの種類のSTEPの記述はありません。',
    );
    expect(await page.locator('[data-statement="matrix_levels_reading"] .kind').innerText()).toBe('本サイトの整理');
    await page.context().close();
  });

  it('lists 12 pilot networks, “not stated” where the guidebook does not say, and pairing ①’s two cases apart', async () => {
    const page = await open('/en/networks/', false);
    const networks = await page.$$eval('[data-pilot-networks] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 5).map((c) => (c as HTMLElement).innerText)),
    );
    expect(networks).toHaveLength(12);
    expect(networks[0]).toEqual([
      'Osaka Business Development Agency (public interest incorporated foundation)',
      'All of Osaka Prefecture',
      'public-led',
      '② public × private',
      '270,874',
    ]);
    expect(networks[5]).toEqual([
      'Deloitte Touche Tohmatsu LLC',
      'Mutsu, Kesennuma and Miyako',
      'not stated',
      'not stated',
      '1,732〜1,978',
    ]);
    expect(networks[10]).toEqual([
      'Work Design Lab (general incorporated association)',
      'All of Tottori Prefecture',
      'not stated',
      'not stated',
      'not stated',
    ]);
    const splits = await page.$$eval('[data-case-splits] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-case')));
    expect(splits).toEqual([
      'network_hyogo_prokyoten_shokokai',
      'network_kumamoto_prokyoten_yorozu',
      'network_osaka_spring_board',
      'network_kyoto_north_side_job',
      'network_nanao_machizukuri_shinkin',
    ]);
    expect(await page.locator('[data-case-splits] tr[data-case="network_kumamoto_prokyoten_yorozu"] td').nth(5).innerText()).toBe(
      'Recruitment agency (fee-charging employment placement business) (external)',
    );
    await page.context().close();
  });

  it('gives each type its p.26 keyword and each pairing the p.34 points of its column', async () => {
    const page = await open('/networks/', false);
    expect(await page.$$eval('[data-lead] [data-keyword]', (dds) => dds.map((d) => (d as HTMLElement).innerText))).toEqual([
      '協働・協力',
      '補完・利害',
    ]);
    const points = await page.$$eval('[data-pairing]', (cards) =>
      cards.map((c) => [...c.querySelectorAll('[data-point]')].map((li) => li.getAttribute('data-point'))),
    );
    expect(points).toEqual([
      ['public_share_assets', 'public_keep_commitment'],
      ['public_share_assets', 'public_keep_commitment', 'public_private_added_value'],
      ['private_share_assets', 'private_public_neutrality'],
      ['private_share_assets', 'private_private_self_funding', 'private_private_fee_sharing'],
    ]);
    expect(await page.locator('h1').innerText()).toBe('中核ネットワークの類型と令和3年度実証の概要');
    expect(await page.locator('main').innerText()).not.toMatch(/(?<!令和3年度（)2021年度/);
    await page.context().close();
  });
});
