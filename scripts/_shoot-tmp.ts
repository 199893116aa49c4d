import { join } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { DIST } from '../tests/support/paths.ts';
import { startServer } from '../tests/support/server.ts';
const paths = (process.env.SHOTS ?? 'planner/').split(' ');
const server = await startServer(DIST);
const browser = await launchChromium();
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of paths) for (const [lang, root] of [['ja', '/'], ['en', '/en/']] as const) {
      await page.goto(server.urlOf(`${root}${path}`));
      const name = path.replace(/[^a-z0-9]+/gi, '_');
      const file = join('/tmp/shots-11b', `${name}-${lang}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(file, 'scrollWidth', sw);
    }
    await context.close();
  }
} finally { await browser.close(); await server.close(); }
