/**
 * Every page of dist/ in a real browser (Debian's Chromium), both languages:
 *  - with JavaScript on, at a phone's 390 px and a desktop's 1280 px: no console errors, no failed
 *    requests, no request to any origin other than the local test server, and zero axe-core
 *    violations (WCAG 2.0/2.1 A+AA, 2.2 AA); at 390 px the page is no wider than the screen; the
 *    same for three pages in a state their islands draw from the address (STATES);
 *  - with JavaScript off: every chart (<svg role="img">, <figure> holding an <svg>) and every
 *    <table> of the static HTML is still rendered, visible with a non-zero size.
 * One browser for the file, two pages at a time; pages are found by walking dist/.
 */
import AxeBuilder from '@axe-core/playwright';
import { renderAll } from '../support/render-all.ts';
import type { Browser, BrowserContext, Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { settings } from '../../src/config.ts';
import { launchChromium } from '../../scripts/lib/site/browser.ts';
import { BASE_PATH, distPages } from '../support/dist.ts';
import { watchNetwork } from '../support/network-quiet.ts';
import { DIST } from '../support/paths.ts';
import { startServer, type StaticServer } from '../../scripts/lib/site/server.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The 94 profiles are one template. A browser visit costs about 3 s, so all 94 would put the
 * test run past its budget; these eight cover every branch the template has (public and private
 * lead, a missing プロ人材拠点, a near-threshold call, a neighbour only across the sea) in both
 * languages. Every profile still goes through the static checks of tests/site (valid HTML,
 * links, CSP, budgets) and tests/pages/profiles.test.ts (its own values and suggestion).
 * ATLAS_BROWSER_ALL=1 visits all 94 (about seven minutes on two cores).
 */
const PROFILE_SAMPLE = ['aomori', 'tokyo', 'okinawa', 'kanagawa'];
const isSampled = (path: string) => {
  if (settings().browserAll) return true;
  const profile = path.match(/prefectures\/([a-z]+)\/$/);
  return profile === null || PROFILE_SAMPLE.includes(profile[1] as string);
};
const pages = distPages().filter((page) => isSampled(page.path));

/**
 * Pages in a state other than their first, which the islands draw from the address: the explorer
 * on a log scale coloured by block with Osaka chosen, the bivariate map, four prefectures compared.
 */
const STATES = ['scatter/?x=log&colour=block&p=osaka', 'map/?indicator=bivariate', 'compare/?p=aomori,tokyo,osaka,okinawa'];
const statesOf = (lang: 'ja' | 'en') => STATES.map((state) => ({ path: `${lang === 'ja' ? '/' : '/en/'}${state}`, file: '-', lang }));

let server: StaticServer;
let browser: Browser;
/** Phone and desktop widths: axe sees what each reader gets (tables that scroll only on phones). */
const WIDTHS = [390, 1280] as const;
const withJs = new Map<number, BrowserContext>();
let withoutJs: BrowserContext;
/** Requests to other origins, aborted by the route below and recorded per page. */
const foreign = new WeakMap<PwPage, string[]>();

beforeAll(async () => {
  server = await startServer(DIST, { base: BASE_PATH });
  browser = await launchChromium();
  const context = async (javaScriptEnabled: boolean, width = 1280) => {
    const ctx = await browser.newContext({
      javaScriptEnabled,
      viewport: { width, height: width < 600 ? 844 : 900 },
      serviceWorkers: 'block',
    });
    await ctx.route('**/*', (route, request) => {
      const url = request.url();
      if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      const page = request.frame().page();
      foreign.get(page)?.push(url);
      return route.abort('blockedbyclient');
    });
    return ctx;
  };
  for (const width of WIDTHS) withJs.set(width, await context(true, width));
  withoutJs = await context(false);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('dist/ has pages to check', () => {
  expect(pages.length, 'no .html in dist/: run `npm run build`').toBeGreaterThan(0);
});

interface Visit {
  page: PwPage;
  consoleErrors: string[];
  failed: string[];
  foreign: string[];
}

async function visit(context: BrowserContext, path: string): Promise<Visit> {
  const page = await context.newPage();
  const v: Visit = { page, consoleErrors: [], failed: [], foreign: [] };
  foreign.set(page, v.foreign);
  page.on('console', (m) => {
    if (m.type() === 'error')
      v.consoleErrors.push(`${m.text()}${m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : ''}`);
  });
  page.on('pageerror', (e) => v.consoleErrors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.url().startsWith(server.origin)) v.failed.push(`${r.method()} ${r.url()}: ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) v.failed.push(`${r.request().method()} ${r.url()}: HTTP ${r.status()}`);
  });
  const quiet = watchNetwork(page);
  const response = await page.goto(server.urlOf(path), { waitUntil: 'load' });
  if (!response?.ok()) v.failed.push(`GET ${path}: HTTP ${response?.status()}`);
  // Let module scripts, their fetches and late requests settle.
  await quiet();
  await renderAll(page);
  return v;
}

describe.each(['ja', 'en'] as const)('%s pages', (lang) => {
  const ofLang = pages.filter((p) => p.lang === lang);
  const withStates = [...ofLang, ...statesOf(lang)];

  // The pages of one width and language are visited two at a time (vitest's maxConcurrency): while
  // one page waits on the network or the test process, the other has Chromium's renderer and axe.
  describe.concurrent.each(WIDTHS)('with JavaScript at %i px', (width) => {
    test.skipIf(ofLang.length === 0).for(ofLang.length ? withStates : [{ path: '-', file: '-', lang }])(
      '$path',
      // Two pages share the cores, so each may take twice as long as one alone.
      { timeout: 120_000 },
      async ({ path }, { expect }) => {
        const v = await visit(withJs.get(width)!, path);
        try {
          // Legacy mode runs axe.run() in the page itself; the default mode opens an extra blank page per
          // analyze() to merge frame results, which this single-frame site does not need and which
          // doubles the time per page. Only violations are collected (passes are not serialised).
          const results = await new AxeBuilder({ page: v.page })
            .withTags(AXE_TAGS)
            .options({ resultTypes: ['violations'] })
            .setLegacyMode(true)
            .analyze();
          const report: string[] = [];
          if (width === 390) {
            const scrollWidth = await v.page.evaluate(() => document.documentElement.scrollWidth);
            if (scrollWidth > width) report.push(`the page is ${scrollWidth} px wide on a ${width} px screen`);
          }
          if (v.consoleErrors.length) report.push(`console errors:\n${v.consoleErrors.map((e) => `  - ${e}`).join('\n')}`);
          if (v.failed.length) report.push(`failed requests:\n${v.failed.map((e) => `  - ${e}`).join('\n')}`);
          if (v.foreign.length) report.push(`requests to other origins (aborted):\n${v.foreign.map((e) => `  - ${e}`).join('\n')}`);
          for (const violation of results.violations) {
            report.push(
              `axe ${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${violation.nodes
                .map((n) => `  - ${n.target.join(' ')}\n    ${n.failureSummary?.replaceAll('\n', '\n    ')}`)
                .join('\n')}`,
            );
          }
          expect(report, `${path}:\n${report.join('\n')}`).toEqual([]);
        } finally {
          await v.page.close();
        }
      },
    );
  });

  describe.concurrent('without JavaScript', () => {
    test.skipIf(ofLang.length === 0).for(ofLang.length ? ofLang : [{ path: '-', file: '-', lang }])(
      '$path renders its charts and tables',
      { timeout: 120_000 },
      async ({ path }, { expect }) => {
        const v = await visit(withoutJs, path);
        try {
          // Every chart figure and table a reader can see without JavaScript must render. Elements
          // inside [hidden] (controls and alternative views that need JavaScript, empty compare
          // slots) or a closed <details> are hidden by design; a figure shows one of its views.
          const hidden = await v.page.locator('figure:has(svg), table').evaluateAll((els) =>
            els
              .filter((el) => !el.closest('details:not([open]), [hidden]'))
              .map((el) => {
                if (el.localName === 'figure') {
                  const shown = [...el.querySelectorAll('svg')].some((svg) => {
                    const box = svg.getBoundingClientRect();
                    return box.width > 100 && box.height > 100;
                  });
                  if (!shown) return `<figure${el.id ? `#${el.id}` : ''}> shows no chart of at least 100×100 px`;
                }
                const box = el.getBoundingClientRect();
                const style = getComputedStyle(el);
                const visible =
                  box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
                const label =
                  el.getAttribute('aria-label') ?? el.querySelector('caption, figcaption')?.textContent?.trim().slice(0, 50) ?? '';
                return visible
                  ? null
                  : `<${el.localName}${el.id ? `#${el.id}` : ''}> "${label}" is ${Math.round(box.width)}×${Math.round(box.height)}, visibility ${style.visibility}, display ${style.display}`;
              })
              .filter((x) => x !== null),
          );
          expect(hidden, `${path} without JS:\n${hidden.join('\n')}`).toEqual([]);
          expect(v.failed, v.failed.join('\n')).toEqual([]);
        } finally {
          await v.page.close();
        }
      },
    );
  });
});
