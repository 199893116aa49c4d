/**
 * The playbook in Chromium: worked through with the keyboard only, kept in the URL, readable
 * with JavaScript off, and printed to A4 in as many pages as the README says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { useSite } from '../support/site-session.ts';

const site = useSite();
const ITEM_COUNT = 29;

/** Presses Tab until the focused element matches `selector`, as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The address bar as the page sees it (page.url() learns of replaceState a moment later). */
const currentUrl = async (page: Page) => new URL(await page.evaluate(() => location.href));

const tickedIds = (page: Page) =>
  page.$$eval('.checklist input[type=checkbox]', (boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => b.id));

/** A4 pages of a PDF: one page object per printed sheet. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** "prints to N A4 pages in Japanese and M in English", as the README states it. */
function readmePages(): { ja: number; en: number } {
  const match = readFileSync(join(ROOT, 'README.md'), 'utf8').match(/prints to (\d+) A4 pages in Japanese and (\d+) in English/);
  if (!match) throw new Error('README.md does not state how many A4 pages the playbook prints to');
  return { ja: Number(match[1]), en: Number(match[2]) };
}

describe.each([
  ['ja', '/playbook/', '信金と面談 10/1'],
  ['en', '/en/playbook/', 'Meet the shinkin bank, 1 Oct'],
] as const)('playbook (%s)', (_lang, path, note) => {
  it('ticks items and types a note with the keyboard only, and the reloaded URL gives the same state', async () => {
    const page = await site.open(path);
    for (const id of ['item-firm_needs', 'item-need_for_network', 'item-role_split']) {
      await tabTo(page, `#${id}`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '#note-plan');
    await page.keyboard.type(note);
    await page.keyboard.press('Enter');
    await page.keyboard.type('2');
    await tabTo(page, '#item-supporter_mentors');
    await page.keyboard.press('Space');

    const url = await currentUrl(page);
    expect(url.searchParams.get('t')).toBe('5.10.0.0.0.100');
    expect(url.searchParams.get('n-plan')).toBe(`${note}\n2`);
    const expected = ['item-firm_needs', 'item-need_for_network', 'item-role_split', 'item-supporter_mentors'];
    expect(await tickedIds(page)).toEqual(expected);

    await page.reload();
    expect(await tickedIds(page)).toEqual(expected);
    expect(await page.inputValue('#note-plan')).toBe(`${note}\n2`);
    expect(await page.locator('[data-note-print="plan"]').textContent()).toBe(`${note}\n2`);

    // Unticking from the keyboard takes the item out of the link again.
    await tabTo(page, '#item-role_split');
    await page.keyboard.press('Space');
    expect((await currentUrl(page)).searchParams.get('t')).toBe('5.0.0.0.0.100');
    await page.context().close();

    // The link opens in the same state in a new browser context, as it would for a colleague.
    const shared = await site.open(`${path}${url.search}`);
    expect(await tickedIds(shared)).toEqual(expected);
    expect(await shared.inputValue('#note-plan')).toBe(`${note}\n2`);
    await shared.context().close();
  });

  it('opens a mangled link with what it can read, rewrites the link to match, and throws no error', async () => {
    const page = await site.open(`${path}?t=zz.%%.ff&n-plan=%00&n-x=1&other=2`);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.reload();
    expect(await tickedIds(page)).toEqual(['item-complementarity', 'item-cost_structure', 'item-handover_rules']);
    expect(await page.inputValue('#note-plan')).toBe('');
    expect((await currentUrl(page)).search).toBe('?t=0.0.7');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows every item with its pages and the sources with JavaScript off', async () => {
    const page = await site.open(path, { javaScriptEnabled: false });
    expect(await page.locator('.checklist input[type=checkbox]').count()).toBe(ITEM_COUNT);
    const sources = await page.locator('.checklist__source').allInnerTexts();
    expect(sources).toHaveLength(ITEM_COUNT);
    expect(
      sources.every((s) => /^pp?\.\d/.test(s)),
      sources.join(' | '),
    ).toBe(true);
    expect(await page.locator('.playbook-map tbody tr').count()).toBe(7);
    expect(await page.locator('.playbook-sources').innerText()).toMatch(/中小企業庁|SME Agency/);
    await page.context().close();
  });
});

describe('the printed worksheet', () => {
  it.each(['ja', 'en'] as const)('prints to the number of A4 pages the README states (%s), without navigation', async (lang) => {
    const page = await site.open(lang === 'ja' ? '/playbook/' : '/en/playbook/');
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.$$eval('.site-header, .site-footer, .playbook textarea', (els) =>
      els.map((e) => getComputedStyle(e).display),
    );
    expect(hidden).toEqual(Array(hidden.length).fill('none'));
    expect(await page.locator('[data-note-print="assess"]').evaluate((e) => getComputedStyle(e).display)).toBe('block');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    console.log(`playbook (${lang}) prints to ${pdfPages(pdf)} A4 page(s)`);
    expect(pdfPages(pdf)).toBe(readmePages()[lang]);
    await page.context().close();
  });
});
