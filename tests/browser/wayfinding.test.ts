/** Finding one's way: the language switch keeps the page's state (its query string). */
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
      else expect(await page.locator('input[name=target]').inputValue()).toBe('40');
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
