/**
 * Printing: a prefecture profile prints on at most two A4 pages in each language, with its page
 * URL and its 資料/注 notes and without navigation or buttons; the compare page and the planner
 * print too. Chromium's own PDF output (page.pdf) is counted page by page.
 */
import { describe, expect, test } from 'vitest';
import { BASE_PATH } from '../support/dist.ts';
import { useSite } from '../support/site-session.ts';

const site = useSite();

/** Pages of a PDF: its page objects (/Type /Page, not /Pages). */
function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

async function printed(path: string) {
  const page = await site.open(path, { width: 1280 });
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => {
    const shown = (el: Element) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
    return {
      nav: [...document.querySelectorAll('nav, .site-header')].filter(shown).length,
      buttons: [...document.querySelectorAll('button')].filter(shown).length,
      notes: [...document.querySelectorAll('.source-note')].filter(shown).length,
      url: document.querySelector('.print-url') ? shown(document.querySelector('.print-url')!) : false,
    };
  });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.context().close();
  return { pdf, pages: pdfPageCount(pdf), ...hidden };
}

describe('print', () => {
  test('the page counter counts pages, not the page tree', () => {
    expect(pdfPageCount(Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page >>'))).toBe(2);
  });

  for (const [lang, prefix] of [
    ['ja', ''],
    ['en', 'en/'],
  ] as const) {
    for (const slug of ['aomori', 'tokyo', 'okinawa']) {
      test(`the ${slug} profile in ${lang} prints on at most two A4 pages with its URL and notes, without nav or buttons`, async () => {
        const result = await printed(`${BASE_PATH}${prefix}prefectures/${slug}/`);
        expect(result.pages, `${slug} ${lang}: ${result.pages} pages`).toBeGreaterThanOrEqual(1);
        expect(result.pages, `${slug} ${lang}: ${result.pages} pages`).toBeLessThanOrEqual(2);
        expect(result.nav).toBe(0);
        expect(result.buttons).toBe(0);
        expect(result.url).toBe(true);
        expect(result.notes).toBeGreaterThanOrEqual(4);
      });
    }

    test(`the compare page and the planner in ${lang} print without nav or buttons`, async () => {
      for (const path of [`${BASE_PATH}${prefix}compare/?p=aomori,tokyo`, `${BASE_PATH}${prefix}planner/`]) {
        const result = await printed(path);
        expect(result.pages, path).toBeGreaterThanOrEqual(1);
        expect(result.nav, path).toBe(0);
        expect(result.buttons, path).toBe(0);
        expect(result.url, path).toBe(true);
      }
    });
  }
});
