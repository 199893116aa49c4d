/**
 * Every page type at 390 px, in both languages, with JavaScript on: the document is no wider than
 * the screen, and no table caption runs past the frame its table scrolls in (the reader would
 * see it cut off). When a page is too wide, the message names the elements past the right edge.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();
const WIDTH = 390;

/** One address of each page type the site builds. */
const PAGE_TYPES = [
  '/',
  '/scatter/',
  '/map/',
  '/rankings/',
  '/prefectures/',
  '/prefectures/akita/',
  '/prefectures/tokyo/',
  '/compare/?p=aomori,tokyo,osaka',
  '/networks/',
  '/planner/',
  '/playbook/',
  '/data/',
  '/your-data/',
  '/methods/',
  '/404.html',
];

/** The outermost elements whose right edge passes the viewport, as "tag.class#id (right px)". */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    const walk = (el: Element) => {
      const box = el.getBoundingClientRect();
      if (box.right > width + 0.5 && box.width > 0) {
        const style = getComputedStyle(el);
        out.push(
          `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}${el.id ? `#${el.id}` : ''} (${Math.round(box.right)} px)`,
        );
        if (style.overflowX !== 'visible') return;
      }
      for (const child of el.children) walk(child);
    };
    walk(document.body);
    return out.slice(0, 8);
  }, WIDTH);
}

/** Captions (and their text) that run past the frame that scrolls their table, as "caption text (px past)". */
function clippedCaptions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const caption of document.querySelectorAll('caption')) {
      const box = caption.getBoundingClientRect();
      if (box.width === 0) continue;
      let frame = caption.parentElement;
      while (frame && !['auto', 'scroll'].includes(getComputedStyle(frame).overflowX)) frame = frame.parentElement;
      const right = frame ? frame.getBoundingClientRect().left + frame.clientWidth : document.documentElement.clientWidth;
      if (box.right > right + 1) out.push(`${caption.textContent?.trim().slice(0, 30)} (${Math.round(box.right - right)} px)`);
    }
    return out;
  });
}

describe('no page is wider than a 390 px phone', () => {
  for (const path of PAGE_TYPES) {
    for (const lang of ['ja', 'en'] as const) {
      const url = lang === 'ja' ? path : `/en${path}`;
      it(url, async () => {
        const page = await site.open(url, { width: WIDTH, isMobile: true, hasTouch: true });
        await page.waitForLoadState('load');
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, scrollWidth > WIDTH ? (await overflowing(page)).join(', ') : '').toBeLessThanOrEqual(WIDTH);
        expect(await clippedCaptions(page)).toEqual([]);
        await page.context().close();
      });
    }
  }
});
