/** The planner in Chromium: the worked example, live results, URL state and hostile input. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();

/** Opens a planner page and waits until the island has taken over the form. */
async function planner(path: string): Promise<Page> {
  const page = await site.open(path);
  await page.waitForSelector('form[data-planner] [data-js-gate]:not([inert])');
  return page;
}

const cell = (page: Page, key: string) => page.locator(`[data-out="${key}"]`).innerText();
const outputs = async (page: Page) =>
  Promise.all(['step34Firms.plan', 'step34Firms.actual', 'areaYears.plan', 'areaYears.actual', 'share'].map((key) => cell(page, key)));
const search = (page: Page) => new URL(page.url()).search;

/** Everything on the page a bad input must leave alone: the pilot table, the prefecture, the method, the other fields. */
async function untouched(page: Page) {
  return {
    pilot: await page.locator('[data-pilot-table]').innerHTML(),
    funnel: await page.locator('[data-funnel]').innerText(),
    prefecture: await page.locator('[data-prefecture]').innerHTML(),
    method: await page.locator('#method + ul').innerText(),
    pref: await page.locator('select[name=pref]').inputValue(),
    smes: await page.locator('input[name=smes]').inputValue(),
    url: search(page),
  };
}

describe('planner', () => {
  it('shows the worked example without JavaScript: 10 firms in an area of 5,000 SMEs', async () => {
    const page = await site.open('/en/planner/', { javaScriptEnabled: false });
    expect(await page.locator('#results-heading').innerText()).toBe('Worked example (our computation)');
    expect(await page.locator('[data-summary]').innerText()).toBe('Aomori, an area of 5,000 SMEs, a target of 10 firms');
    expect(await outputs(page)).toEqual(['20 firms', '19 firms', '3.7 area-years', '3.5 area-years', '0.20%']);
    expect(await page.locator('[data-beyond]').isVisible()).toBe(false);
    expect(await page.locator('[data-row="organisations"] td').allInnerTexts()).toEqual([
      '6.5 organisations',
      '8.5 organisations',
      '110 / 145 organisations',
    ]);
    expect(await page.locator('[data-row="stepCapableSupporters"] td').allInnerTexts()).toEqual([
      '5.5 people',
      '5.5 people',
      '94 / 94 people',
    ]);
    expect(await page.locator('[data-funnel]').innerText()).toBe('plan 50% (46 ÷ 92 firms), result 54% (49 ÷ 91 firms)');
    expect(await page.locator('[data-prefecture-pilots]').innerText()).toBe(
      'Deloitte Touche Tohmatsu LLC (Mutsu City, Kesennuma City and Miyako City)',
    );
    expect(await page.locator('form[data-planner] [data-js-gate]').getAttribute('inert')).toBe('');
    await page.context().close();
  });

  it('keeps the pilot’s per-area figures for 1 and for 1,000 firms; only the area-years scale', async () => {
    const page = await planner('/planner/');
    await page.fill('input[name=target]', '1');
    const atOne = await untouched(page);
    expect(await outputs(page)).toEqual(['2.0 社', '1.9 社', '0.37 地域・年度', '0.35 地域・年度', '0.020%']);
    await page.fill('input[name=target]', '1000');
    expect(await outputs(page)).toEqual(['2,000 社', '1,900 社', '370 地域・年度', '350 地域・年度', '20%']);
    expect((await untouched(page)).pilot).toBe(atOne.pilot);
    expect(await page.locator('[data-row="organisations"] td').allInnerTexts()).toEqual(['6.5 機関', '8.5 機関', '110／145 機関']);
    expect(await page.locator('[data-beyond]').innerText()).toBe(
      '目標の1,000社は、実証全体（17地域・1年度）でSTEP4/5まで至った49社（p.22）の20倍です。実証はこの規模を観察しておらず、上の値は実証の平均を比例で延ばしただけの計算です（本サイトの計算）。',
    );
    expect(search(page)).toBe('?target=1000');
    await page.context().close();
  });

  it('recomputes on input, writes the state to the URL and restores it on reload', async () => {
    const page = await planner('/planner/');
    await page.fill('input[name=target]', '49');
    await page.fill('input[name=smes]', '');
    expect(await outputs(page)).toEqual(['98 社', '91 社', '18 地域・年度', '17 地域・年度', '—']);
    expect(await page.locator('[data-summary]').innerText()).toBe('青森県・目標49社の場合');
    await page.selectOption('select[name=pref]', 'tokyo');
    expect(search(page)).toBe('?pref=tokyo&smes=&target=49');
    expect(await page.locator('[data-prefecture-intro]').innerText()).toBe('この都道府県は令和3年度の実証地域に含まれていません（p.20）。');
    expect(await page.locator('[data-profile-link]').getAttribute('href')).toBe('/prefectures/tokyo/');
    await page.reload();
    await page.waitForSelector('form[data-planner] [data-js-gate]:not([inert])');
    expect(await page.locator('input[name=target]').inputValue()).toBe('49');
    expect(await page.locator('select[name=pref]').inputValue()).toBe('tokyo');
    expect(await outputs(page)).toEqual(['98 社', '91 社', '18 地域・年度', '17 地域・年度', '—']);
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await planner('/en/planner/');
    await page.focus('select[name=pref]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('target');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('20');
    expect(await outputs(page)).toEqual(['40 firms', '37 firms', '7.4 area-years', '6.9 area-years', '0.40%']);
    await page.context().close();
  });
});

describe('planner input, typed (each case: the exact message, and nothing else on the page changed)', () => {
  const TARGET = 'Firms to carry through to STEP4/5 (matching and follow-up), target';
  const SMES = 'SMEs in the area (optional)';
  it.each([
    ['target', '2,5', [`${TARGET}: A comma can only separate thousands (as in 1,000); for decimals use a point.`]],
    ['target', 'ten', [`${TARGET}: Enter a number.`]],
    ['target', '', [`${TARGET}: Enter a number.`]],
    ['target', '.5', [`${TARGET}: Enter a whole number.`]],
    ['target', '-3', [`${TARGET}: Enter a number above 0.`]],
    ['target', '9'.repeat(309), [`${TARGET}: Enter a number no larger than 100,000.`]],
    ['target', '6000', [`${TARGET}: The target is larger than the area’s number of SMEs.`]],
    ['target', 'Infinity', [`${TARGET}: Enter a number.`]],
    ['target', '<img src=x onerror=alert(1)>', [`${TARGET}: Enter a number.`]],
    ['smes', '5,00', [`${SMES}: A comma can only separate thousands (as in 1,000); for decimals use a point.`]],
    ['smes', '1e308', [`${SMES}: Enter a number.`]],
    ['smes', '10,000,001', [`${SMES}: Enter a number no larger than 10,000,000.`]],
  ])('%s = %j', async (name, text, messages) => {
    const page = await planner('/en/planner/?target=20');
    const before = await untouched(page);
    const other = name === 'target' ? 'smes' : 'target';
    const otherValue = await page.locator(`input[name=${other}]`).inputValue();
    await page.fill(`input[name=${name}]`, text);
    expect(await page.locator('[data-problem-list] li').allInnerTexts()).toEqual(messages);
    expect(await page.locator('[data-problems]').innerText()).toBe('Check the inputs; no results are shown until they make sense.');
    expect(await page.locator(`input[name=${name}]`).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`input[name=${other}]`).getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('[data-output]').isVisible()).toBe(false);
    const after = await untouched(page);
    // A cross-field problem leaves both values valid on their own, so the URL follows the field.
    const expected = name === 'target' && text === '6000' ? { ...before, url: '?target=6000' } : before;
    expect(after).toEqual(name === 'smes' ? { ...expected, smes: text } : expected);
    expect(await page.locator(`input[name=${other}]`).inputValue()).toBe(otherValue);
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|∞|Infinity/);
    // Fixing the input brings the results back.
    await page.fill(`input[name=${name}]`, name === 'target' ? '20' : '5000');
    expect(await page.locator('[data-problem-list] li').count()).toBe(0);
    expect(await outputs(page)).toEqual(['40 firms', '37 firms', '7.4 area-years', '6.9 area-years', '0.40%']);
    await page.context().close();
  });

  it('reads full-width digits and thousands separators as a Japanese IME types them, and keeps them plain in the URL', async () => {
    const page = await planner('/planner/');
    await page.fill('input[name=smes]', '１２，０００');
    await page.fill('input[name=target]', '１０００');
    expect(await page.locator('[data-problem-list] li').count()).toBe(0);
    expect(await outputs(page)).toEqual(['2,000 社', '1,900 社', '370 地域・年度', '350 地域・年度', '8.3%']);
    expect(search(page)).toBe('?smes=12000&target=1000');
    await page.context().close();
  });
});

describe('planner URL state', () => {
  it('drops values it cannot show, says so, and rewrites the address bar to what it shows', async () => {
    const page = await planner('/planner/?target=2,5&smes=abc&pref=%3Cimg%20src%3Dx%3E');
    expect(search(page)).toBe('');
    expect(await page.locator('[data-url-note]').innerText()).toBe(
      'アドレス（URL）にあった「都道府県」、「地域の中小企業数（任意）」、「STEP4/5（マッチング・フォロー）まで支援する企業数（目標）」の値は読み取れないため、計算例の値を表示しています。',
    );
    expect(await page.locator('input[name=target]').inputValue()).toBe('10');
    expect(await outputs(page)).toEqual(['20 社', '19 社', '3.7 地域・年度', '3.5 地域・年度', '0.20%']);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    await page.context().close();
  });

  it.each([
    ['?target=１０００', '?target=1000', '1000'],
    ['?target=1,000&smes=', '?smes=&target=1000', '1000'],
    ['?target=' + '9'.repeat(400), '', '10'],
    ['?target=-0', '', '10'],
    ['?target=0x10', '', '10'],
    ['?pref=__proto__&target=12', '?target=12', '12'],
    ['?target=12&target=13', '?target=12', '12'],
    ['?step34PerMatched.high=2,5&target=12', '?target=12', '12'],
  ])('%s → %s', async (query, rewritten, target) => {
    const page = await planner(`/en/planner/${query}`);
    expect(search(page)).toBe(rewritten);
    expect(await page.locator('input[name=target]').inputValue()).toBe(target);
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|∞|Infinity/);
    await page.context().close();
  });
});
