/** Finding one's way: the language switch keeps the page's state, the 404 pages, and text that fits a phone. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();
const pathAndQuery = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};
const switchLink = (page: Page) => page.locator('a.language-switch');

describe('language switch', () => {
  for (const [from, to] of [
    ['/planner/?target=40', '/en/planner/?target=40'],
    ['/en/planner/?target=40', '/planner/?target=40'],
    ['/scatter/?colour=block&x=log', '/en/scatter/?colour=block&x=log'],
    ['/en/scatter/?colour=block&x=log', '/scatter/?colour=block&x=log'],
  ] as const) {
    it(`goes from ${from} to ${to}`, async () => {
      const page = await site.open(from);
      await page.waitForLoadState('load');
      await switchLink(page).click();
      await page.waitForURL((url) => url.pathname === to.split('?')[0]);
      expect(pathAndQuery(page)).toBe(to);
      if (to.includes('scatter')) expect(await page.locator('input[name=x][value=log]').isChecked()).toBe(true);
      else await expect.poll(() => page.locator('input[name=target]').inputValue()).toBe('40');
      await page.context().close();
    });
  }

  it('carries the state the reader set after the page loaded', async () => {
    const page = await site.open('/planner/');
    await page.waitForSelector('form[data-planner] [data-js-gate]:not([inert])');
    await page.fill('input[name=target]', '25');
    await expect.poll(() => new URL(page.url()).search).toBe('?target=25');
    await switchLink(page).click();
    await page.waitForURL((url) => url.pathname === '/en/planner/');
    expect(pathAndQuery(page)).toBe('/en/planner/?target=25');
    await page.context().close();
  });

  it('links the twin page without JavaScript', async () => {
    const page = await site.open('/en/scatter/?colour=block', { javaScriptEnabled: false });
    expect(await switchLink(page).getAttribute('href')).toBe('/scatter/');
    await page.context().close();
  });
});

describe('the 404 pages', () => {
  for (const [path, h1] of [
    ['/404.html', 'ページが見つかりません'],
    ['/en/404.html', 'Page not found'],
  ] as const) {
    it(`${path}: the picker works without JavaScript, fits a phone and is axe-clean`, async () => {
      const page = await site.open(path, { width: 390, javaScriptEnabled: false });
      expect(await page.locator('h1').innerText()).toBe(h1);
      expect(await page.locator('main section li a').count()).toBe(47);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.locator('main section li a').nth(12).click();
      await page.waitForURL((url) => /\/prefectures\/tokyo\/$/.test(url.pathname));
      await page.context().close();
      const withJs = await site.open(path);
      const results = await new AxeBuilder({ page: withJs })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .setLegacyMode(true)
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
      await withJs.context().close();
    });
  }
});

/** For each header, the words (spaces in English, the whole short title in Japanese) that a line break fell inside. */
async function wordsSplitAcrossLines(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => {
    const split: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // English words are separated by spaces; a Japanese header is a compound that reads as one
        // word, with a unit in brackets (（倍）) as a word of its own.
        const pattern = document.documentElement.lang === 'ja' ? /[^（\s]+|（[^）]*）/g : /\S+/g;
        const words = [...text.matchAll(pattern)].map((m) => ({ word: m[0], start: m.index }));
        for (const { word, start } of words) {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + word.length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) split.push(word);
        }
      }
    }
    return split;
  });
}

describe('text at 390 px', () => {
  for (const path of ['/rankings/', '/en/rankings/']) {
    it(`${path}: no header word is split across lines`, async () => {
      const page = await site.open(path, { width: 390 });
      expect(await page.locator('#rankings-table thead th .th-sub').count()).toBe(6);
      expect(await wordsSplitAcrossLines(page, '#rankings-table thead th')).toEqual([]);
      await page.context().close();
    });
  }

  // Every page tests/browser/pages.test.ts visits (the home page, the rankings, the network guide,
  // the planner and the data page among them) is checked for its width at 390 px there, on the
  // same load as its axe check; its profile sample leaves Akita out, so Akita is checked here.
  for (const path of ['/prefectures/akita/']) {
    for (const lang of ['ja', 'en'] as const) {
      const url = lang === 'ja' ? path : `/en${path}`;
      it(`${url} is no wider than a 390 px screen`, async () => {
        const page = await site.open(url, { width: 390 });
        await page.waitForLoadState('load');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await page.context().close();
      });
    }
  }
});
