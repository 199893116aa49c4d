/**
 * The 47-row tables and a profile's network reading are laid out only when the reader scrolls
 * near them (content-visibility: auto in site.css). Here the page is opened as a reader opens it,
 * without the tests' render-all switch: below the first screen the blocks are skipped; once
 * scrolled to, the table scrolls sideways in its focusable frame, and a keyboard reader who tabs
 * into the network reading lands on a link that is laid out.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();

describe('blocks laid out on approach', () => {
  it('the map table at 390 px: skipped below the first screen, a sideways-scrolling region once scrolled to', async () => {
    const page = await site.open('/map/', { width: 390, lazy: true });
    const table = page.locator('section.table-wrap').first();
    expect(await table.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('auto');
    const beforeScroll = await table.evaluate((el) => ({
      top: el.getBoundingClientRect().top,
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(beforeScroll.top).toBeGreaterThan(900);
    // Skipped: its content is not laid out, so it has no overflow yet.
    expect(beforeScroll.scroll).toBe(beforeScroll.client);
    await table.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const seen = await table.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      tabIndex: el.tabIndex,
      label: el.getAttribute('aria-label'),
    }));
    expect(seen.scroll).toBeGreaterThan(seen.client);
    expect(seen.tabIndex).toBe(0);
    expect(seen.label).toMatch(/^表：47都道府県/);
    await page.close();
  });

  it('Tab into a profile’s network reading lays it out: the focused link has its size', async () => {
    const page = await site.open('/prefectures/aomori/', { width: 390, lazy: true });
    const reading = page.locator('section.suggestion');
    expect(await reading.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('auto');
    const link = reading.locator('a[href]').first();
    // Focusing a link inside a skipped block lays the block out: the keyboard never lands on nothing.
    await link.focus();
    const focused = await link.evaluate((el) => ({ active: document.activeElement === el, width: el.getBoundingClientRect().width }));
    expect(focused.active).toBe(true);
    expect(focused.width).toBeGreaterThan(0);
    await page.close();
  });
});
