/** The scatter explorer and the rankings table in Chromium, with JavaScript on and off. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();
const open = site.open;

const point = (slug: string, lang = '') => `.chart-view:visible svg a[href="/${lang}prefectures/${slug}/"]`;

describe('scatter tooltips', () => {
  it('shows 青森県 with its values on hover', async () => {
    const page = await open('/scatter/');
    await page.hover(point('aomori'));
    const tooltip = page.locator('#explorer .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.innerText();
    expect(text).toContain('青森県');
    expect(text).toContain('4.71倍（1位）');
    expect(text).toContain('437.6社（1位）');
    await page.context().close();
  });

  it('shows Tokyo with its values on keyboard focus, and arrow keys move between points', async () => {
    const page = await open('/en/scatter/');
    await page.focus(point('tokyo', 'en/'));
    const tooltip = page.locator('#explorer .tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.innerText();
    expect(text).toContain('Tokyo');
    expect(text).toContain('1.07 openings per applicant (rank 38)');
    expect(text).toContain('43.9 SMEs per agency (rank 47)');
    // Tokyo has the smallest x; ArrowRight goes to the next point to the right (Osaka, 90.1).
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/en/prefectures/osaka/');
    expect(await tooltip.innerText()).toContain('Osaka');
    await page.context().close();
  });

  it('reaches the points with Tab', async () => {
    const page = await open('/scatter/');
    await page.focus('select[name=p]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
    await page.context().close();
  });

  it('opens the prefecture profile when a point is clicked', async () => {
    const page = await open('/scatter/');
    await Promise.all([page.waitForURL('**/prefectures/aomori/'), page.click(point('aomori'))]);
    expect(await page.locator('h1').innerText()).toBe('青森県');
    await page.context().close();
  });
});

describe('scatter view state in the URL', () => {
  it('restores colour, scale and highlight from the URL and writes changes back', async () => {
    const page = await open('/en/scatter/?colour=block&x=log&p=tokyo');
    expect(await page.locator('input[name=colour][value=block]').isChecked()).toBe(true);
    expect(await page.locator('input[name=x][value=log]').isChecked()).toBe(true);
    expect(await page.locator('select[name=p]').inputValue()).toBe('tokyo');
    // The log × block view is not in the page: it is fetched as a build-rendered SVG file.
    await expect.poll(() => page.locator(`${point('tokyo', 'en/')}.is-highlighted`).count()).toBe(1);
    expect(await page.locator('.chart-view:visible').getAttribute('data-x-scale')).toBe('log');
    expect(await page.locator('.chart-view:visible').getAttribute('data-colour-by')).toBe('block');
    expect(await page.locator('.chart-view:visible').getAttribute('data-src')).toBe('/en/scatter/views/log-block-wide.svg');
    expect(await page.locator('[data-legend="block"]').isVisible()).toBe(true);

    await page.check('input[name=x][value=linear]');
    await page.selectOption('select[name=p]', 'osaka');
    expect(new URL(page.url()).search).toBe('?colour=block&p=osaka');
    await page.reload();
    expect(await page.locator('input[name=x][value=linear]').isChecked()).toBe(true);
    expect(await page.locator('select[name=p]').inputValue()).toBe('osaka');
    expect(await page.locator('#scatter-table tr.is-highlighted').getAttribute('data-slug')).toBe('osaka');

    await page.check('input[name=colour][value=group]');
    await page.selectOption('select[name=p]', '');
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('ignores unknown values in the URL', async () => {
    const page = await open('/scatter/?colour=rainbow&x=sqrt&p=atlantis');
    expect(await page.locator('input[name=colour][value=group]').isChecked()).toBe(true);
    expect(await page.locator('input[name=x][value=linear]').isChecked()).toBe(true);
    expect(await page.locator('select[name=p]').inputValue()).toBe('');
    await page.context().close();
  });
});

describe('rankings sorting', () => {
  it('sorts by every column both ways, keeping aria-sort on the active header only', async () => {
    const page = await open('/en/rankings/');
    const headers = page.locator('#rankings-table thead th');
    const count = await headers.count();
    expect(count).toBe(9);
    for (let i = 0; i < count; i++) {
      for (const _click of [1, 2]) {
        await headers.nth(i).locator('button').click();
        const direction = await headers.nth(i).getAttribute('aria-sort');
        expect(['ascending', 'descending']).toContain(direction);
        const sorts = await page.$$eval(
          '#rankings-table tbody tr',
          (rows, col) => rows.map((r) => (r.children[col as number] as HTMLElement).dataset.sort ?? ''),
          i,
        );
        const values = sorts.map((v) => (Number.isNaN(Number(v)) ? v : Number(v)));
        const sorted = [...values].sort((a, b) =>
          typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
        );
        expect(values).toEqual(direction === 'ascending' ? sorted : sorted.reverse());
        const others = await page.$$eval(
          '#rankings-table thead th',
          (ths, col) => ths.filter((_, j) => j !== col).map((th) => th.getAttribute('aria-sort')),
          i,
        );
        expect(new Set(others)).toEqual(new Set(['none']));
      }
    }
    await page.context().close();
  });

  it('puts 東京都 last when sorted by SMEs per agency, descending', async () => {
    const page = await open('/rankings/');
    const header = page.locator('#rankings-table thead th[data-key="smesPerAgency"] button');
    await header.click();
    expect(await page.locator('#rankings-table thead th[data-key="smesPerAgency"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('#rankings-table tbody tr').first().getAttribute('data-slug')).toBe('aomori');
    expect(await page.locator('#rankings-table tbody tr').last().getAttribute('data-slug')).toBe('tokyo');
    await page.context().close();
  });
});

describe('with JavaScript off', () => {
  for (const path of ['/scatter/', '/en/scatter/', '/', '/en/rankings/']) {
    it(`${path} shows its chart or table`, async () => {
      const page = await open(path, { javaScriptEnabled: false });
      const visible = page.locator('figure.chart .chart-view svg:visible, table:visible');
      expect(await visible.count()).toBeGreaterThan(0);
      for (const box of await visible.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width)))
        expect(box).toBeGreaterThan(100);
      // The view controls need JavaScript: without it they stay inert (shown, greyed, unusable).
      expect(await page.locator('form[data-explorer-controls] [data-js-gate][inert]').count()).toBe(path.includes('scatter') ? 1 : 0);
      await page.context().close();
    });
  }
});
