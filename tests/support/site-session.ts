/**
 * One Chromium and one static server of dist/ for a browser test file: registers the hooks that
 * start and stop them, and opens pages in fresh contexts.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/site/browser.ts';
import { DIST } from './paths.ts';
import { startServer, type StaticServer } from '../../scripts/lib/site/server.ts';
import { renderAll } from './render-all.ts';

export interface SiteSession {
  readonly server: StaticServer;
  readonly browser: Browser;
  /**
   * A new context and page at `path` (1280 × 900 and JavaScript on unless told otherwise), with every
   * block laid out (see render-all.ts) unless `lazy` is set.
   */
  open(path: string, options?: { width?: number; lazy?: boolean } & BrowserContextOptions): Promise<Page>;
}

export function useSite(): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: call useSite() at the top of the test file`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'The server');
    },
    get browser() {
      return ready(browser, 'Chromium');
    },
    async open(path, { width = 1280, lazy = false, ...options } = {}) {
      const context = await ready(browser, 'Chromium').newContext({ viewport: { width, height: 900 }, ...options });
      const page = await context.newPage();
      await page.goto(ready(server, 'The server').urlOf(path));
      if (!lazy) await renderAll(page);
      return page;
    },
  };
}
