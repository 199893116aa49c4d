import { launchChromium } from '../tests/support/browser.ts';
import { DIST } from '../tests/support/paths.ts';
import { startServer } from '../tests/support/server.ts';
const server = await startServer(DIST);
const browser = await launchChromium();
const width = Number(process.env.W ?? 390);
const context = await browser.newContext({ viewport: { width, height: 844 } });
const page = await context.newPage();
const path = process.env.P ?? '/planner/';
await page.goto(server.urlOf(path));
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const tag = process.env.TAG ?? 'p';
for (let y = 0, i = 0; y < h; y += 1100, i++) {
  await page.screenshot({ path: `/tmp/shots-11b/${tag}-${width}-${i}.png`, fullPage: true, clip: { x: 0, y, width, height: Math.min(1100, h - y) } });
  console.log(`/tmp/shots-11b/${tag}-${width}-${i}.png`);
}
await browser.close(); await server.close();
