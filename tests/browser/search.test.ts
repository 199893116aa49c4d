/**
 * The site search in Chromium, in both languages: kanji, hiragana, katakana and romaji reach the
 * Osaka profile; a guidebook term and a word from the network guide reach the guide. Nothing is
 * loaded before the box is used, and nothing leaves the local server.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();

async function search(page: Page, query: string): Promise<string[]> {
  const box = page.locator('#site-search-results');
  // An empty box hides and empties the results, so the ones read below are the new query's own.
  await page.fill('#site-search-q', '');
  await expect.poll(() => box.locator('a').count()).toBe(0);
  await page.fill('#site-search-q', query);
  await expect.poll(async () => (await box.isVisible()) && (await box.locator('a').count()) > 0, { timeout: 10_000 }).toBe(true);
  return box
    .locator('a')
    .evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
}

describe.each([
  ['ja', '/', '/prefectures/osaka/', '/networks/'],
  ['en', '/en/', '/en/prefectures/osaka/', '/en/networks/'],
] as const)('search (%s)', (_lang, home, osaka, guide) => {
  // One page for the five spellings: each query replaces the one before it in the same box.
  it('おおさか, オオサカ, osaka, 大阪 and Ōsaka each put the Osaka profile first', async () => {
    const page = await site.open(home);
    for (const query of ['おおさか', 'オオサカ', 'osaka', '大阪', 'Ōsaka']) expect((await search(page, query))[0], query).toBe(osaka);
    await page.context().close();
  });

  it('a guidebook term (5STEP) reaches the network guide, and Enter opens it', async () => {
    const page = await site.open(home);
    expect((await search(page, '5STEP'))[0]).toBe(`${guide}#steps`);
    await Promise.all([page.waitForURL(`**${guide}#steps`), page.press('#site-search-q', 'Enter')]);
    await page.context().close();
  });
});

describe('full-text search', () => {
  it('finds the network guide from a word only its text has (中立性), in the Japanese index only', async () => {
    const page = await site.open('/scatter/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.waitForTimeout(200);
    expect(requests.filter((p) => p.includes('pagefind') || p.includes('search-names'))).toEqual([]);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const found = await search(page, '中立性');
    expect(found[0]).toBe('/networks/');
    expect(errors).toEqual([]);
    expect(found.every((p) => !p.startsWith('/en/'))).toBe(true);
    await page.context().close();
  });

  it('finds the network guide in English from a word in its text', async () => {
    const page = await site.open('/en/map/');
    const found = await search(page, 'neutrality');
    expect(found).toContain('/en/networks/');
    expect(found.every((p) => p.startsWith('/en/'))).toBe(true);
    await page.context().close();
  });
});
